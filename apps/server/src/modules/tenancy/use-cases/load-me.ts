import type { TMe, TRole } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { notFound } from '../../../platform/errors.ts';
import { agencies, companies, membershipDepartments, memberships, users } from '../tenancy.tables.ts';

/**
 * What the web app needs to know about the signed-in person beyond the session: the company's and
 * agency's names, departments, other companies. Selected from memberships joined to users,
 * companies and (left) agencies, so the session lookup can select it in the same statement.
 */
export const meColumns = {
  companyName: companies.name,
  agencyName: agencies.name,
  departmentIds: sql<string[]>`array(select md.department_id from ${membershipDepartments} md
    where md.membership_id = "memberships"."id" order by md.department_id)`,
  others: sql<{ companyId: string; companyName: string; role: TRole }[]>`(
    select coalesce(json_agg(json_build_object('companyId', m.company_id, 'companyName', c.name, 'role', m.role)
      order by c.name), '[]'::json)
    from ${memberships} m join ${companies} c on c.id = m.company_id
    where m.user_id = "users"."id" and m.status = 'active')`,
};

type MeRow = {
  userId: string;
  email: string;
  name: string;
  language: TMe['language'];
  membershipId: string;
  role: TRole;
  companyName: string;
  agencyName: string | null;
  departmentIds: string[];
  others: { companyId: string; companyName: string; role: TRole }[];
};

export function meOf(row: MeRow, companyId: string, csrfToken: string): TMe {
  return {
    userId: row.userId,
    membershipId: row.membershipId,
    email: row.email,
    name: row.name,
    language: row.language,
    role: row.role,
    companyId,
    companyName: row.companyName,
    agencyName: row.agencyName,
    departmentIds: row.departmentIds,
    memberships: row.others,
    csrfToken,
  };
}

/**
 * The signed-in person as the web app needs them: identity, role here, other companies, CSRF token.
 * One query (`GET /api/auth/me` gets it with the session instead: see sessions.ts).
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
      ...meColumns,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .leftJoin(agencies, eq(agencies.id, memberships.agencyId))
    .where(and(eq(memberships.companyId, input.companyId), eq(memberships.userId, input.userId)));
  if (!row) throw notFound();
  return meOf(row, input.companyId, input.csrfToken);
}
