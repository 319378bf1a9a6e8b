import type { TAuditAction, TAuditDetail, TAuditTargetKind } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import type { ApiCtx, Ctx } from '../../platform/http/context.ts';
import { type AuditEntry, insertAuditEntries } from './audit.repo.ts';

export type { AuditActor, AuditEntry } from './audit.repo.ts';

/**
 * Records one entry with one INSERT. Pass the transaction of the act when there is one, so the
 * entry exists if and only if the act does; a read (a report viewed) records after it succeeded.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await insertAuditEntries(db, [entry]);
}

/** Several entries in one INSERT (a failed sign-in, recorded in each company of the account). */
export async function recordAuditEntries(db: Db, entries: AuditEntry[]): Promise<void> {
  await insertAuditEntries(db, entries);
}

type What = { action: TAuditAction; target?: { kind: TAuditTargetKind; id: string } | null; detail?: TAuditDetail };

/** The entry of an act by the signed-in member or the API key of `ctx`, from the request's address. */
export function auditEntryOf(ctx: Ctx | ApiCtx, what: What): AuditEntry {
  const actor: AuditEntry['actor'] =
    'apiKey' in ctx
      ? { kind: 'api_key', apiKeyId: ctx.apiKey.id }
      : { kind: 'member', membershipId: ctx.actor.membershipId };
  return { companyId: ctx.tenantId, actor, ip: ctx.ip ?? null, ...what };
}

/** Records an act of the caller of `ctx` (in `db`, the act's transaction when there is one). */
export function auditAct(ctx: Ctx | ApiCtx, what: What, db: Db = ctx.db): Promise<void> {
  return recordAudit(db, auditEntryOf(ctx, what));
}
