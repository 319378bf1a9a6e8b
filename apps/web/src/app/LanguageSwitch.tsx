import { SegmentedControl } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LANGUAGES, type TLanguage, type TMe } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n/index.ts';
import { adoptMe, meQuery, updateProfile } from './auth.ts';

/**
 * Switches at once, then saves the choice on the user when someone is signed in.
 * Before sign-in it only remembers the choice on this device.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (language: TLanguage) => {
      const me = client.getQueryData<TMe | null>(meQuery.queryKey);
      if (!me) return Promise.resolve(null);
      return updateProfile({ name: me.name, language, departmentIds: me.departmentIds });
    },
    onSuccess: (me) => {
      if (me) adoptMe(me);
    },
  });

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language === 'sv' ? 'sv' : 'en'}
      onChange={(value) => {
        applyLanguage(value as TLanguage);
        save.mutate(value as TLanguage);
      }}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
      title={t('header.language')}
      data-testid="language-switch"
    />
  );
}
