import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { i18n, translateMessage } from '../i18n/index.ts';
import { ApiError } from './api.ts';

/** A sentence for the person, in their language: known codes first, then what the server said. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return i18n.t('errors.generic');
  const key = `errors.${error.code}`;
  if (i18n.exists(key)) return i18n.t(key);
  return error.detail ? translateMessage(error.detail) : i18n.t('errors.generic');
}

export function notifyError(error: unknown) {
  notifications.show({ color: 'red', title: i18n.t('errors.generic'), message: errorMessage(error) });
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
  for (const { field, message } of error.errors) {
    const path = options.fieldMap?.[field] ?? field;
    if (hasPath(values, path)) found[path] = translateMessage(message);
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
      if (!errors[path]) errors[path] = translateMessage(issue.message);
    }
    return errors;
  };
}
