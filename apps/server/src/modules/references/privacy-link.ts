import type { TPrivacyPage, TPrivacySubject } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { notFound } from '../../platform/errors.ts';
import { findLinkToken } from '../tenancy/index.ts';
import { findCheckContext } from './check-context.repo.ts';
import { findCheckRow, lockCheckRow } from './checks.repo.ts';
import { findQuestionnaireContent } from './questionnaires.repo.ts';
import { candidateNamedReferees, findReferee } from './referees.repo.ts';
import type { referees, referenceChecks } from './references.tables.ts';
import { answerText, PDF_LABELS } from './report-labels.ts';
import { linkExpired, publicBranding } from './use-cases/check-branding.ts';

/**
 * The privacy page of a candidate or referee, reached through the link they already hold (the
 * token is the only credential, as on their page). Unlike their page it keeps working after the
 * check ended or they withdrew, for as long as the link itself: they may still want to see what
 * they gave or ask for erasure. An erasure revokes the link, and then it answers 410.
 */

type CheckRow = typeof referenceChecks.$inferSelect;
type RefereeRow = typeof referees.$inferSelect;

export type PrivacyHolder =
  | { subject: 'candidate'; companyId: string; check: CheckRow }
  | { subject: 'referee'; companyId: string; check: CheckRow; referee: RefereeRow };

const PURPOSE = { candidate: 'reference_candidate', referee: 'reference_referee' } as const;

/** Who holds this link: 404 for a token unknown for this kind of person, 410 when it stopped working. */
export async function privacyHolderOf(
  db: Db,
  subject: TPrivacySubject,
  token: string,
  { lock = false } = {},
): Promise<PrivacyHolder> {
  const link = await findLinkToken(db, token, PURPOSE[subject]);
  if (!link?.subjectId || !link.companyId) throw notFound('candidate_page.link_unknown');
  // A token only ever opens its own company's rows.
  const { companyId, subjectId } = link;
  const referee = subject === 'referee' ? await findReferee(db, companyId, subjectId) : null;
  const checkId = subject === 'candidate' ? subjectId : referee?.checkId;
  const check = !checkId
    ? null
    : lock
      ? await lockCheckRow(db, companyId, checkId)
      : await findCheckRow(db, companyId, checkId);
  if (!check || (subject === 'referee' && !referee)) throw notFound('candidate_page.link_unknown');
  if (!link.usable || check.linksExpireAt <= new Date()) throw await linkExpired(db, check);
  return referee ? { subject, companyId, check, referee } : { subject: 'candidate', companyId, check };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What the person gave, as their privacy page shows it (the erasure request is the privacy module's). */
export async function privacyViewOf(db: Db, holder: PrivacyHolder): Promise<Omit<TPrivacyPage, 'erasure'>> {
  const { check } = holder;
  const context = await findCheckContext(db, check.companyId, check.id);
  if (!context) throw notFound('candidate_page.link_unknown');
  const branding = await publicBranding(db, check);
  const candidateName = `${context.candidate.firstName} ${context.candidate.lastName}`.trim();
  if (holder.subject === 'candidate') {
    const named = await candidateNamedReferees(db, check.companyId, check.id);
    return {
      subject: 'candidate',
      branding,
      language: context.candidate.language,
      name: candidateName,
      email: context.candidate.email,
      phone: context.candidate.phone,
      jobTitle: context.jobTitle,
      candidateName: null,
      consent: {
        givenAt: iso(check.candidateConsentAt),
        textVersion: check.candidateConsentVersion,
        withdrawnAt: iso(check.candidateConsentWithdrawnAt),
      },
      answers: [],
      referees: named.map((r) => ({ name: r.name, email: r.email, phone: r.phone, status: r.status })),
      canWithdraw: !check.candidateConsentWithdrawnAt && check.candidateConsentAt !== null,
    };
  }
  const { referee } = holder;
  return {
    subject: 'referee',
    branding,
    language: referee.language,
    name: referee.name,
    email: referee.email,
    phone: referee.phone,
    jobTitle: context.jobTitle,
    candidateName,
    consent: {
      givenAt: iso(referee.consentAt),
      textVersion: referee.consentVersion,
      withdrawnAt: iso(referee.consentWithdrawnAt),
    },
    answers: await answersInWords(db, check, referee),
    referees: [],
    canWithdraw: !referee.consentWithdrawnAt && referee.status !== 'removed',
  };
}

/** Each answered question with its answer in words, in the referee's language. */
async function answersInWords(db: Db, check: CheckRow, referee: RefereeRow) {
  const content = await findQuestionnaireContent(db, check.companyId, check.versionId);
  if (!content) return [];
  const labels = PDF_LABELS[referee.language];
  return content.sections.flatMap((section) =>
    section.questions
      .filter((q) => referee.answers[q.id] !== undefined)
      .map((q) => ({ question: q.label, answer: answerText(q, referee.answers[q.id], labels) })),
  );
}
