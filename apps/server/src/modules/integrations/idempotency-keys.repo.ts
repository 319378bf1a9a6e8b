import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { idempotencyKeys } from './integrations.tables.ts';

export type NewIdempotencyClaim = {
  apiKeyId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  expiresAt: Date;
};

/** Forgets every company's expired answers: housekeeping by time, not a read of anyone's data. */
export async function sweepExpiredIdempotencyKeys(db: Db) {
  await db.delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, sql`now()`));
}

/** Claims the key for a request about to run; null when another request holds it. */
export async function claimIdempotencyKey(db: Db, companyId: string, claim: NewIdempotencyClaim) {
  const [inserted] = await db
    .insert(idempotencyKeys)
    .values({ companyId, ...claim })
    .onConflictDoNothing()
    .returning({ id: idempotencyKeys.id });
  return inserted?.id ?? null;
}

export async function findIdempotencyKey(db: Db, companyId: string, apiKeyId: string, key: string) {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.companyId, companyId),
        eq(idempotencyKeys.apiKeyId, apiKeyId),
        eq(idempotencyKeys.key, key),
      ),
    );
  return row ?? null;
}

/** Deletes the row if it has expired meanwhile (a newer claim may have replaced it). */
export async function forgetExpiredIdempotencyKey(db: Db, companyId: string, id: string) {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.companyId, companyId),
        eq(idempotencyKeys.id, id),
        lte(idempotencyKeys.expiresAt, sql`now()`),
      ),
    );
}

/** Frees a claim whose request kept nothing (refused input, a 5xx, a client that went away). */
export async function freeIdempotencyKey(db: Db, companyId: string, id: string) {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.companyId, companyId), eq(idempotencyKeys.id, id)));
}

export async function keepIdempotentAnswer(db: Db, companyId: string, id: string, status: number, body: string) {
  await db
    .update(idempotencyKeys)
    .set({ state: 'done', responseStatus: status, responseBody: body })
    .where(and(eq(idempotencyKeys.companyId, companyId), eq(idempotencyKeys.id, id)));
}
