import type { TDomainEventOf } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { publish } from '../../platform/events.ts';

/**
 * What must follow, in the import's transaction, when a re-import shows that people an employee
 * already has are now on the company's exclude list (they moved to an excluded company, or an
 * excluded address or profile is theirs now). The network hides the contacts itself; what they were
 * passed on as belongs to the referrals module, which subscribes to `contacts.excluded`, so the
 * network never imports it.
 */
export type ExcludedContacts = Omit<TDomainEventOf<'contacts.excluded'>, 'type'>;

export async function afterContactsExcluded(tx: Db, excluded: ExcludedContacts) {
  if (!excluded.contactIds.length) return;
  await publish(tx, { type: 'contacts.excluded', ...excluded });
}
