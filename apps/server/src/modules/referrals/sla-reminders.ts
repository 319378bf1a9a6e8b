import type { LoopLog } from '../../platform/background-loop.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { enqueueEmail } from '../messaging/index.ts';
import { getCompany } from '../tenancy/index.ts';
import {
  claimOverdueIntroductions,
  companiesWithUnremindedOverdue,
  listActiveStaff,
  memberNames,
  type Staff,
} from './sla.repo.ts';
import { runStaleReferralReminders } from './stale-reminders.ts';

/**
 * Who answers for an overdue introduction: the active recruiters of its department; when it has no
 * department or nobody recruits for it, every active recruiter; with no recruiters, the admins.
 */
export function responsibleFor(departmentId: string | null, staff: Staff[]): Staff[] {
  const recruiters = staff.filter((s) => s.role === 'recruiter');
  const ofDepartment = departmentId ? recruiters.filter((r) => r.departmentIds.includes(departmentId)) : [];
  if (ofDepartment.length) return ofDepartment;
  if (recruiters.length) return recruiters;
  return staff.filter((s) => s.role === 'admin');
}

export type ReminderRun = { reminded: number; emails: number };

type ReminderOptions = { db: Db; config: Pick<Config, 'publicUrl'>; now?: Date };

/**
 * Sends the one overdue reminder of each email introduction past its deadline: per company, one
 * email to each responsible recruiter listing theirs. Marking and queueing share a transaction,
 * so a crash between them sends nothing rather than losing the reminder; running on several
 * workers at once reminds each introduction once.
 */
export async function runIntroductionSlaReminders({ db, config, now = new Date() }: ReminderOptions) {
  const run: ReminderRun = { reminded: 0, emails: 0 };
  for (const companyId of await companiesWithUnremindedOverdue(db, now)) {
    await db.transaction(async (tx) => {
      const overdue = await claimOverdueIntroductions(tx, companyId, now);
      if (!overdue.length) return;
      run.reminded += overdue.length;
      const staff = await listActiveStaff(tx, companyId);
      const referrers = await memberNames(
        tx,
        companyId,
        overdue.flatMap((r) => (r.referrerMembershipId ? [r.referrerMembershipId] : [])),
      );
      const perRecipient = new Map<string, { staff: Staff; items: typeof overdue }>();
      for (const referral of overdue) {
        for (const person of responsibleFor(referral.departmentId, staff)) {
          const entry = perRecipient.get(person.membershipId) ?? { staff: person, items: [] };
          entry.items.push(referral);
          perRecipient.set(person.membershipId, entry);
        }
      }
      const company = (await getCompany(tx, companyId))!;
      for (const { staff: recipient, items } of perRecipient.values()) {
        // Someone told of an introduction outside their own departments needs the wide list to see it.
        const outsideOwn =
          recipient.departmentIds.length > 0 &&
          items.some((i) => !i.departmentId || !recipient.departmentIds.includes(i.departmentId));
        await enqueueEmail(tx, {
          companyId,
          to: recipient.email,
          language: recipient.language,
          template: 'introductions_overdue',
          data: {
            recruiterName: recipient.name,
            timeZone: company.timeZone,
            items: items.map((i) => ({
              name: `${i.firstName} ${i.lastName}`.trim(),
              position: i.position,
              company: i.company,
              referrerName: (i.referrerMembershipId && referrers.get(i.referrerMembershipId)) || '—',
              dueAt: (i.dueAt ?? now).toISOString(),
            })),
            url: `${config.publicUrl}/referrals?tab=introductions&overdue=true${outsideOwn ? '&scope=all' : ''}`,
          },
          replyTo: company.replyTo,
          senderName: company.senderName ?? company.name,
        });
        run.emails++;
      }
    });
  }
  return run;
}

/**
 * The referrals' periodic work (the service-level and stale reminders), every minute. Runs never
 * overlap within a process; a failed run is logged and the next one tries again.
 */
export const referralReminders = {
  name: 'introduction reminders',
  everyMs: 60_000,
  run: async ({ db, config, log }: ReminderOptions & { log: LoopLog }) => {
    const run = await runIntroductionSlaReminders({ db, config });
    if (run.reminded) log.info({ ...run }, 'introduction reminders queued');
    const stale = await runStaleReferralReminders({ db, config });
    if (stale.reminded) log.info({ ...stale }, 'stale referral reminders queued');
  },
};
