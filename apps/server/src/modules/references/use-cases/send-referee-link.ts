import { answerMinutes, firstNameOf, type TLanguage, type TQuestionnaireContent } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail, enqueueSms } from '../../messaging/index.ts';
import { type CheckContext, formatDay, loadCheckContext, sendsEmail, sendsSms } from '../check-messages.ts';
import { issueRefereeToken, privacyPageUrl, refereePageUrl } from '../link-tokens.ts';
import { findQuestionnaireIn } from '../referee-page.repo.ts';
import { namedByOf } from '../referee-state.ts';
import { findReferee, type RefereeRow, updateReferee } from '../referees.repo.ts';
import { referees } from '../references.tables.ts';

/**
 * What the links to several referees of one check share, read once for all of them: the check's
 * context, and the questionnaire of each language asked for (the invitation says how long it takes).
 */
export type RefereeLinkBatch = {
  context: CheckContext;
  questionnaires: Map<TLanguage, Promise<TQuestionnaireContent | null>>;
};

/** The batch for a check, or null when the company has no such check. */
export async function refereeLinkBatch(db: Db, companyId: string, checkId: string): Promise<RefereeLinkBatch | null> {
  const context = await loadCheckContext(db, companyId, checkId);
  return context ? { context, questionnaires: new Map() } : null;
}

function questionnaireOf(db: Db, batch: RefereeLinkBatch, language: TLanguage) {
  const { check } = batch.context;
  let found = batch.questionnaires.get(language);
  if (!found) {
    found = findQuestionnaireIn(db, check.companyId, check.id, language);
    batch.questionnaires.set(language, found);
  }
  return found;
}

/**
 * Sends a referee their link by the check's referee channel: the invitation (`reminder: 0`), a
 * numbered reminder, or the last one. Records the invitation's id (the email's, else the text's), so
 * a bounce or failed delivery reported for it marks the referee. Returns the link (for "copy link"), or null when the referee is unknown.
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
  const batch = await refereeLinkBatch(db, companyId, referee.checkId);
  if (!batch) return null;
  return sendRefereeLinkIn(db, config, batch, referee, { reminder });
}

/**
 * `sendRefereeLink` for a referee of the batch's check whose row the caller has. `restart` (an
 * invitation only) also starts the reminder clock again from now, in the same update.
 */
export async function sendRefereeLinkIn(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  batch: RefereeLinkBatch,
  referee: RefereeRow,
  { reminder = 0, restart = false }: { reminder?: number | 'last'; restart?: boolean } = {},
) {
  const { context } = batch;
  const { check, candidate } = context;
  const token = await issueRefereeToken(db, check, referee.id);
  const language = referee.language;
  const questionnaire = await questionnaireOf(db, batch, language);
  const data = {
    refereeFirstName: firstNameOf(referee.name),
    // The promise their page repeats, from the questions they will get.
    minutes: questionnaire ? answerMinutes(questionnaire) : 1,
    candidateName: `${candidate.firstName} ${candidate.lastName}`,
    senderName: context.senderName,
    jobTitle: context.jobTitle,
    url: refereePageUrl(config, token),
    privacyUrl: privacyPageUrl(refereePageUrl(config, token)),
    expiresOn: formatDay(check.linksExpireAt, language, context.timeZone),
    reminder,
    namedBy: namedByOf(referee.addedBy),
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
  let smsId: string | null = null;
  if (sendsSms(channel) && referee.phone) {
    const message = await enqueueSms(db, {
      companyId: check.companyId,
      to: referee.phone,
      language,
      template: 'reference_referee_invite',
      data,
    });
    smsId = message.id;
  }
  // The email when there is one: a failed text beside a delivered email does not stall anything.
  const sentId = emailId ?? smsId;
  if (reminder === 0) {
    await updateReferee(db, check.companyId, referee.id, {
      inviteMessageId: sentId ?? referee.inviteMessageId,
      ...(restart
        ? // The scheduler counts reminders from `invitedAt`.
          { invitedAt: sql`now()`, remindersSent: 0, candidateToldAt: null, updatedAt: sql`now()` }
        : { invitedAt: sql`coalesce(${referees.invitedAt}, now())` }),
    });
  } else if (sentId) {
    await updateReferee(db, check.companyId, referee.id, { inviteMessageId: sentId });
  }
  return { url: data.url };
}
