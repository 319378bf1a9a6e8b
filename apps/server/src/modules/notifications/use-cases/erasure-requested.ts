import type { TDomainEventOf } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { activeAdminIds } from '../notifications.repo.ts';
import { notify } from './notify.ts';

/**
 * A candidate or referee asked to be erased: every active admin is told in the app (and by email
 * when they chose "each change"), without the person's name, so they can record a legal reason to
 * keep the data before the request falls due.
 */
export async function onErasureRequested(
  tx: Db,
  event: TDomainEventOf<'privacy.erasure_requested'>,
  options: { config: Pick<Config, 'publicUrl'> },
) {
  for (const membershipId of await activeAdminIds(tx, event.companyId)) {
    await notify(
      tx,
      event.companyId,
      {
        membershipId,
        kind: 'erasure_requested',
        referralId: null,
        params: { requestId: event.requestId, subject: event.subjectKind },
      },
      options,
    );
  }
}
