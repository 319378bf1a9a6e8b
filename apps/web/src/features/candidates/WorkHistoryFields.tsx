import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField.tsx';
import { type CandidateFormValues, emptyWorkRow } from './candidate-form.ts';

type Props = { form: UseFormReturnType<CandidateFormValues> };

export function WorkHistoryFields({ form }: Props) {
  const { t } = useTranslation();
  const rows = form.values.workHistory;

  const add = () => {
    const row = emptyWorkRow();
    form.insertListItem('workHistory', row);
    requestAnimationFrame(() => document.getElementById(`work-company-${row.key}`)?.focus());
  };

  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('candidates.work.empty')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper key={row.key} withBorder p="sm">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} style={{ flex: 1 }}>
              <TextInput
                id={`work-company-${row.key}`}
                label={t('candidates.work.company')}
                required
                {...form.getInputProps(`workHistory.${index}.companyName`)}
              />
              <TextInput label={t('candidates.work.title')} {...form.getInputProps(`workHistory.${index}.title`)} />
              <DateField label={t('candidates.work.start')} {...form.getInputProps(`workHistory.${index}.startDate`)} />
              <DateField label={t('candidates.work.end')} {...form.getInputProps(`workHistory.${index}.endDate`)} />
            </SimpleGrid>
            <ActionIcon
              mt={26}
              variant="light"
              color="red"
              size="lg"
              aria-label={t('candidates.work.remove', { n: index + 1 })}
              onClick={() => form.removeListItem('workHistory', index)}
            >
              ✕
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" onClick={add} disabled={rows.length >= 50}>
          {t('candidates.work.add')}
        </Button>
      </Group>
    </Stack>
  );
}
