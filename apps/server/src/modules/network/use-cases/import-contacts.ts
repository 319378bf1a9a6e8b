import type { TContactImportSummary, TRejectedRow } from '@vouch/contracts';
import { AppError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import {
  findOwnContactsByKeys,
  finishImport,
  type ImportCounts,
  type ImportScope,
  insertContacts,
  insertImport,
  lockOwnerContacts,
  moveContactsToImport,
  ownerHasContacts,
  updateContacts,
} from '../contact-import.repo.ts';
import { planBatch, valuesOf } from '../contact-merge.ts';
import { loadOwnImportSummary } from '../contacts.repo.ts';
import { afterContactsExcluded } from '../excluded-contacts.ts';
import { indexExclusions, isExcluded } from '../exclusion-match.ts';
import { listExclusionRules } from '../exclusions.repo.ts';
import {
  type ByteSource,
  type ColumnMapping,
  type Contact,
  detectFormat,
  type ImportFormat,
  ImportLimitError,
  parseContacts,
} from '../import/index.ts';
import { keysOf, trackWrittenKeys } from '../written-keys.ts';

/** Rows per INSERT/UPDATE: big enough to amortise a round trip, far below PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 1000;
/** Rejected rows kept for the summary; a broken file can reject every row, the count still says how many. */
const MAX_REJECTED_ROWS = 1000;
/** More than the parser looks at to tell the format, for naming the format an 'auto' import found. */
const SNIFF_BYTES = 64 * 1024;

export type ImportRequest = {
  fileName: string;
  file: ByteSource;
  format: ImportFormat | 'auto';
  mapping?: ColumnMapping;
  hasHeaderRow?: boolean;
};

/**
 * Streams the file into the caller's contacts in one transaction: a file that turns out unreadable
 * or over a limit halfway leaves nothing behind. Excluded people are counted and never added; one the
 * caller already has is updated (and so hidden by the exclusion), and what they passed them on as is
 * withdrawn (see planBatch).
 */
export async function importContacts(ctx: Ctx, upload: ImportRequest): Promise<TContactImportSummary> {
  const exclusions = indexExclusions(await listExclusionRules(ctx.db, ctx.tenantId));
  const scope: ImportScope = {
    companyId: ctx.tenantId,
    ownerId: ctx.actor.membershipId,
    importId: crypto.randomUUID(),
  };
  const head: Buffer[] = [];
  let headBytes = 0;
  async function* recordingHead(source: ByteSource) {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (headBytes < SNIFF_BYTES) {
        head.push(Buffer.from(chunk));
        headBytes += chunk.length;
      }
      yield chunk;
    }
  }
  // The parser has read the start of the file before it yields a row, so this is known by the first write.
  const formatFound = (): ImportFormat => {
    if (upload.format !== 'auto') return upload.format;
    const detected = detectFormat(Buffer.concat(head));
    return detected === 'binary' || detected === 'empty' ? 'csv' : detected;
  };

  await ctx.db.transaction(async (tx) => {
    await lockOwnerContacts(tx, scope.ownerId);
    await insertImport(tx, scope, upload.fileName.slice(0, 255), upload.format === 'auto' ? 'csv' : upload.format);
    const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, excluded: 0, rejected: 0 };
    const rejectedRows: TRejectedRow[] = [];
    let batch: Contact[] = [];
    const writtenKeys = trackWrittenKeys(!(await ownerHasContacts(tx, scope)));
    const write = async (rows: Contact[]) => {
      const values = rows.map(valuesOf);
      const keys = keysOf(values);
      const existing = writtenKeys.mayMatch(keys) ? await findOwnContactsByKeys(tx, scope, keys) : [];
      const plan = planBatch(values, existing, (row) => isExcluded(row, exclusions));
      writtenKeys.remember(plan.inserts);
      writtenKeys.remember(plan.updates);
      await insertContacts(tx, scope, formatFound(), plan.inserts);
      await updateContacts(tx, scope, plan.updates);
      await moveContactsToImport(tx, scope, plan.untouchedIds);
      const excluded = { companyId: scope.companyId, ownerMembershipId: scope.ownerId, contactIds: plan.excludedIds };
      await afterContactsExcluded(tx, excluded);
      counts.added += plan.counts.added;
      counts.updated += plan.counts.updated;
      counts.unchanged += plan.counts.unchanged;
      counts.excluded += plan.counts.excluded;
    };
    // The next batch is parsed while the database writes the previous one; one write at a time,
    // in order, so each batch sees what the one before it stored.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const rows = batch;
      batch = [];
      await writing;
      writing = rows.length ? write(rows) : Promise.resolve();
      writing.catch(() => {}); // awaited below; this only keeps it from counting as unhandled meanwhile
    };
    const rows = parseContacts(recordingHead(upload.file), {
      format: upload.format,
      mapping: upload.mapping,
      hasHeaderRow: upload.hasHeaderRow,
      limits: ctx.config.contactImport,
    });
    try {
      for await (const row of rows) {
        if (row.kind === 'rejected') {
          counts.rejected++;
          if (rejectedRows.length < MAX_REJECTED_ROWS) rejectedRows.push({ line: row.line, reason: row.reason });
        } else {
          batch.push(row.contact);
          if (batch.length >= BATCH_ROWS) await flush();
        }
      }
    } catch (error) {
      await writing.catch(() => {});
      throw asImportError(error, ctx.config.contactImport.maxBytes);
    }
    await flush();
    await writing;
    await finishImport(tx, scope, { ...counts, format: formatFound(), rejectedRows });
  });
  const summary = await loadOwnImportSummary(ctx.db, scope, scope.importId);
  if (!summary) throw new AppError('internal', 'The import could not be read back');
  return summary;
}

/** The upload's own size cap answers like the importer's, so the uploader reads one message. */
function asImportError(error: unknown, maxBytes: number): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new ImportLimitError('bytes', maxBytes);
  return error;
}
