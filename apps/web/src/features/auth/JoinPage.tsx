import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ZSignupRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { errorMessage, handleFormError, zodValidate } from '../../app/errors.ts';
import { authKeys } from '../../app/query-keys.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { joinCompany, signupInfo } from './auth.api.ts';
import { CheckInbox } from './CheckInbox.tsx';
import { AuthForm, BackToSignIn, EmailField, isLinkGone, LinkProblem, NewPasswordField } from './parts.tsx';

const route = getRouteApi('/join/$code');
type Values = { email: string; name: string; password: string };

/**
 * Company sign-up link: anyone with an email on an authorised domain may join as an employee, once
 * they have used the link emailed to that address.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const { code } = route.useParams();
  const info = useQuery({
    queryKey: authKeys.signup(code),
    queryFn: () => signupInfo(code),
    retry: false,
    meta: { silent: true },
  });
  const form = useForm<Values>({
    initialValues: { email: '', name: '', password: '' },
    validate: zodValidate(ZSignupRequest, (v: Values) => ({ code, ...v })),
  });
  const join = useMutation({
    mutationFn: (values: Values) => joinCompany({ code, ...values }),
    onError: (error) =>
      handleFormError(form, error, {
        codeFields: { domain_not_allowed: { field: 'email' }, email_taken: { field: 'email' } },
      }),
    meta: { silent: true },
  });

  if (info.isError) {
    return (
      <LinkProblem title={t('auth.signInTitle')}>
        {isLinkGone(info.error) ? t('auth.joinOff') : errorMessage(info.error)}
      </LinkProblem>
    );
  }
  if (!info.data) return <QueryState isLoading error={null} />;

  return (
    <AuthCard
      title={t('auth.joinTitle', { company: info.data.companyName })}
      intro={join.data ? undefined : t('auth.joinIntro', { domains: info.data.domains.map((d) => `@${d}`).join(', ') })}
      footer={<BackToSignIn />}
    >
      {join.data ? (
        <CheckInbox sent={join.data} />
      ) : (
        <AuthForm
          onSubmit={form.onSubmit((values) => join.mutate(values))}
          submitLabel={t('auth.joinSubmit')}
          loading={join.isPending}
        >
          <EmailField {...form.getInputProps('email')} />
          <TextInput label={t('auth.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <NewPasswordField label={t('auth.password')} {...form.getInputProps('password')} />
        </AuthForm>
      )}
    </AuthCard>
  );
}
