import type { Db } from '../../platform/db/db.ts';

/**
 * What must follow, in the import's transaction, when a re-import shows that people an employee
 * already has are now on the company's exclude list (they moved to an excluded company, or an
 * excluded address or profile is theirs now). The network hides the contacts itself; what they were
 * passed on as belongs to the referrals module, which registers here when it loads, so the network
 * never imports it (the same pattern as hiring's step hooks).
 */
export type ExcludedContacts = { companyId: string; ownerMembershipId: string; contactIds: string[] };
export type ExcludedContactsHook = (tx: Db, excluded: ExcludedContacts) => Promise<void>;

export function onContactsExcluded(hook: ExcludedContactsHook) {
  registeredHooks().push(hook);
}

export async function afterContactsExcluded(tx: Db, excluded: ExcludedContacts) {
  if (!excluded.contactIds.length) return;
  for (const hook of registeredHooks()) await hook(tx, excluded);
}

/**
 * Kept on the function itself rather than in a module-level const: the referrals module registers
 * while this module's imports may still be loading (the modules' imports go round in a circle), and
 * a const does not exist until its line has run, where a function declaration already does.
 */
function registeredHooks(): ExcludedContactsHook[] {
  const holder = registeredHooks as typeof registeredHooks & { hooks?: ExcludedContactsHook[] };
  holder.hooks ??= [];
  return holder.hooks;
}
