import { Button, Tabs, Tooltip } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { NETWORK_TABS } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { ClearFiltersButton } from '../../ui/Empty.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Filters, ScopeLine } from './Filters.tsx';
import { ReferralDrawer } from './ReferralDrawer.tsx';
import { ReferralsTable } from './ReferralsTable.tsx';
import { exportUrl, useNetworkReferrals } from './referrals.api.ts';
import type { ReferralsSearch } from './referrals-search.ts';
import { SearchBox } from './SearchBox.tsx';

const route = getRouteApi('/_app/referrals');

/** The recruiters' Referrals area: email introductions and prospects that employees passed on. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab = search.tab ?? 'introductions';
  const setSearch = (patch: Partial<ReferralsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const list = useNetworkReferrals(search);
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  // A query the server could not read is shown under the box; the list keeps its last answer.
  const queryError = isApiError(list.error, 'unprocessable')
    ? (list.error.errors.find((e) => e.field === 'q')?.message ?? list.error.detail ?? null)
    : null;
  const narrowed = !!(
    search.q ||
    search.mark ||
    search.referrerId ||
    search.departmentId ||
    search.from ||
    search.to ||
    search.overdue
  );

  return (
    <>
      <PageHeader
        title={t('referralsArea.title')}
        subtitle={t('referralsArea.subtitle')}
        actions={
          <Tooltip label={t('referralsArea.exportHint')}>
            <Button component="a" href={exportUrl(search)} download variant="default" data-testid="export-csv">
              {t('referralsArea.export')}
            </Button>
          </Tooltip>
        }
      />
      <Tabs
        value={tab}
        // A mark belongs to one tab; the rest of the filters carry over.
        onChange={(value) => setSearch({ tab: (value as ReferralsSearch['tab']) ?? undefined, mark: undefined })}
        mb="md"
      >
        <Tabs.List>
          {NETWORK_TABS.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`tab-${name}`}>
              {t(`referralsArea.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SearchBox value={search.q} onSearch={(q) => setSearch({ q })} error={queryError} />
      <Filters search={{ ...search, tab }} onChange={setSearch} />
      <ScopeLine scope={pages[0]?.scope} onChange={setSearch} />
      <ReferralsTable
        list={{ ...list, error: queryError ? null : list.error }}
        items={queryError ? [] : items}
        highlights={pages[0]?.highlights ?? []}
        emptyTitle={narrowed ? t('referralsArea.empty.noMatch') : t(`referralsArea.empty.${tab}`)}
        emptyAction={
          narrowed ? (
            <ClearFiltersButton
              onClick={() => navigate({ search: { tab: search.tab, scope: search.scope }, replace: true })}
            />
          ) : null
        }
        onOpen={(open) => setSearch({ open })}
      />
      <ReferralDrawer referralId={search.open} onClose={() => setSearch({ open: undefined })} />
    </>
  );
}
