import { LANGUAGES, type TLanguage } from '@vouch/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { sv } from './sv.ts';

const STORAGE_KEY = 'vouch.language';
const resources = { en: { translation: en }, sv: { translation: sv } } as const;

function isLanguage(value: unknown): value is TLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Before sign-in: the last choice on this device, else the browser's preference. */
function initialLanguage(): TLanguage {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
    if (base === 'nb' || base === 'no' || base === 'da') return 'sv';
  }
  return 'en';
}

// Storage can throw in locked-down browsers; language then simply isn't remembered.
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLanguage(): TLanguage {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Applies a language at once and remembers it for the sign-in page on this device. */
export function applyLanguage(language: TLanguage) {
  safeStorage()?.setItem(STORAGE_KEY, language);
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** Validation messages come from the shared schemas and the server in English; show them in the user's language. */
export function translateMessage(message: string): string {
  const table = currentLanguage() === 'sv' ? sv.validation : en.validation;
  const known = (table as Record<string, string>)[message];
  if (known) return known;
  const atMost = /^At most (\d+) characters$/.exec(message);
  if (atMost) return table.atMost.replace('{{n}}', atMost[1]);
  return message;
}

export { i18n };
