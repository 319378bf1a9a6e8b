import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import {
  BOARD_BONUS_FILTERS,
  BOARD_OWNERSHIP_FILTERS,
  BOARD_SORTS,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
  type TReferralStatus,
} from '@vouch/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllJobOptions } from './board.api.ts';
import { DateRangeFields, DepartmentSelect, FilterSwitch, ReferrerSelect } from './filter-fields.tsx';
import type { ReferralsSearch } from './referrals-search.ts';

type Props = { search: ReferralsSearch; onChange: (patch: Partial<ReferralsSearch>) => void };

/** The search box and the sort: what people reach for first. */
export function BoardSearchAndSort({ search, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q ?? '');
  const commit = useDebouncedCallback((value: string) => onChange({ q: value.trim() || undefined }), 300);
  // Follows the address when it changes elsewhere (clearing the filters, going back).
  useEffect(() => {
    setText((current) => (current.trim() === (search.q ?? '') ? current : (search.q ?? '')));
  }, [search.q]);
  return (
    <Group gap="sm" align="flex-end" mb="xs" wrap="wrap">
      <TextInput
        type="search"
        label={t('board.search.label')}
        placeholder={t('board.search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          commit(e.currentTarget.value);
        }}
        style={{ flex: 1, minWidth: 260 }}
        data-testid="board-search"
      />
      <Select
        label={t('board.sort.label')}
        data={BOARD_SORTS.map((sort) => ({ value: sort, label: t(`board.sort.${sort}`) }))}
        value={search.sort ?? 'status_changed'}
        onChange={(value) =>
          onChange({ sort: value === 'status_changed' ? undefined : (value as ReferralsSearch['sort']) })
        }
        allowDeselect={false}
        w={220}
        data-testid="board-sort"
      />
    </Group>
  );
}

export function BoardFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const jobs = useAllJobOptions();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
      <MultiSelect
        label={t('board.filters.status')}
        placeholder={search.status?.length ? undefined : t('board.filters.anyStatus')}
        data={REFERRAL_STATUSES.filter((s) => s !== 'passed_on').map((s) => ({
          value: s,
          label: t(`referralsArea.status.${s}`),
        }))}
        value={search.status ?? []}
        onChange={(value) => onChange({ status: value.length ? (value as TReferralStatus[]) : undefined })}
        clearable
        searchable
        w={240}
        data-testid="board-filter-status"
      />
      <Select
        label={t('board.filters.role')}
        placeholder={t('board.filters.anyRole')}
        data={(jobs.data ?? []).map((job) => ({
          value: job.id,
          label: job.status === 'archived' ? t('board.filters.archivedRole', { title: job.title }) : job.title,
        }))}
        value={search.jobId ?? null}
        onChange={(value) => onChange({ jobId: value ?? undefined })}
        searchable
        clearable
        w={220}
        data-testid="board-filter-role"
      />
      <ReferrerSelect
        label={t('board.filters.referrer')}
        placeholder={t('board.filters.anyone')}
        // Said once a referrer is picked, when the list leaves cold prospects out.
        description={search.referrerId ? t('board.filters.referrerHint') : undefined}
        value={search.referrerId}
        onChange={(referrerId) => onChange({ referrerId })}
        w={220}
        testId="board-filter-referrer"
      />
      <Select
        label={t('board.filters.source')}
        placeholder={t('board.filters.anySource')}
        data={REFERRAL_SOURCES.map((source) => ({ value: source, label: t(`board.sources.${source}`) }))}
        value={search.source ?? null}
        onChange={(value) => onChange({ source: (value as ReferralsSearch['source']) ?? undefined })}
        clearable
        w={190}
        data-testid="board-filter-source"
      />
      <Select
        label={t('boardBonus.ownership')}
        placeholder={t('common.all')}
        data={BOARD_OWNERSHIP_FILTERS.map((o) => ({ value: o, label: t(`boardBonus.ownerships.${o}`) }))}
        value={search.ownership ?? null}
        onChange={(value) => onChange({ ownership: (value as ReferralsSearch['ownership']) ?? undefined })}
        clearable
        w={190}
        data-testid="board-filter-ownership"
      />
      <Select
        label={t('boardBonus.bonusState')}
        placeholder={t('common.all')}
        data={BOARD_BONUS_FILTERS.map((b) => ({ value: b, label: t(`boardBonus.bonusStates.${b}`) }))}
        value={search.bonusState ?? null}
        onChange={(value) => onChange({ bonusState: (value as ReferralsSearch['bonusState']) ?? undefined })}
        clearable
        w={170}
        data-testid="board-filter-bonus"
      />
      <DepartmentSelect
        label={t('board.filters.department')}
        value={search.departmentId}
        onChange={(departmentId) => onChange({ departmentId })}
        w={180}
        testId="board-filter-department"
      />
      <DateRangeFields
        search={search}
        onChange={onChange}
        labels={{ from: t('board.filters.from'), to: t('board.filters.to') }}
        testIds={{ from: 'board-filter-from', to: 'board-filter-to' }}
      />
      <FilterSwitch
        label={t('board.filters.stale')}
        checked={!!search.stale}
        onChange={(stale) => onChange({ stale })}
        testId="board-filter-stale"
      />
    </Group>
  );
}
