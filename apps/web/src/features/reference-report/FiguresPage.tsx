import { Button, Group, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { FIGURE_GROUPINGS } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { ReferencesNav } from '../references/ReferencesNav.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { figuresQuery } from './report.api.ts';

/** Admins' figures: response rate and how long answers and checks take, overall and per grouping. */
export function FiguresPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const figures = useQuery({ ...figuresQuery(period), placeholderData: keepPreviousData });

  return (
    <Stack gap="lg">
      <ReferencesNav active="figures" />
      <PageHeader title={t('referenceFigures.title')} subtitle={t('referenceFigures.subtitle')} />
      <Group align="flex-end" gap="sm">
        <DateField
          label={t('referenceFigures.from')}
          value={period.from}
          max={period.to}
          onChange={(day) => setPeriod((p) => ({ ...p, from: day || undefined }))}
          w={170}
          data-testid="figures-from"
        />
        <DateField
          label={t('referenceFigures.to')}
          value={period.to}
          min={period.from}
          onChange={(day) => setPeriod((p) => ({ ...p, to: day || undefined }))}
          w={170}
          data-testid="figures-to"
        />
        {(period.from || period.to) && (
          <Button variant="subtle" onClick={() => setPeriod({})}>
            {t('referenceFigures.clear')}
          </Button>
        )}
      </Group>
      {!figures.data ? (
        <QueryState error={figures.error} isLoading={figures.isLoading} onRetry={figures.refetch} />
      ) : (
        FIGURE_GROUPINGS.map((groupBy) => (
          <FiguresTable key={groupBy} groupBy={groupBy} rows={figures.data.rows.filter((r) => r.groupBy === groupBy)} />
        ))
      )}
    </Stack>
  );
}
