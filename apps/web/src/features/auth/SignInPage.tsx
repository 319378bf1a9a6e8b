import { Alert, Group } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ZSignInRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { adoptMe } from '../../app/auth.ts';
import { applyFieldErrors, errorMessage, zodValidate } from '../../app/errors.ts';
import { safeRedirect } from '../../app/search.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { requestSignIn } from './auth.api.ts';
import { AuthForm, EmailField } from './parts.tsx';
import { setupQuery } from './setup-status.ts';

const route = getRouteApi('/sign-in');

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = route.useSearch();
  const setup = useQuery(setupQuery);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: zodValidate(ZSignInRequest),
  });
  const signIn = useMutation({
    mutationFn: (values: typeof form.values) => requestSignIn(values),
    onSuccess: async (me) => {
      adoptMe(me);
      await navigate({ href: safeRedirect(redirect), replace: true });
    },
    onError: (error) => applyFieldErrors(form, error),
    meta: { silent: true },
  });
  // Wrong password and rate limits are not about one field: say it above the form.
  const formError = signIn.error && !Object.keys(form.errors).length ? errorMessage(signIn.error) : null;

  return (
    <AuthCard
      title={t('auth.signInTitle')}
      footer={
        <Group gap="lg">
          <AnchorLink to="/forgot-password" size="sm">
            {t('auth.forgotLink')}
          </AnchorLink>
          {setup.data?.openSignup && (
            <AnchorLink to="/sign-up" size="sm">
              {t('auth.newCompanyLink')}
            </AnchorLink>
          )}
        </Group>
      }
    >
      <AuthForm
        onSubmit={form.onSubmit((values) => signIn.mutate(values))}
        submitLabel={t('auth.signIn')}
        loading={signIn.isPending}
      >
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <EmailField autoComplete="username" {...form.getInputProps('email')} />
        <PasswordField
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
      </AuthForm>
    </AuthCard>
  );
}
