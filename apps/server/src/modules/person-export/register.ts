import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Db } from '../../platform/db/db.ts';
import { expiredExportsSweep, personExportQueue } from './worker.ts';

/** The person exports' background work (called once per app): building ZIPs, dropping expired ones. */
export function registerPersonExport({ background }: { background: BackgroundJobs<{ db: Db }> }) {
  background.addQueue({ name: 'person exports', build: personExportQueue });
  background.addPeriodic(expiredExportsSweep);
}
