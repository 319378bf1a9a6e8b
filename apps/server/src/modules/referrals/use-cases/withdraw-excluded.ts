import type { TReferralStatus } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import type { ExcludedContacts } from '../../network/index.ts';
import { lockReferralsToWithdraw, withdrawReferral } from '../excluded-referrals.repo.ts';
import { isClosedStatus, recordReferralEvent } from '../referral-status.ts';

/**
 * An employee's re-import showed that people they passed on are now on the exclude list (they moved
 * to an excluded company, or an excluded address is theirs now). In the import's transaction, each
 * such referral leaves every recruiter's view and the integration API, an open one as `withdrawn`,
 * and its timeline says why; the employee sees it as withdrawn because excluded. A hire stays as it
 * was. Registered with the network module when the referrals module loads.
 */
export async function withdrawExcludedReferrals(tx: Db, excluded: ExcludedContacts) {
  for (const referral of await lockReferralsToWithdraw(tx, excluded)) {
    const from = referral.status;
    const to: TReferralStatus = isClosedStatus(from) ? from : 'withdrawn';
    await withdrawReferral(tx, excluded.companyId, referral, to);
    await recordReferralEvent(tx, {
      companyId: excluded.companyId,
      referralId: referral.id,
      kind: 'excluded',
      from,
      to,
      // Nobody did it: the exclude list did.
      actorMembershipId: null,
    });
  }
}
