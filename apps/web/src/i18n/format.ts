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
    /** A duration given in hours as people say it: under an hour in minutes, under two days in hours, then days. */
    duration: (hours: number | null | undefined) =>
      hours === null || hours === undefined ? '—' : duration(locale, hours),
    /** "3 days ago", "yesterday", "in 2 hours": the largest unit that fits. */
    relative: (iso: string, now = Date.now()) => relativeTime(locale, new Date(iso).getTime() - now),
  };
}

export function duration(locale: string, hours: number): string {
  const unit = (value: number, u: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
      value,
    );
  if (hours < 1) return unit(Math.max(1, Math.round(hours * 60)), 'minute');
  if (hours < 48) return unit(hours, 'hour');
  return unit(hours / 24, 'day');
}

const DAY = 24 * 3600_000;
/** Each unit with its length and from how far away it is used: days up to two weeks read best. */
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['year', 365 * DAY, 365 * DAY],
  ['month', 30 * DAY, 30 * DAY],
  ['week', 7 * DAY, 14 * DAY],
  ['day', DAY, DAY],
  ['hour', 3600_000, 3600_000],
  ['minute', 60_000, 60_000],
];

function relativeTime(locale: string, ms: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size, from] of UNITS) {
    if (Math.abs(ms) >= from) return format.format(Math.round(ms / size), unit);
  }
  return format.format(0, 'minute');
}
