import type { TPrivacyPage } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { type PrivacyHolder, privacyViewOf } from '../references/index.ts';
import { findErasureRequestOf } from './erasure-requests.repo.ts';

/** Whom an erasure request of this link's holder names: the candidate (not the check) or the referee. */
export const subjectOf = (holder: PrivacyHolder) => ({
  companyId: holder.companyId,
  subjectKind: holder.subject,
  subjectId: holder.subject === 'candidate' ? holder.check.candidateId : holder.referee.id,
});

/** The privacy page: what the person gave (from the references module) and their erasure request. */
export async function privacyPageOf(db: Db, holder: PrivacyHolder): Promise<TPrivacyPage> {
  const view = await privacyViewOf(db, holder);
  const request = await findErasureRequestOf(db, subjectOf(holder));
  return {
    ...view,
    erasure: request
      ? { requestedAt: request.requestedAt.toISOString(), dueAt: request.dueAt.toISOString(), kept: !!request.keptAt }
      : null,
  };
}
