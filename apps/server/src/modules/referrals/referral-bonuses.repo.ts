import type { TBonusState, TReferralBonus } from '@vouch/contracts';
import { and, asc, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { companies, memberships, users } from '../tenancy/index.ts';
import { referralBonuses, referralEvents, referrals } from './referrals.tables.ts';

export type BonusRow = typeof referralBonuses.$inferSelect;
type BonusInsert = Omit<typeof referralBonuses.$inferInsert, 'companyId' | 'id'>;

/** One bonus per referral: a second hire of the same referral finds the first and adds nothing. */
export async function insertBonus(tx: Db, companyId: string, values: BonusInsert) {
  const [row] = await tx
    .insert(referralBonuses)
    .values({ ...values, companyId })
    .onConflictDoNothing({ target: referralBonuses.referralId })
    .returning();
  return row ?? null;
}

/** The bonus, locked for a change of state, with its referral's status (the timeline line keeps it). */
export async function lockBonus(tx: Db, companyId: string, bonusId: string) {
  const [row] = await tx
    .select({ bonus: referralBonuses, status: referrals.status })
    .from(referralBonuses)
    .innerJoin(referrals, eq(referrals.id, referralBonuses.referralId))
    .where(and(eq(referralBonuses.companyId, companyId), eq(referralBonuses.id, bonusId)))
    .for('update', { of: referralBonuses });
  return row ?? null;
}

export async function updateBonus(
  tx: Db,
  companyId: string,
  bonusId: string,
  changes: Partial<Omit<BonusInsert, 'referralId'>>,
) {
  const [row] = await tx
    .update(referralBonuses)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(referralBonuses.companyId, companyId), eq(referralBonuses.id, bonusId)))
    .returning();
  return row;
}

/** Paid: the referrer's link to the candidate is retired (later submissions are hidden from them). */
export async function retireReferralLink(tx: Db, companyId: string, referralId: string) {
  await tx
    .update(referrals)
    .set({ linkRetiredAt: sql`coalesce(${referrals.linkRetiredAt}, now())`, updatedAt: sql`now()` })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
}

/**
 * The referrals owning a hired candidate's submission to the job, else the one owning the candidate
 * (seed 001): who the bonus is for. Locked, as the hire moves their status.
 */
export async function findOwningReferrals(tx: Db, companyId: string, candidateId: string, jobId: string) {
  const rows = await tx
    .select({ id: referrals.id, ownership: referrals.ownership, status: referrals.status })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.candidateId, candidateId),
        sql`(${referrals.ownership} = 'candidate' or (${referrals.ownership} = 'submission' and ${referrals.jobId} = ${jobId}))`,
      ),
    )
    .for('update');
  const submission = rows.filter((r) => r.ownership === 'submission');
  return submission.length ? submission : rows;
}

/**
 * Claims pending bonuses whose eligible day has come in their company's time zone, at most `limit`,
 * skipping rows another worker holds: each bonus becomes eligible once, however many workers run.
 */
export async function claimDueBonuses(tx: Db, now: Date, limit: number) {
  const today = sql`(select (${now.toISOString()}::timestamptz at time zone ${companies.timeZone})::date from ${companies} where ${companies.id} = ${referralBonuses.companyId})`;
  const due = tx
    .select({ id: referralBonuses.id })
    .from(referralBonuses)
    .where(
      and(
        eq(referralBonuses.state, 'pending'),
        // The partial index's range first (no time zone is more than a day ahead), then the company's day.
        lte(referralBonuses.eligibleOn, sql`(${now.toISOString()}::timestamptz + interval '1 day')::date`),
        sql`${referralBonuses.eligibleOn} <= ${today}`,
      ),
    )
    .orderBy(asc(referralBonuses.eligibleOn))
    .limit(limit)
    .for('update', { skipLocked: true });
  return tx
    .update(referralBonuses)
    .set({ state: 'eligible', eligibleAt: now, updatedAt: now })
    .where(and(inArray(referralBonuses.id, due), eq(referralBonuses.state, 'pending')))
    .returning({
      id: referralBonuses.id,
      companyId: referralBonuses.companyId,
      referralId: referralBonuses.referralId,
    });
}

/** A `bonus` timeline line on each referral (its status kept; `note` the new state), in one statement. */
export async function insertBonusLines(
  tx: Db,
  lines: { companyId: string; referralId: string; state: TBonusState; actorMembershipId: string | null }[],
) {
  if (!lines.length) return;
  const ids = lines.map((l) => l.referralId);
  const byReferral = new Map(lines.map((l) => [l.referralId, l]));
  const companyIds = [...new Set(lines.map((l) => l.companyId))];
  const statuses = await tx
    .select({ id: referrals.id, companyId: referrals.companyId, status: referrals.status })
    .from(referrals)
    .where(and(inArray(referrals.companyId, companyIds), inArray(referrals.id, ids)));
  await tx.insert(referralEvents).values(
    statuses.map((r) => {
      const line = byReferral.get(r.id)!;
      return {
        companyId: r.companyId,
        referralId: r.id,
        kind: 'bonus' as const,
        fromStatus: r.status,
        toStatus: r.status,
        actorMembershipId: line.actorMembershipId,
        note: line.state,
      };
    }),
  );
}

const money = (v: string | null) => (v === null ? null : Number(v));
const iso = (v: Date | null) => v?.toISOString() ?? null;

function payoutColumns() {
  return {
    bonus: referralBonuses,
    referrerId: memberships.id,
    referrerName: users.name,
    referrerEmail: users.email,
    candidateFirstName: sql<string>`coalesce(${candidates.firstName}, ${referrals.firstName})`,
    candidateLastName: sql<string>`coalesce(${candidates.lastName}, ${referrals.lastName})`,
    jobId: jobs.id,
    jobTitle: jobs.title,
  };
}

type PayoutRow = {
  bonus: BonusRow;
  referrerId: string | null;
  referrerName: string | null;
  referrerEmail: string | null;
  candidateFirstName: string;
  candidateLastName: string;
  jobId: string | null;
  jobTitle: string | null;
};

export function toReferralBonus(row: PayoutRow): TReferralBonus {
  const b = row.bonus;
  return {
    id: b.id,
    referralId: b.referralId,
    state: b.state,
    value: b.value,
    amount: money(b.amount),
    currency: b.currency,
    referrer:
      row.referrerId && row.referrerEmail
        ? { id: row.referrerId, name: row.referrerName || row.referrerEmail, email: row.referrerEmail }
        : null,
    candidateName: `${row.candidateFirstName} ${row.candidateLastName}`.trim(),
    job: row.jobId && row.jobTitle !== null ? { id: row.jobId, title: row.jobTitle } : null,
    hiredAt: b.hiredAt.toISOString(),
    startDate: b.startDate,
    waitingDays: b.waitingDays,
    eligibleOn: b.eligibleOn,
    eligibleAt: iso(b.eligibleAt),
    approvedAt: iso(b.approvedAt),
    paidOn: b.paidOn,
    paidAmount: money(b.paidAmount),
    payrollReference: b.payrollReference,
    forfeitedAt: iso(b.forfeitedAt),
    forfeitReason: b.forfeitReason,
  };
}

function selectPayouts(db: Db, companyId: string, where: SQL | undefined) {
  return db
    .select(payoutColumns())
    .from(referralBonuses)
    .innerJoin(referrals, eq(referrals.id, referralBonuses.referralId))
    .leftJoin(memberships, eq(memberships.id, referrals.referrerMembershipId))
    .leftJoin(users, eq(users.id, memberships.userId))
    .leftJoin(candidates, eq(candidates.id, referrals.candidateId))
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .where(and(eq(referralBonuses.companyId, companyId), where));
}

/** The payouts list: by eligible day, oldest first (what is due longest comes first); keyset on (day, id). */
export async function listPayoutRows(
  db: Db,
  companyId: string,
  filter: { states: TBonusState[] },
  page: { after: [string, string] | null; limit: number },
) {
  return selectPayouts(
    db,
    companyId,
    and(
      filter.states.length ? inArray(referralBonuses.state, filter.states) : undefined,
      page.after
        ? sql`(${referralBonuses.eligibleOn}, ${referralBonuses.id}) > (${page.after[0]}::date, ${page.after[1]}::uuid)`
        : undefined,
    ),
  )
    .orderBy(asc(referralBonuses.eligibleOn), asc(referralBonuses.id))
    .limit(page.limit);
}

export async function findPayout(db: Db, companyId: string, bonusId: string) {
  const [row] = await selectPayouts(db, companyId, eq(referralBonuses.id, bonusId));
  return row ? toReferralBonus(row) : null;
}

/** The company's bonus of a referral, for its timeline and My referrals. */
export async function findBonusOfReferral(db: Db, companyId: string, referralId: string) {
  const [row] = await db
    .select()
    .from(referralBonuses)
    .where(and(eq(referralBonuses.companyId, companyId), eq(referralBonuses.referralId, referralId)))
    .orderBy(desc(referralBonuses.createdAt));
  return row ?? null;
}

/** The bonuses of some referrals with the company's time zone (a hire's day is the company's), for a Referrals tab. */
export async function listBonusesOfReferrals(db: Db, companyId: string, referralIds: string[]) {
  if (!referralIds.length) return [];
  return db
    .select({ bonus: referralBonuses, timeZone: companies.timeZone })
    .from(referralBonuses)
    .innerJoin(companies, eq(companies.id, referralBonuses.companyId))
    .where(and(eq(referralBonuses.companyId, companyId), inArray(referralBonuses.referralId, referralIds)));
}
