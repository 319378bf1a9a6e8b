import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { companies } from '../tenancy/index.ts';

/** The company's "allow private networks" switch for webhook targets, or null when no such company. */
export async function findAllowPrivateNetworks(db: Db, companyId: string) {
  const [row] = await db
    .select({ allow: companies.webhooksAllowPrivateNetworks })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row ? row.allow : null;
}

export async function saveAllowPrivateNetworks(db: Db, companyId: string, allow: boolean) {
  await db.update(companies).set({ webhooksAllowPrivateNetworks: allow }).where(eq(companies.id, companyId));
}
