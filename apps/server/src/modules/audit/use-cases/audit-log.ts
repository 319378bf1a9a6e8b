import {
  AUDIT_RETENTION_YEARS,
  type TAuditEntry,
  type TAuditFilters,
  type TAuditPage,
  type TAuditQuery,
  type TAuditSettings,
} from '@vouch/contracts';
import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { type AuditRow, findRetentionYears, listAuditEntries, saveRetentionYears } from '../audit.repo.ts';
import { auditAct } from '../record.ts';

const entryOf = (r: AuditRow): TAuditEntry => ({
  id: r.id,
  createdAt: r.createdAt.toISOString(),
  action: r.action,
  actor: { kind: r.actorKind, id: r.actorId },
  target: r.targetKind && r.targetId ? { kind: r.targetKind, id: r.targetId } : null,
  detail: r.detail,
  ip: r.ip,
});

/** A page of the company's audit log, newest first. */
export async function listAuditLog(ctx: Ctx, query: TAuditQuery): Promise<TAuditPage> {
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const after = cursor ? { createdAt: cursor[0] as string, id: cursor[1] as string } : null;
  const rows = await listAuditEntries(ctx.db, ctx.tenantId, query, { limit: query.limit + 1, after });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(entryOf),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** A download holds at most this many entries; the last line says when there were more. */
export const AUDIT_EXPORT_LIMIT = 10_000;

const HEADERS = {
  en: ['Time (UTC)', 'Action', 'Actor kind', 'Actor id', 'Target kind', 'Target id', 'Detail', 'IP address'],
  sv: ['Tid (UTC)', 'Händelse', 'Typ av utförare', 'Utförarens id', 'Typ av mål', 'Målets id', 'Detaljer', 'IP-adress'],
};
const TRUNCATED = {
  en: `Only the newest ${AUDIT_EXPORT_LIMIT} entries are exported; narrow the filters for the rest.`,
  sv: `Bara de ${AUDIT_EXPORT_LIMIT} senaste händelserna exporteras; smalna av filtren för resten.`,
};

/**
 * The filtered log as CSV, newest first. The download is itself an entry in the log (recorded after
 * the read, so a file never holds its own entry). Cells that begin with = + - @ are quoted as text.
 */
export async function exportAuditLog(ctx: Ctx, filters: TAuditFilters) {
  const rows = await listAuditEntries(ctx.db, ctx.tenantId, filters, { limit: AUDIT_EXPORT_LIMIT + 1, after: null });
  const truncated = rows.length > AUDIT_EXPORT_LIMIT;
  const items = rows.slice(0, AUDIT_EXPORT_LIMIT).map(entryOf);
  const language = ctx.actor.language;
  const lines = items.map((e) => [
    e.createdAt,
    e.action,
    e.actor.kind,
    e.actor.id ?? '',
    e.target?.kind ?? '',
    e.target?.id ?? '',
    Object.keys(e.detail).length ? JSON.stringify(e.detail) : '',
    e.ip ?? '',
  ]);
  if (truncated) lines.push([TRUNCATED[language], '', '', '', '', '', '', '']);
  const csv = stringify([HEADERS[language], ...lines], {
    bom: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
  await auditAct(ctx, {
    action: 'data.exported',
    target: null,
    detail: { list: 'audit_log', rows: items.length, truncated },
  });
  return { csv, rows: items.length, truncated };
}

export async function getAuditSettings(ctx: Ctx): Promise<TAuditSettings> {
  return { retentionYears: (await findRetentionYears(ctx.db, ctx.tenantId)) ?? AUDIT_RETENTION_YEARS.default };
}

/** Changes how long entries are kept; the change is itself recorded, in the same transaction. */
export async function saveAuditSettings(ctx: Ctx, settings: TAuditSettings): Promise<TAuditSettings> {
  return ctx.db.transaction(async (tx) => {
    const from = (await findRetentionYears(tx, ctx.tenantId)) ?? AUDIT_RETENTION_YEARS.default;
    await saveRetentionYears(tx, ctx.tenantId, settings.retentionYears);
    if (from !== settings.retentionYears)
      await auditAct(
        ctx,
        { action: 'audit.retention_changed', target: null, detail: { from, to: settings.retentionYears } },
        tx,
      );
    return settings;
  });
}
