import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
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
export async function deleteMyImport(ctx: Ctx, importId: string) {
  const deleted = await ctx.db.transaction((tx) => deleteOwnImport(tx, ownerOf(ctx), importId));
  if (deleted === null) throw notFound();
  if (deleted === 'unfinished') throw new AppError('contact_import.still_running');
  return { deleted };
}

export async function deleteAllMyContacts(ctx: Ctx) {
  return { deleted: await ctx.db.transaction((tx) => deleteAllOwnContacts(tx, ownerOf(ctx))) };
}
