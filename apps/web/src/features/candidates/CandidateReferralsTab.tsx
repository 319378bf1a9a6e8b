import { Card, Group, SimpleGrid, Stack } from '@mantine/core';
import type { TCandidate, TCandidateReferral } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { Empty } from '../../ui/Empty.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { SourceBadge, StaleBadge } from '../referrals/BoardTable.tsx';
import { useCandidateReferrals } from '../referrals/board.api.ts';
import { HireStartDate } from '../referrals/HireStartDate.tsx';
import { InactiveBadge, StatusBadge } from '../referrals/parts.tsx';
import { CandidateOwnerLine } from '../referrals/ReferralOwner.tsx';
import { ReferralTimeline } from '../referrals/ReferralTimeline.tsx';

/** Every referral about the candidate, newest first, each with where it stands and how it got there. */
export function CandidateReferralsTab({ candidate }: { candidate: TCandidate }) {
  const { t } = useTranslation();
  const referrals = useCandidateReferrals(candidate.id);
  if (!referrals.data) {
    return <QueryState isLoading={referrals.isLoading} error={referrals.error} onRetry={() => referrals.refetch()} />;
  }
  if (referrals.data.length === 0) {
    return (
      <Card withBorder>
        <Empty title={t('board.candidateTab.empty')} description={t('board.candidateTab.emptyHint')} />
      </Card>
    );
  }
  return (
    <Stack gap="md" data-testid="candidate-referrals">
      <CandidateOwnerLine candidateId={candidate.id} />
      {referrals.data.map((referral) => (
        <ReferralCard key={referral.id} candidateId={candidate.id} referral={referral} />
      ))}
    </Stack>
  );
}

function ReferralCard({ candidateId, referral: r }: { candidateId: string; referral: TCandidateReferral }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card withBorder padding="lg" data-testid="candidate-referral">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <StatusBadge status={r.status} />
            <SourceBadge source={r.source} />
            {!r.active && <InactiveBadge />}
            {r.stale && <StaleBadge />}
          </Group>
          <AnchorLink to="/referrals" search={{ open: r.id }} size="sm">
            {t('board.candidateTab.openOnBoard')}
          </AnchorLink>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Fact label={t('board.fields.referrer')}>
            {/* The server never sends a cold prospect's referrer; say why there is no name. */}
            {r.source === 'cold_prospect' ? t('referralsArea.anonymous') : (r.referrer?.name ?? t('common.none'))}
          </Fact>
          <Fact label={t('board.fields.role')}>{r.job?.title ?? t('common.none')}</Fact>
          <Fact label={t('board.candidateTab.referredOn')}>{fmt.date(r.createdAt)}</Fact>
        </SimpleGrid>
        {r.bonus && <HireStartDate candidateId={candidateId} bonus={r.bonus} />}
        <ReferralTimeline source={r.source} events={r.events} />
      </Stack>
    </Card>
  );
}
