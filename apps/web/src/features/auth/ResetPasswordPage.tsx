import { Alert } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ZResetPasswordRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, errorMessage, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { resetPassword } from './auth.api.ts';
import { AuthForm, BackToSignIn, LinkProblem, NewPasswordField } from './parts.tsx';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const form = useForm({
    initialValues: { password: '' },
    validate: zodValidate(ZResetPasswordRequest, (v: { password: string }) => ({ token, ...v })),
  });
  const reset = useMutation({
    // The form shows only with a token.
    mutationFn: (values: typeof form.values) => resetPassword({ token: token!, password: values.password }),
    onError: (error) => applyFieldErrors(form, error),
    meta: { silent: true },
  });

  if (!token) return <LinkProblem title={t('auth.resetTitle')}>{t('auth.missingToken')}</LinkProblem>;
  if (reset.isSuccess) {
    return (
      <AuthCard title={t('auth.resetTitle')} footer={<BackToSignIn />}>
        <Alert color="teal" role="status">
          {t('auth.resetDone')}
        </Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.resetTitle')} footer={<BackToSignIn />}>
      <AuthForm
        onSubmit={form.onSubmit((values) => reset.mutate(values))}
        submitLabel={t('auth.resetSubmit')}
        loading={reset.isPending}
      >
        {reset.error && !form.errors.password && (
          <Alert color="red" role="alert">
            {errorMessage(reset.error)}
          </Alert>
        )}
        <NewPasswordField label={t('auth.newPassword')} autoFocus {...form.getInputProps('password')} />
      </AuthForm>
    </AuthCard>
  );
}
