import { Button, Group, Modal, Tabs, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ExclusionsCard } from '../exclusions/ExclusionsCard.tsx';
import { BoardTab } from './BoardTab.tsx';
import { boardExportUrl } from './board.api.ts';
import { NetworkTab } from './NetworkTab.tsx';
import { ReferralDrawer } from './ReferralDrawer.tsx';
import { exportUrl } from './referrals.api.ts';
import { REFERRALS_TABS, type ReferralsSearch, type ReferralsTab, tabOf } from './referrals-search.ts';

const route = getRouteApi('/_app/referrals');

/**
 * The recruiters' Referrals page: the board of every referral, and beside it the email
 * introductions and prospects employees passed on that nobody acted on yet.
 */
export function ReferralsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab = tabOf(search);
  // Recruiters keep the exclude list too (non-solicit agreements, do-not-hire), not only admins.
  const [exclusionsOpen, exclusions] = useDisclosure(false);
  const setSearch = (patch: Partial<ReferralsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const resetTo = (next: ReferralsSearch) => navigate({ search: next, replace: true });
  const switchTab = (next: ReferralsTab) =>
    // Between introductions and prospects the filters carry over (a mark belongs to one tab); the
    // board filters differently, so moving to or from it starts afresh.
    next !== 'board' && tab !== 'board'
      ? setSearch({ tab: next, mark: undefined })
      : resetTo({ tab: next === 'board' ? undefined : next });

  return (
    <>
      <PageHeader
        title={t('referralsArea.title')}
        subtitle={t('board.subtitle')}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={exclusions.open} data-testid="manage-exclusions">
              {t('referralsArea.manageExclusions')}
            </Button>
            <Tooltip label={t('referralsArea.exportHint')}>
              <Button
                component="a"
                href={tab === 'board' ? boardExportUrl(search) : exportUrl(search)}
                download
                variant="default"
                data-testid="export-csv"
              >
                {t('referralsArea.export')}
              </Button>
            </Tooltip>
          </Group>
        }
      />
      <Modal opened={exclusionsOpen} onClose={exclusions.close} title={t('exclusions.title')} size="xl">
        <ExclusionsCard />
      </Modal>
      <Tabs value={tab} onChange={(value) => value && switchTab(value as ReferralsTab)} mb="md">
        <Tabs.List>
          {REFERRALS_TABS.map((name) => (
            <Tabs.Tab key={name} value={name} data-testid={`tab-${name}`}>
              {name === 'board' ? t('board.tab') : t(`referralsArea.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tab === 'board' ? (
        <BoardTab search={search} onChange={setSearch} onReset={resetTo} />
      ) : (
        <NetworkTab search={{ ...search, tab }} onChange={setSearch} onReset={resetTo} />
      )}
      <ReferralDrawer referralId={search.open} onClose={() => setSearch({ open: undefined })} />
    </>
  );
}
