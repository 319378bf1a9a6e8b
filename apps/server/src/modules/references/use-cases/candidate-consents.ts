import {
  CAREERS_CONSENT_VERSION,
  CONSENT_TEXT_VERSION,
  type TConsentRecord,
  type TConsentRecordList,
} from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findCandidateRow, listCandidateConsents } from '../../hiring/index.ts';
import { listCandidateCheckConsents, listRefereeConsentsOfCandidate } from '../consents.repo.ts';
import { scopeOf } from '../recruiter-check-change.ts';

type Row = { checkId: string; jobTitle: string | null; givenAt: Date | null; textVersion: string | null };

const recordOf = (row: Row, referee: { id: string; name: string } | null): TConsentRecord => ({
  person: referee ? 'referee' : 'candidate',
  refereeId: referee?.id ?? null,
  refereeName: referee?.name ?? null,
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
    listCandidateCheckConsents(ctx.db, ctx.tenantId, candidateId, scope),
    listRefereeConsentsOfCandidate(ctx.db, ctx.tenantId, candidateId, scope),
  ]);
  return {
    items: [
      ...applications.map(applicationRecordOf),
      ...own.map((row) => recordOf(row, null)),
      ...refs.map((row) => recordOf(row, { id: row.refereeId, name: row.refereeName })),
    ],
  };
}
