import type { TLanguage, TRelationship } from '@vouch/contracts';
import type { Strings } from '../strings.ts';
import { languageOptions, SelectField, TextField } from '../ui.tsx';

export type RefereeDraft = {
  name: string;
  email: string;
  phone: string;
  relationship: TRelationship;
  company: string;
  workedTogether: string;
  language: TLanguage;
};

export const emptyDraft = (language: TLanguage): RefereeDraft => ({
  name: '',
  email: '',
  phone: '',
  relationship: 'manager',
  company: '',
  workedTogether: '',
  language,
});

/** What the API takes: blanks become null. */
export const draftToInput = (draft: RefereeDraft) => ({
  name: draft.name.trim(),
  email: draft.email.trim() || null,
  phone: draft.phone.trim() || null,
  relationship: draft.relationship,
  company: draft.company.trim() || null,
  workedTogether: draft.workedTogether.trim() || null,
  language: draft.language,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9\s().-]{5,}$/;
const digits = (phone: string) => phone.replace(/\D/g, '');

/**
 * The checks the server makes that a browser can make too: a name, a way to reach them, and the
 * shape of email and phone. Whether it is the candidate's own address only the server knows.
 * `others` are the other referees' drafts, so the same person is not given twice.
 */
export function draftProblems(draft: RefereeDraft, s: Strings, others: RefereeDraft[] = []) {
  const problems: Partial<Record<keyof RefereeDraft, string>> = {};
  const email = draft.email.trim().toLowerCase();
  const phone = draft.phone.trim();
  if (!draft.name.trim()) problems.name = s.nameNeeded;
  if (!email && !phone) problems.email = s.contactNeeded;
  if (email && !EMAIL.test(email)) problems.email = s.invalidEmail;
  else if (email && others.some((o) => o.email.trim().toLowerCase() === email)) problems.email = s.sameContact;
  if (phone && (!PHONE.test(phone) || digits(phone).length < 6 || digits(phone).length > 15)) {
    problems.phone = s.invalidPhone;
  } else if (phone && others.some((o) => o.phone.trim() && digits(o.phone) === digits(phone))) {
    problems.phone = s.sameContact;
  }
  return problems;
}

/**
 * One referee's fields. Autofill stays off: the browser would offer the candidate's own name, email
 * and phone, which are exactly what must not go here.
 */
export function RefereeFields({
  draft,
  onChange,
  errors,
  s,
}: {
  draft: RefereeDraft;
  onChange: (draft: RefereeDraft) => void;
  errors: Record<string, string | undefined>;
  s: Strings;
}) {
  const set =
    <K extends keyof RefereeDraft>(key: K) =>
    (value: RefereeDraft[K]) =>
      onChange({ ...draft, [key]: value });
  return (
    <div className="vr-fields">
      <TextField
        label={s.name}
        value={draft.name}
        onChange={set('name')}
        error={errors.name}
        required
        autoComplete="off"
        maxLength={200}
        data-field="name"
      />
      <TextField
        label={s.email}
        value={draft.email}
        onChange={set('email')}
        error={errors.email}
        type="email"
        inputMode="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={320}
        data-field="email"
      />
      <TextField
        label={s.phone}
        help={s.phoneHelp}
        value={draft.phone}
        onChange={set('phone')}
        error={errors.phone}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        maxLength={40}
        data-field="phone"
      />
      <SelectField
        label={s.relationship}
        value={draft.relationship}
        onChange={set('relationship')}
        options={(Object.keys(s.relationships) as TRelationship[]).map((value) => ({
          value,
          label: s.relationships[value],
        }))}
        error={errors.relationship}
      />
      <TextField
        label={s.company}
        value={draft.company}
        onChange={set('company')}
        error={errors.company}
        autoComplete="off"
        maxLength={200}
        data-field="company"
      />
      <TextField
        label={s.workedTogether}
        help={s.workedTogetherHelp}
        value={draft.workedTogether}
        onChange={set('workedTogether')}
        error={errors.workedTogether}
        autoComplete="off"
        maxLength={200}
        data-field="workedTogether"
      />
      <SelectField
        label={s.language}
        value={draft.language}
        onChange={set('language')}
        options={languageOptions(s)}
        error={errors.language}
      />
    </div>
  );
}
