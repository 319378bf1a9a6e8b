import type { TLanguage } from '@vouch/contracts';
import { and, asc, eq, inArray, isNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { membershipDepartments, memberships, users } from '../tenancy/index.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { referrals } from './referrals.tables.ts';

/**
 * An email introduction still on the service-level clock: no recruiter acted on it, the employee has
 * not withdrawn it. Shared by the reminder and the dashboard so both count the same rows.
 */
export const onTheClock = (companyId: string): SQL =>
  and(
    eq(referrals.companyId, companyId),
    eq(referrals.source, 'email_introduction'),
    eq(referrals.active, true),
    ne(referrals.status, 'withdrawn'),
    isNull(referrals.actedAt),
    notExcludedReferral(companyId),
  )!;

/** Companies with at least one overdue introduction nobody was reminded of yet. */
export async function companiesWithUnremindedOverdue(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ companyId: referrals.companyId })
    .from(referrals)
    .where(
      and(
        lt(referrals.dueAt, now),
        isNull(referrals.actedAt),
        isNull(referrals.slaRemindedAt),
        eq(referrals.source, 'email_introduction'),
        eq(referrals.active, true),
      ),
    );
  return rows.map((r) => r.companyId);
}

/**
 * Marks a batch of a company's overdue introductions as reminded and returns them. One UPDATE whose
 * rows are locked with SKIP LOCKED and re-checked: of several workers, each row goes to exactly one.
 */
export async function claimOverdueIntroductions(tx: Db, companyId: string, now: Date, limit = 500) {
  const due = tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(onTheClock(companyId), lt(referrals.dueAt, now), isNull(referrals.slaRemindedAt)))
    .orderBy(asc(referrals.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return tx
    .update(referrals)
    .set({ slaRemindedAt: now })
    .where(and(inArray(referrals.id, due), isNull(referrals.slaRemindedAt)))
    .returning({
      id: referrals.id,
      departmentId: referrals.departmentId,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      position: referrals.position,
      company: referrals.company,
      referrerMembershipId: referrals.referrerMembershipId,
      dueAt: referrals.dueAt,
    });
}

export type Staff = {
  membershipId: string;
  role: 'admin' | 'recruiter';
  name: string;
  email: string;
  language: TLanguage;
  departmentIds: string[];
};

/** The company's active recruiters and admins, with the departments each recruits for. */
export async function listActiveStaff(db: Db, companyId: string): Promise<Staff[]> {
  const rows = await db
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      name: users.name,
      email: users.email,
      language: users.language,
      departmentIds: sql<
        string[]
      >`coalesce(array_agg(${membershipDepartments.departmentId}::text) filter (where ${membershipDepartments.departmentId} is not null), '{}')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(membershipDepartments, eq(membershipDepartments.membershipId, memberships.id))
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.status, 'active'),
        inArray(memberships.role, ['admin', 'recruiter']),
      ),
    )
    .groupBy(memberships.id, users.id)
    .orderBy(asc(memberships.createdAt));
  return rows.map((r) => ({
    ...r,
    role: r.role as Staff['role'],
    name: r.name || r.email,
    language: r.language,
  }));
}

/** Display names of members, by membership id. */
export async function memberNames(db: Db, companyId: string, membershipIds: string[]) {
  if (!membershipIds.length) return new Map<string, string>();
  const rows = await db
    .select({ id: memberships.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), inArray(memberships.id, membershipIds)));
  return new Map(rows.map((r) => [r.id, r.name || r.email]));
}

/**
 * The dashboard's two numbers: overdue now, and due later today in the company's time zone.
 * `departmentIds` narrows to the caller's departments, as their default list does.
 */
export async function countIntroductionDeadlines(
  db: Db,
  companyId: string,
  options: { now: Date; timeZone: string; departmentIds: string[] | null },
) {
  const now = sql`${options.now.toISOString()}::timestamptz`;
  const endOfToday = sql`((date_trunc('day', ${now} at time zone ${options.timeZone}) + interval '1 day') at time zone ${options.timeZone})`;
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${referrals.dueAt} < ${now})::int`,
      dueToday: sql<number>`count(*) filter (where ${referrals.dueAt} >= ${now} and ${referrals.dueAt} < ${endOfToday})::int`,
    })
    .from(referrals)
    .where(
      and(
        onTheClock(companyId),
        sql`${referrals.dueAt} is not null`,
        options.departmentIds ? inArray(referrals.departmentId, options.departmentIds) : undefined,
      ),
    );
  return { overdue: row?.overdue ?? 0, dueToday: row?.dueToday ?? 0 };
}
