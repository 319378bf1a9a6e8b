import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { reasonOfSchemaIssue, type SchemaIssue } from '@vouch/contracts';
import type { z } from 'zod';
import { en } from '../i18n/en.ts';
import { currentLanguage, i18n, translateMessage } from '../i18n/index.ts';
import { ApiError, type FieldError } from './api.ts';
import { problemText } from './problem-text.ts';

/**
 * Codes whose server words are not meant for people (a crash, an outage, a lost session): their own
 * sentence is all there is to say. Every other answer carries a reason worth showing.
 */
const SAYS_NOTHING_MORE = new Set(['internal', 'unavailable', 'network', 'unauthenticated', 'csrf_failed', 'generic']);

/** The sentence for an error's code, or the generic one: a heading for the specific reason. */
export function errorTitle(error: unknown): string {
  const code = error instanceof ApiError ? error.code : '';
  return isTitledCode(code) ? i18n.t(`errors.${code}`) : i18n.t('errors.generic');
}

const isTitledCode = (code: string): code is keyof typeof en.errors => Object.hasOwn(en.errors, code);

const reasonText = (reason: string | undefined, params?: Record<string, unknown>) =>
  problemText(currentLanguage(), reason, params);

/** A field error's words: its reason translated, else the schema's message as the app words it. */
export const fieldErrorText = ({ message, reason, params }: FieldError) =>
  reasonText(reason, params) ?? translateMessage(message);

/**
 * A sentence for the person, in their language: the server's reason, naming the field it is about;
 * the code's sentence only when no reason came with it.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError) || SAYS_NOTHING_MORE.has(error.code)) return errorTitle(error);
  const fieldReasons = error.errors.filter((e) => e.message).map(describeFieldError);
  if (fieldReasons.length) return fieldReasons.join(' ');
  const specific = error.reason !== error.code ? reasonText(error.reason, error.params) : null;
  if (specific) return specific;
  if (error.detail && error.detail !== error.code) return translateMessage(error.detail);
  return errorTitle(error);
}

/** "Subject: At most 300 characters", with the last part of the field's path made readable. */
function describeFieldError(error: FieldError): string {
  const { field } = error;
  const name =
    field
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? '';
  const label = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  const reason = fieldErrorText(error);
  return label ? `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${reason}` : reason;
}

export function notifyError(error: unknown) {
  notifications.show({ color: 'red', title: errorTitle(error), message: errorMessage(error) });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message });
}

// biome-ignore lint/suspicious/noExplicitAny: forms of any shape take field errors the same way
type AnyForm = UseFormReturnType<any, any>;

function hasPath(values: unknown, path: string): boolean {
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

type FieldOptions = {
  /** Server path → form path, when the form's shape differs from the request's. */
  fieldMap?: Record<string, string>;
  /** Errors without field paths that still belong to one field, e.g. `email_taken` → `email`. */
  codeFields?: Record<string, { field: string; message?: string }>;
};

/**
 * Puts the server's field errors (dot paths like `workHistory.0.endDate`) beside the fields.
 * Returns false when nothing could be shown on the form, so the caller can notify instead.
 */
export function applyFieldErrors(form: AnyForm, error: unknown, options: FieldOptions = {}): boolean {
  if (!(error instanceof ApiError)) return false;
  const values = form.getValues();
  const found: Record<string, string> = {};
  for (const fieldError of error.errors) {
    const path = options.fieldMap?.[fieldError.field] ?? fieldError.field;
    if (hasPath(values, path)) found[path] = fieldErrorText(fieldError);
  }
  const byCode = options.codeFields?.[error.code];
  if (byCode && !found[byCode.field]) found[byCode.field] = byCode.message ?? errorMessage(error);
  if (Object.keys(found).length === 0) return false;
  form.setErrors({ ...form.errors, ...found });
  return true;
}

/** The usual catch for a form submission: errors beside fields, else a notification. */
export function handleFormError(form: AnyForm, error: unknown, options?: FieldOptions) {
  if (!applyFieldErrors(form, error, options)) notifyError(error);
}

/**
 * Client-side validation with the same schema the server uses, run on the request the form would send.
 * `toRequest` turns form values (empty strings, UI-only fields) into that request.
 */
export function zodValidate<V>(schema: z.ZodType, toRequest: (values: V) => unknown = (v) => v) {
  return (values: V): Record<string, string> => {
    const result = schema.safeParse(toRequest(values));
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      // The check's reason when it has one (`field.too_long {max}`, the search box's own), as the server gives it.
      const named = reasonOfSchemaIssue(issue as unknown as SchemaIssue);
      if (!errors[path]) errors[path] = reasonText(named?.reason, named?.params) ?? translateMessage(issue.message);
    }
    return errors;
  };
}
