import { ActionIcon, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MoveButtons } from './MoveButtons.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';
import { newQuestion, type QuestionnaireFormValues, type SectionRow } from './questionnaire-form.ts';

type Props = {
  form: UseFormReturnType<QuestionnaireFormValues>;
  index: number;
  count: number;
  section: SectionRow;
};

/** A section: its title and help, then its questions in order. */
export function SectionEditor({ form, index, count, section }: Props) {
  const { t } = useTranslation();
  const path = `content.sections.${index}`;
  const n = index + 1;
  const addQuestion = () => {
    const question = newQuestion();
    form.insertListItem(`${path}.questions`, question);
    requestAnimationFrame(() => document.getElementById(`question-${question.key}`)?.querySelector('input')?.focus());
  };

  return (
    <Card withBorder padding="md" data-testid="section-editor">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700}>{t('questionnaires.section', { n })}</Text>
          <Group gap={4} wrap="nowrap">
            <MoveButtons
              index={index}
              count={count}
              upLabel={t('questionnaires.moveSectionUp', { n })}
              downLabel={t('questionnaires.moveSectionDown', { n })}
              onMove={(to) => form.reorderListItem('content.sections', { from: index, to })}
            />
            <ActionIcon
              variant="light"
              color="red"
              aria-label={t('questionnaires.removeSection', { n })}
              disabled={count === 1}
              onClick={() => form.removeListItem('content.sections', index)}
              data-testid="section-remove"
            >
              ✕
            </ActionIcon>
          </Group>
        </Group>
        <TextInput
          label={t('questionnaires.sectionTitle')}
          required
          data-testid="section-title"
          {...form.getInputProps(`${path}.title`)}
        />
        <Textarea
          label={t('questionnaires.sectionHelp')}
          autosize
          minRows={1}
          data-testid="section-help"
          {...form.getInputProps(`${path}.help`)}
        />
        {form.errors[`${path}.questions`] && (
          <Text size="sm" c="red" role="alert">
            {form.errors[`${path}.questions`]}
          </Text>
        )}
        {section.questions.map((question, qi) => (
          <div key={question.key} id={`question-${question.key}`}>
            <QuestionEditor
              form={form}
              sectionIndex={index}
              index={qi}
              count={section.questions.length}
              question={question}
            />
          </div>
        ))}
        <Button
          variant="light"
          w="fit-content"
          onClick={addQuestion}
          disabled={section.questions.length >= 60}
          data-testid="question-add"
        >
          + {t('questionnaires.addQuestion')}
        </Button>
      </Stack>
    </Card>
  );
}
