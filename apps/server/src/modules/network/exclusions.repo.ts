import type { TExclusion, TExclusionKind } from '@vouch/contracts';
import { and, desc, eq, ne, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import type { ExclusionRule } from './exclusion-match.ts';
import { exclusionKeys, exclusions } from './network.tables.ts';

export type ExclusionFields = { kind: TExclusionKind; value: string; variants: string[]; reason: string };
export type ExclusionKey = { kind: TExclusionKind; key: string };

const columns = {
  id: exclusions.id,
  kind: exclusions.kind,
  value: exclusions.value,
  variants: exclusions.variants,
  reason: exclusions.reason,
  createdAt: exclusions.createdAt,
  addedById: exclusions.createdById,
  addedByName: users.name,
  addedByEmail: users.email,
};

async function selectExclusions(db: Db, where: SQL | undefined): Promise<TExclusion[]> {
  const rows = await db
    .select(columns)
    .from(exclusions)
    .leftJoin(memberships, eq(memberships.id, exclusions.createdById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(where)
    .orderBy(desc(exclusions.createdAt), desc(exclusions.id));
  return rows.map(({ addedById, addedByName, addedByEmail, ...r }) => ({
    ...r,
    kind: r.kind,
    createdAt: r.createdAt.toISOString(),
    addedBy: addedById ? { id: addedById, name: addedByName || addedByEmail || '' } : null,
  }));
}

export const listExclusions = (db: Db, companyId: string) => selectExclusions(db, eq(exclusions.companyId, companyId));

export async function loadExclusion(db: Db, companyId: string, exclusionId: string) {
  const [row] = await selectExclusions(db, and(eq(exclusions.companyId, companyId), eq(exclusions.id, exclusionId)));
  return row ?? null;
}

/** The rules as the pure matcher takes them, e.g. for an import that drops excluded rows as it reads. */
export async function listExclusionRules(db: Db, companyId: string): Promise<ExclusionRule[]> {
  const rows = await db
    .select({ kind: exclusions.kind, value: exclusions.value, variants: exclusions.variants })
    .from(exclusions)
    .where(eq(exclusions.companyId, companyId));
  return rows.map((r) => ({ ...r, kind: r.kind }));
}

/** Which of these keys another exclusion of the company already holds. */
export async function findTakenKeys(db: Db, companyId: string, keys: ExclusionKey[], exceptId?: string) {
  if (!keys.length) return [];
  return db
    .select({ kind: exclusionKeys.kind, key: exclusionKeys.key })
    .from(exclusionKeys)
    .where(
      and(
        eq(exclusionKeys.companyId, companyId),
        or(...keys.map((k) => and(eq(exclusionKeys.kind, k.kind), eq(exclusionKeys.key, k.key)))),
        exceptId ? ne(exclusionKeys.exclusionId, exceptId) : undefined,
      ),
    );
}

export async function insertExclusion(
  tx: Db,
  companyId: string,
  fields: ExclusionFields & { createdById: string },
  keys: ExclusionKey[],
) {
  const [row] = await tx
    .insert(exclusions)
    .values({ companyId, ...fields })
    .returning({ id: exclusions.id });
  await tx.insert(exclusionKeys).values(keys.map((k) => ({ companyId, exclusionId: row.id, ...k })));
  return row.id;
}

/** Replaces the fields and the keys; false when the company has no such exclusion. */
export async function replaceExclusion(
  tx: Db,
  companyId: string,
  exclusionId: string,
  fields: ExclusionFields,
  keys: ExclusionKey[],
) {
  const scoped = and(eq(exclusions.companyId, companyId), eq(exclusions.id, exclusionId));
  const updated = await tx
    .update(exclusions)
    .set({ ...fields, updatedAt: new Date() })
    .where(scoped)
    .returning({ id: exclusions.id });
  if (!updated.length) return false;
  await tx
    .delete(exclusionKeys)
    .where(and(eq(exclusionKeys.companyId, companyId), eq(exclusionKeys.exclusionId, exclusionId)));
  await tx.insert(exclusionKeys).values(keys.map((k) => ({ companyId, exclusionId, ...k })));
  return true;
}

export async function deleteExclusionRow(db: Db, companyId: string, exclusionId: string) {
  const rows = await db
    .delete(exclusions)
    .where(and(eq(exclusions.companyId, companyId), eq(exclusions.id, exclusionId)))
    .returning({ id: exclusions.id });
  return rows.length > 0;
}

/** A contact's stored, already folded keys (see hiring/normalize.ts); leave out what the table lacks. */
export type ContactKeyColumns = { emailKey?: SQLWrapper; linkedinKey?: SQLWrapper; companyKey?: SQLWrapper };

/**
 * A condition to AND into a contacts query: true when no exclusion of the company matches the row.
 * Each kind is its own probe of exclusion_keys' primary key, so adding an exclusion hides contacts
 * that were imported before it without touching them. Separate NOT EXISTS rather than one with an
 * OR inside: equality anti-joins let the planner hash the company's keys when it checks a whole
 * list (triage scores every contact), where an OR is a nested loop over every key for every row.
 */
export function excludedContactPredicate(companyId: string, columns: ContactKeyColumns): SQL {
  const probe = (kind: TExclusionKind, value: SQLWrapper) =>
    sql`not exists (select 1 from ${exclusionKeys} x where x.company_id = ${companyId} and x.kind = ${kind} and x.key = ${value})`;
  const probes: SQL[] = [];
  if (columns.emailKey) {
    probes.push(probe('email', columns.emailKey));
    probes.push(probe('email_domain', sql`nullif(split_part(${columns.emailKey}, '@', 2), '')`));
  }
  if (columns.linkedinKey) probes.push(probe('linkedin_url', columns.linkedinKey));
  if (columns.companyKey) probes.push(probe('company_name', sql`nullif(${columns.companyKey}, '')`));
  if (!probes.length) return sql`true`;
  return sql`(${sql.join(probes, sql` and `)})`;
}
