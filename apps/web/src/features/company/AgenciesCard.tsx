import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZCreateAgencyRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { type Agency, useAgencies } from '../users/users.api.ts';

export function AgenciesCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const agencies = useAgencies();
  const form = useForm({ initialValues: { name: '' }, validate: zodValidate(ZCreateAgencyRequest) });
  const create = useMutation({
    mutationFn: (values: { name: string }) => api<Agency>('/api/agencies', { method: 'POST', body: values }),
    onSuccess: async () => {
      form.reset();
      await client.invalidateQueries({ queryKey: ['agencies'] });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <Card withBorder padding="lg">
      <Stack>
        <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('company.newAgency')}
              placeholder={t('company.agencyName')}
              style={{ flex: 1 }}
              {...form.getInputProps('name')}
            />
            <Button type="submit" loading={create.isPending}>
              {t('common.add')}
            </Button>
          </Group>
        </form>
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
