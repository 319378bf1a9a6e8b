import { Button, FileButton, Group, Image, Input, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TSubAccount, ZSaveSubAccountRequest } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { saveSubAccount } from './questionnaires.api.ts';

type Values = { name: string; senderName: string; logoDataUrl: string | null };
type Props = { opened: boolean; onClose: () => void; editing: TSubAccount | null };

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
const MAX_LOGO_BYTES = 200 * 1024;

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Create or edit a sub-account: name, sender name and a small logo. */
export function SubAccountModal({ opened, onClose, editing }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('subAccounts.editTitle') : t('subAccounts.new')}
      data-testid="sub-account-modal"
    >
      {opened && <SubAccountForm editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function SubAccountForm({ editing, onDone }: { editing: TSubAccount | null; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [logoError, setLogoError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: editing?.name ?? '',
      senderName: editing?.senderName ?? '',
      logoDataUrl: editing?.logoDataUrl ?? null,
    },
    validate: zodValidate(ZSaveSubAccountRequest),
  });
  const save = useMutation({
    mutationFn: (values: Values) => saveSubAccount(editing?.id ?? null, values),
    onSuccess: async () => {
      notifySuccess(t(editing ? 'subAccounts.saved' : 'subAccounts.created'));
      await client.invalidateQueries({ queryKey: questionnaireKeys.subAccounts() });
      onDone();
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  const pickLogo = async (file: File | null) => {
    if (!file) return;
    setLogoError(null);
    if (!LOGO_TYPES.includes(file.type)) return setLogoError(t('subAccounts.logoWrongType'));
    if (file.size > MAX_LOGO_BYTES) {
      return setLogoError(t('subAccounts.logoTooBig', { size: Math.ceil(file.size / 1024) }));
    }
    form.setFieldValue('logoDataUrl', await readAsDataUrl(file));
  };
  const logo = form.values.logoDataUrl;

  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
      <Stack gap="md">
        <TextInput
          label={t('subAccounts.fields.name')}
          required
          data-autofocus
          data-testid="sub-account-name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('subAccounts.fields.senderName')}
          description={t('subAccounts.fields.senderNameHint')}
          data-testid="sub-account-sender-name"
          {...form.getInputProps('senderName')}
        />
        <Input.Wrapper
          label={t('subAccounts.fields.logo')}
          description={t('subAccounts.fields.logoHint')}
          error={logoError ?? form.errors.logoDataUrl}
        >
          <Group gap="sm" mt={6}>
            {logo && (
              <Image
                src={logo}
                alt={t('subAccounts.logoAlt', { name: form.values.name })}
                h={40}
                w="auto"
                fit="contain"
                data-testid="sub-account-logo-preview"
              />
            )}
            <FileButton onChange={pickLogo} accept={LOGO_TYPES.join(',')}>
              {(props) => (
                <Button variant="default" size="xs" {...props} data-testid="sub-account-logo">
                  {t('subAccounts.fields.chooseLogo')}
                </Button>
              )}
            </FileButton>
            {logo && (
              <Button variant="subtle" color="red" size="xs" onClick={() => form.setFieldValue('logoDataUrl', null)}>
                {t('subAccounts.fields.removeLogo')}
              </Button>
            )}
          </Group>
        </Input.Wrapper>
        <FormActions
          submitLabel={editing ? t('common.save') : t('subAccounts.new')}
          loading={save.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
