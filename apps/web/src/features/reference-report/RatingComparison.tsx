import { Box, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { TReport } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/**
 * Rating questions × referees, with the mean (and a bar for it) and the spread. On a phone a card per
 * question lists each referee by name with their score, so no name scrolls out of sight.
 */
export function RatingComparison({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const summaries = report.ratingSummaries;
  const people = summaries[0]?.scores ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="report-ratings">
      <Title order={3} id="report-ratings">
        {t('referenceReport.ratings.title')}
      </Title>
      {!summaries.length || !people.length ? (
        <Text c="dimmed">{t('referenceReport.ratings.none')}</Text>
      ) : (
        <>
          <Box visibleFrom="sm">
            <Table.ScrollContainer minWidth={480}>
              <Table striped withTableBorder data-testid="rating-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('referenceReport.ratings.question')}</Table.Th>
                    {people.map((p) => (
                      <Table.Th key={p.refereeId} scope="col" ta="center">
                        {p.refereeName}
                      </Table.Th>
                    ))}
                    <Table.Th scope="col" ta="center">
                      {t('referenceReport.ratings.mean')}
                    </Table.Th>
                    <Table.Th scope="col" ta="center" title={t('referenceReport.ratings.spreadHint')}>
                      {t('referenceReport.ratings.spread')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summaries.map((s) => (
                    <Table.Tr key={s.questionId}>
                      <Table.Th scope="row" fw={500}>
                        {s.label}
                        <Text size="xs" c="dimmed">
                          {t('referenceReport.ratings.scale', { scale: s.scale })} · {s.minLabel} – {s.maxLabel}
                        </Text>
                      </Table.Th>
                      {s.scores.map((p) => (
                        <Table.Td key={p.refereeId} ta="center">
                          {p.score ?? '—'}
                        </Table.Td>
                      ))}
                      <Table.Td ta="center" miw={90}>
                        <Text fw={600}>{s.mean === null ? '—' : fmt.number(s.mean)}</Text>
                        {s.mean !== null && (
                          <Progress value={(s.mean / s.scale) * 100} size="sm" aria-hidden="true" mt={2} />
                        )}
                      </Table.Td>
                      <Table.Td ta="center">{s.spread ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Box>
          <RatingCards report={report} />
        </>
      )}
    </Stack>
  );
}

function RatingCards({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap="sm" hiddenFrom="sm" data-testid="rating-cards">
      {report.ratingSummaries.map((s) => (
        <Card key={s.questionId} withBorder padding="sm">
          <Text fw={600}>{s.label}</Text>
          <Text size="xs" c="dimmed" mb={6}>
            {t('referenceReport.ratings.scale', { scale: s.scale })} · {s.minLabel} – {s.maxLabel}
          </Text>
          {s.scores.map((p) => (
            <Group key={p.refereeId} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {p.refereeName}
              </Text>
              <Text size="sm" fw={600}>
                {p.score === null ? '—' : t('referenceReport.answers.rating', { value: p.score, scale: s.scale })}
              </Text>
            </Group>
          ))}
          <Text size="sm" c="dimmed" mt={6}>
            {t('referenceReport.ratings.mean')}: {s.mean === null ? '—' : fmt.number(s.mean)} ·{' '}
            {t('referenceReport.ratings.spread')}: {s.spread ?? '—'}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
