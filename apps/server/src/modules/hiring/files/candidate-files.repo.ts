import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { candidateFiles } from '../hiring.tables.ts';
import type { CvFile } from './cv-file.ts';

/** Keeps a checked CV with the candidate; the company id is the candidate's (a composite key checks it). */
export async function saveCandidateCv(
  db: Db,
  companyId: string,
  candidateId: string,
  cv: CvFile,
  uploadedById: string | null,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(candidateFiles)
    .values({
      companyId,
      candidateId,
      kind: 'cv',
      fileName: cv.fileName,
      contentType: cv.contentType,
      sizeBytes: cv.sizeBytes,
      sha256: cv.sha256,
      content: cv.content,
      uploadedById,
    })
    .returning({ id: candidateFiles.id });
  return row;
}

const listed = {
  id: candidateFiles.id,
  kind: candidateFiles.kind,
  fileName: candidateFiles.fileName,
  contentType: candidateFiles.contentType,
  sizeBytes: candidateFiles.sizeBytes,
  createdAt: candidateFiles.createdAt,
};

/** A candidate's files, newest first, without their content. */
export function listCandidateFiles(db: Db, companyId: string, candidateId: string) {
  return db
    .select(listed)
    .from(candidateFiles)
    .where(and(eq(candidateFiles.companyId, companyId), eq(candidateFiles.candidateId, candidateId)))
    .orderBy(desc(candidateFiles.createdAt), desc(candidateFiles.id));
}

/** One file with its content, when it is this candidate's in this company. */
export async function readCandidateFile(db: Db, companyId: string, candidateId: string, fileId: string) {
  const [row] = await db
    .select({ ...listed, content: candidateFiles.content })
    .from(candidateFiles)
    .where(
      and(
        eq(candidateFiles.companyId, companyId),
        eq(candidateFiles.candidateId, candidateId),
        eq(candidateFiles.id, fileId),
      ),
    );
  return row;
}
