import { Alert, Button, type PasswordInputProps, Stack, TextInput, type TextInputProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';

/** Pages reached from an emailed or shared link lead back to sign-in. */
export function BackToSignIn() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/sign-in" size="sm">
      {t('auth.backToSignIn')}
    </AnchorLink>
  );
}

/** Instead of the form, when the link is missing, used up or expired. */
export function LinkProblem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <AuthCard title={title} footer={<BackToSignIn />}>
      <Alert color="yellow">{children}</Alert>
    </AuthCard>
  );
}

/** Whether a link lookup failed because the link is unknown or no longer valid. */
export const isLinkGone = (error: Error) => 'status' in error && (error.status === 404 || error.status === 410);

/** The email that opens a form before sign-in; sign-in itself asks for autoComplete "username". */
export function EmailField(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput label={t('auth.email')} type="email" autoComplete="email" autoFocus required {...props} />;
}

/** Choosing a password: the hint says what will be accepted, and password managers offer a new one. */
export function NewPasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordField description={t('auth.passwordHint')} autoComplete="new-password" required {...props} />;
}

type FormProps = {
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  loading: boolean;
  children: ReactNode;
};

/** The fields of a pre-sign-in form, stacked, with one full-width submit button. */
export function AuthForm({ onSubmit, submitLabel, loading, children }: FormProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {children}
        <Button type="submit" loading={loading} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
