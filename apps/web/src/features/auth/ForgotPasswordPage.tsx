import { Alert, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { ZForgotPasswordRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { forgotPassword } from './auth.api.ts';
import { AuthForm, BackToSignIn, EmailField } from './parts.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { email: '' }, validate: zodValidate(ZForgotPasswordRequest) });
  const send = useMutation({
    mutationFn: (values: typeof form.values) => forgotPassword(values),
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
        <Stack>
          <Alert color="teal" role="status">
            {t('auth.forgotSent')}
          </Alert>
          {send.data.demoResetPath && <DemoResetLink path={send.data.demoResetPath} />}
        </Stack>
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

/**
 * Only a demo server (no email provider, not production) answers with the link, because no inbox
 * will ever get the email: this page, which asked, is the one place it is shown.
 */
function DemoResetLink({ path }: { path: string }) {
  const { t } = useTranslation();
  const token = new URLSearchParams(path.split('?')[1] ?? '').get('token') ?? '';
  return (
    <Alert color="yellow" title={t('auth.demoResetTitle')} data-testid="demo-reset-link">
      <Stack gap="sm">
        <Text size="sm">{t('auth.demoResetText')}</Text>
        <ButtonLink to="/reset-password" search={{ token }} variant="light">
          {t('auth.demoResetLink')}
        </ButtonLink>
      </Stack>
    </Alert>
  );
}
