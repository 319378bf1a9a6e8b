import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { PersonFile, PersonRows } from '../../platform/person-data.ts';
import {
  candidateConsents,
  candidateFiles,
  candidates,
  education,
  placementEvents,
  placements,
  workHistory,
} from './hiring.tables.ts';

/**
 * Everything hiring holds about one candidate, table by table (files without their bytes, which
 * come back beside the rows). Empty when the id is not this company's candidate.
 */
export async function candidateHiringData(
  db: Db,
  companyId: string,
  candidateId: string,
): Promise<{ rows: PersonRows; files: PersonFile[] }> {
  const [candidate] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId)));
  if (!candidate) return { rows: {}, files: [] };
  // The search vector is derived from the other columns: an index, not something held about them.
  const { searchVector: _search, ...candidateRow } = candidate;
  const placementRows = await db
    .select()
    .from(placements)
    .where(and(eq(placements.companyId, companyId), eq(placements.candidateId, candidateId)));
  const placementIds = placementRows.map((p) => p.id);
  const events = placementIds.length
    ? await db
        .select()
        .from(placementEvents)
        .where(and(eq(placementEvents.companyId, companyId), inArray(placementEvents.placementId, placementIds)))
    : [];
  const fileRows = await db
    .select()
    .from(candidateFiles)
    .where(and(eq(candidateFiles.companyId, companyId), eq(candidateFiles.candidateId, candidateId)));
  return {
    rows: {
      candidates: [candidateRow],
      work_history: await db
        .select()
        .from(workHistory)
        .where(and(eq(workHistory.companyId, companyId), eq(workHistory.candidateId, candidateId))),
      education: await db
        .select()
        .from(education)
        .where(and(eq(education.companyId, companyId), eq(education.candidateId, candidateId))),
      placements: placementRows,
      placement_events: events,
      candidate_files: fileRows.map(({ content: _content, ...row }) => row),
      candidate_consents: await db
        .select()
        .from(candidateConsents)
        .where(and(eq(candidateConsents.companyId, companyId), eq(candidateConsents.candidateId, candidateId))),
    },
    files: fileRows.map((f) => ({ name: `${f.id}-${f.fileName}`, content: f.content })),
  };
}

/** A member's own work history and education (what they filled in so colleagues' connections find them). */
export async function memberHiringData(db: Db, companyId: string, membershipId: string): Promise<PersonRows> {
  return {
    work_history: await db
      .select()
      .from(workHistory)
      .where(and(eq(workHistory.companyId, companyId), eq(workHistory.membershipId, membershipId))),
    education: await db
      .select()
      .from(education)
      .where(and(eq(education.companyId, companyId), eq(education.membershipId, membershipId))),
  };
}
