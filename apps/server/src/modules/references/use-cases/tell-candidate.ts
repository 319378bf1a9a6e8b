import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail, enqueueSms } from '../../messaging/index.ts';
import { loadCheckContext, sendsEmail, sendsSms } from '../check-messages.ts';
import { candidatePageUrl, issueCandidateToken, privacyPageUrl } from '../link-tokens.ts';
import type { referees } from '../references.tables.ts';

/**
 * Asks the candidate to look at one of their referees (a message to them could not be delivered, they declined, or no answer after the
 * last reminder), with a fresh link to their page, by the check's candidate channel. With `none` the
 * recruiter named the referees and follows them on the check's page, so nobody is written to.
 * Returns whether a message was queued.
 */
export async function tellCandidate(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  referee: Pick<typeof referees.$inferSelect, 'companyId' | 'checkId' | 'name' | 'email' | 'phone'>,
  reason: 'email_bounced' | 'sms_failed' | 'not_answering' | 'declined',
) {
  const context = await loadCheckContext(db, referee.companyId, referee.checkId);
  if (!context) return false;
  const { check, candidate } = context;
  const channel = check.candidateChannel;
  const byEmail = sendsEmail(channel) && !!candidate.email && !check.candidateEmailBouncedAt;
  const bySms = sendsSms(channel) && !!candidate.phone && !check.candidateSmsFailedAt;
  if (!byEmail && !bySms) return false;
  const token = await issueCandidateToken(db, check);
  // The candidate's own language (their page's), not necessarily the check's.
  const language = candidate.language;
  const data = {
    refereeName: referee.name,
    refereeEmail: referee.email,
    refereePhone: referee.phone,
    reason,
    url: candidatePageUrl(config, token),
    privacyUrl: privacyPageUrl(candidatePageUrl(config, token)),
  };
  if (byEmail)
    await enqueueEmail(db, {
      companyId: check.companyId,
      to: candidate.email!,
      language,
      template: 'reference_candidate_attention',
      data,
      senderName: context.senderName,
    });
  if (bySms)
    await enqueueSms(db, {
      companyId: check.companyId,
      to: candidate.phone!,
      language,
      template: 'reference_candidate_attention',
      data,
    });
  return true;
}
