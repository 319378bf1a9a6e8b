import { Anchor, Badge, Drawer, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import type { TNetworkReferralDetail } from '@vouch/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { fullName, LinkedinLink, MarkBadge, OverdueBadge, Referrer, StatusBadge } from './parts.tsx';
import { DepartmentSelect, RequestIntroduction, StatusChange } from './ReferralActions.tsx';
import { PositionAt } from './ReferralsTable.tsx';
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
          {r.source === 'email_introduction' && <RequestIntroduction referral={r} />}
          <StatusChange referral={r} />
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
      </Group>
      <PositionAt referral={r} highlights={[]} />
      <LinkedinLink url={r.linkedinUrl} />
      <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '8px 16px', alignItems: 'center' }}>
        {fact(t('referralsArea.fields.referrer'), <Referrer referral={r} />)}
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
        {r.dueAt && fact(t('referralsArea.fields.due'), <Text size="sm">{fmt.dateTime(r.dueAt)}</Text>)}
        {fact(t('referralsArea.fields.created'), <Text size="sm">{fmt.dateTime(r.createdAt)}</Text>)}
      </div>
    </Stack>
  );
}

function Events({ referral: r }: { referral: TNetworkReferralDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // A cold prospect's own marking has no actor: the employee is not shown, not "the system".
  const nobody = r.source === 'cold_prospect' ? t('referralsArea.drawer.notShown') : t('referralsArea.drawer.system');
  return (
    <Stack gap="xs">
      <Title order={4}>{t('referralsArea.drawer.timeline')}</Title>
      <Timeline active={r.events.length - 1} bulletSize={14} lineWidth={2} data-testid="referral-timeline">
        {r.events.map((event) => (
          <Timeline.Item key={event.id} title={t(`referralsArea.status.${event.toStatus}`)}>
            <Text size="xs" c="dimmed">
              {event.actor?.name ?? nobody} · {fmt.dateTime(event.createdAt)}
            </Text>
            {event.note && (
              <Text size="sm" mt={4}>
                {event.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
