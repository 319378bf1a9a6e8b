import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TNetworkReferralDetail } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { candidateQuery } from '../candidates/candidates.api.ts';

type Entry = { key: string; what: string; where: string; from: string | null; to: string | null };

/** Education as the candidate detail may carry it (a field added beside work history); read tolerantly. */
type EducationLike = {
  id?: string;
  school?: string | null;
  schoolName?: string | null;
  degree?: string | null;
  fieldOfStudy?: string | null;
  startDate?: string | null;
  endDate?: string | null;
};

function educationOf(candidate: unknown): Entry[] {
  const list = (candidate as { education?: unknown }).education;
  if (!Array.isArray(list)) return [];
  return (list as EducationLike[])
    .map((e, i) => ({
      key: e.id ?? String(i),
      what: [e.degree, e.fieldOfStudy].filter(Boolean).join(', '),
      where: e.schoolName ?? e.school ?? '',
      from: e.startDate ?? null,
      to: e.endDate ?? null,
    }))
    .filter((e) => e.where || e.what);
}

/**
 * Seed 002: before asking for an introduction the recruiter evaluates the person's work and
 * education history. When the person is already a candidate (linked by the duplicate rules) their
 * profile's history is shown; otherwise what the employee's contact says (employer and position).
 */
export function PersonBackground({ referral: r }: { referral: TNetworkReferralDetail }) {
  const { t } = useTranslation();
  const candidate = useQuery({ ...candidateQuery(r.candidateId ?? ''), enabled: !!r.candidateId });
  const work: Entry[] = (candidate.data?.workHistory ?? []).map((w) => ({
    key: w.id,
    what: w.title ?? '',
    where: w.companyName,
    from: w.startDate,
    to: w.endDate,
  }));
  const education = candidate.data ? educationOf(candidate.data) : [];
  return (
    <Card withBorder padding="md" data-testid="person-background">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('referralsArea.person.title')}</Title>
          {r.candidateId && (
            <Group gap="xs">
              <Badge variant="light" color="teal" size="sm">
                {t('referralsArea.person.candidate')}
              </Badge>
              <AnchorLink
                to="/candidates/$candidateId"
                params={{ candidateId: r.candidateId }}
                size="sm"
                data-testid="person-candidate-link"
              >
                {t('referralsArea.person.openCandidate')}
              </AnchorLink>
            </Group>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('referralsArea.person.workHistory')}
          </Text>
          {work.length ? (
            <History entries={work} testId="person-work" />
          ) : r.company || r.position ? (
            // The position and employer are already shown at the top of the drawer: not repeated here.
            <Text size="sm" c="dimmed" data-testid="person-work-contact">
              {t('referralsArea.person.fromContact')}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('referralsArea.person.noHistory')}
            </Text>
          )}
        </Stack>
        {education.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('referralsArea.person.education')}
            </Text>
            <History entries={education} testId="person-education" />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function History({ entries, testId }: { entries: Entry[]; testId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const year = (date: string | null) => fmt.month(date);
  return (
    <Stack gap={2} data-testid={testId}>
      {entries.map((e) => {
        const from = year(e.from);
        const to = e.to ? year(e.to) : from ? t('referralsArea.person.now') : null;
        return (
          <Text size="sm" key={e.key}>
            {e.what ? `${e.what} · ` : ''}
            <Text span fw={500} size="sm">
              {e.where}
            </Text>
            {from && (
              <Text span c="dimmed" size="sm">
                {' '}
                ({from}–{to})
              </Text>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}
