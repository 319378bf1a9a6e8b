import { ActionIcon, Button, Card, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TLinkedinCsvImportResult } from '@vouch/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/errors.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ImportCsvButton } from './ImportCsvButton.tsx';

export type HistoryField = { name: string; label: string; required?: boolean; type?: 'date' };
type Row = Record<string, string> & { key: string };

let nextKey = 0;
const rowKey = () => `row-${++nextKey}`;

type Props<Item extends { id: string }> = {
  title: string;
  hint: string;
  empty: string;
  fields: HistoryField[];
  max: number;
  query: { queryKey: readonly string[]; queryFn: () => Promise<Item[]> };
  save: (items: Record<string, string | null>[]) => Promise<Item[]>;
  importer: { label: string; hint: string; upload: (csv: string) => Promise<TLinkedinCsvImportResult> };
  testId: string;
  children?: ReactNode;
};

/**
 * One of the member's own lists (work history, education), edited as a whole: add, change and
 * remove rows, then save; or import LinkedIn's file, which adds to what is saved.
 */
export function HistoryListCard<Item extends { id: string }>(props: Props<Item>) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const stored = useQuery({ queryKey: props.query.queryKey, queryFn: props.query.queryFn });
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (stored.data)
      setRows(
        stored.data.map((item) => {
          const values = item as unknown as Record<string, string | null>;
          return {
            key: item.id,
            ...Object.fromEntries(props.fields.map((f) => [f.name, values[f.name] ?? ''])),
          } as Row;
        }),
      );
  }, [stored.data, props.fields]);
  const save = useMutation({
    mutationFn: () =>
      props.save(
        rows.map((row) =>
          Object.fromEntries(props.fields.map((f) => [f.name, row[f.name]?.trim() ? row[f.name] : null])),
        ),
      ),
    onSuccess: (saved) => {
      client.setQueryData(props.query.queryKey, saved);
      notifySuccess(t('myHistory.saved'));
    },
    onError: notifyError,
    meta: { silent: true },
  });
  const change = (key: string, name: string, value: string) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, [name]: value } : row)));
  const add = () =>
    setRows((all) => [...all, { key: rowKey(), ...Object.fromEntries(props.fields.map((f) => [f.name, ''])) } as Row]);

  return (
    <Card withBorder padding="lg" maw={960} data-testid={props.testId}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        <Text size="sm" c="dimmed">
          {props.hint}
        </Text>
        {stored.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {props.empty}
          </Text>
        )}
        {rows.map((row, index) => (
          <Paper key={row.key} withBorder p="sm">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2, md: props.fields.length }} style={{ flex: 1 }}>
                {props.fields.map((field) =>
                  field.type === 'date' ? (
                    <DateField
                      key={field.name}
                      label={field.label}
                      required={field.required}
                      value={row[field.name]}
                      onChange={(day) => change(row.key, field.name, day)}
                    />
                  ) : (
                    <TextInput
                      key={field.name}
                      label={field.label}
                      required={field.required}
                      value={row[field.name] ?? ''}
                      onChange={(e) => change(row.key, field.name, e.currentTarget.value)}
                    />
                  ),
                )}
              </SimpleGrid>
              <ActionIcon
                mt={26}
                variant="light"
                color="red"
                size="lg"
                aria-label={t('myHistory.remove', { n: index + 1 })}
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              >
                ✕
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button variant="light" onClick={add} disabled={rows.length >= props.max}>
            {t('myHistory.add')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!stored.isSuccess}>
            {t('common.save')}
          </Button>
        </Group>
        <ImportCsvButton
          label={props.importer.label}
          hint={props.importer.hint}
          upload={props.importer.upload}
          onImported={() => void client.invalidateQueries({ queryKey: props.query.queryKey })}
          testId={`${props.testId}-import`}
        />
      </Stack>
    </Card>
  );
}
