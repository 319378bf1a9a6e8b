import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type TMe, ZAcceptInviteRequest, type ZInviteInfo } from '@vouch/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { adoptMe } from '../../app/auth.ts';
import { errorMessage, handleFormError, zodValidate } from '../../app/errors.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { QueryState } from '../../ui/QueryState.tsx';

const route = getRouteApi('/invite');
type Values = { name: string; password: string };

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = route.useSearch();
  const info = useQuery({
    queryKey: ['invite', token],
    queryFn: () => api<z.infer<typeof ZInviteInfo>>(`/api/auth/invites/${encodeURIComponent(token ?? '')}`),
    enabled: !!token,
    retry: false,
    meta: { silent: true },
  });
  const form = useForm<Values>({
    initialValues: { name: '', password: '' },
    validate: zodValidate(ZAcceptInviteRequest, (v: Values) => ({ token, ...v })),
  });
  const invitedName = info.data?.name;
  // The admin may have typed the name already; start from it once it arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the invitation loads, not on every form change
  useEffect(() => {
    if (invitedName) form.setFieldValue('name', invitedName);
  }, [invitedName]);

  const accept = useMutation({
    mutationFn: (values: Values) =>
      api<TMe>('/api/auth/invites/accept', { method: 'POST', body: { token, ...values } }),
    onSuccess: async (me) => {
      adoptMe(me);
      await navigate({ to: '/', replace: true });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  const footer = (
    <AnchorLink to="/sign-in" size="sm">
      {t('auth.backToSignIn')}
    </AnchorLink>
  );
  if (!token) {
    return (
      <AuthCard title={t('auth.signInTitle')} footer={footer}>
        <Alert color="yellow">{t('auth.missingToken')}</Alert>
      </AuthCard>
    );
  }
  if (info.isError) {
    const gone = info.error && 'status' in info.error && (info.error.status === 410 || info.error.status === 404);
    return (
      <AuthCard title={t('auth.signInTitle')} footer={footer}>
        <Alert color="yellow">{gone ? t('auth.inviteGone') : errorMessage(info.error)}</Alert>
      </AuthCard>
    );
  }
  if (!info.data) return <QueryState isLoading error={null} />;

  return (
    <AuthCard
      title={t('auth.inviteTitle', { company: info.data.companyName })}
      intro={t('auth.inviteIntro', { role: t(`roles.${info.data.role}`), email: info.data.email })}
      footer={footer}
    >
      <form onSubmit={form.onSubmit((values) => accept.mutate(values))} noValidate>
        <Stack>
          <TextInput label={t('auth.email')} value={info.data.email} readOnly disabled />
          <TextInput label={t('auth.name')} autoComplete="name" autoFocus required {...form.getInputProps('name')} />
          <PasswordField
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t('auth.inviteSubmit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
