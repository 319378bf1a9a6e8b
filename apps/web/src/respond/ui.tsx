import type { TLanguage } from '@vouch/contracts';
import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useState } from 'react';
import type { PageError } from './api.ts';
import { type Strings, stringsFor } from './strings.ts';

export type Branding = {
  companyName: string;
  senderName: string;
  logoDataUrl: string | null;
  contactName: string | null;
  contactEmail: string | null;
};

/** The page frame: the sender's logo and name on top, the content in one readable column. */
export function Shell({
  branding,
  language,
  children,
  hideContact = false,
  privacyHref,
}: {
  branding?: Branding | null;
  language: TLanguage;
  children: ReactNode;
  /** The error screen names the contact itself. */
  hideContact?: boolean;
  /** The holder's privacy page, linked under the content ("Manage your data"). */
  privacyHref?: string;
}) {
  useEffect(() => {
    document.documentElement.lang = language;
    if (branding) document.title = branding.senderName;
  }, [language, branding]);
  return (
    <div className="vr-page">
      {branding && (
        <header className="vr-brand">
          {branding.logoDataUrl && <img className="vr-logo" src={branding.logoDataUrl} alt="" />}
          <span className="vr-sender">{branding.senderName}</span>
        </header>
      )}
      <main className="vr-main">{children}</main>
      {branding && !hideContact && <Contact s={stringsFor(language)} branding={branding} />}
      {privacyHref && (
        <a className="vr-privacy-link" href={privacyHref} data-testid="manage-data">
          {stringsFor(language).manageData}
        </a>
      )}
    </div>
  );
}

function Contact({ s, branding }: { s: Strings; branding: Branding }) {
  if (!branding.contactName && !branding.contactEmail) return null;
  return (
    <footer className="vr-footer">
      {s.contactLead} {branding.contactName ?? ''}
      {branding.contactEmail && (
        <>
          {branding.contactName ? ', ' : ' '}
          <a href={`mailto:${branding.contactEmail}`}>{branding.contactEmail}</a>
        </>
      )}
      .
    </footer>
  );
}

/** A dead link's problem names the sender, so its page still carries their name and logo. */
export function errorBranding(error: PageError): Branding | null {
  const { company, logoDataUrl, name, email } = error.contact;
  if (!company) return null;
  return { companyName: company, senderName: company, logoDataUrl, contactName: name, contactEmail: email };
}

export function Loading({ s }: { s: Strings }) {
  return (
    <div className="vr-card vr-center" role="status" aria-live="polite">
      <div className="vr-spinner" aria-hidden="true" />
      <p>{s.loading}</p>
    </div>
  );
}

/** Expired link, unknown link, no network or anything else, each with what the person can do. */
export function ErrorScreen({ error, s, onRetry }: { error: PageError; s: Strings; onRetry: () => void }) {
  if (error.isGone) {
    const { name, email, company } = error.contact;
    const who = [...new Set([name, company].filter(Boolean))].join(', ');
    return (
      <div className="vr-card" data-testid="link-expired">
        <h1>{s.expiredTitle}</h1>
        <p>{s.expiredBody}</p>
        {(who || email) && (
          <p>
            {s.contactLead} {who}
            {email && (
              <>
                {who ? ' — ' : ''}
                <a href={`mailto:${email}`}>{email}</a>
              </>
            )}
            .
          </p>
        )}
      </div>
    );
  }
  if (error.status === 404) {
    return (
      <div className="vr-card" data-testid="link-unknown">
        <h1>{s.notFoundTitle}</h1>
        <p>{s.notFoundBody}</p>
      </div>
    );
  }
  return (
    <div className="vr-card" role="alert">
      <h1>{error.isNetwork ? s.networkTitle : s.errorTitle}</h1>
      <p>{error.isNetwork ? s.networkBody : s.errorBody}</p>
      <button type="button" className="vr-button" onClick={onRetry}>
        {s.retry}
      </button>
    </div>
  );
}

/** A labelled input with help and an error tied to it. */
export function TextField({
  label,
  value,
  onChange,
  error,
  help,
  required,
  ...input
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  help?: string;
  required?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const id = useId();
  const describedBy = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`vr-field${error ? ' vr-field-invalid' : ''}`}>
      <label htmlFor={id} className="vr-field-label">
        {label}
        {required && <span className="vr-required"> *</span>}
      </label>
      {help && (
        <p className="vr-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <input
        id={id}
        className="vr-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
        {...input}
      />
      {error && (
        <p className="vr-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  error,
}: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: { value: T; label: string }[];
  error?: string;
}) {
  const id = useId();
  return (
    <div className={`vr-field${error ? ' vr-field-invalid' : ''}`}>
      <label htmlFor={id} className="vr-field-label">
        {label}
      </label>
      <select
        id={id}
        className="vr-input vr-select"
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="vr-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The consent box and its button: nothing happens until the person ticks it. */
export function ConsentBox({
  text,
  s,
  busy,
  error,
  onConsent,
  buttonLabel,
}: {
  text: string;
  s: Strings;
  busy: boolean;
  error: string | null;
  onConsent: () => void;
  buttonLabel: string;
}) {
  const id = useId();
  const [checked, setChecked] = useState(false);
  const [missing, setMissing] = useState(false);
  const message = missing ? s.consentNeeded : error;
  return (
    <form
      className="vr-consent"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!checked) {
          setMissing(true);
          return;
        }
        onConsent();
      }}
    >
      <label className="vr-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            setChecked(event.target.checked);
            setMissing(false);
          }}
          aria-describedby={message ? `${id}-error` : undefined}
          aria-invalid={missing || undefined}
        />
        <span>{text}</span>
      </label>
      {message && (
        <p className="vr-error" id={`${id}-error`} role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="vr-button" disabled={busy}>
        {busy ? s.sending : buttonLabel}
      </button>
    </form>
  );
}

export const languageOptions = (s: Strings) =>
  (['en', 'sv'] as const).map((value) => ({ value, label: s.languages[value] }));
