import { DateInput, type DateInputProps, DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/sv';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/** How a day is written in each language: Swedish yyyy-mm-dd (SS-ISO 8601), English (en-GB) dd/mm/yyyy. */
const FORMATS = { sv: 'YYYY-MM-DD', en: 'DD/MM/YYYY' } as const;
const ISO = 'YYYY-MM-DD';

export const dateFormatOf = (language: string) => (language === 'sv' ? FORMATS.sv : FORMATS.en);

/** What the person typed as an ISO day, in their own format or ISO (pasted from elsewhere); null while incomplete. */
export function parseTypedDay(text: string, language: string): string | null {
  const typed = text.trim();
  // Strict, so half-typed text is no day; one-digit days and months are taken too (5/3/2026, 2026-3-5).
  for (const format of [dateFormatOf(language), language === 'sv' ? 'YYYY-M-D' : 'D/M/YYYY', ISO]) {
    const day = dayjs(typed, format, true);
    if (day.isValid()) return day.format(ISO);
  }
  return null;
}

/** The calendar pickers speak the user's language and start weeks on Monday. */
export function LocaleDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'sv' ? 'sv' : 'en', firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate' | 'min' | 'max'
> & {
  /** An ISO day (`2026-03-01`), or empty. */
  value?: string | null;
  /** Called with an ISO day, or '' once the field is emptied. */
  onChange: (day: string) => void;
  /** The earliest and latest ISO days the field takes. */
  min?: string;
  max?: string;
  'data-testid'?: string;
};

/**
 * One calendar day, shown and typed in the user's format (a picker opens too), kept as an ISO day,
 * so what reaches the API never depends on the browser's own format.
 */
export function DateField({ value, onChange, min, max, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const format = dateFormatOf(i18n.language);
  return (
    <DateInput
      valueFormat={format}
      dateParser={(text) => parseTypedDay(text, i18n.language)}
      placeholder={t('common.dayFormat')}
      value={value || null}
      onChange={(day) => onChange(day ?? '')}
      minDate={min || undefined}
      maxDate={max || undefined}
      clearable={!rest.required}
      allowDeselect={false}
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
