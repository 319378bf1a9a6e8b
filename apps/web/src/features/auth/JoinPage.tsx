import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type TMe, type ZSignupInfo, ZSignupRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { adoptMe } from '../../app/auth.ts';
import { errorMessage, handleFormError, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { QueryState } from '../../ui/QueryState.tsx';

const route = getRouteApi('/join/$code');
type Values = { email: string; name: string; password: string };

/** Company sign-up link: anyone with an email on an authorised domain joins as an employee. */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code } = route.useParams();
  const info = useQuery({
    queryKey: ['signup', code],
    queryFn: () => api<z.infer<typeof ZSignupInfo>>(`/api/auth/signup/${encodeURIComponent(code)}`),
    retry: false,
    meta: { silent: true },
  });
  const form = useForm<Values>({
    initialValues: { email: '', name: '', password: '' },
    validate: zodValidate(ZSignupRequest, (v: Values) => ({ code, ...v })),
  });
  const join = useMutation({
    mutationFn: (values: Values) => api<TMe>('/api/auth/signup', { method: 'POST', body: { code, ...values } }),
    onSuccess: async (me) => {
      adoptMe(me);
      await navigate({ to: '/', replace: true });
    },
    onError: (error) =>
      handleFormError(form, error, {
        codeFields: { domain_not_allowed: { field: 'email' }, email_taken: { field: 'email' } },
      }),
    meta: { silent: true },
  });

  const footer = (
    <AnchorLink to="/sign-in" size="sm">
      {t('auth.backToSignIn')}
    </AnchorLink>
  );
  if (info.isError) {
    const off = 'status' in info.error && (info.error.status === 404 || info.error.status === 410);
    return (
      <AuthCard title={t('auth.signInTitle')} footer={footer}>
        <Alert color="yellow">{off ? t('auth.joinOff') : errorMessage(info.error)}</Alert>
      </AuthCard>
    );
  }
  if (!info.data) return <QueryState isLoading error={null} />;

  return (
    <AuthCard
      title={t('auth.joinTitle', { company: info.data.companyName })}
      intro={t('auth.joinIntro', { domains: info.data.domains.map((d) => `@${d}`).join(', ') })}
      footer={footer}
    >
      <form onSubmit={form.onSubmit((values) => join.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            autoFocus
            required
            {...form.getInputProps('email')}
          />
          <TextInput label={t('auth.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={join.isPending} fullWidth>
            {t('auth.joinSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
