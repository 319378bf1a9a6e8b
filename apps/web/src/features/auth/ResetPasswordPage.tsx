import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ZResetPasswordRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { applyFieldErrors, errorMessage, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const form = useForm({
    initialValues: { password: '' },
    validate: zodValidate(ZResetPasswordRequest, (v: { password: string }) => ({ token, ...v })),
  });
  const reset = useMutation({
    mutationFn: (values: typeof form.values) =>
      api('/api/auth/reset-password', { method: 'POST', body: { token, password: values.password } }),
    onError: (error) => applyFieldErrors(form, error),
    meta: { silent: true },
  });
  const backLink = (
    <AnchorLink to="/sign-in" size="sm">
      {t('auth.backToSignIn')}
    </AnchorLink>
  );

  if (!token) {
    return (
      <AuthCard title={t('auth.resetTitle')} footer={backLink}>
        <Alert color="yellow">{t('auth.missingToken')}</Alert>
      </AuthCard>
    );
  }
  if (reset.isSuccess) {
    return (
      <AuthCard title={t('auth.resetTitle')} footer={backLink}>
        <Alert color="teal" role="status">
          {t('auth.resetDone')}
        </Alert>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t('auth.resetTitle')} footer={backLink}>
      <form onSubmit={form.onSubmit((values) => reset.mutate(values))} noValidate>
        <Stack>
          {reset.error && !form.errors.password && (
            <Alert color="red" role="alert">
              {errorMessage(reset.error)}
            </Alert>
          )}
          <PasswordField
            label={t('auth.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            autoFocus
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={reset.isPending} fullWidth>
            {t('auth.resetSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
