import { Alert } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { ZForgotPasswordRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AuthForm, BackToSignIn, EmailField } from './parts.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: '' }, validate: zodValidate(ZForgotPasswordRequest) });
  const send = useMutation({
    mutationFn: (values: typeof form.values) => api('/api/auth/forgot-password', { method: 'POST', body: values }),
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <AuthCard
      title={t('auth.forgotTitle')}
      intro={send.isSuccess ? undefined : t('auth.forgotIntro')}
      footer={<BackToSignIn />}
    >
      {send.isSuccess ? (
        <Alert color="teal" role="status">
          {t('auth.forgotSent')}
        </Alert>
      ) : (
        <AuthForm
          onSubmit={form.onSubmit((values) => send.mutate(values))}
          submitLabel={t('auth.forgotSubmit')}
          loading={send.isPending}
        >
          <EmailField {...form.getInputProps('email')} />
        </AuthForm>
      )}
    </AuthCard>
  );
}
