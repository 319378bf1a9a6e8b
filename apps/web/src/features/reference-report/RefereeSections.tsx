import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TReferee, TReport } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { Fact } from '../../ui/Fact.tsx';
import { answerText } from './answer-text.ts';

const STATUS_COLOR: Record<TReferee['status'], string> = {
  invited: 'gray',
  opened: 'blue',
  answered: 'green',
  declined: 'orange',
  bounced: 'red',
  removed: 'gray',
};

/** One card per referee: who they are, and every answer (or why there are none). */
export function RefereeSections({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const responses = new Map(report.responses.map((r) => [r.referee.id, r]));
  const copies = new Map(report.linkCopies.map((c) => [c.refereeId, c]));
  const questions = report.questionnaire.sections.flatMap((s) => s.questions);
  const duration = (seconds: number) =>
    seconds < 120
      ? t('referenceReport.referees.seconds', { count: seconds })
      : t('referenceReport.referees.minutes', { count: Math.round(seconds / 60) });

  return (
    <Stack gap="sm" component="section" aria-labelledby="report-referees">
      <Title order={3} id="report-referees">
        {t('referenceReport.referees.title')}
      </Title>
      {report.check.referees.map((referee) => {
        const response = responses.get(referee.id);
        const copy = copies.get(referee.id);
        return (
          <Card key={referee.id} withBorder data-testid="referee-section" className="report-avoid-break">
            <Group justify="space-between" mb="xs">
              <Title order={4}>{referee.name}</Title>
              <Group gap="xs">
                {referee.verifiedBy && (
                  <Badge color="teal" variant="light" data-testid="referee-verified">
                    {t(
                      referee.verifiedBy === 'email'
                        ? 'referenceChecks.refereeBadges.emailVerified'
                        : 'referenceChecks.refereeBadges.phoneVerified',
                    )}
                  </Badge>
                )}
                <Badge color={STATUS_COLOR[referee.status]} variant="light">
                  {t(`referenceChecks.refereeStatus.${referee.status}`)}
                </Badge>
              </Group>
            </Group>
            {copy && (
              <Alert
                color="orange"
                variant="light"
                mb="sm"
                title={t('referenceReport.referees.linkCopied', { name: copy.copiedBy })}
                data-testid="referee-link-copied"
              >
                {t('referenceReport.referees.linkCopiedHint', { date: fmt.dateTime(copy.copiedAt) })}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mb="sm">
              <Fact label={t('referenceReport.referees.relationship')}>
                {t(`referenceChecks.relationships.${referee.relationship}`)}
                {referee.statedRelationship && referee.statedRelationship !== referee.relationship && (
                  <Text span c="orange" size="sm" data-testid="referee-stated-relationship">
                    {' · '}
                    {t('referenceChecks.refereeBadges.relationshipDiffers', {
                      stated: t(`referenceChecks.relationships.${referee.statedRelationship}`),
                    })}
                  </Text>
                )}
              </Fact>
              {referee.company && <Fact label={t('referenceReport.referees.company')}>{referee.company}</Fact>}
              {referee.workedTogether && (
                <Fact label={t('referenceReport.referees.workedTogether')}>{referee.workedTogether}</Fact>
              )}
              <Fact label={t('referenceReport.referees.verification')}>
                {t(`referenceReport.verification.${referee.verification}`)}
              </Fact>
              <Fact label={t('referenceReport.referees.contact')} breakAnywhere>
                {[referee.email, referee.phone].filter(Boolean).join(' · ') || '—'}
              </Fact>
              {referee.answeredAt && (
                <Fact label={t('referenceReport.referees.answeredAt')}>{fmt.dateTime(referee.answeredAt)}</Fact>
              )}
              {response?.secondsToAnswer != null && (
                <Fact label={t('referenceReport.referees.timeToAnswer')}>{duration(response.secondsToAnswer)}</Fact>
              )}
            </SimpleGrid>
            {referee.status === 'declined' && (
              <Text data-testid="decline-reason">
                {referee.declineReason
                  ? t('referenceReport.referees.declineReason', { reason: referee.declineReason })
                  : t('referenceReport.referees.noReason')}
              </Text>
            )}
            {referee.status === 'removed' && <Text c="dimmed">{t('referenceReport.referees.removed')}</Text>}
            {!response && !referee.answersWithdrawnAt && !['declined', 'removed'].includes(referee.status) && (
              <Text c="dimmed">{t('referenceReport.referees.notAnswered')}</Text>
            )}
            {referee.answersWithdrawnAt && (
              <Alert color="gray" variant="light" title={t('privacy.answerWithdrawn')} data-testid="answer-withdrawn">
                {t('privacy.answerWithdrawnHint')}
              </Alert>
            )}
            {response && !referee.answersWithdrawnAt && (
              <Stack gap="xs" component="dl" m={0}>
                {questions.map((q) => (
                  <div key={q.id}>
                    <Text component="dt" fw={600} size="sm">
                      {q.label}
                    </Text>
                    <Text component="dd" ms={0} style={{ whiteSpace: 'pre-wrap' }}>
                      {answerText(q, response.answers[q.id], t)}
                    </Text>
                  </div>
                ))}
              </Stack>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
