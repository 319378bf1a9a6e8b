import { Card, MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../app/errors.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { jobAgenciesQuery, useSaveJobAgencies } from './intake.api.ts';

/** Job settings (admins): which agencies' agents may see this job and submit to it. */
export function JobAgenciesCard({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const settings = useQuery(jobAgenciesQuery(jobId));
  const save = useSaveJobAgencies(jobId);
  return (
    <Card withBorder padding="lg">
      <QueryState isLoading={settings.isLoading} error={settings.error} />
      {settings.data && (
        <MultiSelect
          label={t('refer.agencies')}
          description={t('refer.agenciesHint')}
          data={settings.data.agencies.map((a) => ({ value: a.id, label: a.name }))}
          value={settings.data.agencyIds}
          onChange={(ids) => save.mutate(ids, { onError: notifyError })}
          clearable
        />
      )}
    </Card>
  );
}
