import { CONSENT_TEXT_VERSION, type TCandidatePage, type TRefereeDevice } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { findLinkToken } from '../../tenancy/index.ts';
import { findCandidatePageAbout } from '../check-context.repo.ts';
import { findCheckRow, lockCheckRow, updateCheck } from '../checks.repo.ts';
import { lockReferee } from '../referee-state.ts';
import { candidateNamedReferees, countActiveReferees } from '../referees.repo.ts';
import { type referees, referenceChecks } from '../references.tables.ts';
import { afterRefereeChange } from './after-referee-change.ts';
import { checkLinksWork, linkExpired, publicBranding } from './check-branding.ts';
import { correctReferee } from './correct-referee.ts';
import { detectFraudSignals } from './detect-fraud-signals.ts';
import { addReferees } from './name-referees.ts';
import type { RefereeFields } from './referee-input.ts';
import { removeReferee } from './remove-referee.ts';

/**
 * The candidate's page of a check, reached by the token in their link (the only credential): consent,
 * then their referees, which they can correct or withdraw until a referee starts answering.
 */

type CheckRow = typeof referenceChecks.$inferSelect;

/** The check behind a candidate link: 404 for an unknown token, a friendly 410 when it no longer works. */
async function checkOfToken(db: Db, token: string, { lock = false } = {}): Promise<CheckRow> {
  const link = await findLinkToken(db, token, 'reference_candidate');
  if (!link?.subjectId) throw notFound('candidate_page.link_unknown');
  // A token only ever opens its own company's check.
  const { companyId, subjectId } = link;
  const check = !companyId
    ? null
    : lock
      ? await lockCheckRow(db, companyId, subjectId)
      : await findCheckRow(db, companyId, subjectId);
  if (!check) throw notFound('candidate_page.link_unknown');
  if (!link.usable || !checkLinksWork(check)) throw await linkExpired(db, check);
  return check;
}

const isRunning = (check: CheckRow) => check.status === 'awaiting_referees' || check.status === 'in_progress';
const started = (r: typeof referees.$inferSelect) =>
  r.startedAt !== null || ['answered', 'declined'].includes(r.status);

async function pageOf(db: Db, check: CheckRow): Promise<TCandidatePage> {
  const about = await findCandidatePageAbout(db, check.companyId, check.candidateId, check.jobId);
  // Only the referees the candidate named themselves, never the recruiter's.
  const own = await candidateNamedReferees(db, check.companyId, check.id);
  const open = isRunning(check);
  return {
    branding: await publicBranding(db, check),
    // The candidate's page speaks their language, as their email did.
    language: about.language,
    candidateFirstName: about.firstName,
    jobTitle: about.jobTitle,
    refereesWanted: check.refereesWanted,
    consentVersion: CONSENT_TEXT_VERSION,
    consentGiven: check.candidateConsentAt !== null,
    referees: own.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      phone: r.phone,
      relationship: r.relationship,
      company: r.company,
      workedTogether: r.workedTogether,
      language: r.language,
      status: r.status,
      editable: open && !started(r),
      attention:
        r.status === 'bounced'
          ? 'email_bounced'
          : r.candidateToldAt && (r.status === 'invited' || r.status === 'opened')
            ? 'not_answering'
            : null,
    })),
    checkOpen: open,
  };
}

export async function candidatePage(ctx: PublicCtx, token: string) {
  return pageOf(ctx.db, await checkOfToken(ctx.db, token));
}

/** Runs a change through the token in a transaction; the check must still take referees. */
async function changeThroughToken(ctx: PublicCtx, token: string, change: (tx: Db, check: CheckRow) => Promise<void>) {
  return ctx.db.transaction(async (tx) => {
    const check = await checkOfToken(tx, token, { lock: true });
    if (!isRunning(check)) throw new AppError('reference_check.already_complete');
    await change(tx, check);
    const fresh = await findCheckRow(tx, check.companyId, check.id);
    return pageOf(tx, fresh!);
  });
}

/** Records the candidate's consent: when, to which text, from which address and device. */
export const giveConsent = (
  ctx: PublicCtx,
  token: string,
  input: { consentVersion: string; device: TRefereeDevice; ip: string },
) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    if (input.consentVersion !== CONSENT_TEXT_VERSION)
      throw fieldError('consentVersion', 'candidate_page.consent_text_changed');
    await updateCheck(tx, check.companyId, check.id, {
      candidateConsentAt: sql`coalesce(${referenceChecks.candidateConsentAt}, now())`,
      candidateConsentVersion: input.consentVersion,
      candidateIp: input.ip,
      candidateDevice: input.device,
      updatedAt: sql`now()`,
    });
    await detectFraudSignals(tx, check.companyId, check.id);
  });

/** Names referees: consent first; up to the number wanted at a time (declined and bounced ones may be replaced). */
export const addCandidateReferees = (ctx: PublicCtx, token: string, inputs: RefereeFields[]) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    if (!check.candidateConsentAt) throw new AppError('candidate_page.consent_first');
    const active = await countActiveReferees(tx, check.companyId, check.id);
    const room = check.refereesWanted - active;
    if (inputs.length > room)
      throw room > 1
        ? fieldError('referees', 'candidate_page.referees_left', { count: room })
        : fieldError('referees', room === 1 ? 'candidate_page.referees_left_one' : 'candidate_page.referees_complete');
    await addReferees(tx, ctx.config, check, inputs, 'candidate', 'referees');
    await afterRefereeChange(tx, ctx.config, check);
  });

/** Only the candidate's own referees can be reached through their link. */
async function assertOwn(tx: Db, check: CheckRow, refereeId: string) {
  const referee = await lockReferee(tx, check, refereeId);
  if (referee.addedBy !== 'candidate') throw notFound();
}

export const correctCandidateReferee = (ctx: PublicCtx, token: string, refereeId: string, input: RefereeFields) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    await assertOwn(tx, check, refereeId);
    await correctReferee(tx, ctx.config, check, refereeId, input, 'candidate');
    await afterRefereeChange(tx, ctx.config, check);
  });

export const withdrawCandidateReferee = (ctx: PublicCtx, token: string, refereeId: string) =>
  changeThroughToken(ctx, token, async (tx, check) => {
    await assertOwn(tx, check, refereeId);
    await removeReferee(tx, check, refereeId, { onlyUnstarted: true });
    await afterRefereeChange(tx, ctx.config, check);
  });
