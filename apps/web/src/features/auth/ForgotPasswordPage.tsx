import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { ZForgotPasswordRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';

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
      footer={
        <AnchorLink to="/sign-in" size="sm">
          {t('auth.backToSignIn')}
        </AnchorLink>
      }
    >
      {send.isSuccess ? (
        <Alert color="teal" role="status">
          {t('auth.forgotSent')}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((values) => send.mutate(values))} noValidate>
          <Stack>
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              autoFocus
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={send.isPending} fullWidth>
              {t('auth.forgotSubmit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
