import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { type CheckScope, type CheckStartFacts, checkStartFacts } from '../../references/index.ts';

/** Shared by the `/api/v1` use cases: the key's scope and the snake_case names of field errors. */

/** What an API key sees: a sub-account key only its own sub-account's checks; a company key all of them. */
export const checkScopeOfKey = (ctx: ApiCtx): CheckScope =>
  ctx.apiKey.subAccountId ? { kind: 'sub_accounts', ids: [ctx.apiKey.subAccountId] } : { kind: 'all' };

/**
 * A questionnaire the key may start checks with, as the start reads it (its facts), or null: a
 * sub-account key may use its own sub-account's and the company-wide questionnaires; another
 * sub-account's is unknown to it, as one of another company is.
 */
export async function templateForKey(ctx: ApiCtx, db: Db, templateId: string): Promise<CheckStartFacts | null> {
  const template = await checkStartFacts(db, ctx.tenantId, templateId);
  const own = ctx.apiKey.subAccountId;
  if (!template || (own && template.subAccountId && template.subAccountId !== own)) return null;
  return template;
}

const snake = (segment: string) => segment.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);

/** `referees.0.workedTogether` → `referees.0.worked_together`; `prefix` puts it under a body member. */
export const snakeField = (field: string, prefix?: string) =>
  [...(prefix ? [prefix] : []), ...field.split('.').map(snake)].join('.');

/**
 * Runs work whose errors name fields the internal way (camelCase, unprefixed) and answers them with
 * the API's snake_case names (`rename` overrides single names, e.g. `email` → `candidate.email`).
 */
export async function withV1FieldNames<T>(work: () => Promise<T>, rename: Record<string, string> = {}): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors?.length) {
      const fieldErrors = error.fieldErrors.map((e) => ({ ...e, field: rename[e.field] ?? snakeField(e.field) }));
      throw error.with({ fieldErrors });
    }
    throw error;
  }
}
