import type { TContact, TContactImport, TContactImportSummary, TDomainEventOf } from '@vouch/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { publish } from '../../platform/events.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { excludedContactPredicate } from './exclusions.repo.ts';
import { contactImports, contacts } from './network.tables.ts';
import { compileQuery, type QueryNode } from './search/index.ts';

/** The employee whose contacts these are; contacts never leave their owner. */
export type Owner = { companyId: string; ownerId: string };

const ownContacts = (o: Owner) => and(eq(contacts.companyId, o.companyId), eq(contacts.ownerMembershipId, o.ownerId));
const ownImports = (o: Owner) =>
  and(eq(contactImports.companyId, o.companyId), eq(contactImports.ownerMembershipId, o.ownerId));

export type ContactListFilter = { search: QueryNode | null; cursor?: string; limit: number };

/** Newest first, paged by keyset; exclusions added after the import hide matching contacts too. */
export async function listOwnContacts(db: Db, owner: Owner, filter: ContactListFilter) {
  const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
  const rows = await db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      linkedinUrl: contacts.linkedinUrl,
      company: contacts.company,
      position: contacts.position,
      phone: contacts.phone,
      connectedOn: contacts.connectedOn,
      createdAt: contacts.createdAt,
    })
    .from(contacts)
    .where(
      and(
        ownContacts(owner),
        excludedContactPredicate(owner.companyId, {
          emailKey: contacts.emailKey,
          linkedinKey: contacts.linkedinKey,
          companyKey: contacts.companyKey,
        }),
        filter.search ? compileQuery(filter.search, { searchVector: contacts.searchVector }) : undefined,
        after
          ? sql`(${contacts.createdAt}, ${contacts.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(contacts.createdAt), desc(contacts.id))
    .limit(filter.limit + 1);
  const items: TContact[] = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  return pageOf(items, filter.limit, (c) => [c.createdAt, c.id]);
}

const importColumns = {
  id: contactImports.id,
  fileName: contactImports.fileName,
  format: contactImports.format,
  added: contactImports.added,
  updated: contactImports.updated,
  unchanged: contactImports.unchanged,
  excluded: contactImports.excluded,
  rejected: contactImports.rejected,
  status: contactImports.status,
  bytesRead: contactImports.bytesRead,
  bytesTotal: contactImports.bytesTotal,
  rowsRead: contactImports.rowsRead,
  rowsStaged: contactImports.rowsStaged,
  rowsWritten: contactImports.rowsWritten,
  createdAt: contactImports.createdAt,
  // Spelled out: drizzle leaves single-table columns unqualified, which inside the subquery would mean `c`.
  contactsLeft: sql<number>`(select count(*)::int from ${contacts} c where c.company_id = "contact_imports"."company_id"
    and c.owner_membership_id = "contact_imports"."owner_membership_id" and c.last_import_id = "contact_imports"."id")`,
};

type ImportRow = Omit<TContactImport, 'createdAt' | 'progress'> & {
  createdAt: Date;
  bytesRead: number;
  bytesTotal: number | null;
  rowsRead: number;
  rowsStaged: number;
  rowsWritten: number;
};
const importOf = ({ bytesRead, bytesTotal, rowsRead, rowsStaged, rowsWritten, ...r }: ImportRow): TContactImport => ({
  ...r,
  progress: {
    bytesRead,
    bytesTotal,
    rowsRead,
    rowsToWrite: rowsStaged,
    rowsWritten,
    rowsSkipped: r.excluded + r.rejected,
  },
  contactsLeft: Number(r.contactsLeft),
  createdAt: r.createdAt.toISOString(),
});

export async function listOwnImports(db: Db, owner: Owner): Promise<TContactImport[]> {
  const rows = await db
    .select(importColumns)
    .from(contactImports)
    .where(ownImports(owner))
    .orderBy(desc(contactImports.createdAt), desc(contactImports.id));
  return rows.map(importOf);
}

export async function loadOwnImportSummary(db: Db, owner: Owner, importId: string) {
  const [row] = await db
    .select({ ...importColumns, rejectedRows: contactImports.rejectedRows })
    .from(contactImports)
    .where(and(ownImports(owner), eq(contactImports.id, importId)));
  if (!row) return null;
  const { rejectedRows, ...rest } = row;
  return { ...importOf(rest), rejectedRows } satisfies TContactImportSummary;
}

/**
 * Deletes the import and the contacts whose latest import it is; contacts a later import also
 * contained stay, as that file still vouches for them. Null when the owner has no such import,
 * 'unfinished' while it is still being read or merged.
 */
export async function deleteOwnImport(tx: Db, owner: Owner, importId: string) {
  const [found] = await tx
    .select({ id: contactImports.id, status: contactImports.status })
    .from(contactImports)
    .where(and(ownImports(owner), eq(contactImports.id, importId)));
  if (!found) return null;
  if (found.status !== 'done') return 'unfinished' as const;
  const deleting = {
    type: 'contacts.deleting',
    companyId: owner.companyId,
    ownerMembershipId: owner.ownerId,
    importId,
  } as const;
  await publish(tx, deleting);
  const deleted = await tx.delete(contacts).where(contactsBeingDeleted(deleting)).returning({ id: contacts.id });
  await tx.delete(contactImports).where(and(ownImports(owner), eq(contactImports.id, importId)));
  return deleted.length;
}

/** Every contact of the owner and the import history with it: the network is forgotten. */
export async function deleteAllOwnContacts(tx: Db, owner: Owner) {
  const deleting = {
    type: 'contacts.deleting',
    companyId: owner.companyId,
    ownerMembershipId: owner.ownerId,
    importId: null,
  } as const;
  await publish(tx, deleting);
  const deleted = await tx.delete(contacts).where(contactsBeingDeleted(deleting)).returning({ id: contacts.id });
  await tx.delete(contactImports).where(ownImports(owner));
  return deleted.length;
}

/**
 * The contacts a `contacts.deleting` event is about, as a condition on the contacts table: before
 * they go, the referrals module takes back the marks nobody acted on (see its subscriber).
 */
export function contactsBeingDeleted(event: Omit<TDomainEventOf<'contacts.deleting'>, 'type'>) {
  const own = ownContacts({ companyId: event.companyId, ownerId: event.ownerMembershipId });
  return event.importId ? and(own, eq(contacts.lastImportId, event.importId)) : own;
}
