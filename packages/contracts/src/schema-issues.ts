import { z } from 'zod';
import { describeProblem } from './problem-messages.ts';
import { isProblemReason, type TProblemReason } from './problems.ts';

/** A schema check's failure as zod reports it (or as the server's validator passes it on): its code and details. */
export type SchemaIssue = { code: string; message: string } & Record<string, unknown>;

type Reasoned = { reason: TProblemReason; params: Record<string, unknown> };

/** The field reason a built-in check stands for: lengths, counts, bounds, a required or email field. */
function builtInReason(issue: SchemaIssue): Reasoned | null {
  const { code, origin } = issue;
  // An exclusive bound (`> 0`) has no "at most / at least" words.
  if (issue.inclusive === false) return null;
  const counted = origin === 'array' || origin === 'set';
  const numeric = origin === 'number' || origin === 'int' || origin === 'bigint';
  if (code === 'too_big') {
    const max = Number(issue.maximum);
    if (origin === 'string') return { reason: 'field.too_long', params: { max } };
    if (counted) return { reason: 'field.too_many', params: { max } };
    if (numeric) return { reason: 'field.too_large', params: { max } };
  }
  if (code === 'too_small') {
    const min = Number(issue.minimum);
    if (origin === 'string')
      return min <= 1 ? { reason: 'field.required', params: {} } : { reason: 'field.too_short', params: { min } };
    if (counted) return { reason: 'field.too_few', params: { min } };
    if (numeric) return { reason: 'field.too_small', params: { min } };
  }
  if (code === 'invalid_format' && issue.format === 'email') return { reason: 'field.email_invalid', params: {} };
  // Missing: zod's own words for a value of the wrong type name what came, and nothing came.
  if (code === 'invalid_type' && issue.message === zodWords({ ...issue, input: undefined }))
    return { reason: 'field.required', params: {} };
  return null;
}

/** What zod itself says for an issue, to tell its generic words from a schema's own. */
function zodWords(issue: SchemaIssue): string | undefined {
  const said = z.config().localeError?.(issue as never);
  return typeof said === 'string' ? said : said?.message;
}

/**
 * The reason and parameters a schema's failed check stands for, so clients word it in the person's
 * language (`field.too_long {max}`) while the English `message` stays for integrators. A custom
 * check names its own reason in `params.reason` (as the search box's length check does). A built-in
 * check gets the field reason it stands for when its words are zod's generic ones or the reason's
 * own; a schema that words its own ("At most 30 steps") keeps its words and gets no reason.
 */
export function reasonOfSchemaIssue(issue: SchemaIssue): Reasoned | null {
  if (issue.code === 'custom') {
    const named = issue.params as Record<string, unknown> | undefined;
    if (!named || !isProblemReason(named.reason)) return null;
    const { reason: _, ...params } = named;
    return { reason: named.reason, params };
  }
  const found = builtInReason(issue);
  if (!found) return null;
  const ownWords = issue.message !== describeProblem('en', found.reason, found.params);
  if (ownWords && issue.message !== zodWords(issue)) return null;
  return found;
}
