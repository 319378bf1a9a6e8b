import type { Db } from '../../../platform/db/db.ts';
import type { PersonRows } from '../../../platform/person-data.ts';
import { candidateHiringData } from '../../hiring/index.ts';
import { candidateReferenceData, candidateReportPdfs } from '../../references/index.ts';
import { candidateReferralData } from '../../referrals/index.ts';
import { zipOf } from '../zip.ts';

/**
 * Everything held about one candidate, as a ZIP: one JSON file per table with their rows (every
 * module answers for its own tables), then their files (CVs) and each answered check's report PDF.
 */
export async function buildCandidateExport(db: Db, companyId: string, candidateId: string): Promise<Buffer> {
  const hiring = await candidateHiringData(db, companyId, candidateId);
  const rows: PersonRows = {
    ...hiring.rows,
    ...(await candidateReferenceData(db, companyId, candidateId)),
    ...(await candidateReferralData(db, companyId, candidateId)),
  };
  const reports = await candidateReportPdfs(db, companyId, candidateId);
  return zipOf(rows, [
    ...hiring.files.map((f) => ({ name: `files/${f.name}`, content: f.content })),
    ...reports.map((f) => ({ name: `reports/${f.name}`, content: f.content })),
  ]);
}
