import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { TCandidate } from '@vouch/contracts';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canManageHiring, useMe } from '../../app/auth.ts';
import { useFormat } from '../../i18n/format.ts';
import { Fact } from '../../ui/Fact.tsx';
import { AnchorLink, ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { ConnectionsTab } from '../connections/ConnectionsTab.tsx';
import { ErasePersonButton } from '../privacy/ErasePersonButton.tsx';
import { PersonExportCard } from '../privacy/PersonExportCard.tsx';
import { CandidateReferencesTab } from '../references/CandidateReferencesTab.tsx';
import { LatestCheckBadge } from '../references/LatestCheckBadge.tsx';
import { StartReferenceCheckModal } from '../references/StartReferenceCheckModal.tsx';
import { CandidateConsents } from './CandidateConsents.tsx';
import { CandidateFiles } from './CandidateFiles.tsx';
import { CandidateJobsTab } from './CandidateJobsTab.tsx';
import { CandidateReferralsTab } from './CandidateReferralsTab.tsx';
import { candidateQuery } from './candidates.api.ts';

const route = getRouteApi('/_app/candidates/$candidateId');
const TABS = ['overview', 'connections', 'work', 'jobs', 'referrals', 'references'] as const;

// A candidate's email, links and notes can be long unbroken words; let them wrap inside the card.
const Detail = (props: ComponentProps<typeof Fact>) => <Fact breakAnywhere {...props} />;

function Overview({ c }: { c: TCandidate }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Stack gap="lg">
      <CandidateFiles candidateId={c.id} />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
          <Detail label={t('candidates.fields.email')}>
            {c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : none}
          </Detail>
          <Detail label={t('candidates.fields.phone')}>
            {c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : none}
          </Detail>
          <Detail label={t('candidates.fields.linkedinUrl')}>
            {c.linkedinUrl ? (
              <Anchor href={c.linkedinUrl} target="_blank" rel="noopener noreferrer">
                {c.linkedinUrl}
              </Anchor>
            ) : (
              none
            )}
          </Detail>
          <Detail label={t('candidates.fields.location')}>{c.location ?? none}</Detail>
          <Detail label={t('candidates.fields.language')}>{t(`languages.${c.language}`)}</Detail>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Detail label={t('candidates.fields.skills')}>
            {c.skills.length ? (
              <Group gap={4} component="span">
                {c.skills.map((s) => (
                  <Badge key={s} variant="outline">
                    {s}
                  </Badge>
                ))}
              </Group>
            ) : (
              none
            )}
          </Detail>
          <Detail label={t('candidates.fields.tags')}>
            {c.tags.length ? (
              <Group gap={4} component="span">
                {c.tags.map((s) => (
                  <Badge key={s} variant="light">
                    {s}
                  </Badge>
                ))}
              </Group>
            ) : (
              none
            )}
          </Detail>
          <Detail label={t('candidates.fields.notes')}>
            <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.notes ?? t('candidates.noNotes')}
            </Text>
          </Detail>
        </Stack>
      </Card>
    </Stack>
  );
}

function WorkHistory({ c }: { c: TCandidate }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (c.workHistory.length === 0) return <Text c="dimmed">{t('candidates.work.empty')}</Text>;
  return (
    <Card withBorder padding="lg">
      <Timeline bulletSize={14} lineWidth={2}>
        {c.workHistory.map((w) => (
          <Timeline.Item key={w.id} title={[w.title, w.companyName].filter(Boolean).join(' · ')}>
            <Text size="sm" c="dimmed">
              {fmt.month(w.startDate) ?? '?'} – {fmt.month(w.endDate) ?? t('candidates.work.present')}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

export function CandidateProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { candidateId } = route.useParams();
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  const candidate = useQuery(candidateQuery(candidateId));
  const [starting, setStarting] = useState(false);
  const active = TABS.includes(tab as (typeof TABS)[number]) ? (tab as string) : 'overview';

  if (!candidate.data) {
    return <QueryState isLoading={candidate.isLoading} error={candidate.error} onRetry={() => candidate.refetch()} />;
  }
  const c = candidate.data;
  const line = [c.currentTitle, c.currentCompany].filter(Boolean).join(' · ');

  return (
    <>
      <PageHeader
        before={
          <AnchorLink to="/candidates" size="sm">
            ← {t('candidates.title')}
          </AnchorLink>
        }
        title={`${c.firstName} ${c.lastName}`}
        subtitle={line || undefined}
        actions={
          canManageHiring(me.role) && (
            <Group gap="xs">
              <Button variant="light" onClick={() => setStarting(true)} data-testid="start-reference-check">
                {t('referenceChecks.start')}
              </Button>
              <ButtonLink to="/candidates/$candidateId/edit" params={{ candidateId }} variant="default">
                {t('common.edit')}
              </ButtonLink>
              {me.role === 'admin' && (
                <ErasePersonButton
                  kind="candidate"
                  id={c.id}
                  name={`${c.firstName} ${c.lastName}`.trim()}
                  onErased={() => candidate.refetch()}
                />
              )}
            </Group>
          )
        }
      />
      <Tabs
        value={active}
        onChange={(value) =>
          navigate({ search: { tab: value === 'overview' ? undefined : (value ?? undefined) }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview">{t('candidates.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="connections">{t('connections.title')}</Tabs.Tab>
          <Tabs.Tab value="work">{t('candidates.tabs.work')}</Tabs.Tab>
          <Tabs.Tab value="jobs">
            {t('candidates.tabs.jobs')}
            {c.placements.length > 0 && (
              <Badge size="xs" variant="light" ml={6}>
                {c.placements.length}
              </Badge>
            )}
          </Tabs.Tab>
          {canManageHiring(me.role) && (
            <Tabs.Tab value="referrals" data-testid="candidate-tab-referrals">
              {t('board.candidateTab.title')}
            </Tabs.Tab>
          )}
          {canManageHiring(me.role) && (
            <Tabs.Tab value="references" data-testid="candidate-tab-references">
              <Group gap={6} wrap="nowrap">
                {t('referenceChecks.tab')}
                <LatestCheckBadge candidateId={c.id} />
              </Group>
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Overview c={c} />
          {canManageHiring(me.role) && (
            <Stack mt="lg">
              <CandidateConsents candidateId={c.id} />
              {me.role === 'admin' && <PersonExportCard kind="candidate" id={c.id} />}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="connections">
          <ConnectionsTab candidate={c} />
        </Tabs.Panel>
        <Tabs.Panel value="work">
          <WorkHistory c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="jobs">
          <CandidateJobsTab candidate={c} canEdit={canManageHiring(me.role)} />
        </Tabs.Panel>
        {canManageHiring(me.role) && (
          <Tabs.Panel value="referrals">
            <CandidateReferralsTab candidate={c} />
          </Tabs.Panel>
        )}
        {canManageHiring(me.role) && (
          <Tabs.Panel value="references">
            <CandidateReferencesTab candidate={c} onStart={() => setStarting(true)} />
          </Tabs.Panel>
        )}
      </Tabs>
      {starting && (
        <StartReferenceCheckModal
          candidate={c}
          onClose={() => setStarting(false)}
          onStarted={() => navigate({ search: { tab: 'references' }, replace: true })}
        />
      )}
    </>
  );
}
