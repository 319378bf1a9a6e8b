import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type TMe, type TVerificationSent, ZNewCompanyRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { createCompany, type NewCompanyPath } from './auth.api.ts';
import { AuthForm, EmailField, NewPasswordField } from './parts.tsx';

type Values = { companyName: string; name: string; email: string; password: string };
type Props = {
  /** `/api/setup` (first run) or `/api/auth/new-company` (open sign-up). */
  url: NewCompanyPath;
  submitLabel: string;
  /** Signed in at once (first run without a mail server), or told to check the inbox. */
  onDone: (result: TMe | TVerificationSent) => void;
};

/** Company name, your name, email and password: what creating a company asks, first run or not. */
export function NewCompanyForm({ url, submitLabel, onDone }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { companyName: '', name: '', email: '', password: '' },
    validate: zodValidate(ZNewCompanyRequest),
  });
  const create = useMutation({
    mutationFn: (values: Values) => createCompany(url, { ...values, language: currentLanguage() }),
    onSuccess: onDone,
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });
  return (
    <AuthForm
      onSubmit={form.onSubmit((values) => create.mutate(values))}
      submitLabel={submitLabel}
      loading={create.isPending}
    >
      <TextInput
        label={t('auth.companyName')}
        autoComplete="organization"
        autoFocus
        required
        {...form.getInputProps('companyName')}
      />
      <TextInput label={t('auth.name')} autoComplete="name" required {...form.getInputProps('name')} />
      <EmailField autoFocus={false} {...form.getInputProps('email')} />
      <NewPasswordField label={t('auth.password')} {...form.getInputProps('password')} />
    </AuthForm>
  );
}
