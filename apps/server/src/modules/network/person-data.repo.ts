import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { PersonRows } from '../../platform/person-data.ts';
import { contactImports, contacts } from './network.tables.ts';

/** A member's own network: the contacts they imported or added, and their import history. */
export async function memberNetworkData(db: Db, companyId: string, membershipId: string): Promise<PersonRows> {
  const own = <T extends typeof contacts | typeof contactImports>(t: T) =>
    and(eq(t.companyId, companyId), eq(t.ownerMembershipId, membershipId));
  const contactRows = await db.select().from(contacts).where(own(contacts));
  return {
    // The search vector is derived from the other columns: an index, not something held about them.
    contacts: contactRows.map(({ searchVector: _search, ...row }) => row),
    contact_imports: await db.select().from(contactImports).where(own(contactImports)),
  };
}
