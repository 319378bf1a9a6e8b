import { Badge, Button, Card, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { NETWORK_MARKS, type TMyReferral, type TNetworkMark, type TReferralOutcome } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { useMyReferrals, useUpdateMark, useWithdrawReferral } from './triage.api.ts';

const OUTCOME_COLORS: Record<TReferralOutcome, string> = {
  waiting: 'gray',
  requested: 'blue',
  contacted: 'teal',
  hired: 'green',
  closed: 'red',
};

/** Badges clip long labels by default; in a table that lets the column shrink to nothing. */
const WHOLE_LABEL = { label: { overflow: 'visible' } } as const;

const isMark = (source: string): source is TNetworkMark => (NETWORK_MARKS as readonly string[]).includes(source);
const nameOf = (r: TMyReferral) => `${r.firstName} ${r.lastName}`.trim();

/** Everyone the employee passed on, what they chose for each and what became of them. */
export function MyReferralsCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const referrals = useMyReferrals();
  const update = useUpdateMark();
  const withdraw = useWithdrawReferral();
  const items = referrals.data?.pages.flatMap((p) => p.items) ?? [];

  const changeMark = (referral: TMyReferral, mark: TNetworkMark) =>
    update.mutate(
      { id: referral.id, mark },
      {
        // A failure is notified once, by the query client.
        onSuccess: () => notifySuccess(t('myReferrals.changed', { name: nameOf(referral) })),
      },
    );

  const askWithdraw = async (referral: TMyReferral) => {
    const ok = await confirmAction({
      message: t('myReferrals.withdrawConfirm', { name: nameOf(referral) }),
      confirmLabel: t('myReferrals.withdraw'),
    });
    if (!ok) return;
    withdraw.mutate(referral.id, {
      onSuccess: (result) => notifySuccess(t(`myReferrals.withdrawn.${result.withdrawn}`, { name: nameOf(referral) })),
    });
  };

  return (
    <Card withBorder padding="lg" data-testid="my-referrals">
      <Stack>
        <Title order={3}>{t('myReferrals.title')}</Title>
        <ListTable<TMyReferral>
          query={referrals}
          items={items}
          minWidth={960}
          emptyTitle={t('myReferrals.empty')}
          emptyAction={<ButtonLink to="/network/triage">{t('myReferrals.emptyAction')}</ButtonLink>}
          head={
            <>
              <Table.Th>{t('myReferrals.person')}</Table.Th>
              <Table.Th>{t('myReferrals.mark')}</Table.Th>
              <Table.Th>{t('myReferrals.job')}</Table.Th>
              <Table.Th>{t('myReferrals.note')}</Table.Th>
              <Table.Th>{t('myReferrals.outcome')}</Table.Th>
              <Table.Th />
            </>
          }
          row={(r) => {
            // Once a recruiter acted on it the choice stays (the server refuses too).
            const changeable = isMark(r.source) && r.outcome === 'waiting' && !r.excluded;
            return (
              <Table.Tr key={r.id} data-testid="my-referral-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {nameOf(r)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[r.position, r.company].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Stack gap={2} align="flex-start">
                    <Badge variant="light" tt="none" data-testid="my-referral-mark" styles={WHOLE_LABEL}>
                      {t(`myReferrals.sources.${r.source}`)}
                    </Badge>
                    {changeable && (
                      <Menu position="bottom-start" withinPortal>
                        <Menu.Target>
                          <Button
                            variant="subtle"
                            size="compact-xs"
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
                              onClick={() => changeMark(r, mark)}
                              data-testid={`my-referral-mark-${mark}`}
                            >
                              {t(`triage.marks.${mark}`)}
                            </Menu.Item>
                          ))}
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.job?.title ?? t('common.none')}</Text>
                </Table.Td>
                <Table.Td maw={260}>
                  {r.loveToWorkAgain && (
                    <Text size="xs" c="pink" fw={500} data-testid="my-referral-love">
                      ♥ {t('myReferrals.love')}
                    </Text>
                  )}
                  <Text size="sm" lineClamp={2}>
                    {r.note ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    color={OUTCOME_COLORS[r.outcome]}
                    variant="light"
                    tt="none"
                    styles={WHOLE_LABEL}
                    data-testid="my-referral-outcome"
                  >
                    {t(`myReferrals.outcomes.${r.outcome}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('myReferrals.since', { date: fmt.date(r.statusChangedAt) })}
                  </Text>
                  {r.excluded && (
                    <Text
                      size="xs"
                      c="red"
                      maw={220}
                      style={{ whiteSpace: 'normal' }}
                      data-testid="my-referral-excluded"
                    >
                      {t('myReferrals.excluded')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {isMark(r.source) && r.status !== 'withdrawn' && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      onClick={() => askWithdraw(r)}
                      aria-label={t('myReferrals.withdrawLabel', { name: nameOf(r) })}
                      data-testid="my-referral-withdraw"
                    >
                      {t('myReferrals.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          }}
        />
      </Stack>
    </Card>
  );
}
