import { Blockquote, Stack, Text, Title } from '@mantine/core';
import type { TReport } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { isTextQuestion } from './answer-text.ts';

/** The written answers grouped by question, each with the referee's name. */
export function FreeTextAnswers({ report }: { report: TReport }) {
  const { t } = useTranslation();
  const questions = report.questionnaire.sections.flatMap((s) => s.questions).filter(isTextQuestion);
  const groups = questions
    .map((q) => ({
      question: q,
      answers: report.responses.flatMap((r) => {
        const value = r.answers[q.id];
        return typeof value === 'string' && value.trim() ? [{ name: r.referee.name, id: r.referee.id, value }] : [];
      }),
    }))
    .filter((g) => g.answers.length);
  return (
    <Stack gap="xs" component="section" aria-labelledby="report-free-text">
      <Title order={3} id="report-free-text">
        {t('referenceReport.freeText.title')}
      </Title>
      {!groups.length && <Text c="dimmed">{t('referenceReport.freeText.none')}</Text>}
      {groups.map((g) => (
        <Stack key={g.question.id} gap={6}>
          <Title order={4}>{g.question.label}</Title>
          {g.answers.map((a) => (
            <Blockquote key={a.id} p="sm" cite={`— ${a.name}`} data-testid="free-text-answer">
              <Text style={{ whiteSpace: 'pre-wrap' }}>{a.value}</Text>
            </Blockquote>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
