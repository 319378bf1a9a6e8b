import {
  CAREERS_CONSENT_VERSION,
  CONSENT_TEXT_VERSION,
  type TConsentRecord,
  type TConsentRecordList,
} from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCandidateRow, listCandidateConsents } from '../../hiring/index.ts';
import { listCheckConsentsOfCandidate } from '../consents.repo.ts';
import { scopeOf } from '../recruiter-check-change.ts';

type Row = Awaited<ReturnType<typeof listCheckConsentsOfCandidate>>[number];

const recordOf = (row: Row): TConsentRecord => ({
  person: row.refereeId ? 'referee' : 'candidate',
  refereeId: row.refereeId,
  refereeName: row.refereeName,
  purpose: 'reference_check',
  checkId: row.checkId,
  jobTitle: row.jobTitle,
  givenAt: (row.givenAt as Date).toISOString(),
  textVersion: row.textVersion,
  wording: null,
  currentText: row.textVersion === CONSENT_TEXT_VERSION,
});

type Application = Awaited<ReturnType<typeof listCandidateConsents>>[number];

const applicationRecordOf = (row: Application): TConsentRecord => ({
  person: 'candidate',
  refereeId: null,
  refereeName: null,
  purpose: row.purpose,
  checkId: null,
  jobTitle: row.jobTitle,
  givenAt: row.agreedAt.toISOString(),
  textVersion: row.textVersion,
  wording: row.text,
  currentText: row.textVersion === CAREERS_CONSENT_VERSION,
});

/**
 * The consents kept about a candidate: to their applications on the careers page, and to their
 * reference checks (theirs and their referees'), with the text version each agreed to. Within the sub-accounts the member is limited to; another company's
 * candidate is not found.
 */
export async function candidateConsents(ctx: Ctx, candidateId: string): Promise<TConsentRecordList> {
  if (!(await findCandidateRow(ctx.db, ctx.tenantId, candidateId))) throw notFound();
  const scope = await scopeOf(ctx);
  const [applications, own, refs] = await Promise.all([
    listCandidateConsents(ctx.db, ctx.tenantId, candidateId),
    listCheckConsentsOfCandidate(ctx.db, ctx.tenantId, candidateId, scope, 'candidate'),
    listCheckConsentsOfCandidate(ctx.db, ctx.tenantId, candidateId, scope, 'referee'),
  ]);
  return {
    items: [...applications.map(applicationRecordOf), ...own.map(recordOf), ...refs.map(recordOf)],
  };
}
