import { sha256 } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import { publish } from '../../platform/events.ts';
import { noKeys, type PersonKeys } from '../../platform/person-keys.ts';
import { candidatesMatching } from '../hiring/index.ts';
import { refereesMatching } from '../references/index.ts';
import { markErasureRequestDone } from './erasure-requests.repo.ts';
import { erasePerson } from './machinery.ts';
import { insertReceipt } from './privacy.repo.ts';
import type { erasureRequests } from './privacy.tables.ts';

type Request = typeof erasureRequests.$inferSelect;

/**
 * Carries out a person's own request to be erased, in the caller's transaction (the request row
 * locked): the same machinery as an admin's erasure, from the candidate or referee who asked, and a
 * receipt. `actorMembershipId` is the admin who pressed "Erase now", or null for the job.
 */
export async function carryOutErasureRequest(tx: Db, request: Request, actorMembershipId: string | null, now: Date) {
  const { companyId } = request;
  const keys: PersonKeys =
    request.subjectKind === 'candidate'
      ? { ...noKeys(), candidateIds: request.candidateId ? [request.candidateId] : [] }
      : { ...noKeys(), refereeIds: request.refereeId ? [request.refereeId] : [] };
  const [found] =
    request.subjectKind === 'candidate'
      ? await candidatesMatching(tx, companyId, keys)
      : await refereesMatching(tx, companyId, keys);
  const email = found?.emailKey ?? null;
  const erased = await erasePerson(tx, companyId, keys, now);
  const receipt = await insertReceipt(tx, {
    companyId,
    subjectKind: request.subjectKind,
    emailSha256: email ? sha256(email.toLowerCase()) : null,
    erased,
    erasedById: actorMembershipId,
    erasedAt: now,
  });
  await markErasureRequestDone(tx, companyId, request.id, now, receipt.id);
  await publish(tx, {
    type: 'privacy.person_erased',
    companyId,
    receiptId: receipt.id,
    subjectKind: request.subjectKind,
    actorMembershipId,
  });
  return receipt;
}
