import type { TCheckChannel, TLanguage } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail, enqueueSms } from '../../messaging/index.ts';
import { issueLinkToken } from '../../tenancy/index.ts';
import { findCheckContext } from '../check-context.repo.ts';
import { findReferee, updateReferee } from '../referees.repo.ts';
import { referees, type referenceChecks } from '../references.tables.ts';

/**
 * Sending the candidate's and referees' links. Each send issues a fresh token (only hashes are
 * stored, so an old link cannot be re-sent); older links stay valid until the check's links expire,
 * so the first email still works after a reminder.
 */

export const candidatePageUrl = (config: Pick<Config, 'publicUrl'>, token: string) => `${config.publicUrl}/c/${token}`;
export const refereePageUrl = (config: Pick<Config, 'publicUrl'>, token: string) => `${config.publicUrl}/r/${token}`;

const sendsEmail = (channel: TCheckChannel) => channel === 'email' || channel === 'email_and_sms';
const sendsSms = (channel: TCheckChannel) => channel === 'sms' || channel === 'email_and_sms';

/** Everything a message about a check needs: who sends it, about whom, until when. */
export async function loadCheckContext(db: Db, companyId: string, checkId: string) {
  const row = await findCheckContext(db, companyId, checkId);
  if (!row) return null;
  // A sub-account speaks as itself: its sender name, else its own name; otherwise the company's.
  const senderName = row.subAccountName
    ? (row.subAccountSender ?? row.subAccountName)
    : (row.companySender ?? row.companyName);
  return { ...row, senderName };
}
export type CheckContext = NonNullable<Awaited<ReturnType<typeof loadCheckContext>>>;

const LOCALES: Record<TLanguage, string> = { en: 'en-GB', sv: 'sv-SE' };
export const formatDay = (date: Date, language: TLanguage, timeZone: string) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(date);

const ttlUntil = (expiresAt: Date) => Math.max(expiresAt.getTime() - Date.now(), 60_000);

/** Asks the candidate for referees by the check's candidate channel (nothing with `none`). */
export async function sendCandidateLink(db: Db, config: Pick<Config, 'publicUrl'>, companyId: string, checkId: string) {
  const context = await loadCheckContext(db, companyId, checkId);
  if (!context) return null;
  const { check, candidate } = context;
  const token = await issueCandidateToken(db, check);
  // The candidate is written to in their own language; the questionnaire's language is the referees'.
  const language = candidate.language;
  const data = {
    firstName: candidate.firstName,
    senderName: context.senderName,
    jobTitle: context.jobTitle,
    refereesWanted: check.refereesWanted,
    url: candidatePageUrl(config, token),
    expiresOn: formatDay(check.linksExpireAt, language, context.timeZone),
  };
  const channel = check.candidateChannel;
  if (sendsEmail(channel) && candidate.email)
    await enqueueEmail(db, {
      companyId: check.companyId,
      to: candidate.email,
      language,
      template: 'reference_candidate_request',
      data,
      senderName: context.senderName,
    });
  if (sendsSms(channel) && candidate.phone)
    await enqueueSms(db, {
      companyId: check.companyId,
      to: candidate.phone,
      language,
      template: 'reference_candidate_request',
      data,
    });
  return { url: data.url };
}

/** A link to the candidate's page, e.g. for the recruiter to copy when the channel is `none`. */
export async function issueCandidateToken(db: Db, check: typeof referenceChecks.$inferSelect) {
  return issueLinkToken(db, {
    purpose: 'reference_candidate',
    companyId: check.companyId,
    subjectId: check.id,
    ttlMs: ttlUntil(check.linksExpireAt),
  });
}

export async function issueRefereeToken(db: Db, check: typeof referenceChecks.$inferSelect, refereeId: string) {
  return issueLinkToken(db, {
    purpose: 'reference_referee',
    companyId: check.companyId,
    subjectId: refereeId,
    ttlMs: ttlUntil(check.linksExpireAt),
  });
}

/**
 * Sends a referee their link by the check's referee channel: the invitation (`reminder: 0`), a
 * numbered reminder, or the last one. Records the invitation email's id, so a bounce reported for
 * it marks the referee. Returns the link (for "copy link"), or null when the referee is unknown.
 */
export async function sendRefereeLink(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  companyId: string,
  refereeId: string,
  reminder: number | 'last' = 0,
) {
  const referee = await findReferee(db, companyId, refereeId);
  if (!referee) return null;
  const context = await loadCheckContext(db, companyId, referee.checkId);
  if (!context) return null;
  const { check, candidate } = context;
  const token = await issueRefereeToken(db, check, referee.id);
  const language = referee.language;
  const data = {
    refereeName: referee.name,
    candidateName: `${candidate.firstName} ${candidate.lastName}`,
    senderName: context.senderName,
    jobTitle: context.jobTitle,
    url: refereePageUrl(config, token),
    expiresOn: formatDay(check.linksExpireAt, language, context.timeZone),
    reminder,
  };
  const channel = check.refereeChannel;
  let emailId: string | null = null;
  if (sendsEmail(channel) && referee.email) {
    const message = await enqueueEmail(db, {
      companyId: check.companyId,
      to: referee.email,
      language,
      template: 'reference_referee_invite',
      data,
      senderName: context.senderName,
    });
    emailId = message.id;
  }
  if (sendsSms(channel) && referee.phone)
    await enqueueSms(db, {
      companyId: check.companyId,
      to: referee.phone,
      language,
      template: 'reference_referee_invite',
      data,
    });
  if (reminder === 0) {
    await updateReferee(db, companyId, referee.id, {
      invitedAt: sql`coalesce(${referees.invitedAt}, now())`,
      inviteMessageId: emailId ?? referee.inviteMessageId,
    });
  } else if (emailId) {
    await updateReferee(db, companyId, referee.id, { inviteMessageId: emailId });
  }
  return { url: data.url };
}
