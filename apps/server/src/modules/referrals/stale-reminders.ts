import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { enqueueEmail } from '../messaging/index.ts';
import { getCompany } from '../tenancy/index.ts';
import { listActiveStaff, type Staff } from './sla.repo.ts';
import { claimStaleReferrals, companiesWithUnremindedStale, jobsWithRecruiters } from './stale.repo.ts';

/**
 * Who is reminded of a stale referral: its recruiter (the one who acted on it) while still active
 * staff; else the role's recruiters; else every active recruiter; with no recruiters, the admins.
 */
export function staleReminderRecipients(
  referral: { recruiterMembershipId: string | null },
  jobRecruiterIds: string[],
  staff: Staff[],
): Staff[] {
  const own = staff.filter((s) => s.membershipId === referral.recruiterMembershipId);
  if (own.length) return own;
  const ofJob = staff.filter((s) => jobRecruiterIds.includes(s.membershipId));
  if (ofJob.length) return ofJob;
  const recruiters = staff.filter((s) => s.role === 'recruiter');
  return recruiters.length ? recruiters : staff.filter((s) => s.role === 'admin');
}

type ReminderOptions = { db: Db; config: Pick<Config, 'publicUrl'>; now?: Date };

/**
 * Sends the one stale reminder of each referral whose status has not changed for its company's
 * number of days: per company, one email to each recipient listing theirs. Claiming and queueing
 * share a transaction, so a crash between them sends nothing rather than losing the reminder; a
 * status change clears the claim, so the referral can go stale, and be reminded of, again.
 */
export async function runStaleReferralReminders({ db, config, now = new Date() }: ReminderOptions) {
  const run = { reminded: 0, emails: 0 };
  for (const companyId of await companiesWithUnremindedStale(db, now)) {
    await db.transaction(async (tx) => {
      const stale = await claimStaleReferrals(tx, companyId, now);
      if (!stale.length) return;
      run.reminded += stale.length;
      const staff = await listActiveStaff(tx, companyId);
      const roles = await jobsWithRecruiters(tx, companyId, [
        ...new Set(stale.flatMap((r) => (r.jobId ? [r.jobId] : []))),
      ]);
      const perRecipient = new Map<string, { staff: Staff; items: typeof stale }>();
      for (const referral of stale) {
        const role = referral.jobId ? roles.get(referral.jobId) : undefined;
        for (const person of staleReminderRecipients(referral, role?.recruiterIds ?? [], staff)) {
          const entry = perRecipient.get(person.membershipId) ?? { staff: person, items: [] };
          entry.items.push(referral);
          perRecipient.set(person.membershipId, entry);
        }
      }
      const company = (await getCompany(tx, companyId))!;
      for (const { staff: recipient, items } of perRecipient.values()) {
        await enqueueEmail(tx, {
          companyId,
          to: recipient.email,
          language: recipient.language,
          template: 'referrals_stale',
          data: {
            recruiterName: recipient.name,
            timeZone: company.timeZone,
            days: company.staleReferralDays,
            items: items.map((i) => ({
              name: `${i.firstName} ${i.lastName}`.trim(),
              position: i.position,
              company: i.company,
              jobTitle: (i.jobId && roles.get(i.jobId)?.title) || null,
              statusChangedAt: i.statusChangedAt.toISOString(),
            })),
            url: `${config.publicUrl}/referrals?stale=true`,
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
