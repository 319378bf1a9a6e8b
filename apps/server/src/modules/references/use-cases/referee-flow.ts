import {
  allQuestions,
  answerProblem,
  CONSENT_TEXT_VERSION,
  missingRequired,
  type TAnswerValue,
  type TQuestion,
  type TRefereeDevice,
  type TRefereePage,
  type TRefereeStatus,
} from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, type FieldError, fieldProblem, notFound } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import { loadCheckContext } from '../check-messages.ts';
import { findRefereeLink, lockRefereeById, saveAnswerPatch, updateRefereeInStatus } from '../referee-page.repo.ts';
import { referees } from '../references.tables.ts';
import { linkExpired, publicBranding } from './check-branding.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';
import { detectFraudSignals } from './detect-fraud-signals.ts';

/**
 * The referee's side of a check, reached only through the link's token: read the page, consent,
 * save answers as they go, submit or decline. Nothing here ever reveals another referee or the
 * candidate's contact details.
 */

/** Checks a referee can still answer in. */
const RUNNING = ['awaiting_referees', 'in_progress'];
/** Referees who can still act; a bounced one who opens the link after all becomes `opened`. */
const ACTIVE: TRefereeStatus[] = ['invited', 'opened', 'bounced'];
const DONE: TRefereeStatus[] = ['answered', 'declined'];

/**
 * The referee and check a token opens. Unknown → 404; a link that ran out or was replaced, a check
 * that ended or was withdrawn → 410 `link_expired` with whom to contact. A referee who already
 * answered or declined still sees their page (the thank-you) while the check lasts.
 */
async function openLink(db: Db, token: string) {
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

async function pageOf(db: Db, { referee, check, questionnaire }: Opened): Promise<TRefereePage> {
  const context = await loadCheckContext(db, check.companyId, check.id);
  if (!context) throw notFound();
  return {
    branding: await publicBranding(db, check),
    language: referee.language,
    candidateName: `${context.candidate.firstName} ${context.candidate.lastName}`.trim(),
    jobTitle: context.jobTitle,
    refereeName: referee.name,
    relationship: referee.relationship,
    consentVersion: CONSENT_TEXT_VERSION,
    consentGiven: referee.consentAt !== null,
    questionnaire,
    answers: referee.answers,
    status: referee.status,
  };
}

/** The page; the first view marks the referee `opened` (also after a bounce: the link reached them). */
export async function refereePage(db: Db, token: string): Promise<TRefereePage> {
  const opened = await openLink(db, token);
  if (opened.referee.status === 'invited' || opened.referee.status === 'bounced') {
    const updated = await updateRefereeInStatus(
      db,
      opened.referee.companyId,
      opened.referee.id,
      ['invited', 'bounced'],
      {
        status: 'opened',
        openedAt: sql`coalesce(${referees.openedAt}, now())`,
        updatedAt: sql`now()`,
      },
    );
    if (updated) opened.referee = updated;
  }
  return pageOf(db, opened);
}

const alreadyDone = (status: string) =>
  new AppError(status === 'declined' ? 'referee_page.declined' : 'referee_page.answers_sent');

function assertActive(opened: Opened) {
  if (!ACTIVE.includes(opened.referee.status)) throw alreadyDone(opened.referee.status);
}

export async function giveConsent(
  db: Db,
  token: string,
  input: { consentVersion: string; device: TRefereeDevice; ip: string },
): Promise<TRefereePage> {
  if (input.consentVersion !== CONSENT_TEXT_VERSION)
    throw new AppError(
      'referee_page.consent_text_changed',
      {},
      {
        fieldErrors: [fieldProblem('consentVersion', 'referee_page.consent_text_changed')],
      },
    );
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    const updated = await updateRefereeInStatus(tx, opened.referee.companyId, opened.referee.id, ACTIVE, {
      consentAt: sql`now()`,
      consentVersion: input.consentVersion,
      ip: input.ip,
      device: input.device,
      status: 'opened',
      openedAt: sql`coalesce(${referees.openedAt}, now())`,
      updatedAt: sql`now()`,
    });
    if (!updated) throw alreadyDone(opened.referee.status);
    await detectFraudSignals(tx, opened.check.companyId, opened.check.id);
    return pageOf(tx, { ...opened, referee: updated });
  });
}

/** Token hash → what never changes about a link: its referee and the check's pinned questions. */
type SavePath = { companyId: string; refereeId: string; questions: Map<string, TQuestion> };
const savePaths = new Map<string, SavePath>();
const SAVE_PATHS_MAX = 10_000;

function remember(key: string, path: SavePath) {
  if (savePaths.size >= SAVE_PATHS_MAX) savePaths.delete(savePaths.keys().next().value as string);
  savePaths.set(key, path);
}

/**
 * Merges answers into what was saved; a null clears one. One UPDATE does the merge in the database
 * (jsonb `||`, then nulls stripped), so two saves from two tabs never lose each other's answers.
 * Saving runs on every few keystrokes, so after the first save of a link the referee and the
 * pinned questions come from memory (neither can change) and the save is that one UPDATE, whose
 * conditions re-check everything that can: the link, the referee's state, the consent, the check.
 */
export async function saveAnswers(
  db: Db,
  token: string,
  patch: Record<string, TAnswerValue | null>,
): Promise<{ savedAt: string }> {
  const key = sha256(token);
  let path = savePaths.get(key);
  if (!path) {
    const opened = await openLink(db, token);
    assertCanAnswer(opened.referee);
    path = {
      companyId: opened.referee.companyId,
      refereeId: opened.referee.id,
      questions: new Map(allQuestions(opened.questionnaire).map((q) => [q.id, q])),
    };
    remember(key, path);
  }
  const errors: FieldError[] = [];
  for (const [id, value] of Object.entries(patch)) {
    const question = path.questions.get(id);
    if (!question) errors.push(fieldProblem(`answers.${id}`, 'referee_page.not_a_question'));
    else if (value !== null) {
      const problem = answerProblem(question, value);
      if (problem) errors.push({ field: `answers.${id}`, message: problem });
    }
  }
  if (errors.length)
    throw new AppError(
      'unprocessable',
      {},
      { fieldErrors: errors, detail: `${errors[0].field}: ${errors[0].message}` },
    );
  const saved = await saveAnswerPatch(db, path.companyId, path.refereeId, token, ACTIVE, patch);
  if (saved) return { savedAt: saved.updatedAt.toISOString() };
  // Something changed since: the full look-up says what (404, 410 with whom to contact, or 409).
  savePaths.delete(key);
  const opened = await openLink(db, token);
  assertCanAnswer(opened.referee);
  throw new AppError('referee_page.answers_locked');
}

function assertCanAnswer(referee: typeof referees.$inferSelect) {
  if (!ACTIVE.includes(referee.status)) throw alreadyDone(referee.status);
  if (!referee.consentAt) throw new AppError('referee_page.consent_first');
}

/** Sends the answers: every required question answered, then the check's status and signals follow. */
export async function submitAnswers(db: Db, config: Pick<Config, 'publicUrl'>, token: string) {
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    const referee = (await lockRefereeById(tx, opened.referee.companyId, opened.referee.id))!;
    assertCanAnswer(referee);
    const missing = missingRequired(opened.questionnaire, referee.answers);
    if (missing.length)
      throw new AppError(
        missing.length === 1 ? 'referee_page.required_missing_one' : 'referee_page.required_missing',
        { count: missing.length },
        { fieldErrors: missing.map((id) => fieldProblem(`answers.${id}`, 'field.required')) },
      );
    const updated = (await updateRefereeInStatus(tx, referee.companyId, referee.id, null, {
      status: 'answered',
      answeredAt: sql`now()`,
      // Which link answered: the report marks an answer given through a link staff copied.
      answeredLinkHash: sha256(token),
      nextReminderAt: null,
      updatedAt: sql`now()`,
    }))!;
    await detectFraudSignals(tx, opened.check.companyId, opened.check.id);
    const change = await refreshCheckStatus(tx, opened.check.companyId, opened.check.id);
    await publish(tx, {
      type: 'reference_check.referee_answered',
      companyId: updated.companyId,
      refereeId: updated.id,
    });
    await afterCheckStatusChange(tx, config, change);
    return pageOf(tx, { ...opened, referee: updated });
  });
}

/** The referee would rather not give a reference; the recruiter sees the reason. */
export async function declineReference(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  token: string,
  reason: string | null,
) {
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    const updated = await updateRefereeInStatus(tx, opened.referee.companyId, opened.referee.id, ACTIVE, {
      status: 'declined',
      declineReason: reason,
      declinedAt: sql`now()`,
      answeredLinkHash: sha256(token),
      nextReminderAt: null,
      updatedAt: sql`now()`,
    });
    if (!updated) throw alreadyDone(opened.referee.status);
    await publish(tx, {
      type: 'reference_check.referee_declined',
      companyId: updated.companyId,
      refereeId: updated.id,
    });
    await afterCheckStatusChange(tx, config, await refreshCheckStatus(tx, opened.check.companyId, opened.check.id));
    return pageOf(tx, { ...opened, referee: updated });
  });
}
