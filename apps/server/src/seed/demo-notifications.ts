import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../platform/db/db.ts';
import { memberships, messages, notifications, referrals, users } from '../schema.ts';
import type { DemoPeople } from './demo-people.ts';

const HOUR = 3_600_000;

/**
 * The bell shows something on first sign-in: employee@acme.example has unread news of two of their
 * referrals and one read, and the recruiter is told of the colleagues' answers to her requests.
 * Already "emailed", so the demo queues no mail for them.
 */
export async function seedNotifications(tx: Db, now: Date, people: DemoPeople) {
  const { companyId } = people;
  // The demo's own status moves (seeded through the referrals' use cases) told their referrers as
  // they happened, by email too when the app's subscribers were wired: the past is replaced by this
  // set, and nobody is emailed about the history of a demo.
  await tx.delete(notifications).where(eq(notifications.companyId, companyId));
  await tx
    .delete(messages)
    .where(and(eq(messages.companyId, companyId), inArray(messages.template, ['referral_notice', 'referral_digest'])));
  const [employee] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.email, 'employee@acme.example')));
  if (!employee) return;
  const theirs = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.companyId, companyId), eq(referrals.referrerMembershipId, employee.id)))
    .orderBy(asc(referrals.createdAt), asc(referrals.id))
    .limit(3);
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const stages = ['interviewing', 'in_touch', 'received'];
  const rows: (typeof notifications.$inferInsert)[] = theirs.map((r, i) => ({
    companyId,
    membershipId: employee.id,
    kind: 'referral_stage',
    referralId: r.id,
    params: { stage: stages[i] },
    readAt: i === 2 ? at(20) : null,
    emailedAt: at(2 + i * 24),
    createdAt: at(2 + i * 24),
  }));
  const answered = await tx
    .select({ id: referrals.id, status: referrals.status, colleague: referrals.referrerMembershipId })
    .from(referrals)
    .where(
      and(
        eq(referrals.companyId, companyId),
        eq(referrals.recruiterMembershipId, people.recruiter),
        inArray(referrals.status, ['referrer_contacted', 'referrer_declined']),
        isNotNull(referrals.referrerMembershipId),
      ),
    );
  for (const [i, r] of answered.entries()) {
    rows.push({
      companyId,
      membershipId: people.recruiter,
      kind: 'request_answered',
      referralId: r.id,
      params: {
        answer: r.status === 'referrer_contacted' ? 'will_reach_out' : 'not_well_enough',
        colleagueMembershipId: r.colleague,
      },
      emailedAt: at(30 + i),
      createdAt: at(30 + i),
    });
  }
  if (rows.length) await tx.insert(notifications).values(rows);
}
