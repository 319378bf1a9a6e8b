import type { TPersonExportRequest } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import type { PersonRows } from '../../../platform/person-data.ts';
import { candidateHiringData, memberHiringData } from '../../hiring/index.ts';
import { memberNetworkData } from '../../network/index.ts';
import { memberNotificationData } from '../../notifications/index.ts';
import { candidateReferenceData, candidateReportPdfs, refereeReferenceData } from '../../references/index.ts';
import { candidateReferralData, referrerReferralData } from '../../referrals/index.ts';
import { memberTenancyData } from '../../tenancy/index.ts';
import { zipOf } from '../zip.ts';

/**
 * Everything held about one candidate, as a ZIP: one JSON file per table with their rows (every
 * module answers for its own tables), then their files (CVs) and each answered check's report PDF.
 */
async function buildCandidateExport(db: Db, companyId: string, candidateId: string): Promise<Buffer> {
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

/**
 * Everything held about a member: their login and membership, their own network, their work history,
 * the referrals they made and what they were told in the app. Module by module, one after another
 * (a transaction-free read, but one connection is kinder to the pool than six).
 */
async function buildMemberExport(db: Db, companyId: string, membershipId: string): Promise<Buffer> {
  const rows: PersonRows = {};
  for (const part of [
    memberTenancyData,
    memberNetworkData,
    memberHiringData,
    referrerReferralData,
    memberNotificationData,
  ])
    Object.assign(rows, await part(db, companyId, membershipId));
  return zipOf(rows, []);
}

/** The ZIP for one export's subject, by kind. */
export async function buildPersonExport(
  db: Db,
  companyId: string,
  { subjectKind, subjectId }: TPersonExportRequest,
): Promise<Buffer> {
  switch (subjectKind) {
    case 'candidate':
      return buildCandidateExport(db, companyId, subjectId);
    case 'referee':
      return zipOf(await refereeReferenceData(db, companyId, subjectId), []);
    case 'member':
      return buildMemberExport(db, companyId, subjectId);
  }
}
