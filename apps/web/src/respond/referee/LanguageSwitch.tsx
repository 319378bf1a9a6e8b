import type { TLanguage } from '@vouch/contracts';

/** Each language named in itself, so a reader finds theirs whatever the page speaks now. */
const NATIVE_NAMES: Record<TLanguage, string> = { en: 'English', sv: 'Svenska' };

/** The referee's choice of language for their page and questions: one button per language. */
export function LanguageSwitch({
  value,
  label,
  busy,
  onChoose,
}: {
  value: TLanguage;
  label: string;
  busy: boolean;
  onChoose: (language: TLanguage) => void;
}) {
  return (
    <fieldset className="vr-language-switch" data-testid="referee-language">
      <legend className="vr-sr-only">{label}</legend>
      {(Object.keys(NATIVE_NAMES) as TLanguage[]).map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="vr-language-option"
          aria-pressed={language === value}
          disabled={busy}
          onClick={() => language !== value && onChoose(language)}
        >
          {NATIVE_NAMES[language]}
        </button>
      ))}
    </fieldset>
  );
}
