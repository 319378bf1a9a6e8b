import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { checkNoticeNames } from '../../references/index.ts';
import { referralNoticeNames } from '../../referrals/index.ts';
import { getCompany } from '../../tenancy/index.ts';
import { checkIdOf, MY_REFERRALS_PATH, noticeOf } from '../notices.ts';
import {
  claimDigest,
  findRecipient,
  markEmailed,
  memberNames,
  membersWithDigestDue,
  unemailedUnread,
} from '../notifications.repo.ts';

/** A digest at most once a day per member. */
export const DIGEST_EVERY_HOURS = 24;

type DigestOptions = { db: Db; config: Pick<Config, 'publicUrl'>; now?: Date };

/**
 * The daily digest: to each member who chose it and has unread notifications no email told of yet,
 * one email listing them, at most once a day. Claiming the member's day, queueing the email and
 * marking the notifications emailed share a transaction, so a crash sends nothing rather than
 * losing them, and several workers running this at once send each digest once.
 */
export async function runNotificationDigests({ db, config, now = new Date() }: DigestOptions) {
  const run = { digests: 0, notifications: 0 };
  for (const due of await membersWithDigestDue(db, now, DIGEST_EVERY_HOURS)) {
    await db.transaction(async (tx) => {
      if (!(await claimDigest(tx, due.companyId, due.membershipId, now, DIGEST_EVERY_HOURS))) return;
      const rows = await unemailedUnread(tx, due.companyId, due.membershipId);
      const recipient = await findRecipient(tx, due.companyId, due.membershipId);
      if (!rows.length || !recipient) return;
      const referralIds = [...new Set(rows.flatMap((r) => (r.referralId ? [r.referralId] : [])))];
      const colleagueIds = [
        ...new Set(
          rows.flatMap((r) =>
            typeof r.params.colleagueMembershipId === 'string' ? [r.params.colleagueMembershipId] : [],
          ),
        ),
      ];
      const names = await referralNoticeNames(tx, due.companyId, referralIds);
      const colleagues = await memberNames(tx, due.companyId, colleagueIds);
      const checkIds = [...new Set(rows.flatMap((r) => checkIdOf(r.params) ?? []))];
      const checks = await checkNoticeNames(tx, due.companyId, checkIds);
      const company = await getCompany(tx, due.companyId);
      await enqueueEmail(tx, {
        companyId: due.companyId,
        to: recipient.email,
        language: recipient.language,
        template: 'referral_digest',
        data: {
          recipientName: recipient.name ?? '',
          notices: rows.map((r) => noticeOf(r, names, colleagues, checks)),
          url: `${config.publicUrl}${MY_REFERRALS_PATH}`,
        },
        replyTo: company?.replyTo ?? null,
        senderName: company?.senderName ?? company?.name ?? null,
      });
      await markEmailed(
        tx,
        due.companyId,
        rows.map((r) => r.id),
      );
      run.digests++;
      run.notifications += rows.length;
    });
  }
  return run;
}
