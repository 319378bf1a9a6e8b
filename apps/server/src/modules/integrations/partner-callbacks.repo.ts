import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { referenceChecks } from '../references/index.ts';

/** Which partner started one of the company's checks, where to call it back and whether it was told. */
export async function findPartnerCallback(db: Db, companyId: string, checkId: string) {
  const [check] = await db
    .select({
      companyId: referenceChecks.companyId,
      partner: referenceChecks.partner,
      url: referenceChecks.partnerCallbackUrl,
      sentAt: referenceChecks.partnerCallbackSentAt,
    })
    .from(referenceChecks)
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return check ?? null;
}

/** The check remembers when its partner was told (the first time only). */
export async function markPartnerCallbackSent(db: Db, companyId: string, checkId: string, now: Date) {
  await db
    .update(referenceChecks)
    .set({ partnerCallbackSentAt: now })
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.id, checkId),
        isNull(referenceChecks.partnerCallbackSentAt),
      ),
    );
}
