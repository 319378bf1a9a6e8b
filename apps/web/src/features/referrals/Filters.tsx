import { Anchor, Group, Select, Switch, Text, TextInput } from '@mantine/core';
import type { TNetworkReferralPage } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { useDepartments } from '../jobs/jobs.api.ts';
import { useMembers } from './referrals.api.ts';
import type { ReferralsSearch } from './referrals-search.ts';

type Props = { search: ReferralsSearch; onChange: (patch: Partial<ReferralsSearch>) => void };

export function Filters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const members = useMembers();
  const departments = useDepartments();
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
      <Select
        label={t('referralsArea.filters.referrer')}
        placeholder={t('referralsArea.filters.anyone')}
        description={prospects ? t('referralsArea.filters.referrerHint') : undefined}
        data={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={search.referrerId ?? null}
        onChange={(value) => onChange({ referrerId: value ?? undefined })}
        searchable
        clearable
        // Names are rendered only while the list is open, so a page showing a cold prospect never holds them.
        comboboxProps={{ keepMounted: false }}
        w={prospects ? 260 : 200}
        data-testid="filter-referrer"
      />
      <Select
        label={t('referralsArea.filters.department')}
        placeholder={t('common.all')}
        data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={search.departmentId ?? null}
        // Picking a department is a choice beyond "mine", so it looks in all of them.
        onChange={(value) => onChange({ departmentId: value ?? undefined, scope: value ? 'all' : search.scope })}
        clearable
        w={180}
        data-testid="filter-department"
      />
      <TextInput
        type="date"
        label={t('referralsArea.filters.from')}
        value={search.from ?? ''}
        max={search.to}
        onChange={(e) => onChange({ from: e.currentTarget.value || undefined })}
        w={150}
        data-testid="filter-from"
      />
      <TextInput
        type="date"
        label={t('referralsArea.filters.to')}
        value={search.to ?? ''}
        min={search.from}
        onChange={(e) => onChange({ to: e.currentTarget.value || undefined })}
        w={150}
        data-testid="filter-to"
      />
      <Switch
        label={t('referralsArea.filters.overdue')}
        checked={!!search.overdue}
        onChange={(e) => onChange({ overdue: e.currentTarget.checked || undefined })}
        mb={8}
        data-testid="filter-overdue"
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
