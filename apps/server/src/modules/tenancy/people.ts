import type { TPersonRef, TRole } from '@vouch/contracts';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
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

const personJson = sql`json_build_object('id', m.id, 'name', coalesce(nullif(u.name, ''), u.email), 'email', u.email, 'role', m.role)`;

/**
 * The same person as JSON, for another module's select list (a job's hiring manager in the job's own
 * row instead of a query of its own): `membershipId` is a column or expression of the outer query.
 */
export const personRefJson = (membershipId: SQL) =>
  sql<TPersonRef | null>`(select ${personJson} from ${memberships} m join ${users} u on u.id = m.user_id
    where m.id = ${membershipId})`;

/** Several people as a JSON array by name, `membershipIds` being a subquery of the outer row (a job's recruiters). */
export const peopleRefJson = (membershipIds: SQL) =>
  sql<TPersonRef[]>`(select coalesce(json_agg(${personJson} order by u.name), '[]'::json)
    from ${memberships} m join ${users} u on u.id = m.user_id where m.id in ${membershipIds})`;
