/** Audit: the append-only log of who did what to personal data. The only surface other modules import. */
export * from './audit.tables.ts';
export { purgeAuditLog } from './background.ts';
export {
  type AuditActor,
  type AuditEntry,
  auditAct,
  auditEntryOf,
  recordAudit,
  recordAuditEntries,
} from './record.ts';
export { registerAudit } from './register.ts';
