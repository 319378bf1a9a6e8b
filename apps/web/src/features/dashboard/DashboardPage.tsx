import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { TRole } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { useFormat } from '../../i18n/format.ts';
import { Empty } from '../../ui/Empty.tsx';
import { AnchorLink, ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { VisibleBonusesCard } from '../referrals/VisibleBonusesCard.tsx';
import { dashboardQuery } from './dashboard.api.ts';

function humanize(key: string) {
  const text = key.replace(/[_-]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function EmptyAction({ role }: { role: TRole }) {
  const { t } = useTranslation();
  if (role === 'admin') {
    return <ButtonLink to="/users">{t('dashboard.emptyAction.admin')}</ButtonLink>;
  }
  if (role === 'recruiter') {
    return <ButtonLink to="/jobs/new">{t('dashboard.emptyAction.recruiter')}</ButtonLink>;
  }
  return <ButtonLink to="/jobs">{t('dashboard.emptyAction.other')}</ButtonLink>;
}

export function DashboardPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const dashboard = useQuery(dashboardQuery);
  const data = dashboard.data;
  const isEmpty =
    data && data.recentCandidates.length === 0 && data.myJobs.length === 0 && data.cards.every((c) => !c.count);

  return (
    <>
      <PageHeader
        title={t('dashboard.title', { name: me.name })}
        subtitle={me.companyName}
        actions={
          // A general referral from Home; agents submit to a job.
          (me.role === 'employee' || me.role === 'agent') && (
            <ButtonLink to="/refer">{me.role === 'agent' ? t('refer.agentTitle') : t('refer.title')}</ButtonLink>
          )
        }
      />
      <QueryState isLoading={dashboard.isLoading} error={dashboard.error} onRetry={() => dashboard.refetch()} />
      {data && (
        <Stack gap="xl">
          {data.cards.length > 0 && (
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              {data.cards.map((card) => {
                const label = t(`dashboard.cards.${card.key}`, { defaultValue: humanize(card.key) });
                const body = (
                  <>
                    <Text size="sm" c="dimmed">
                      {label}
                    </Text>
                    <Text fz={32} fw={700} c={card.tone === 'attention' && card.count > 0 ? 'orange' : undefined}>
                      {fmt.number(card.count)}
                    </Text>
                  </>
                );
                if (!card.href) {
                  return (
                    <Card key={card.key} withBorder padding="lg" data-testid={`card-${card.key}`}>
                      {body}
                    </Card>
                  );
                }
                const href = card.href;
                return (
                  <Card
                    key={card.key}
                    withBorder
                    padding="lg"
                    component="a"
                    href={href}
                    data-testid={`card-${card.key}`}
                    style={{ cursor: 'pointer' }}
                    // The server gives app paths (with filters); the router keeps it a single-page move.
                    onClick={(e: React.MouseEvent) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                      e.preventDefault();
                      void navigate({ href });
                    }}
                  >
                    {body}
                  </Card>
                );
              })}
            </SimpleGrid>
          )}

          {/* Bonuses are for the company's own people; agency recruiters are paid by their agency. */}
          {me.role !== 'agent' && <VisibleBonusesCard />}

          {isEmpty ? (
            <Card withBorder>
              <Empty title={t(`dashboard.empty.${me.role}`)} action={<EmptyAction role={me.role} />} />
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {data.recentCandidates.length > 0 || me.role === 'admin' || me.role === 'recruiter' ? (
                <Card withBorder padding="lg">
                  <Title order={3} size="h4" mb="sm">
                    {t('dashboard.recentCandidates')}
                  </Title>
                  {data.recentCandidates.length === 0 && <Text c="dimmed">{t('dashboard.noRecent')}</Text>}
                  <Stack gap="xs">
                    {data.recentCandidates.map((c) => (
                      <Group key={c.id} justify="space-between" wrap="nowrap">
                        <AnchorLink to="/candidates/$candidateId" params={{ candidateId: c.id }}>
                          {c.name}
                        </AnchorLink>
                        <Text size="sm" c="dimmed">
                          {fmt.date(c.updatedAt)}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                </Card>
              ) : null}
              <Card withBorder padding="lg">
                <Title order={3} size="h4" mb="sm">
                  {t('dashboard.myJobs')}
                </Title>
                {data.myJobs.length === 0 && <Text c="dimmed">{t('dashboard.noJobs')}</Text>}
                <Stack gap="xs">
                  {data.myJobs.map((j) => (
                    <Group key={j.id} justify="space-between" wrap="nowrap">
                      <AnchorLink to="/jobs/$jobId" params={{ jobId: j.id }}>
                        {j.title}
                      </AnchorLink>
                      <Text size="sm" c="dimmed">
                        {t('dashboard.candidatesCount', { count: j.candidateCount })}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Card>
            </SimpleGrid>
          )}
        </Stack>
      )}
    </>
  );
}
