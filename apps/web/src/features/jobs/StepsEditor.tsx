import { ActionIcon, Box, Button, Group, Input, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { STEP_KINDS } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { ReferenceCheckSettingsFields } from '../references/ReferenceCheckSettingsFields.tsx';
import type { JobFormValues, StepRow } from './job-form.ts';
import { newStepKey, stepSettings } from './job-form.ts';

type Props = { form: UseFormReturnType<JobFormValues> };

/** Ordered steps: rename inline, change the kind, move with buttons (keyboard friendly), add and remove. */
export function StepsEditor({ form }: Props) {
  const { t } = useTranslation();
  const steps = form.values.steps;
  const kinds = STEP_KINDS.map((k) => ({ value: k, label: t(`jobs.stepKinds.${k}`) }));
  const listError = form.errors.steps;

  const add = () => {
    const row: StepRow = { key: newStepKey(), name: '', kind: 'standard', settings: null };
    // New steps go before a closing "Hired" step when there is one; that is where people expect them.
    const hiredAt = steps.findIndex((s) => s.kind === 'hired');
    form.insertListItem('steps', row, hiredAt === -1 ? steps.length : hiredAt);
    requestAnimationFrame(() => document.getElementById(`step-name-${row.key}`)?.focus());
  };

  return (
    <Input.Wrapper label={t('jobs.process')} description={t('jobs.processHint')} error={listError}>
      <Stack gap="xs" mt="xs">
        {steps.map((step, index) => (
          <Box key={step.key}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text w={24} ta="right" c="dimmed" mt={6} aria-hidden>
                {index + 1}.
              </Text>
              <TextInput
                id={`step-name-${step.key}`}
                data-testid="step-name"
                aria-label={t('jobs.stepName', { n: index + 1 })}
                style={{ flex: 1 }}
                {...form.getInputProps(`steps.${index}.name`)}
              />
              <Select
                aria-label={t('jobs.stepKind', { n: index + 1 })}
                data={kinds}
                allowDeselect={false}
                w={170}
                data-testid="step-kind"
                {...form.getInputProps(`steps.${index}.kind`)}
                onChange={(value) => {
                  if (!value) return;
                  form.setFieldValue(`steps.${index}.kind`, value);
                  if (value === 'reference_check' && !step.settings)
                    form.setFieldValue(`steps.${index}.settings`, stepSettings('reference_check'));
                }}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`${t('common.moveUp')}: ${step.name || index + 1}`}
                disabled={index === 0}
                onClick={() => form.reorderListItem('steps', { from: index, to: index - 1 })}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`${t('common.moveDown')}: ${step.name || index + 1}`}
                disabled={index === steps.length - 1}
                onClick={() => form.reorderListItem('steps', { from: index, to: index + 1 })}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="light"
                color="red"
                size="lg"
                aria-label={t('jobs.removeStep', { n: index + 1 })}
                disabled={steps.length === 1}
                onClick={() => form.removeListItem('steps', index)}
              >
                ✕
              </ActionIcon>
            </Group>
            {step.kind === 'reference_check' && step.settings && (
              <Paper withBorder p="sm" mt="xs" ml={32} data-testid={`step-settings-${index}`}>
                <Text size="sm" fw={600}>
                  {t('referenceChecks.settings.title')}
                </Text>
                <Text size="xs" c="dimmed" mb="xs">
                  {t('referenceChecks.settings.hint')}
                </Text>
                <ReferenceCheckSettingsFields
                  form={form}
                  path={`steps.${index}.settings`}
                  idPrefix={`step-${step.key}`}
                  stepHint
                />
              </Paper>
            )}
          </Box>
        ))}
        <Group>
          <Button variant="light" onClick={add} disabled={steps.length >= 30} data-testid="add-step">
            {t('jobs.addStep')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
