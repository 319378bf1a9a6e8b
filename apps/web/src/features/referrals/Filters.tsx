import { Anchor, Group, Select, Text } from '@mantine/core';
import type { TNetworkReferralPage } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { DateRangeFields, DepartmentSelect, FilterSwitch, ReferrerSelect } from './filter-fields.tsx';
import type { ReferralsSearch } from './referrals-search.ts';

type Props = { search: ReferralsSearch; onChange: (patch: Partial<ReferralsSearch>) => void };

export function Filters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const prospects = search.tab === 'prospects';

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="xs">
      {prospects && (
        <Select
          label={t('referralsArea.filters.mark')}
          placeholder={t('referralsArea.filters.anyMark')}
          data={(['warm_prospect', 'cold_prospect'] as const).map((mark) => ({
            value: mark,
            label: t(`referralsArea.marks.${mark}`),
          }))}
          value={search.mark ?? null}
          onChange={(value) => onChange({ mark: (value as ReferralsSearch['mark']) ?? undefined })}
          clearable
          w={150}
          data-testid="filter-mark"
        />
      )}
      <ReferrerSelect
        label={t('referralsArea.filters.referrer')}
        placeholder={t('referralsArea.filters.anyone')}
        description={prospects ? t('referralsArea.filters.referrerHint') : undefined}
        value={search.referrerId}
        onChange={(referrerId) => onChange({ referrerId })}
        w={prospects ? 260 : 200}
        testId="filter-referrer"
      />
      <DepartmentSelect
        label={t('referralsArea.filters.department')}
        value={search.departmentId}
        // Picking a department is a choice beyond "mine", so it looks in all of them.
        onChange={(departmentId) => onChange({ departmentId, scope: departmentId ? 'all' : search.scope })}
        w={180}
        testId="filter-department"
      />
      <DateRangeFields
        search={search}
        onChange={onChange}
        labels={{ from: t('referralsArea.filters.from'), to: t('referralsArea.filters.to') }}
        testIds={{ from: 'filter-from', to: 'filter-to' }}
      />
      <FilterSwitch
        label={t('referralsArea.filters.overdue')}
        checked={!!search.overdue}
        onChange={(overdue) => onChange({ overdue })}
        testId="filter-overdue"
      />
    </Group>
  );
}

/** "Showing your departments: Engineering · Show all", or the way back to them. */
export function ScopeLine({
  scope,
  onChange,
}: {
  scope: TNetworkReferralPage['scope'] | undefined;
  onChange: (patch: Partial<ReferralsSearch>) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  if (!scope) return null;
  const link = (label: string, patch: Partial<ReferralsSearch>, testId: string) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onChange(patch)} data-testid={testId}>
      {label}
    </Anchor>
  );
  return (
    <Text size="sm" c="dimmed" mb="md" data-testid="scope-line">
      {scope.mode === 'mine' ? (
        <>
          {t('referralsArea.scope.mine', { names: scope.departments.map((d) => d.name).join(', ') })} ·{' '}
          {link(t('referralsArea.scope.showAll'), { scope: 'all' }, 'scope-show-all')}
        </>
      ) : me.departmentIds.length ? (
        <>
          {t('referralsArea.scope.all')} ·{' '}
          {link(t('referralsArea.scope.onlyMine'), { scope: undefined, departmentId: undefined }, 'scope-only-mine')}
        </>
      ) : (
        t('referralsArea.scope.noneChosen')
      )}
    </Text>
  );
}
