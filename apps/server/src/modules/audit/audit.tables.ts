import { AUDIT_ACTOR_KINDS, AUDIT_RETENTION_YEARS, type TAuditDetail } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, oneOf } from '../../platform/db/columns.ts';
import { companyIdColumn } from '../tenancy/tenancy.tables.ts';

/**
 * Who did what to personal data, one row per act, never changed: the database refuses UPDATE and
 * DELETE (see the hand-written migration `audit_log_append_only`), except the retention purge of rows
 * older than the company's audit retention. Ids only, no names: an entry names its actor and target
 * by id, so erasing a person elsewhere leaves nothing personal here. The actor is a plain id, not a
 * foreign key: the log outlives memberships and keys, and a `set null` would be an UPDATE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    actorKind: text('actor_kind', { enum: AUDIT_ACTOR_KINDS }).notNull(),
    /** The membership, user or API key; null for the system. */
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    targetKind: text('target_kind'),
    targetId: uuid('target_id'),
    detail: jsonb('detail').$type<TAuditDetail>().notNull().default({}),
    ip: text('ip'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('audit_log_company_created_idx').on(t.companyId, t.createdAt.desc(), t.id.desc()),
    index('audit_log_company_actor_idx').on(t.companyId, t.actorId, t.createdAt.desc()),
    index('audit_log_company_target_idx').on(t.companyId, t.targetKind, t.targetId, t.createdAt.desc()),
    index('audit_log_company_action_idx').on(t.companyId, t.action, t.createdAt.desc()),
    oneOf('audit_log_actor_kind_ck', t.actorKind, AUDIT_ACTOR_KINDS),
    check('audit_log_detail_object_ck', sql`jsonb_typeof(${t.detail}) = 'object'`),
    check('audit_log_actor_ck', sql`(${t.actorKind} = 'system') = (${t.actorId} is null)`),
    check('audit_log_target_ck', sql`(${t.targetKind} is null) = (${t.targetId} is null)`),
  ],
);

/** A company's audit settings; no row: the defaults. */
export const auditSettings = pgTable(
  'audit_settings',
  {
    companyId: companyIdColumn().primaryKey(),
    retentionYears: integer('retention_years').notNull().default(AUDIT_RETENTION_YEARS.default),
  },
  (t) => [
    check(
      'audit_settings_retention_ck',
      sql`${t.retentionYears} between ${sql.raw(String(AUDIT_RETENTION_YEARS.min))} and ${sql.raw(String(AUDIT_RETENTION_YEARS.max))}`,
    ),
  ],
);
