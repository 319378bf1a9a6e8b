import type { TContactImportSummary, TRejectedRow } from '@vouch/contracts';
import { AppError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { chunkSizer } from '../chunk-sizer.ts';
import { type ImportScope, insertImport, ownerHasContacts } from '../contact-import.repo.ts';
import {
  discardImport,
  finishReading,
  type ReadingProgress,
  recordReading,
  stageRows,
} from '../contact-import-staging.repo.ts';
import { loadOwnImportSummary } from '../contacts.repo.ts';
import { type ExclusionIndex, indexExclusions, isExcluded } from '../exclusion-match.ts';
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
import { mergeStagedImport } from './merge-staged-import.ts';

/** Rows per staging INSERT: as many as the database writes in about 100 ms, from 200 to 1,000. */
const STAGING_CHUNKS = { min: 200, max: 1000, targetMs: 100 };
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
  /** The upload's announced size, for the progress bar; null when the client did not say. */
  bytesTotal?: number | null;
};

/**
 * Imports a contact file in two steps, neither of which holds the database for long: reading
 * streams the file into staging rows (a short INSERT per chunk of rows), and merging moves them into
 * the caller's contacts a chunk per transaction. A file that turns out unreadable or over a limit
 * while it is read is discarded with everything staged, so nothing of it reaches the contacts.
 * Excluded people are counted and never stored. The import's row shows its progress meanwhile.
 */
export async function importContacts(ctx: Ctx, upload: ImportRequest): Promise<TContactImportSummary> {
  const exclusions = indexExclusions(await listExclusionRules(ctx.db, ctx.tenantId));
  const scope: ImportScope = {
    companyId: ctx.tenantId,
    ownerId: ctx.actor.membershipId,
    importId: crypto.randomUUID(),
  };
  const networkWasEmpty = !(await ownerHasContacts(ctx.db, scope));
  await insertImport(ctx.db, scope, {
    fileName: upload.fileName.slice(0, 255),
    format: upload.format === 'auto' ? 'csv' : upload.format,
    bytesTotal: upload.bytesTotal ?? null,
  });
  let sourceFormat: ImportFormat;
  try {
    sourceFormat = await readIntoStaging(ctx, scope, upload, exclusions);
  } catch (error) {
    await discardImport(ctx.db, scope);
    throw asImportError(error, ctx.config.contactImport.maxBytes);
  }
  await mergeStagedImport(ctx.db, scope, { sourceFormat, networkWasEmpty });
  const summary = await loadOwnImportSummary(ctx.db, scope, scope.importId);
  if (!summary) throw new AppError('contact_import.read_back_failed');
  return summary;
}

/** Parses the file into staging rows, recording progress per batch; returns the format it was read as. */
async function readIntoStaging(
  ctx: Ctx,
  scope: ImportScope,
  upload: ImportRequest,
  exclusions: ExclusionIndex,
): Promise<ImportFormat> {
  const head: Buffer[] = [];
  const progress: ReadingProgress = { bytesRead: 0, rowsRead: 0, rowsStaged: 0, excluded: 0, rejected: 0 };
  async function* counted(source: ByteSource) {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      if (progress.bytesRead < SNIFF_BYTES) head.push(Buffer.from(chunk));
      progress.bytesRead += chunk.length;
      yield chunk;
    }
  }
  // The parser has read the start of the file before it yields a row, so this is known by the first write.
  const formatFound = (): ImportFormat => {
    if (upload.format !== 'auto') return upload.format;
    const detected = detectFormat(Buffer.concat(head));
    return detected === 'binary' || detected === 'empty' ? 'csv' : detected;
  };
  const rejectedRows: TRejectedRow[] = [];
  const chunks = chunkSizer(STAGING_CHUNKS);
  let batch: Contact[] = [];
  // The next batch is parsed while the database stages the previous one; one write at a time.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    batch = [];
    await writing;
    const firstSeq = progress.rowsStaged + 1;
    progress.rowsStaged += rows.length;
    const snapshot = { ...progress };
    const began = performance.now();
    writing = stageRows(ctx.db, scope, firstSeq, rows).then(() => {
      chunks.record(rows.length, performance.now() - began);
      return recordReading(ctx.db, scope, snapshot);
    });
    writing.catch(() => {}); // awaited below; this only keeps it from counting as unhandled meanwhile
  };
  const rows = parseContacts(counted(upload.file), {
    format: upload.format,
    mapping: upload.mapping,
    hasHeaderRow: upload.hasHeaderRow,
    limits: ctx.config.contactImport,
  });
  try {
    for await (const row of rows) {
      progress.rowsRead++;
      if (row.kind === 'rejected') {
        progress.rejected++;
        if (rejectedRows.length < MAX_REJECTED_ROWS) rejectedRows.push({ line: row.line, reason: row.reason });
      } else {
        // Excluded people are counted here and staged all the same: one the caller already has is
        // updated by the merge (and so hidden by the exclusion); a new one is never added.
        if (isExcluded(row.contact, exclusions)) progress.excluded++;
        batch.push(row.contact);
        if (batch.length >= chunks.rows) await flush();
      }
    }
    await flush();
  } finally {
    await writing.catch(() => {});
  }
  await writing;
  await finishReading(ctx.db, scope, { ...progress, format: formatFound(), rejectedRows });
  return formatFound();
}

/** The upload's own size cap answers like the importer's, so the uploader reads one message. */
function asImportError(error: unknown, maxBytes: number): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new ImportLimitError('bytes', maxBytes);
  return error;
}
