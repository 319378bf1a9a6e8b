import { Alert, Anchor, Badge, Chip, Group, Tabs, Text } from '@mantine/core';
import { BOARD_TABS, REFERRAL_STATUSES, type TBoardCounts, type TReferralStatus } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ClearFiltersButton } from '../../ui/Empty.tsx';
import { BoardFilters, BoardSearchAndSort } from './BoardFilters.tsx';
import { BoardTable } from './BoardTable.tsx';
import { useBoard } from './board.api.ts';
import { ScopeLine } from './Filters.tsx';
import { boardNarrowed, type ReferralsSearch } from './referrals-search.ts';

type Props = {
  search: ReferralsSearch;
  onChange: (patch: Partial<ReferralsSearch>) => void;
  onReset: (search: ReferralsSearch) => void;
};

/** Every referral of every source: Active and Inactive, counts per status, filters, the pencil and the bell. */
export function BoardTab({ search, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const board = useBoard(search);
  const pages = board.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const counts = pages[0]?.counts ?? null;
  const view = search.view ?? 'active';
  const narrowed = boardNarrowed(search);

  return (
    <>
      <BoardSearchAndSort search={search} onChange={onChange} />
      <BoardFilters search={search} onChange={onChange} />
      {/* Like the introductions and prospects: the recruiter's own departments by default. */}
      <ScopeLine scope={pages[0]?.scope} onChange={onChange} />
      {search.stale && (
        <Alert color="orange" variant="light" mb="md" data-testid="stale-banner">
          {t('board.staleBanner')}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => onChange({ stale: undefined })}>
            {t('board.showAll')}
          </Anchor>
        </Alert>
      )}
      <Tabs
        value={view}
        // The status filter stays: the counts beside each tab already honour it.
        onChange={(value) => onChange({ view: value === 'inactive' ? 'inactive' : undefined })}
        variant="pills"
        mb="sm"
      >
        <Tabs.List>
          {BOARD_TABS.map((name) => (
            <Tabs.Tab
              key={name}
              value={name}
              rightSection={counts && <CountBadge count={counts[name]} selected={name === view} />}
              data-testid={`board-view-${name}`}
            >
              {t(`board.views.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {counts && (
        <StatusChips
          counts={counts}
          selected={search.status ?? []}
          onChange={(status) => onChange({ status: status.length ? status : undefined })}
        />
      )}
      <BoardTable
        list={board}
        items={items}
        emptyTitle={narrowed ? t('board.empty.noMatch') : t(`board.empty.${view}`)}
        emptyAction={narrowed ? <ClearFiltersButton onClick={() => onReset({ view: search.view })} /> : null}
        onOpen={(open) => onChange({ open })}
      />
    </>
  );
}

function CountBadge({ count, selected }: { count: number; selected: boolean }) {
  const fmt = useFormat();
  return (
    <Badge size="sm" variant={selected ? 'white' : 'light'} color={selected ? 'dark' : 'gray'} circle={count < 10}>
      {fmt.number(count)}
    </Badge>
  );
}

/** One chip per status present in the tab, with its count; clicking picks or drops it as a filter. */
function StatusChips({
  counts,
  selected,
  onChange,
}: {
  counts: TBoardCounts;
  selected: TReferralStatus[];
  onChange: (status: TReferralStatus[]) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // A picked status stays visible even when nothing of it is left, so it can be dropped again.
  const shown = counts.statuses.map((s) => s.status);
  for (const status of selected) if (!shown.includes(status)) shown.push(status);
  if (!shown.length) return null;
  shown.sort((a, b) => REFERRAL_STATUSES.indexOf(a) - REFERRAL_STATUSES.indexOf(b));
  const countOf = (status: TReferralStatus) => counts.statuses.find((s) => s.status === status)?.count ?? 0;
  return (
    <Group gap={6} mb="md" role="group" aria-label={t('board.statusChips')} data-testid="status-chips">
      <Text size="sm" c="dimmed" mr={4}>
        {t('board.statusChips')}
      </Text>
      <Chip.Group multiple value={selected} onChange={(value) => onChange(value as TReferralStatus[])}>
        {shown.map((status) => (
          <Chip key={status} value={status} size="sm" variant="outline" data-testid={`status-chip-${status}`}>
            {t(`referralsArea.status.${status}`)} · {fmt.number(countOf(status))}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  );
}
