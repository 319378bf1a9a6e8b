import type { TPersonRef, TRole } from '@vouch/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from './tenancy.tables.ts';

/** Active members as other modules show and pick them (hiring managers, recruiters on a job). */
export async function listPeople(
  db: Db,
  companyId: string,
  filter: { role?: TRole; ids?: string[] } = {},
): Promise<TPersonRef[]> {
  if (filter.ids && !filter.ids.length) return [];
  const rows = await db
    .select({ id: memberships.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.companyId, companyId),
        filter.ids ? inArray(memberships.id, filter.ids) : eq(memberships.status, 'active'),
        filter.role ? eq(memberships.role, filter.role) : undefined,
      ),
    )
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, name: r.name || r.email, role: r.role }));
}
