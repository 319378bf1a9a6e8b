import { Card, Text, Title } from '@mantine/core';
import type { TAnswers, TAnswerValue, TLanguage, TQuestionnaireContent } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionnaireForm } from '../../respond/questionnaire/QuestionnaireForm.tsx';

type Props = { content: TQuestionnaireContent; language: TLanguage };

/** The questionnaire as the referee will see it, answerable, with nothing saved. */
export function QuestionnairePreview({ content, language }: Props) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<TAnswers>({});
  const onChange = (questionId: string, value: TAnswerValue | null) =>
    setAnswers((current) => {
      const next = { ...current };
      if (value === null) delete next[questionId];
      else next[questionId] = value;
      return next;
    });

  return (
    <Card withBorder padding="md" data-testid="questionnaire-preview">
      <Title order={3} size="h5">
        {t('questionnaires.preview')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('questionnaires.previewHint')}
      </Text>
      <QuestionnaireForm content={content} answers={answers} onChange={onChange} language={language} />
    </Card>
  );
}
