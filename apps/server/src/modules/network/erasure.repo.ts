import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased, PersonKeys } from '../../platform/person-keys.ts';
import { deleteAllOwnContacts } from './contacts.repo.ts';
import { contactImportRows, contactImports, contacts, exclusionKeys, exclusions } from './network.tables.ts';

/** Contacts of the company the keys name, in anyone's network: by id, email, phone or profile. */
export async function contactsMatching(db: Db, companyId: string, keys: PersonKeys) {
  const by = [
    keys.contactIds.length ? inArray(contacts.id, keys.contactIds) : undefined,
    keys.emails.length ? inArray(contacts.emailKey, keys.emails) : undefined,
    keys.phones.length ? inArray(contacts.phone, keys.phones) : undefined,
    keys.linkedinKeys.length ? inArray(contacts.linkedinKey, keys.linkedinKeys) : undefined,
  ].filter((c) => c !== undefined);
  if (!by.length) return [];
  return db
    .select({ id: contacts.id, emailKey: contacts.emailKey, phone: contacts.phone, linkedinKey: contacts.linkedinKey })
    .from(contacts)
    .where(and(eq(contacts.companyId, companyId), or(...by)));
}

/**
 * Deletes the person from every network of the company: their contacts (a referral made from one
 * keeps its own copy, which the referrals eraser empties first), rows still staged by an import,
 * and exclusions naming their email or profile (the exclusion is itself data about them).
 */
export async function erasePersonFromNetworks(db: Db, companyId: string, keys: PersonKeys): Promise<Erased> {
  const found = await contactsMatching(db, companyId, keys);
  const deleted = found.length
    ? await db
        .delete(contacts)
        .where(
          and(
            eq(contacts.companyId, companyId),
            inArray(
              contacts.id,
              found.map((c) => c.id),
            ),
          ),
        )
        .returning({ id: contacts.id })
    : [];
  const staged = [
    keys.emails.length ? sql`lower(${contactImportRows.email}) in ${keys.emails}` : undefined,
    keys.phones.length ? inArray(contactImportRows.phone, keys.phones) : undefined,
  ].filter((c) => c !== undefined);
  const stagedRows = staged.length
    ? await db
        .delete(contactImportRows)
        .where(and(eq(contactImportRows.companyId, companyId), or(...staged)))
        .returning({ seq: contactImportRows.seq })
    : [];
  const excluded = await dropExclusionsNaming(db, companyId, keys);
  return { contacts: deleted.length + stagedRows.length, ...excluded };
}

/** Of these members, the ones whose network (contacts or import history) is still kept. */
export async function ownersWithNetworks(db: Db, companyId: string, ownerIds: string[]) {
  if (!ownerIds.length) return [];
  const rows = await db
    .selectDistinct({ id: contactImports.ownerMembershipId })
    .from(contactImports)
    .where(and(eq(contactImports.companyId, companyId), inArray(contactImports.ownerMembershipId, ownerIds)))
    .union(
      db
        .selectDistinct({ id: contacts.ownerMembershipId })
        .from(contacts)
        .where(and(eq(contacts.companyId, companyId), inArray(contacts.ownerMembershipId, ownerIds))),
    );
  return rows.map((r) => r.id);
}

/** A member's whole network and import history, as when they delete it themselves (marks nobody acted on go too). */
export async function forgetNetworkOf(db: Db, companyId: string, ownerId: string): Promise<Erased> {
  return { contacts: await deleteAllOwnContacts(db, { companyId, ownerId }) };
}

/** Exclusions naming the person's email or profile: an exclusion is itself data about them. */
export async function dropExclusionsNaming(db: Db, companyId: string, keys: PersonKeys): Promise<Erased> {
  const named = [...keys.emails, ...keys.linkedinKeys];
  const dropped = named.length
    ? await db
        .delete(exclusions)
        .where(
          and(
            eq(exclusions.companyId, companyId),
            inArray(
              exclusions.id,
              db
                .select({ id: exclusionKeys.exclusionId })
                .from(exclusionKeys)
                .where(
                  and(
                    eq(exclusionKeys.companyId, companyId),
                    inArray(exclusionKeys.kind, ['email', 'linkedin_url']),
                    inArray(exclusionKeys.key, named),
                  ),
                ),
            ),
          ),
        )
        .returning({ id: exclusions.id })
    : [];
  return { exclusions: dropped.length };
}
