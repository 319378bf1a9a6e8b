import { translateServerMessage } from './server-messages.ts';

/** The page's language once known, so the server's reasons are worded in it. */
let pageLanguage: string | undefined;
export const setPageLanguage = (language: string) => {
  pageLanguage = language;
};

export type FieldError = { field: string; message: string };

/** A failed call: the problem's status, code and field errors, plus whom to contact when a link is dead. */
export class PageError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[];
  readonly contact: { name: string | null; email: string | null; company: string | null; logoDataUrl: string | null };

  constructor(status: number, problem: Record<string, unknown>) {
    const textIn = (source: unknown, key: string) => {
      const value = source && typeof source === 'object' ? (source as Record<string, unknown>)[key] : undefined;
      return typeof value === 'string' && value ? value : null;
    };
    const text = (key: string) => textIn(problem, key);
    const say = (message: string, reason?: unknown, params?: unknown) =>
      translateServerMessage({ message, reason, params }, pageLanguage);
    // A generic reason says less than the server's own words; a specific one says it in the page's language.
    const specific = text('reason') !== text('code') ? text('reason') : null;
    super(say(text('detail') ?? text('title') ?? `HTTP ${status}`, specific, problem.params));
    this.status = status;
    this.code = text('code') ?? (status === 0 ? 'network' : 'generic');
    this.errors = Array.isArray(problem.errors)
      ? (problem.errors as (FieldError & { reason?: unknown; params?: unknown })[]).map((e) => ({
          field: e.field,
          message: say(String(e.message), e.reason, e.params),
        }))
      : [];
    // A dead link says whom to contact: in a `branding` member, or as members of its own.
    const branding = problem.branding;
    const pick = (key: string) => textIn(branding, key) ?? text(key);
    this.contact = {
      name: pick('contactName'),
      email: pick('contactEmail'),
      company: pick('senderName') ?? pick('companyName'),
      logoDataUrl: textIn(branding, 'logoDataUrl'),
    };
  }

  /** The link has expired, been used up or the check is closed. */
  get isGone() {
    return this.status === 410 || this.code === 'link_expired' || this.code === 'gone' || this.code === 'token_invalid';
  }
  get isNetwork() {
    return this.status === 0;
  }
}
