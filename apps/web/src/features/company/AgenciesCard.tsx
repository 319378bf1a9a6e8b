import { Card, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { ZCreateAgencyRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { companyKeys } from '../../app/query-keys.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useAgencies } from '../users/users.api.ts';
import { AddNameForm } from './AddNameForm.tsx';
import { addAgency } from './company.api.ts';

export function AgenciesCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const agencies = useAgencies();

  return (
    <Card withBorder padding="lg">
      <Stack>
        <AddNameForm
          label={t('company.newAgency')}
          placeholder={t('company.agencyName')}
          schema={ZCreateAgencyRequest}
          add={addAgency}
          onAdded={() => client.invalidateQueries({ queryKey: companyKeys.agencies() })}
        />
        <QueryState isLoading={agencies.isLoading} error={agencies.error} />
        {agencies.isSuccess && agencies.data.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('company.noAgencies')}
          </Text>
        )}
        <Stack gap="xs">
          {agencies.data?.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{a.name}</Text>
              <Text size="sm" c="dimmed">
                {t('company.agentCount', { count: a.agentCount })}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
