import {
  answerMinutes,
  CONSENT_TEXT_VERSION,
  firstNameOf,
  type TRefereePage,
  type TRefereeStatus,
} from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { loadCheckContext } from './check-messages.ts';
import { verificationView } from './referee-code.ts';
import { findRefereeLink } from './referee-page.repo.ts';
import { namedByOf } from './referee-state.ts';
import type { referees } from './references.tables.ts';
import { linkExpired, publicBranding } from './use-cases/check-branding.ts';

/**
 * The referee's side of a check, reached only through the link's token: read the page, consent,
 * save answers as they go, submit or decline (one use case each in use-cases/). Nothing here ever
 * reveals another referee or the candidate's contact details. Here: what they share, the link's
 * referee and check, the page, and who may still act.
 */

/** Checks a referee can still answer in. */
const RUNNING = ['awaiting_referees', 'in_progress'];

/** Referees who can still act; a bounced one who opens the link after all becomes `opened`. */
export const ACTIVE: TRefereeStatus[] = ['invited', 'opened', 'bounced'];

const DONE: TRefereeStatus[] = ['answered', 'declined'];

/**
 * The referee and check a token opens. Unknown → 404; a link that ran out or was replaced, a check
 * that ended or was withdrawn → 410 `link_expired` with whom to contact. A referee who already
 * answered or declined still sees their page (the thank-you) while the check lasts.
 */
export async function openLink(db: Db, token: string) {
  // One query from the token to the referee, their check and its questionnaire: saving is hot.
  const row = await findRefereeLink(db, token);
  if (!row) throw notFound('candidate_page.link_unknown');
  const { referee, check, questionnaire } = row;
  const link = { usable: Boolean(row.usable) };
  const status = referee.status;
  const checkEnded = check.status === 'cancelled' || check.status === 'expired' || check.linksExpireAt <= new Date();
  const stillOpen = RUNNING.includes(check.status) || DONE.includes(status);
  if (!link.usable || checkEnded || !stillOpen || status === 'removed') throw await linkExpired(db, check);
  return { referee, check, questionnaire };
}

type Opened = Awaited<ReturnType<typeof openLink>>;

export async function pageOf(db: Db, { referee, check, questionnaire }: Opened): Promise<TRefereePage> {
  const context = await loadCheckContext(db, check.companyId, check.id);
  if (!context) throw notFound();
  return {
    branding: await publicBranding(db, check),
    language: referee.language,
    candidateName: `${context.candidate.firstName} ${context.candidate.lastName}`.trim(),
    jobTitle: context.jobTitle,
    refereeName: referee.name,
    refereeFirstName: firstNameOf(referee.name),
    relationship: referee.relationship,
    namedBy: namedByOf(referee.addedBy),
    consentVersion: CONSENT_TEXT_VERSION,
    consentGiven: referee.consentAt !== null,
    questionnaire,
    minutes: answerMinutes(questionnaire),
    answers: referee.answers,
    status: referee.status,
    verification: verificationView(check.refereeVerification, referee),
  };
}

export const alreadyDone = (status: string) =>
  new AppError(status === 'declined' ? 'referee_page.declined' : 'referee_page.answers_sent');

export function assertActive(opened: Opened) {
  if (!ACTIVE.includes(opened.referee.status)) throw alreadyDone(opened.referee.status);
}

export function assertCanAnswer(referee: typeof referees.$inferSelect) {
  if (!ACTIVE.includes(referee.status)) throw alreadyDone(referee.status);
  if (!referee.consentAt) throw new AppError('referee_page.consent_first');
}
