import { Select, type SelectProps } from '@mantine/core';
import { LANGUAGES } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

/** A required choice of one of the app's languages, each named in the current language. */
export function LanguageSelect(props: SelectProps) {
  const { t } = useTranslation();
  return (
    <Select data={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} allowDeselect={false} {...props} />
  );
}
