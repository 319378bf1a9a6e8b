import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { API_KEY_SCOPES, type TApiKeyScope, type TCreatedApiKey, ZCreateApiKeyRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useSubAccounts } from '../references/references.api.ts';
import { type ApiKeyRequest, apiKeyCalls, useApiKeyMutation } from './api-keys.api.ts';

type Props = { opened: boolean; onClose: () => void; onCreated: (created: TCreatedApiKey) => void };

/** The form's values: the expiry is a calendar day (the key works through its end, local time). */
type Values = { name: string; scopes: TApiKeyScope[]; subAccountId: string | null; expiresOn: string };

const toRequest = (v: Values): ApiKeyRequest => ({
  name: v.name,
  scopes: v.scopes,
  subAccountId: v.subAccountId || null,
  expiresAt: v.expiresOn ? new Date(`${v.expiresOn}T23:59:59`).toISOString() : null,
});

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function ApiKeyCreateModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const subAccounts = useSubAccounts();
  const form = useForm<Values>({
    initialValues: { name: '', scopes: ['read', 'write'], subAccountId: null, expiresOn: '' },
    validate: zodValidate(ZCreateApiKeyRequest, toRequest),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const create = useApiKeyMutation(
    (values: Values) => apiKeyCalls.create(toRequest(values)),
    (created) => {
      onCreated(created);
      close();
    },
    true,
  );

  return (
    <Modal opened={opened} onClose={close} size="lg" title={t('integrations.apiKeys.newTitle')}>
      <form
        onSubmit={form.onSubmit((values) =>
          create.mutate(values, {
            onError: (error) => handleFormError(form, error, { fieldMap: { expiresAt: 'expiresOn' } }),
          }),
        )}
        noValidate
        data-testid="api-key-form"
      >
        <Stack>
          <TextInput
            label={t('integrations.apiKeys.fields.name')}
            description={t('integrations.apiKeys.nameHint')}
            required
            data-autofocus
            data-testid="api-key-name"
            {...form.getInputProps('name')}
          />
          <Checkbox.Group label={t('integrations.apiKeys.fields.scopes')} required {...form.getInputProps('scopes')}>
            <Stack gap="xs" mt="xs">
              {API_KEY_SCOPES.map((scope) => (
                <Checkbox
                  key={scope}
                  value={scope}
                  data-testid={`api-key-scope-${scope}`}
                  label={t(`integrations.apiKeys.scopes.${scope}`)}
                  description={t(`integrations.apiKeys.scopeHints.${scope}`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select
            label={t('integrations.apiKeys.fields.subAccount')}
            description={t('integrations.apiKeys.subAccountHint')}
            placeholder={t('integrations.apiKeys.wholeCompany')}
            clearable
            data={(subAccounts.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            data-testid="api-key-sub-account"
            {...form.getInputProps('subAccountId')}
          />
          <DateField
            label={t('integrations.apiKeys.fields.expiresOn')}
            description={t('integrations.apiKeys.expiryHint')}
            min={today()}
            data-testid="api-key-expiry"
            {...form.getInputProps('expiresOn')}
          />
          <FormActions submitLabel={t('integrations.apiKeys.create')} loading={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
