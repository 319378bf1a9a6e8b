import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { auditAct } from '../../audit/index.ts';
import {
  deleteAllOwnContacts,
  deleteOwnImport,
  listOwnContacts,
  listOwnImports,
  type Owner,
} from '../contacts.repo.ts';
import type { QueryNode } from '../search/index.ts';

const ownerOf = (ctx: Ctx): Owner => ({ companyId: ctx.tenantId, ownerId: ctx.actor.membershipId });

/**
 * What the search box on "My network" means: every word, as the start of a word in the name,
 * position or company. No boolean syntax here, so nothing typed can be a syntax error.
 */
export function contactSearchOf(text: string | undefined): QueryNode | null {
  const words = (text ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 10);
  if (!words.length) return null;
  const terms = words.map((w): QueryNode => ({ kind: 'term', text: w, field: null, prefix: true }));
  return terms.length === 1 ? terms[0] : { kind: 'and', children: terms };
}

export function listMyContacts(ctx: Ctx, query: { q?: string; cursor?: string; limit: number }) {
  return listOwnContacts(ctx.db, ownerOf(ctx), {
    search: contactSearchOf(query.q),
    cursor: query.cursor,
    limit: query.limit,
  });
}

export function listMyImports(ctx: Ctx) {
  return listOwnImports(ctx.db, ownerOf(ctx));
}

/** Someone else's import, in this company or another, is a 404: contacts are private. */
/**
 * Marks nobody acted on go with their contacts; a mark a recruiter already acted on stays as the
 * referral, without its link to the contact (see the referrals module's `contacts.deleting` subscriber).
 * Recorded in the audit log in the same transaction.
 */
export async function deleteMyImport(ctx: Ctx, importId: string) {
  const deleted = await ctx.db.transaction(async (tx) => {
    const count = await deleteOwnImport(tx, ownerOf(ctx), importId);
    if (typeof count === 'number')
      await auditAct(
        ctx,
        { action: 'contacts.deleted', target: { kind: 'contact_import', id: importId }, detail: { contacts: count } },
        tx,
      );
    return count;
  });
  if (deleted === null) throw notFound();
  if (deleted === 'unfinished') throw new AppError('contact_import.still_running');
  return { deleted };
}

export async function deleteAllMyContacts(ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const deleted = await deleteAllOwnContacts(tx, ownerOf(ctx));
    await auditAct(ctx, { action: 'contacts.deleted', target: null, detail: { contacts: deleted, all: true } }, tx);
    return { deleted };
  });
}
