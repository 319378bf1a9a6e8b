import type { Database } from '../../../platform/db/db.ts';
import { discardImport, findUnfinishedImports } from '../contact-import-staging.repo.ts';
import { mergeStagedImport } from './merge-staged-import.ts';

/** On PostgreSQL other processes may be importing: only an import this long without progress was interrupted. */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Finishes what a stopped process left: an import that was still reading never had its whole file,
 * so it is discarded with its staged rows; one that was merging had all of it, so it carries on
 * from its first row not yet merged. The embedded database has one process, so at its start every
 * unfinished import was interrupted. Returns how many imports it finished either way.
 */
export async function recoverInterruptedImports(database: Database, now = new Date()): Promise<number> {
  const staleBefore = database.driver === 'pglite' ? now : new Date(now.getTime() - STALE_AFTER_MS);
  const unfinished = await findUnfinishedImports(database.db, staleBefore);
  for (const found of unfinished) {
    if (found.status === 'reading') await discardImport(database.db, found);
    else await mergeStagedImport(database.db, found, { sourceFormat: found.format, networkWasEmpty: false });
  }
  return unfinished.length;
}
