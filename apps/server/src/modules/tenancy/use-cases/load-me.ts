import type { TMe, TRole } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import { agencies, companies, membershipDepartments, memberships, users } from '../tenancy.tables.ts';

/**
 * The signed-in person as the web app needs them: identity, role here, other companies, CSRF token.
 * One query: the web app asks for this on every page load.
 */
export async function loadMe(db: Db, input: { userId: string; companyId: string; csrfToken: string }): Promise<TMe> {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      membershipId: memberships.id,
      role: memberships.role,
      companyName: companies.name,
      agencyName: agencies.name,
      departmentIds: sql<string[]>`array(select md.department_id from ${membershipDepartments} md
        where md.membership_id = "memberships"."id" order by md.department_id)`,
      others: sql<{ companyId: string; companyName: string; role: TRole }[]>`(
        select coalesce(json_agg(json_build_object('companyId', m.company_id, 'companyName', c.name, 'role', m.role)
          order by c.name), '[]'::json)
        from ${memberships} m join ${companies} c on c.id = m.company_id
        where m.user_id = "users"."id" and m.status = 'active')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .leftJoin(agencies, eq(agencies.id, memberships.agencyId))
    .where(and(eq(memberships.companyId, input.companyId), eq(memberships.userId, input.userId)));
  if (!row) throw notFound();
  return {
    userId: row.userId,
    membershipId: row.membershipId,
    email: row.email,
    name: row.name,
    language: row.language,
    role: row.role,
    companyId: input.companyId,
    companyName: row.companyName,
    agencyName: row.agencyName,
    departmentIds: row.departmentIds,
    memberships: row.others,
    csrfToken: input.csrfToken,
  };
}
