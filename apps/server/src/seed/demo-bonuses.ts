import type { TBonusState } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { candidateKeys, searchVectorOf } from '../modules/hiring/index.ts';
import { searchVectorOf as referralSearchVectorOf } from '../modules/network/index.ts';
import type { Db } from '../platform/db/db.ts';
import { bonusTiers, candidates, memberships, referralBonuses, referralEvents, referrals, users } from '../schema.ts';
import type { DemoJob } from './demo-jobs.ts';
import type { DemoPeople } from './demo-people.ts';
import { daysBefore } from './random.ts';

const day = (at: Date) => at.toISOString().slice(0, 10);
const addDays = (d: string, days: number) => day(new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000));

/** One hire per bonus state, referred by employee@acme.example: the payouts page has something in every view. */
const HIRES: { first: string; last: string; state: TBonusState; startedDaysAgo: number; referrer: string }[] = [
  { first: 'Nora', last: 'Lindqvist', state: 'pending', startedDaysAgo: 20, referrer: 'employee@acme.example' },
  { first: 'Oskar', last: 'Berg', state: 'eligible', startedDaysAgo: 200, referrer: 'employee@acme.example' },
  { first: 'Priya', last: 'Raman', state: 'approved', startedDaysAgo: 230, referrer: 'employee@acme.example' },
  { first: 'Quentin', last: 'Moreau', state: 'paid', startedDaysAgo: 320, referrer: 'employee@acme.example' },
  { first: 'Rasmus', last: 'Ek', state: 'forfeited', startedDaysAgo: 60, referrer: 'employee@acme.example' },
];

async function membershipOf(tx: Db, companyId: string, email: string) {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.email, email)));
  return row?.id ?? null;
}

/**
 * The bonus rules on Acme's tiers (engineering hires SEK 20 000 after 180 days, any other hire SEK
 * 10 000 after 90), and five referred hires whose bonuses stand in each state from the hire to payout.
 */
export async function seedBonuses(tx: Db, now: Date, people: DemoPeople, jobs: DemoJob[]) {
  const { companyId } = people;
  await tx
    .update(bonusTiers)
    .set({ departmentId: people.departmentIds.Engineering, amount: '20000.00', currency: 'SEK', waitingDays: 180 })
    .where(and(eq(bonusTiers.companyId, companyId), eq(bonusTiers.name, 'Engineering hire')));
  const [allJobs] = await tx
    .update(bonusTiers)
    .set({ departmentId: null, amount: '10000.00', currency: 'SEK', waitingDays: 90 })
    .where(and(eq(bonusTiers.companyId, companyId), eq(bonusTiers.name, 'Any other hire')))
    .returning();
  const open = jobs.filter((j) => !j.archived);
  for (const [i, hire] of HIRES.entries()) {
    const referrer = await membershipOf(tx, companyId, hire.referrer);
    const job = open[i % open.length];
    if (!referrer || !job || !allJobs) continue;
    const fields = {
      firstName: hire.first,
      lastName: hire.last,
      email: `${hire.first.toLowerCase()}.${hire.last.toLowerCase()}@example.com`,
      phone: null,
      linkedinUrl: null,
      currentCompany: null,
    };
    const candidateId = crypto.randomUUID();
    const referredAt = daysBefore(now, hire.startedDaysAgo + 45);
    const hiredAt = daysBefore(now, hire.startedDaysAgo + 14);
    await tx.insert(candidates).values({
      id: candidateId,
      companyId,
      ...fields,
      ...candidateKeys(fields),
      searchVector: searchVectorOf(fields),
      createdById: people.recruiter,
      createdAt: referredAt,
      updatedAt: hiredAt,
    });
    const referralId = crypto.randomUUID();
    await tx.insert(referrals).values({
      id: referralId,
      companyId,
      source: 'employee_referral',
      referrerMembershipId: referrer,
      candidateId,
      jobId: job.id,
      ownership: 'submission',
      firstName: hire.first,
      lastName: hire.last,
      email: fields.email,
      searchVector: referralSearchVectorOf({
        name: `${hire.first} ${hire.last}`,
        title: null,
        company: null,
        skills: [],
      }),
      status: 'hired',
      statusChangedAt: hiredAt,
      actedAt: referredAt,
      relationship: 'We worked together',
      candidateAware: true,
      linkRetiredAt: hire.state === 'paid' ? daysBefore(now, hire.startedDaysAgo - 100) : null,
      createdAt: referredAt,
      updatedAt: hiredAt,
    });
    const startDate = day(daysBefore(now, hire.startedDaysAgo));
    const eligibleOn = addDays(startDate, allJobs.waitingDays);
    const eligibleAt = new Date(`${eligibleOn}T06:00:00Z`);
    const states: TBonusState[] = ['pending'];
    if (['eligible', 'approved', 'paid'].includes(hire.state)) states.push('eligible');
    if (['approved', 'paid'].includes(hire.state)) states.push('approved');
    if (hire.state === 'paid') states.push('paid');
    if (hire.state === 'forfeited') states.push('forfeited');
    const at = (state: TBonusState) =>
      state === 'pending'
        ? hiredAt
        : state === 'forfeited'
          ? daysBefore(now, 5)
          : new Date(eligibleAt.getTime() + ['eligible', 'approved', 'paid'].indexOf(state) * 3 * 86_400_000);
    await tx.insert(referralBonuses).values({
      companyId,
      referralId,
      bonusTierId: allJobs.id,
      state: hire.state,
      value: allJobs.value,
      amount: allJobs.amount,
      currency: allJobs.currency,
      hiredAt,
      startDate,
      waitingDays: allJobs.waitingDays,
      eligibleOn,
      eligibleAt: states.includes('eligible') ? at('eligible') : null,
      approvedAt: states.includes('approved') ? at('approved') : null,
      approvedById: states.includes('approved') ? people.admin : null,
      paidOn: hire.state === 'paid' ? day(at('paid')) : null,
      paidAmount: hire.state === 'paid' ? allJobs.amount : null,
      payrollReference: hire.state === 'paid' ? `PAY-${day(at('paid')).slice(0, 7)}-0${i}` : null,
      paidById: hire.state === 'paid' ? people.admin : null,
      forfeitedAt: hire.state === 'forfeited' ? at('forfeited') : null,
      forfeitReason:
        hire.state === 'forfeited' ? 'Left during the trial period, before the waiting period ended.' : null,
      forfeitedById: hire.state === 'forfeited' ? people.admin : null,
      createdAt: hiredAt,
      updatedAt: at(hire.state),
    });
    await tx.insert(referralEvents).values([
      {
        companyId,
        referralId,
        kind: 'status',
        fromStatus: null,
        toStatus: 'recruiter_contacted',
        actorMembershipId: referrer,
        createdAt: referredAt,
      },
      {
        companyId,
        referralId,
        kind: 'status',
        fromStatus: 'recruiter_contacted',
        toStatus: 'hired',
        actorMembershipId: people.recruiter,
        createdAt: hiredAt,
      },
      ...states.map((state) => ({
        companyId,
        referralId,
        kind: 'bonus' as const,
        fromStatus: 'hired' as const,
        toStatus: 'hired' as const,
        actorMembershipId: state === 'pending' ? people.recruiter : state === 'eligible' ? null : people.admin,
        note: state,
        createdAt: at(state),
      })),
    ]);
  }
}
