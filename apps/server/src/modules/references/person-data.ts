import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { PersonFile, PersonRows } from '../../platform/person-data.ts';
import { findCompanyReportHeader } from './check-contacts.repo.ts';
import { loadCheckView } from './checks.repo.ts';
import { referees, referenceCheckEvents, referenceChecks, referenceFraudSignals } from './references.tables.ts';
import { renderReportPdf } from './report-pdf.ts';
import { reportOfCheck } from './use-cases/report.ts';

/**
 * Everything reference checks hold about one candidate: their checks, the referees they named with
 * those referees' answers and consents, the checks' timelines and fraud signals. The caller decides
 * who may see it (an admin's export).
 */
export async function candidateReferenceData(db: Db, companyId: string, candidateId: string): Promise<PersonRows> {
  const checks = await db
    .select()
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.candidateId, candidateId)));
  const checkIds = checks.map((c) => c.id);
  if (!checkIds.length) return { reference_checks: [] };
  const ofChecks = <T extends typeof referees | typeof referenceCheckEvents | typeof referenceFraudSignals>(t: T) =>
    and(eq(t.companyId, companyId), inArray(t.checkId, checkIds));
  return {
    reference_checks: checks,
    referees: await db.select().from(referees).where(ofChecks(referees)),
    reference_check_events: await db.select().from(referenceCheckEvents).where(ofChecks(referenceCheckEvents)),
    reference_fraud_signals: await db.select().from(referenceFraudSignals).where(ofChecks(referenceFraudSignals)),
  };
}

/** The report of each of the candidate's checks that has answers, as the PDF a recruiter downloads. */
export async function candidateReportPdfs(db: Db, companyId: string, candidateId: string): Promise<PersonFile[]> {
  const checks = await db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.candidateId, candidateId)));
  if (!checks.length) return [];
  const company = await findCompanyReportHeader(db, companyId);
  const files: PersonFile[] = [];
  for (const { id } of checks) {
    const view = await loadCheckView(db, companyId, id);
    if (!view) continue;
    const report = await reportOfCheck(db, companyId, view);
    if (!report.responses.length) continue;
    files.push({ name: `report-${id}.pdf`, content: await renderReportPdf(report, company) });
  }
  return files;
}

/**
 * Everything reference checks hold about one referee: every time this company's checks named them
 * (found by their email when they have one), with their answers, consents and devices, the
 * timeline lines and fraud signals about them. The hash of the link they answered through is the
 * company's record of a secret, not something they gave, so it stays out.
 */
export async function refereeReferenceData(db: Db, companyId: string, refereeId: string): Promise<PersonRows> {
  const [start] = await db
    .select({ id: referees.id, emailKey: referees.emailKey })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.id, refereeId)));
  if (!start) return {};
  const sameReferee = start.emailKey ? eq(referees.emailKey, start.emailKey) : eq(referees.id, start.id);
  const rows = await db
    .select()
    .from(referees)
    .where(and(eq(referees.companyId, companyId), sameReferee));
  const ids = rows.map((r) => r.id);
  const ofReferees = <T extends typeof referenceCheckEvents | typeof referenceFraudSignals>(t: T) =>
    and(eq(t.companyId, companyId), inArray(t.refereeId, ids));
  return {
    referees: rows.map(({ answeredLinkHash: _secret, ...row }) => row),
    reference_check_events: (await db.select().from(referenceCheckEvents).where(ofReferees(referenceCheckEvents))).map(
      ({ linkHash: _secret, ...row }) => row,
    ),
    reference_fraud_signals: await db.select().from(referenceFraudSignals).where(ofReferees(referenceFraudSignals)),
  };
}
