import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The show/hide toggle's own label must not contain the word of the field's label,
 * or "find the field labelled Password" finds two things.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': t('auth.reveal') }} {...props} />;
}
