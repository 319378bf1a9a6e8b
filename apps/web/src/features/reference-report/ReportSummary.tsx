import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TReportDisagreement, TReportSummary } from '@vouch/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/** The block at the top of the report: counts, the overall rating, rehire, response times, verification, disagreements. */
export function ReportSummary({ summary }: { summary: TReportSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { overall, rehire, responseHours: times } = summary;
  const counts = [
    t('referenceReport.summary.answered', { answered: summary.answered, wanted: summary.refereesWanted }),
  ];
  if (summary.declined) counts.push(t('referenceReport.summary.declined', { count: summary.declined }));
  if (summary.bounced) counts.push(t('referenceReport.summary.bounced', { count: summary.bounced }));

  return (
    <Card withBorder component="section" aria-labelledby="report-summary" data-testid="report-summary">
      <Stack gap="sm">
        <Title order={3} id="report-summary">
          {t('referenceReport.summary.title')}
        </Title>
        <Text>{counts.join(' · ')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <Item label={t('referenceReport.summary.overall')}>
            {overall.mean === null || overall.scale === null ? (
              t('referenceReport.summary.noRatings')
            ) : (
              <>
                <Text fw={700} size="lg" data-testid="summary-mean">
                  {t('referenceReport.summary.overallValue', { mean: fmt.number(overall.mean), scale: overall.scale })}
                </Text>
                <Text size="sm" c="dimmed">
                  {overall.spread === null
                    ? t('referenceReport.summary.oneReferee')
                    : t('referenceReport.summary.spread', { spread: fmt.number(overall.spread) })}
                </Text>
              </>
            )}
          </Item>
          {rehire && (
            <Item label={t('referenceReport.summary.rehire')}>
              <Text data-testid="summary-rehire">
                {t('referenceReport.summary.rehireValue', { yes: rehire.yes, no: rehire.no })}
              </Text>
              {rehire.unanswered > 0 && (
                <Text size="sm" c="dimmed">
                  {t('referenceReport.summary.rehireUnanswered', { count: rehire.unanswered })}
                </Text>
              )}
            </Item>
          )}
          <Item label={t('referenceReport.summary.responseTimes')}>
            {times.median === null ? (
              t('referenceReport.summary.noResponses')
            ) : (
              <>
                <Text>{t('referenceReport.summary.responseValue', { median: fmt.duration(times.median) })}</Text>
                <Text size="sm" c="dimmed">
                  {t('referenceReport.summary.responseRange', {
                    fastest: fmt.duration(times.fastest),
                    slowest: fmt.duration(times.slowest),
                  })}
                </Text>
              </>
            )}
          </Item>
          <Item label={t('referenceReport.summary.verification')}>
            {summary.verification.map((v) => (
              <Text key={v.state} size="sm">
                {t(`referenceReport.verification.${v.state}`)}: {v.count}
              </Text>
            ))}
            {(['email', 'phone'] as const)
              .filter((by) => summary.verifiedByCode[by] > 0)
              .map((by) => (
                <Text key={by} size="sm" data-testid={`summary-verified-by-${by}`}>
                  {t(`referenceChecks.refereeBadges.${by}Verified`)}: {summary.verifiedByCode[by]}
                </Text>
              ))}
          </Item>
        </SimpleGrid>
        <Disagreements items={summary.disagreements} />
      </Stack>
    </Card>
  );
}

function Disagreements({ items }: { items: TReportDisagreement[] }) {
  const { t } = useTranslation();
  if (!items.length) return <Text c="dimmed">{t('referenceReport.summary.noDisagreements')}</Text>;
  const value = (d: TReportDisagreement, v: number | boolean) =>
    typeof v === 'boolean'
      ? t(v ? 'referenceReport.answers.yes' : 'referenceReport.answers.no')
      : t('referenceReport.answers.rating', { value: v, scale: d.scale });
  return (
    <Alert color="orange" variant="light" title={t('referenceReport.summary.disagreements')}>
      <List size="sm" spacing={4} data-testid="summary-disagreements">
        {items.map((d) => (
          <List.Item key={d.questionId}>
            <Text span fw={600} size="sm">
              {d.label}
            </Text>
            {': '}
            {t('referenceReport.summary.disagreement', {
              low: d.low.refereeName,
              lowValue: value(d, d.low.value),
              high: d.high.refereeName,
              highValue: value(d, d.high.value),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** A labelled figure; a div (not Fact's paragraph) because the figures hold paragraphs of their own. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </div>
  );
}
