import { Anchor, Badge, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { NETWORK_MARKS, type TNetworkMark, type TNetworkReferralDetail } from '@vouch/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { AddToJob } from './AddToJob.tsx';
import { ActiveToggle } from './BoardRowActions.tsx';
import { PersonBackground } from './PersonBackground.tsx';
import { fullName, InactiveBadge, LinkedinLink, MarkBadge, OverdueBadge, Referrer, StatusBadge } from './parts.tsx';
import { DepartmentSelect, RequestIntroduction, StatusChange } from './ReferralActions.tsx';
import { DrawerTransfer } from './ReferralOwner.tsx';
import { PositionAt } from './ReferralsTable.tsx';
import { ReferralTimeline } from './ReferralTimeline.tsx';
import { useReferralDetail } from './referrals.api.ts';

type Props = { referralId: string | undefined; onClose: () => void };

/** One passed-on person: who they are, what happened so far, and what the recruiter can do next. */
export function ReferralDrawer({ referralId, onClose }: Props) {
  const { t } = useTranslation();
  const detail = useReferralDetail(referralId);
  const r = detail.data;
  return (
    <Drawer
      opened={!!referralId}
      onClose={onClose}
      position="right"
      size="xl"
      title={<Title order={3}>{r ? fullName(r) : t('referralsArea.drawer.title')}</Title>}
      data-testid="referral-drawer"
    >
      <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => detail.refetch()} />
      {r && r.id === referralId && (
        <Stack gap="lg">
          <Facts referral={r} />
          {/* Seed 002: work and education history, the LinkedIn link and the employee's note before asking. */}
          {NETWORK_MARKS.includes(r.source as TNetworkMark) && <PersonBackground referral={r} />}
          {r.source === 'email_introduction' && <RequestIntroduction referral={r} />}
          <AddToJob referral={r} />
          {/* Only what is on the board can be made inactive; an untouched mark waits in its own tab. */}
          {r.status !== 'passed_on' && (
            <Group>
              <ActiveToggle referral={r} withLabel />
            </Group>
          )}
          <StatusChange referral={r} />
          <DrawerTransfer referral={r} />
          <Events referral={r} />
        </Stack>
      )}
    </Drawer>
  );
}

function Facts({ referral: r }: { referral: TNetworkReferralDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fact = (label: string, value: ReactNode) => (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{value}</div>
    </>
  );
  return (
    <Stack gap="sm">
      <Group gap="xs">
        {r.source === 'email_introduction' ? (
          <Badge variant="outline" size="sm">
            {t('referralsArea.marks.email_introduction')}
          </Badge>
        ) : (
          <MarkBadge source={r.source} />
        )}
        <StatusBadge status={r.status} />
        {r.overdue && <OverdueBadge />}
        {!r.active && <InactiveBadge />}
      </Group>
      <PositionAt referral={r} highlights={[]} />
      <LinkedinLink url={r.linkedinUrl} />
      <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '8px 16px', alignItems: 'center' }}>
        {fact(
          // A mark was passed on by an employee; a request or submission has a referrer.
          NETWORK_MARKS.includes(r.source as TNetworkMark)
            ? t('referralsArea.fields.referrer')
            : t('board.fields.referrer'),
          <Referrer referral={r} />,
        )}
        {r.email && fact(t('referralsArea.fields.email'), <Anchor href={`mailto:${r.email}`}>{r.email}</Anchor>)}
        {r.phone && fact(t('referralsArea.fields.phone'), <Text size="sm">{r.phone}</Text>)}
        {fact(t('referralsArea.fields.job'), <Text size="sm">{r.job?.title ?? t('common.none')}</Text>)}
        {fact(t('referralsArea.fields.department'), <DepartmentSelect referral={r} />)}
        {r.skills.length > 0 &&
          fact(
            t('referralsArea.fields.skills'),
            <Group gap={4}>
              {r.skills.map((skill) => (
                <Badge key={skill} variant="light" color="gray" size="sm" tt="none">
                  {skill}
                </Badge>
              ))}
            </Group>,
          )}
        {r.note && fact(t('referralsArea.fields.note'), <Text size="sm">{r.note}</Text>)}
        {r.loveToWorkAgain && fact('♥', <Text size="sm">{t('referralsArea.loveToWorkAgain')}</Text>)}
        {r.dueAt &&
          r.status === 'passed_on' &&
          fact(t('referralsArea.fields.due'), <Text size="sm">{fmt.dateTime(r.dueAt)}</Text>)}
        {fact(t('referralsArea.fields.created'), <Text size="sm">{fmt.dateTime(r.createdAt)}</Text>)}
      </div>
    </Stack>
  );
}

function Events({ referral: r }: { referral: TNetworkReferralDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={4}>{t('referralsArea.drawer.timeline')}</Title>
      <ReferralTimeline source={r.source} events={r.events} />
    </Stack>
  );
}
