import { CONSENT_TEXT_VERSION, type TCandidatePage } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { PublicCtx } from '../../platform/http/context.ts';
import { findLinkToken } from '../tenancy/index.ts';
import { findCandidatePageAbout } from './check-context.repo.ts';
import { findCheckRow, lockCheckRow } from './checks.repo.ts';
import { lockReferee } from './referee-state.ts';
import { candidateNamedReferees } from './referees.repo.ts';
import type { referees, referenceChecks } from './references.tables.ts';
import { checkLinksWork, linkExpired, publicBranding } from './use-cases/check-branding.ts';

/**
 * The candidate's page of a check, reached by the token in their link (the only credential): consent,
 * then their referees, which they can correct or withdraw until a referee starts answering (one use
 * case each in use-cases/). Here: what they share, the check behind the token and the page.
 */

type CheckRow = typeof referenceChecks.$inferSelect;

/** The check behind a candidate link: 404 for an unknown token, a friendly 410 when it no longer works. */
export async function checkOfToken(db: Db, token: string, { lock = false } = {}): Promise<CheckRow> {
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

export async function pageOf(db: Db, check: CheckRow): Promise<TCandidatePage> {
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
    instruction: check.instruction,
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

/** Runs a change through the token in a transaction; the check must still take referees. */
export async function changeThroughToken(
  ctx: PublicCtx,
  token: string,
  change: (tx: Db, check: CheckRow) => Promise<void>,
) {
  return ctx.db.transaction(async (tx) => {
    const check = await checkOfToken(tx, token, { lock: true });
    if (!isRunning(check)) throw new AppError('reference_check.already_complete');
    await change(tx, check);
    const fresh = await findCheckRow(tx, check.companyId, check.id);
    return pageOf(tx, fresh!);
  });
}

/** Only the candidate's own referees can be reached through their link. */
export async function assertOwn(tx: Db, check: CheckRow, refereeId: string) {
  const referee = await lockReferee(tx, check, refereeId);
  if (referee.addedBy !== 'candidate') throw notFound();
}
