import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { PersonRows } from '../../platform/person-data.ts';
import { membershipDepartments, memberships, sessions, users } from './tenancy.tables.ts';

/**
 * What tenancy holds about one member of this company: their login (without the password's hash),
 * their membership and departments, and their sessions here (without the tokens' hashes). Empty when
 * the id is not this company's member.
 */
export async function memberTenancyData(db: Db, companyId: string, membershipId: string): Promise<PersonRows> {
  const [row] = await db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)));
  if (!row) return {};
  const { passwordHash: _secret, ...user } = row.user;
  const sessionRows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.companyId, companyId), eq(sessions.userId, row.user.id)));
  return {
    users: [user],
    memberships: [row.membership],
    membership_departments: await db
      .select()
      .from(membershipDepartments)
      .where(and(eq(membershipDepartments.companyId, companyId), eq(membershipDepartments.membershipId, membershipId))),
    sessions: sessionRows.map(({ tokenHash: _token, csrfToken: _csrf, ...session }) => session),
  };
}
