import { Checkbox, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { CONTACT_FIELDS, type TColumnMapping, type TCsvPreview } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

type Props = {
  preview: TCsvPreview;
  mapping: TColumnMapping;
  hasHeaderRow: boolean;
  onMapping: (mapping: TColumnMapping) => void;
  onHeaderRow: (value: boolean) => void;
};

/** The first rows of a generic CSV and a select per field choosing its column. */
export function CsvMappingStep({ preview, mapping, hasHeaderRow, onMapping, onHeaderRow }: Props) {
  const { t } = useTranslation();
  const rows = hasHeaderRow || !preview.headers.length ? preview.rows : [preview.headers, ...preview.rows];
  const width = Math.max(preview.headers.length, ...rows.map((r) => r.length));
  const columnName = (i: number) => (hasHeaderRow && preview.headers[i]) || t('network.mapping.column', { n: i + 1 });
  const options = Array.from({ length: width }, (_, i) => ({ value: String(i), label: columnName(i) }));

  return (
    <Stack gap="sm" data-testid="csv-mapping">
      <Title order={4}>{t('network.mapping.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('network.mapping.hint')}
      </Text>
      <Checkbox
        label={t('network.mapping.headerRow')}
        checked={hasHeaderRow}
        onChange={(e) => onHeaderRow(e.currentTarget.checked)}
      />
      <Table.ScrollContainer minWidth={Math.min(width * 140, 900)}>
        <Table withTableBorder striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              {options.map((o) => (
                <Table.Th key={o.value}>{o.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              // Preview rows have no identity of their own; their order never changes.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <Table.Tr key={r}>
                {options.map((o, c) => (
                  <Table.Td key={o.value}>{row[c] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {CONTACT_FIELDS.map((field) => (
          <Select
            key={field}
            label={t(`network.mapping.fields.${field}`)}
            placeholder={t('network.mapping.noColumn')}
            data={options}
            clearable
            value={mapping[field] === undefined ? null : String(mapping[field])}
            onChange={(value) => onMapping({ ...mapping, [field]: value === null ? undefined : Number(value) })}
            data-testid={`mapping-${field}`}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
