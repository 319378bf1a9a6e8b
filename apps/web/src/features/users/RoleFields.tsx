import { Select, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ROLES, type TRole } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useAgencies } from './users.api.ts';

type RoleValues = { role: TRole; agencyId: string | null };
// biome-ignore lint/suspicious/noExplicitAny: shared by the invite and change-role forms, which differ elsewhere
type Props = { form: UseFormReturnType<RoleValues & Record<string, any>> };

/** Role select, and the agency select that only agents need. */
export function RoleFields({ form }: Props) {
  const { t } = useTranslation();
  const isAgent = form.values.role === 'agent';
  const agencies = useAgencies(isAgent);
  return (
    <>
      <Select
        label={t('users.fields.role')}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
      {isAgent && (
        <>
          <Select
            label={t('users.fields.agency')}
            data={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
            searchable
            {...form.getInputProps('agencyId')}
          />
          {agencies.isSuccess && agencies.data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('users.noAgencies')}
            </Text>
          )}
        </>
      )}
    </>
  );
}
