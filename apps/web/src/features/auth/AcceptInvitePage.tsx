import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ZAcceptInviteRequest } from '@vouch/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptMe } from '../../app/auth.ts';
import { errorMessage, handleFormError, zodValidate } from '../../app/errors.ts';
import { authKeys } from '../../app/query-keys.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { acceptInvite, inviteInfo } from './auth.api.ts';
import { AuthForm, BackToSignIn, isLinkGone, LinkProblem, NewPasswordField } from './parts.tsx';

const route = getRouteApi('/invite');
type Values = { name: string; password: string };

export function AcceptInvitePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = route.useSearch();
  const info = useQuery({
    queryKey: authKeys.invite(token),
    queryFn: () => inviteInfo(token ?? ''),
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
    // The form shows only with a token.
    mutationFn: (values: Values) => acceptInvite({ token: token!, ...values }),
    onSuccess: async (me) => {
      adoptMe(me);
      await navigate({ to: '/', replace: true });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  if (!token) return <LinkProblem title={t('auth.signInTitle')}>{t('auth.missingToken')}</LinkProblem>;
  if (info.isError) {
    return (
      <LinkProblem title={t('auth.signInTitle')}>
        {isLinkGone(info.error) ? t('auth.inviteGone') : errorMessage(info.error)}
      </LinkProblem>
    );
  }
  if (!info.data) return <QueryState isLoading error={null} />;

  return (
    <AuthCard
      title={t('auth.inviteTitle', { company: info.data.companyName })}
      intro={t('auth.inviteIntro', { role: t(`roles.${info.data.role}`), email: info.data.email })}
      footer={<BackToSignIn />}
    >
      <AuthForm
        onSubmit={form.onSubmit((values) => accept.mutate(values))}
        submitLabel={t('auth.inviteSubmit')}
        loading={accept.isPending}
      >
        <TextInput label={t('auth.email')} value={info.data.email} readOnly disabled />
        <TextInput label={t('auth.name')} autoComplete="name" autoFocus required {...form.getInputProps('name')} />
        <NewPasswordField label={t('auth.password')} {...form.getInputProps('password')} />
      </AuthForm>
    </AuthCard>
  );
}
