import type { TDomainEventOf } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { checkNoticeNames } from '../../references/index.ts';
import { notify } from './notify.ts';

type Options = { config: Pick<Config, 'publicUrl'> };

/**
 * A reference check needs attention (a referee declined, bounced or never answered, or the
 * candidate's reminders ran out): the member who started it is told in the app, and by email when
 * they chose "each change". A check nobody started in the app (an API's) tells nobody here.
 */
export async function onCheckNeedsAttention(
  tx: Db,
  event: TDomainEventOf<'reference_check.needs_attention'>,
  options: Options,
) {
  const facts = (await checkNoticeNames(tx, event.companyId, [event.checkId])).get(event.checkId);
  if (!facts?.createdById) return;
  await notify(
    tx,
    event.companyId,
    {
      membershipId: facts.createdById,
      kind: 'check_attention',
      referralId: null,
      params: { checkId: event.checkId, attention: event.reason },
    },
    options,
  );
}
