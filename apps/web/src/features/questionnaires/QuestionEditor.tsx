import {
  ActionIcon,
  Button,
  Group,
  Input,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { QUESTION_TYPES } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { MoveButtons } from './MoveButtons.tsx';
import { newOption, type QuestionnaireFormValues, type QuestionRow, type QuestionType } from './questionnaire-form.ts';

type Props = {
  form: UseFormReturnType<QuestionnaireFormValues>;
  sectionIndex: number;
  index: number;
  count: number;
  question: QuestionRow;
};

const SCALES = [3, 4, 5, 6, 7, 10];

/** One question: type, wording, help, required, and the type's own fields (scale ends or options). */
export function QuestionEditor({ form, sectionIndex, index, count, question }: Props) {
  const { t } = useTranslation();
  const path = `content.sections.${sectionIndex}.questions.${index}`;
  const n = index + 1;
  const hasOptions = question.type === 'single_choice' || question.type === 'multiple_choice';
  const idError = form.errors[`${path}.id`];

  return (
    <Paper withBorder p="sm" radius="sm" data-testid="question-editor">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Text size="sm" fw={600}>
            {t('questionnaires.question', { n })}
            {!question.isNew && (
              <Text span size="xs" c="dimmed" ml="xs" ff="monospace">
                {t('questionnaires.idHint', { id: question.id })}
              </Text>
            )}
          </Text>
          <Group gap={4} wrap="nowrap">
            <MoveButtons
              index={index}
              count={count}
              upLabel={t('questionnaires.moveQuestionUp', { n })}
              downLabel={t('questionnaires.moveQuestionDown', { n })}
              onMove={(to) => form.reorderListItem(`content.sections.${sectionIndex}.questions`, { from: index, to })}
            />
            <ActionIcon
              variant="light"
              color="red"
              aria-label={t('questionnaires.removeQuestion', { n })}
              disabled={count === 1}
              onClick={() => form.removeListItem(`content.sections.${sectionIndex}.questions`, index)}
              data-testid="question-remove"
            >
              ✕
            </ActionIcon>
          </Group>
        </Group>
        {idError && (
          <Text size="xs" c="red" role="alert">
            {idError}
          </Text>
        )}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select
            label={t('questionnaires.questionType')}
            data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionnaires.types.${type}`) }))}
            allowDeselect={false}
            w={180}
            data-testid="question-type"
            {...form.getInputProps(`${path}.type`)}
            onChange={(value) => value && form.setFieldValue(`${path}.type`, value as QuestionType)}
          />
          <TextInput
            label={t('questionnaires.label')}
            style={{ flex: 1, minWidth: 220 }}
            required
            data-testid="question-label"
            {...form.getInputProps(`${path}.label`)}
          />
        </Group>
        <TextInput
          label={t('questionnaires.help')}
          data-testid="question-help"
          {...form.getInputProps(`${path}.help`)}
        />
        <Switch
          label={t('questionnaires.required')}
          data-testid="question-required"
          {...form.getInputProps(`${path}.required`, { type: 'checkbox' })}
        />
        {question.type === 'rating' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label={t('questionnaires.scale')}
              data={SCALES.map((s) => ({ value: String(s), label: t('questionnaires.scaleOption', { n: s }) }))}
              allowDeselect={false}
              data-testid="question-scale"
              value={String(question.scale)}
              error={form.errors[`${path}.scale`]}
              onChange={(value) => value && form.setFieldValue(`${path}.scale`, Number(value))}
            />
            <TextInput
              label={t('questionnaires.minLabel')}
              required
              data-testid="question-min-label"
              {...form.getInputProps(`${path}.minLabel`)}
            />
            <TextInput
              label={t('questionnaires.maxLabel')}
              required
              data-testid="question-max-label"
              {...form.getInputProps(`${path}.maxLabel`)}
            />
          </SimpleGrid>
        )}
        {hasOptions && (
          <Input.Wrapper label={t('questionnaires.options')} error={form.errors[`${path}.options`]}>
            <Stack gap={6} mt={4}>
              {question.options.map((option, oi) => (
                <Group key={option.key} gap={4} wrap="nowrap" align="flex-start">
                  <TextInput
                    aria-label={t('questionnaires.option', { n: oi + 1 })}
                    placeholder={t('questionnaires.option', { n: oi + 1 })}
                    style={{ flex: 1 }}
                    data-testid="option-label"
                    {...form.getInputProps(`${path}.options.${oi}.label`)}
                  />
                  <MoveButtons
                    index={oi}
                    count={question.options.length}
                    upLabel={t('questionnaires.moveOptionUp', { n: oi + 1 })}
                    downLabel={t('questionnaires.moveOptionDown', { n: oi + 1 })}
                    onMove={(to) => form.reorderListItem(`${path}.options`, { from: oi, to })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('questionnaires.removeOption', { n: oi + 1 })}
                    disabled={question.options.length <= 2}
                    onClick={() => form.removeListItem(`${path}.options`, oi)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                size="xs"
                w="fit-content"
                disabled={question.options.length >= 20}
                onClick={() => form.insertListItem(`${path}.options`, newOption())}
                data-testid="option-add"
              >
                + {t('questionnaires.addOption')}
              </Button>
            </Stack>
          </Input.Wrapper>
        )}
      </Stack>
    </Paper>
  );
}
