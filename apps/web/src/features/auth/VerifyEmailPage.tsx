import { Alert } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { ZVerifyEmailRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { adoptMe } from '../../app/auth.ts';
import { errorMessage, handleFormError, zodValidate } from '../../app/errors.ts';
import { authKeys } from '../../app/query-keys.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { verifyEmail, verifyEmailInfo } from './auth.api.ts';
import { AuthForm, BackToSignIn, isLinkGone, LinkProblem } from './parts.tsx';
import { setupQuery } from './setup-status.ts';

const route = getRouteApi('/verify-email');

/**
 * The emailed confirmation link. Opening it changes nothing (a mail scanner may open it first): the
 * person confirms with the password they chose, and only then is the membership or company created.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { token } = route.useSearch();
  const info = useQuery({
    queryKey: authKeys.verifyEmail(token),
    queryFn: () => verifyEmailInfo(token ?? ''),
    enabled: !!token,
    retry: false,
    meta: { silent: true },
  });
  const form = useForm({
    initialValues: { password: '' },
    validate: zodValidate(ZVerifyEmailRequest, (v: { password: string }) => ({ token, ...v })),
  });
  const confirm = useMutation({
    // The form shows only with a token.
    mutationFn: (values: { password: string }) => verifyEmail({ token: token!, ...values }),
    onSuccess: async (me) => {
      adoptMe(me);
      await queryClient.invalidateQueries({ queryKey: setupQuery.queryKey });
      await navigate({ to: '/', replace: true });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  if (!token) return <LinkProblem title={t('auth.verifyTitle')}>{t('auth.missingToken')}</LinkProblem>;
  if (info.isError) {
    return (
      <LinkProblem title={t('auth.verifyTitle')}>
        {isLinkGone(info.error) ? t('auth.verifyGone') : errorMessage(info.error)}
      </LinkProblem>
    );
  }
  if (!info.data) return <QueryState isLoading error={null} />;
  const what = { company: info.data.companyName, email: info.data.email };
  // A refusal that is not about the password (the link was used meanwhile, setup already done) goes above.
  const formError = confirm.error && !Object.keys(form.errors).length ? errorMessage(confirm.error) : null;

  return (
    <AuthCard
      title={t('auth.verifyTitle')}
      intro={info.data.purpose === 'join' ? t('auth.verifyJoin', what) : t('auth.verifyNewCompany', what)}
      footer={<BackToSignIn />}
    >
      <AuthForm
        onSubmit={form.onSubmit((values) => confirm.mutate(values))}
        submitLabel={t('auth.verifySubmit')}
        loading={confirm.isPending}
      >
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <PasswordField
          label={t('auth.password')}
          description={t('auth.verifyPasswordHint')}
          autoComplete="current-password"
          autoFocus
          required
          {...form.getInputProps('password')}
        />
      </AuthForm>
    </AuthCard>
  );
}
