import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import type { TContactImportSummary } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

const COUNTS = ['added', 'updated', 'unchanged', 'excluded', 'rejected'] as const;

/** What an import did, and every rejected row with the line to find it on. */
export function ImportSummary({ summary }: { summary: TContactImportSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Alert color="green" title={t('network.summary.title')} data-testid="import-summary">
      <Stack gap="sm">
        <Group gap="xl">
          {COUNTS.map((count) => (
            <Stack key={count} gap={0} data-testid={`summary-${count}`}>
              <Text size="xl" fw={700}>
                {fmt.number(summary[count])}
              </Text>
              <Text size="sm" c="dimmed">
                {t(`network.summary.${count}`)}
              </Text>
            </Stack>
          ))}
        </Group>
        {summary.excluded > 0 && <Text size="sm">{t('network.summary.excludedHint')}</Text>}
        {summary.rejectedRows.length > 0 && (
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('network.summary.rejectedTitle')}
            </Text>
            <Table.ScrollContainer minWidth={360} mah={260}>
              <Table fz="sm" data-testid="rejected-rows">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={80}>{t('network.summary.line')}</Table.Th>
                    <Table.Th>{t('network.summary.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.rejectedRows.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td>{row.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {summary.rejected > summary.rejectedRows.length && (
              <Text size="xs" c="dimmed">
                {t('network.summary.moreRejected', { shown: summary.rejectedRows.length, total: summary.rejected })}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
