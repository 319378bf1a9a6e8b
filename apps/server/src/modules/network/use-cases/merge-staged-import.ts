import type { Db } from '../../../platform/db/db.ts';
import { chunkSizer } from '../chunk-sizer.ts';
import {
  findOwnContactsByKeys,
  type ImportScope,
  insertContacts,
  lockOwnerContacts,
  moveContactsToImport,
  updateContacts,
} from '../contact-import.repo.ts';
import { finishMerging, nextStagedRows, recordMerged } from '../contact-import-staging.repo.ts';
import { planBatch, valuesOf } from '../contact-merge.ts';
import { afterContactsExcluded } from '../excluded-contacts.ts';
import { indexExclusions, isExcluded } from '../exclusion-match.ts';
import { listExclusionRules } from '../exclusions.repo.ts';
import { nextTurn } from '../import/index.ts';
import { keysOf, trackWrittenKeys } from '../written-keys.ts';

/**
 * Staged rows per merge transaction: as many as fit in about 100 ms, since on the embedded database
 * every other request waits for the transaction; 1,000 at most, which PostgreSQL writes in far less.
 */
const MERGE_CHUNKS = { min: 100, max: 1000, targetMs: 100 };

/**
 * Merges an import's staged rows into the owner's contacts, a chunk per transaction, in file order,
 * with the event loop given a turn between chunks. Each chunk's rows are deleted from staging and
 * counted in the transaction that writes them, so this can be called again after an interruption
 * and carries on from the first row not yet merged. `networkWasEmpty` (known only when the import
 * began in this process) lets a first import skip looking up keys no earlier chunk wrote.
 * An excluded row never adds a contact but updates the one the owner has, whose referrals are then
 * withdrawn (`afterContactsExcluded`): a re-import must not keep an excluded person at their old employer.
 * Excluded rows were counted while the file was read.
 */
export async function mergeStagedImport(
  db: Db,
  scope: ImportScope,
  options: { sourceFormat: string; networkWasEmpty: boolean },
): Promise<void> {
  const exclusions = indexExclusions(await listExclusionRules(db, scope.companyId));
  const writtenKeys = trackWrittenKeys(options.networkWasEmpty);
  const chunks = chunkSizer(MERGE_CHUNKS);
  for (;;) {
    const began = performance.now();
    const merged = await db.transaction(async (tx) => {
      // Other writers of the owner's contacts (deleting them, a recovery) wait for the chunk, not the file.
      await lockOwnerContacts(tx, scope.ownerId);
      const staged = await nextStagedRows(tx, scope, chunks.rows);
      if (!staged.length) {
        await finishMerging(tx, scope);
        return 0;
      }
      const values = staged.map(valuesOf);
      const keys = keysOf(values);
      const existing = writtenKeys.mayMatch(keys) ? await findOwnContactsByKeys(tx, scope, keys) : [];
      const plan = planBatch(values, existing, (row) => isExcluded(row, exclusions));
      await insertContacts(tx, scope, options.sourceFormat, plan.inserts);
      await updateContacts(tx, scope, plan.updates);
      await moveContactsToImport(tx, scope, plan.untouchedIds);
      const excluded = { companyId: scope.companyId, ownerMembershipId: scope.ownerId, contactIds: plan.excludedIds };
      await afterContactsExcluded(tx, excluded);
      await recordMerged(tx, scope, staged[staged.length - 1].seq, plan.counts);
      // A chunk that fails ends this merge; merging again later starts without remembered keys.
      writtenKeys.remember(plan.inserts);
      writtenKeys.remember(plan.updates);
      return staged.length;
    });
    if (!merged) return;
    chunks.record(merged, performance.now() - began);
    await nextTurn();
  }
}
