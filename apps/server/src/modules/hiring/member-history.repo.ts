import type { TEducationEntry, TEducationItem } from '@vouch/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { education, workHistory } from './hiring.tables.ts';
import { companyKey } from './normalize.ts';

type Owner = { candidateId: string } | { membershipId: string };

const workOwner = (owner: Owner) =>
  'candidateId' in owner
    ? eq(workHistory.candidateId, owner.candidateId)
    : eq(workHistory.membershipId, owner.membershipId);
const educationOwner = (owner: Owner) =>
  'candidateId' in owner
    ? eq(education.candidateId, owner.candidateId)
    : eq(education.membershipId, owner.membershipId);

/** A candidate's or member's work history, in the order they gave. */
export async function listWorkHistory(db: Db, companyId: string, owner: Owner) {
  const rows = await db
    .select()
    .from(workHistory)
    .where(and(eq(workHistory.companyId, companyId), workOwner(owner)))
    .orderBy(asc(workHistory.position));
  return rows.map((w) => ({
    id: w.id,
    companyName: w.companyName,
    title: w.title,
    startDate: w.startDate,
    endDate: w.endDate,
  }));
}

/** A candidate's or member's education, in the order they gave. */
export async function listEducation(db: Db, companyId: string, owner: Owner): Promise<TEducationItem[]> {
  const rows = await db
    .select()
    .from(education)
    .where(and(eq(education.companyId, companyId), educationOwner(owner)))
    .orderBy(asc(education.position));
  return rows.map((e) => ({
    id: e.id,
    schoolName: e.schoolName,
    degree: e.degree,
    fieldOfStudy: e.fieldOfStudy,
    startDate: e.startDate,
    endDate: e.endDate,
  }));
}

/** Education is edited as a whole list, like work history; replacing it keeps the order given. */
export async function replaceEducation(db: Db, companyId: string, owner: Owner, entries: TEducationEntry[]) {
  await db.delete(education).where(and(eq(education.companyId, companyId), educationOwner(owner)));
  if (!entries.length) return;
  await db.insert(education).values(
    entries.map((e, position) => ({
      companyId,
      ...owner,
      schoolName: e.schoolName,
      schoolKey: companyKey(e.schoolName),
      degree: e.degree,
      fieldOfStudy: e.fieldOfStudy,
      startDate: e.startDate,
      endDate: e.endDate,
      position,
    })),
  );
}
