import type { TChannel } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail, enqueueSms } from '../../messaging/index.ts';
import { type CheckContext, formatDay, loadCheckContext, sendsEmail, sendsSms } from '../check-messages.ts';
import { candidatePageUrl, issueCandidateToken, privacyPageUrl } from '../link-tokens.ts';

/**
 * Asks the candidate for referees by the check's candidate channel (nothing with `none`); with
 * `reminder`, as a reminder from the scheduler; with `only`, by that one of its channels. `context` is
 * the check's when the caller has it as it stands (a start, from its insert); otherwise it is read.
 * `token` is the link a new check was inserted with; otherwise a fresh one is issued.
 */
export async function sendCandidateLink(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  companyId: string,
  checkId: string,
  options: { reminder?: number | 'last'; only?: TChannel; context?: CheckContext; token?: string } = {},
) {
  const { reminder, only } = options;
  const context = options.context ?? (await loadCheckContext(db, companyId, checkId));
  if (!context) return null;
  const { check, candidate } = context;
  // A new check's link came with its insert; every other send issues a fresh one.
  const token = options.token ?? (await issueCandidateToken(db, check));
  // The candidate is written to in their own language; the questionnaire's language is the referees'.
  const language = candidate.language;
  const data = {
    firstName: candidate.firstName,
    senderName: context.senderName,
    jobTitle: context.jobTitle,
    refereesWanted: check.refereesWanted,
    url: candidatePageUrl(config, token),
    privacyUrl: privacyPageUrl(candidatePageUrl(config, token)),
    expiresOn: formatDay(check.linksExpireAt, language, context.timeZone),
    ...(reminder ? { reminder } : {}),
  };
  const channel = check.candidateChannel;
  if (sendsEmail(channel) && only !== 'sms' && candidate.email && !check.candidateEmailBouncedAt)
    await enqueueEmail(db, {
      companyId: check.companyId,
      to: candidate.email,
      language,
      template: 'reference_candidate_request',
      data,
      senderName: context.senderName,
    });
  if (sendsSms(channel) && only !== 'email' && candidate.phone && !check.candidateSmsFailedAt)
    await enqueueSms(db, {
      companyId: check.companyId,
      to: candidate.phone,
      language,
      template: 'reference_candidate_request',
      data,
    });
  return { url: data.url };
}
