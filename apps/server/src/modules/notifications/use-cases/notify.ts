import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { checkNoticeNames } from '../../references/index.ts';
import { referralNoticeNames } from '../../referrals/index.ts';
import { getCompany } from '../../tenancy/index.ts';
import { checkIdOf, linkOf, noticeOf } from '../notices.ts';
import { findRecipient, insertNotification, memberNames, type NewNotification } from '../notifications.repo.ts';

export type NotifyOptions = {
  config: Pick<Config, 'publicUrl'>;
  /** Already told by an email of its own (a recruiter's "your colleague answered"): in the app only. */
  emailedElsewhere?: boolean;
};

/**
 * Writes a notification for an active member, in the caller's transaction, and with "each change"
 * queues its email at once in their language. With "daily digest" it waits for the digest job.
 * A member who left is not told.
 */
export async function notify(tx: Db, companyId: string, notice: NewNotification, options: NotifyOptions) {
  const recipient = await findRecipient(tx, companyId, notice.membershipId);
  if (!recipient) return null;
  const emailNow = recipient.mode === 'each' && !options.emailedElsewhere;
  const row = await insertNotification(tx, companyId, {
    ...notice,
    emailedAt: emailNow || options.emailedElsewhere ? new Date() : null,
  });
  if (!emailNow) return row;
  const names = await referralNoticeNames(tx, companyId, row.referralId ? [row.referralId] : []);
  const colleagueId = notice.params.colleagueMembershipId;
  const colleagues = await memberNames(tx, companyId, typeof colleagueId === 'string' ? [colleagueId] : []);
  const checkId = checkIdOf(notice.params);
  const checks = await checkNoticeNames(tx, companyId, checkId ? [checkId] : []);
  const company = await getCompany(tx, companyId);
  await enqueueEmail(tx, {
    companyId,
    to: recipient.email,
    language: recipient.language,
    template: 'referral_notice',
    data: {
      recipientName: recipient.name ?? '',
      notice: noticeOf(row, names, colleagues, checks),
      url: `${options.config.publicUrl}${linkOf(notice.kind, notice.referralId, checkId ? checks.get(checkId)?.candidateId : null)}`,
    },
    replyTo: company?.replyTo ?? null,
    senderName: company?.senderName ?? company?.name ?? null,
  });
  return row;
}
