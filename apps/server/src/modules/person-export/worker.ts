import type { LoopLog } from '../../platform/background-loop.ts';
import type { Db } from '../../platform/db/db.ts';
import type { ClaimedWork, WorkHandler, WorkOutcome } from '../../platform/work/work-runner.ts';
import {
  dropExpiredPersonExports,
  findPersonExport,
  finishPersonExport,
  PERSON_EXPORT_WORK,
} from './person-export.repo.ts';
import { buildPersonExport } from './use-cases/build-export.ts';

/**
 * Builds one export's ZIP. It only reads and then writes its own row, so a worker killed halfway
 * leaves the export pending and the next claim builds it again from the start.
 */
async function buildExport(db: Db, item: ClaimedWork): Promise<WorkOutcome> {
  if (!item.companyId) return { tally: 'skipped' };
  const companyId = item.companyId;
  const row = await findPersonExport(db, companyId, item.subjectId);
  // Gone (expired and dropped) or already built by an earlier claim.
  if (!row) return { tally: 'skipped' };
  if (row.status !== 'pending') return { tally: 'skipped' };
  try {
    const zip = await buildPersonExport(db, companyId, row);
    return { tally: 'built', record: (tx) => finishPersonExport(tx, companyId, row.id, zip) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (item.retryAt()) return { tally: 'failed', retry: { error: message } };
    return { tally: 'dead', record: (tx) => finishPersonExport(tx, companyId, row.id, null) };
  }
}

export function personExportHandler(db: Db): WorkHandler {
  return {
    kind: PERSON_EXPORT_WORK,
    run: (item) => buildExport(db, item),
    abandoned: async (tx, items) => {
      for (const item of items) if (item.companyId) await finishPersonExport(tx, item.companyId, item.subjectId, null);
    },
  };
}

/** The exports' queue: one at a time, as each reads every table about a person. */
export function personExportQueue({ db }: { db: Db }) {
  return { handlers: [personExportHandler(db)], batchSize: 1 };
}

/** Expired exports dropped every few minutes. */
export const expiredExportsSweep = {
  name: 'expired person exports sweep',
  everyMs: 5 * 60_000,
  run: async ({ db, log }: { db: Db; log: LoopLog }) => {
    const dropped = await dropExpiredPersonExports(db, new Date());
    if (dropped) log.info({ dropped }, 'person exports past their link expiry dropped');
  },
};
