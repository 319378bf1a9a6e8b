import { Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TBonusState, TReferralBonus } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { localeOf } from '../../i18n/format.ts';
import { Empty } from '../../ui/Empty.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { type PayoutForm, PayoutModal } from './PayoutModals.tsx';
import { PAYOUT_VIEWS, type PayoutView, payoutsExportUrl, usePayoutAction, usePayouts } from './payouts.api.ts';

const STATE_COLORS: Record<TBonusState, string> = {
  pending: 'gray',
  eligible: 'blue',
  approved: 'teal',
  paid: 'green',
  forfeited: 'red',
};

function useMoney() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return {
    money: (amount: number | null, currency: string | null) =>
      amount === null
        ? null
        : currency
          ? new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
          : new Intl.NumberFormat(locale).format(amount),
    day: (day: string | null) =>
      day
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))
        : '—',
  };
}

function BonusActions({ bonus, onOpen }: { bonus: TReferralBonus; onOpen: (form: PayoutForm) => void }) {
  const { t } = useTranslation();
  const action = usePayoutAction();
  const open = (kind: PayoutForm['kind']) => () => onOpen({ kind, bonus });
  return (
    <Group gap={4} justify="flex-end" wrap="wrap">
      {bonus.state === 'eligible' && (
        <Button
          size="xs"
          loading={action.isPending}
          onClick={() =>
            action.mutate({ kind: 'approve', bonus }, { onSuccess: () => notifySuccess(t('payouts.approved')) })
          }
        >
          {t('payouts.approve')}
        </Button>
      )}
      {bonus.state === 'approved' && (
        <Button size="xs" onClick={open('paid')}>
          {t('payouts.markPaid')}
        </Button>
      )}
      {bonus.state === 'pending' && (
        <Button size="xs" variant="default" onClick={open('startDate')}>
          {t('payouts.editStartDate')}
        </Button>
      )}
      {['pending', 'eligible', 'approved'].includes(bonus.state) && (
        <Button size="xs" variant="subtle" color="red" onClick={open('forfeit')}>
          {t('payouts.forfeit')}
        </Button>
      )}
    </Group>
  );
}

function ReferrerLine({ bonus }: { bonus: TReferralBonus }) {
  const { t } = useTranslation();
  if (!bonus.referrer)
    return (
      <Text size="sm" c="dimmed">
        {t('payouts.noReferrer')}
      </Text>
    );
  return (
    <>
      <Text size="sm" fw={500}>
        {bonus.referrer.name}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {bonus.referrer.email}
      </Text>
    </>
  );
}

function StateLine({ bonus }: { bonus: TReferralBonus }) {
  const { t } = useTranslation();
  return (
    <>
      <Badge color={STATE_COLORS[bonus.state]} variant="light">
        {t(`payouts.states.${bonus.state}`)}
      </Badge>
      {bonus.forfeitReason && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {bonus.forfeitReason}
        </Text>
      )}
    </>
  );
}

function PaidLine({ bonus }: { bonus: TReferralBonus }) {
  const { t } = useTranslation();
  const { money, day } = useMoney();
  if (!bonus.paidOn) return '—';
  return (
    <Text size="xs">
      {money(bonus.paidAmount, bonus.currency)} ·{' '}
      {t('payouts.paidLine', { date: day(bonus.paidOn), reference: bonus.payrollReference ?? '' })}
    </Text>
  );
}

type ListProps = { onOpen: (form: PayoutForm) => void };

/** One bonus on a phone: who, for whom, how much, its days and state, and what can be done. */
function PayoutCard({ bonus, onOpen }: ListProps & { bonus: TReferralBonus }) {
  const { t } = useTranslation();
  const { money, day } = useMoney();
  return (
    <Card withBorder padding="md" data-testid="payout-row">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {bonus.candidateName}
            </Text>
            <Text size="xs" c="dimmed">
              {t('payouts.columns.job')}: {bonus.job?.title ?? '—'}
            </Text>
          </div>
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {money(bonus.amount, bonus.currency) ?? bonus.value}
          </Text>
        </Group>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('payouts.columns.referrer')}
          </Text>
          <ReferrerLine bonus={bonus} />
        </div>
        <SimpleGrid cols={2} spacing="xs">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('payouts.columns.startDate')}
            </Text>
            <Text size="sm">{day(bonus.startDate)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('payouts.columns.eligibleOn')}
            </Text>
            <Text size="sm">{day(bonus.eligibleOn)}</Text>
          </div>
        </SimpleGrid>
        <div>
          <StateLine bonus={bonus} />
        </div>
        {bonus.paidOn && <PaidLine bonus={bonus} />}
        <BonusActions bonus={bonus} onOpen={onOpen} />
      </Stack>
    </Card>
  );
}

/** The wide screen's table: a row per bonus, eight columns. */
function PayoutsTable({ items, onOpen }: ListProps & { items: TReferralBonus[] }) {
  const { t } = useTranslation();
  const { money, day } = useMoney();
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm" data-testid="payouts-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('payouts.columns.referrer')}</Table.Th>
              <Table.Th>{t('payouts.columns.candidate')}</Table.Th>
              <Table.Th>{t('payouts.columns.bonus')}</Table.Th>
              <Table.Th>{t('payouts.columns.startDate')}</Table.Th>
              <Table.Th>{t('payouts.columns.eligibleOn')}</Table.Th>
              <Table.Th>{t('payouts.columns.state')}</Table.Th>
              <Table.Th>{t('payouts.columns.paid')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((bonus) => (
              <Table.Tr key={bonus.id} data-testid="payout-row">
                <Table.Td>
                  <ReferrerLine bonus={bonus} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{bonus.candidateName}</Text>
                  <Text size="xs" c="dimmed">
                    {t('payouts.columns.job')}: {bonus.job?.title ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{money(bonus.amount, bonus.currency) ?? bonus.value}</Text>
                </Table.Td>
                <Table.Td>{day(bonus.startDate)}</Table.Td>
                <Table.Td>{day(bonus.eligibleOn)}</Table.Td>
                <Table.Td>
                  <StateLine bonus={bonus} />
                </Table.Td>
                <Table.Td>
                  <PaidLine bonus={bonus} />
                </Table.Td>
                <Table.Td>
                  <BonusActions bonus={bonus} onOpen={onOpen} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** Admins: every referral bonus from the hire to payroll, with payroll's CSV of the view. */
export function PayoutsPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<PayoutView>('due');
  const [form, setForm] = useState<PayoutForm | null>(null);
  const payouts = usePayouts(view);
  // A phone gets one card per bonus: eight columns do not fit 390 px without scrolling sideways.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const items = payouts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('payouts.title')}
        subtitle={t('payouts.subtitle')}
        actions={
          <Button component="a" href={payoutsExportUrl(view)} download variant="default" data-testid="payouts-export">
            {t('payouts.export')}
          </Button>
        }
      />
      <Stack>
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as PayoutView)}
          data={(Object.keys(PAYOUT_VIEWS) as PayoutView[]).map((v) => ({ value: v, label: t(`payouts.views.${v}`) }))}
          data-testid="payouts-view"
          style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        />
        <QueryState isLoading={payouts.isLoading} error={payouts.error} onRetry={() => payouts.refetch()} />
        {payouts.isSuccess && items.length === 0 && <Empty title={t('payouts.empty')} />}
        {items.length > 0 &&
          (narrow ? (
            <Stack gap="sm" data-testid="payouts-cards">
              {items.map((bonus) => (
                <PayoutCard key={bonus.id} bonus={bonus} onOpen={setForm} />
              ))}
            </Stack>
          ) : (
            <PayoutsTable items={items} onOpen={setForm} />
          ))}
        <LoadMore
          hasMore={!!payouts.hasNextPage}
          loading={payouts.isFetchingNextPage}
          onClick={() => payouts.fetchNextPage()}
        />
      </Stack>
      {form && <PayoutModal key={`${form.kind}-${form.bonus.id}`} open={form} onClose={() => setForm(null)} />}
    </>
  );
}
