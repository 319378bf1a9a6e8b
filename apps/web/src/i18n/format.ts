import { useTranslation } from 'react-i18next';

const LOCALES = { en: 'en-GB', sv: 'sv-SE' } as const;

export function localeOf(language: string): string {
  return language === 'sv' ? LOCALES.sv : LOCALES.en;
}

/** Dates and numbers in the user's language; re-renders when the language changes. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return {
    locale,
    date: (iso: string | null | undefined) =>
      iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '—',
    dateTime: (iso: string | null | undefined) =>
      iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—',
    /** Work history dates are plain calendar days; avoid shifting them through a time zone. */
    month: (day: string | null | undefined) =>
      day
        ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
            new Date(`${day}T00:00:00Z`),
          )
        : null,
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
  };
}
