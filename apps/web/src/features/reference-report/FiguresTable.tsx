import { Table, Text, Title } from '@mantine/core';
import type { TReferenceFigures } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

type Row = TReferenceFigures['rows'][number];

/** One grouping's figures: a row per company, sub-account or questionnaire. */
export function FiguresTable({ groupBy, rows }: { groupBy: Row['groupBy']; rows: Row[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const hours = (h: number | null) => fmt.duration(h);
  const percent = (rate: number | null) =>
    rate === null ? '—' : new Intl.NumberFormat(fmt.locale, { style: 'percent' }).format(rate);
  const name = (row: Row) => {
    if (row.groupBy === 'month' && row.groupId) return fmt.month(`${row.groupId}-01`);
    if (row.groupBy === 'sub_account' && row.groupId === null) return t('referenceFigures.noSubAccount');
    if (row.groupBy === 'recruiter' && row.groupId === null) return t('referenceFigures.noRecruiter');
    return row.groupName;
  };
  const decimal = (n: number | null) => (n === null ? '—' : fmt.number(n));

  return (
    <section aria-labelledby={`figures-${groupBy}`}>
      <Title order={3} id={`figures-${groupBy}`} mb="xs">
        {t(`referenceFigures.groups.${groupBy}`)}
      </Title>
      {!rows.length ? (
        <Text c="dimmed">{t('referenceFigures.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table striped withTableBorder data-testid={`figures-${groupBy}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referenceFigures.group')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.checks')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.completed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.invited')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.answered')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.responseRate')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.declineRate')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.bounceRate')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.medianReferees')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.medianAnswer')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.medianComplete')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('referenceFigures.reminders')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.groupId ?? 'none'}>
                  <Table.Th scope="row" fw={500}>
                    {name(row)}
                  </Table.Th>
                  <Table.Td ta="right">{fmt.number(row.checks)}</Table.Td>
                  <Table.Td ta="right">{fmt.number(row.completedChecks)}</Table.Td>
                  <Table.Td ta="right">{fmt.number(row.refereesInvited)}</Table.Td>
                  <Table.Td ta="right">{fmt.number(row.refereesAnswered)}</Table.Td>
                  <Table.Td ta="right">{percent(row.responseRate)}</Table.Td>
                  <Table.Td ta="right">{percent(row.declineRate)}</Table.Td>
                  <Table.Td ta="right">{percent(row.bounceRate)}</Table.Td>
                  <Table.Td ta="right">{hours(row.medianHoursToReferees)}</Table.Td>
                  <Table.Td ta="right">{hours(row.medianHoursToAnswer)}</Table.Td>
                  <Table.Td ta="right">{hours(row.medianHoursToComplete)}</Table.Td>
                  <Table.Td ta="right">{decimal(row.remindersPerCheck)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
