import { Badge, Button, Card, Group, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { NETWORK_MARKS, type TMyReferral, type TNetworkMark, type TReferralOutcome } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { Empty } from '../../ui/Empty.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { useMyReferrals, useUpdateMark, useWithdrawReferral } from './triage.api.ts';

const OUTCOME_COLORS: Record<TReferralOutcome, string> = {
  waiting: 'gray',
  requested: 'blue',
  contacted: 'teal',
  hired: 'green',
  closed: 'red',
};

const isMark = (source: string): source is TNetworkMark => (NETWORK_MARKS as readonly string[]).includes(source);
const nameOf = (r: TMyReferral) => `${r.firstName} ${r.lastName}`.trim();

/**
 * "My referrals": everyone the member referred, however (a mark on a contact, Refer someone, a
 * share link, an agency submission), as cards so a phone shows them whole. Changing the mark and
 * withdrawing are offered on marks only; the rest is the recruiter's to move.
 */
export function MyReferralsCard({ agent = false }: { agent?: boolean }) {
  const { t } = useTranslation();
  const referrals = useMyReferrals();
  const items = referrals.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card withBorder padding="lg" data-testid="my-referrals">
      <Stack>
        <Title order={3}>{t('myReferrals.title')}</Title>
        <QueryState isLoading={referrals.isLoading} error={referrals.error} onRetry={() => referrals.refetch()} />
        {referrals.isSuccess && items.length === 0 && (
          <Empty
            title={t('myReferrals.empty')}
            action={agent ? undefined : <ButtonLink to="/network/triage">{t('myReferrals.emptyAction')}</ButtonLink>}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {items.map((r) => (
            <ReferralCard key={`${r.id}-${r.job?.id ?? 'general'}-${r.selfApplied}`} referral={r} />
          ))}
        </SimpleGrid>
        <LoadMore
          hasMore={!!referrals.hasNextPage}
          loading={referrals.isFetchingNextPage}
          onClick={() => referrals.fetchNextPage()}
        />
      </Stack>
    </Card>
  );
}

function ReferralCard({ referral: r }: { referral: TMyReferral }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mark = isMark(r.source);
  return (
    <Card withBorder padding="md" data-testid="my-referral-row" data-kind={mark ? 'mark' : 'referral'}>
      <Stack gap={6}>
        <div>
          <Text fw={600}>{nameOf(r)}</Text>
          {(r.position || r.company) && (
            <Text size="xs" c="dimmed">
              {[r.position, r.company].filter(Boolean).join(' · ')}
            </Text>
          )}
        </div>
        <Text size="sm" data-testid="my-referral-job">
          {r.job?.title ?? t('myReferrals.general')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('myReferrals.referredOn', { date: fmt.date(r.createdAt) })}
        </Text>
        <Group gap="xs">
          <Badge variant="light" tt="none" data-testid="my-referral-mark">
            {t(`myReferrals.sources.${r.source}`)}
          </Badge>
          <Badge color={OUTCOME_COLORS[r.outcome]} variant="light" tt="none" data-testid="my-referral-outcome">
            {t(`myReferrals.outcomes.${r.outcome}`)}
          </Badge>
          {r.bonusState && (
            <Badge
              color={r.bonusState === 'paid' ? 'green' : r.bonusState === 'forfeited' ? 'red' : 'gray'}
              variant="light"
              tt="none"
              data-testid="my-referral-bonus"
            >
              {t(`myReferrals.bonus.${r.bonusState}`)}
            </Badge>
          )}
          {r.selfApplied && (
            <Badge color="gray" variant="outline" tt="none">
              {t('myReferrals.selfApplied')}
            </Badge>
          )}
        </Group>
        {!r.selfApplied && (
          <Text size="xs" c="dimmed">
            {t('myReferrals.since', { date: fmt.date(r.statusChangedAt) })}
          </Text>
        )}
        {r.loveToWorkAgain && (
          <Text size="xs" c="pink" fw={500} data-testid="my-referral-love">
            ♥ {t('myReferrals.love')}
          </Text>
        )}
        {r.note && (
          <Text size="sm" lineClamp={2}>
            {r.note}
          </Text>
        )}
        {r.excluded && (
          <Text size="xs" c="red" data-testid="my-referral-excluded">
            {t('myReferrals.excluded')}
          </Text>
        )}
        {mark && !r.selfApplied && <MarkActions referral={r} />}
      </Stack>
    </Card>
  );
}

/** What only a mark offers: changing the choice while nobody acted on it, and withdrawing it. */
function MarkActions({ referral: r }: { referral: TMyReferral }) {
  const { t } = useTranslation();
  const update = useUpdateMark();
  const withdraw = useWithdrawReferral();
  // Once a recruiter acted on it the choice stays (the server refuses too).
  const changeable = r.outcome === 'waiting' && !r.excluded;

  const changeMark = (mark: TNetworkMark) =>
    update.mutate(
      { id: r.id, mark },
      // A failure is notified once, by the query client.
      { onSuccess: () => notifySuccess(t('myReferrals.changed', { name: nameOf(r) })) },
    );

  const askWithdraw = async () => {
    const ok = await confirmAction({
      message: t('myReferrals.withdrawConfirm', { name: nameOf(r) }),
      confirmLabel: t('myReferrals.withdraw'),
    });
    if (!ok) return;
    withdraw.mutate(r.id, {
      onSuccess: (result) => notifySuccess(t(`myReferrals.withdrawn.${result.withdrawn}`, { name: nameOf(r) })),
    });
  };

  if (!changeable && r.status === 'withdrawn') return null;
  return (
    <Group gap="xs">
      {changeable && (
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              variant="subtle"
              size="compact-sm"
              aria-label={t('myReferrals.changeLabel', { name: nameOf(r) })}
              data-testid="my-referral-change"
            >
              {t('myReferrals.change')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {NETWORK_MARKS.map((mark) => (
              <Menu.Item
                key={mark}
                disabled={mark === r.source}
                onClick={() => changeMark(mark)}
                data-testid={`my-referral-mark-${mark}`}
              >
                {t(`triage.marks.${mark}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
      {r.status !== 'withdrawn' && (
        <Button
          variant="subtle"
          color="red"
          size="compact-sm"
          onClick={askWithdraw}
          aria-label={t('myReferrals.withdrawLabel', { name: nameOf(r) })}
          data-testid="my-referral-withdraw"
        >
          {t('myReferrals.withdraw')}
        </Button>
      )}
    </Group>
  );
}
