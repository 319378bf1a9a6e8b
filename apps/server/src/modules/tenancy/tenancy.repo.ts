import type { TLanguage, TRole } from '@vouch/contracts';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import {
  agencies,
  companies,
  companyDomains,
  departments,
  membershipDepartments,
  memberships,
  registrations,
  users,
} from './tenancy.tables.ts';

/** The only code in tenancy that queries. Every company-owned read takes the company id. */

export async function findUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return user ?? null;
}

export async function findUser(db: Db, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return user ?? null;
}

/** All companies a user belongs to, active memberships first, for sign-in and the company switcher. */
export async function listMembershipsOfUser(db: Db, userId: string) {
  return db
    .select({
      id: memberships.id,
      companyId: memberships.companyId,
      companyName: companies.name,
      role: memberships.role,
      status: memberships.status,
      agencyId: memberships.agencyId,
    })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(companies.name));
}

export async function findMembership(db: Db, companyId: string, membershipId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)));
  return row ?? null;
}

export async function findMembershipOfUser(db: Db, companyId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)));
  return row ?? null;
}

export async function getCompany(db: Db, companyId: string) {
  const [company] = await db.select().from(companies).where(eq(companies.id, companyId));
  return company ?? null;
}

export async function listDomains(db: Db, companyId: string) {
  const rows = await db
    .select({ domain: companyDomains.domain })
    .from(companyDomains)
    .where(eq(companyDomains.companyId, companyId))
    .orderBy(asc(companyDomains.domain));
  return rows.map((r) => r.domain);
}

export async function listDepartments(db: Db, companyId: string) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.companyId, companyId))
    .orderBy(asc(departments.name));
}

export async function findDepartment(db: Db, companyId: string, departmentId: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.companyId, companyId), eq(departments.id, departmentId)));
  return row ?? null;
}

/** Ids that are not this company's departments; callers turn them into a field error. */
export async function foreignDepartmentIds(db: Db, companyId: string, ids: string[]) {
  if (!ids.length) return [];
  const found = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.companyId, companyId), inArray(departments.id, ids)));
  const known = new Set(found.map((d) => d.id));
  return ids.filter((id) => !known.has(id));
}

export async function listMemberDepartmentIds(db: Db, companyId: string, membershipId: string) {
  const rows = await db
    .select({ id: membershipDepartments.departmentId })
    .from(membershipDepartments)
    .where(and(eq(membershipDepartments.companyId, companyId), eq(membershipDepartments.membershipId, membershipId)));
  return rows.map((r) => r.id);
}

export async function setMemberDepartments(db: Db, companyId: string, membershipId: string, departmentIds: string[]) {
  await db
    .delete(membershipDepartments)
    .where(and(eq(membershipDepartments.companyId, companyId), eq(membershipDepartments.membershipId, membershipId)));
  if (departmentIds.length) {
    await db
      .insert(membershipDepartments)
      .values(departmentIds.map((departmentId) => ({ companyId, membershipId, departmentId })));
  }
}

export async function findAgency(db: Db, companyId: string, agencyId: string) {
  const [row] = await db
    .select()
    .from(agencies)
    .where(and(eq(agencies.companyId, companyId), eq(agencies.id, agencyId)));
  return row ?? null;
}

export async function listAgencies(db: Db, companyId: string) {
  return db
    .select({
      id: agencies.id,
      name: agencies.name,
      agentCount: sql<number>`(select count(*)::int from ${memberships} m where m.agency_id = ${agencies}.id and m.status <> 'deactivated')`,
    })
    .from(agencies)
    .where(eq(agencies.companyId, companyId))
    .orderBy(asc(agencies.name));
}

export async function findCompanyByDomain(db: Db, domain: string) {
  const [row] = await db.select().from(companyDomains).where(eq(companyDomains.domain, domain.toLowerCase()));
  return row ?? null;
}

/** Whether any company exists yet: none means the first-run setup is still open. */
export async function anyCompanyExists(db: Db) {
  const [row] = await db.select({ id: companies.id }).from(companies).limit(1);
  return !!row;
}

export async function findCompanyBySignupCode(db: Db, code: string) {
  const [row] = await db.select().from(companies).where(eq(companies.signupCode, code));
  return row ?? null;
}

export async function insertUser(
  db: Db,
  input: { email: string; name: string; language: TLanguage; passwordHash?: string | null },
) {
  const [user] = await db
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning();
  return user;
}

export async function insertMembership(
  db: Db,
  input: {
    companyId: string;
    userId: string;
    role: TRole;
    status: 'invited' | 'active';
    agencyId?: string | null;
    invitedById?: string | null;
  },
) {
  const now = new Date();
  const [row] = await db
    .insert(memberships)
    .values({
      ...input,
      invitedAt: input.status === 'invited' ? now : null,
      joinedAt: input.status === 'active' ? now : null,
    })
    .returning();
  return row;
}

/** A request waiting for its address to be verified; requests past their expiry are dropped first. */
export async function insertRegistration(db: Db, input: typeof registrations.$inferInsert) {
  await db.delete(registrations).where(lt(registrations.expiresAt, new Date()));
  const [row] = await db.insert(registrations).values(input).returning();
  return row;
}

export async function findRegistration(db: Db, id: string) {
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  return row ?? null;
}

export async function deleteRegistration(db: Db, id: string) {
  await db.delete(registrations).where(eq(registrations.id, id));
}

export async function setMembershipActive(db: Db, companyId: string, membershipId: string) {
  await updateMembership(db, companyId, membershipId, { status: 'active', joinedAt: new Date() });
}

/** Saves `set` on the company's membership (its role, status, invitation time). */
export async function updateMembership(
  db: Db,
  companyId: string,
  membershipId: string,
  set: Partial<typeof memberships.$inferInsert>,
) {
  await db
    .update(memberships)
    .set(set)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)));
}

/** Gives a login without a password (invited, never accepted) the name and password its owner chose. */
export async function setFirstCredentials(db: Db, userId: string, input: { name: string; passwordHash: string }) {
  await db
    .update(users)
    .set({ passwordHash: input.passwordHash, name: sql`coalesce(nullif(${users.name}, ''), ${input.name})` })
    .where(and(eq(users.id, userId), sql`${users.passwordHash} is null`));
}

/** Careers page addresses in use that start with `base`: it and its numbered variants (`base-2` …). */
export async function listSlugsLike(db: Db, base: string) {
  const rows = await db
    .select({ slug: companies.slug })
    .from(companies)
    .where(sql`${companies.slug} = ${base} or ${companies.slug} ~ ${`^${base}-[0-9]+$`}`);
  return rows.map((r) => r.slug!);
}

/**
 * Inserts a company with this careers address, or nothing when another company has it (a unique
 * violation would end the caller's transaction; `on conflict do nothing` leaves it usable).
 */
export async function insertCompanyWithSlug(
  db: Db,
  values: { name: string; defaultLanguage: TLanguage; slug: string },
) {
  const [row] = await db.insert(companies).values(values).onConflictDoNothing().returning({ id: companies.id });
  return row ?? null;
}
