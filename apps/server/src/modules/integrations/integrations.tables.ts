import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn } from '../../platform/db/columns.ts';
import { referenceChecks, subAccounts } from '../references/references.tables.ts';
import { companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';

const id = idColumn;
const createdAt = createdAtColumn;
const companyId = companyIdColumn;
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Keys an applicant tracking system calls the API with. The key is shown once; only its SHA-256 is
 * stored, with a short prefix to tell keys apart in lists. A key of a sub-account sees only that
 * sub-account's checks and templates.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    companyId: companyId(),
    subAccountId: uuid('sub_account_id').references(() => subAccounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The key's first characters (`vch_` and 8 more), shown in lists. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    /** `read` and/or `write`. */
    scopes: text('scopes').array().notNull(),
    expiresAt: at('expires_at'),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    createdById: uuid('created_by_id').references(() => memberships.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('api_keys_company_idx').on(t.companyId, t.createdAt)],
);

/**
 * `Idempotency-Key` on POST: the first response is kept for 24 hours and replayed for the same key and
 * body. The row is inserted before the work starts, so a concurrent second request finds it and waits
 * or is told the first is still running; it never does the work twice.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    id: id(),
    companyId: companyId(),
    apiKeyId: uuid('api_key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of the request body as received. */
    requestHash: text('request_hash').notNull(),
    /** `in_progress` or `done`. */
    state: text('state').notNull().default('in_progress'),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    uniqueIndex('idempotency_keys_key_uq').on(t.apiKeyId, t.key),
    index('idempotency_keys_expiry_idx').on(t.expiresAt),
  ],
);

/**
 * Where an ATS wants events. The secret signs every delivery (Standard Webhooks) and is shown once.
 * An endpoint registered with a sub-account's API key belongs to that sub-account: only that key's
 * sub-account sees it, and it hears only that sub-account's events.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    companyId: companyId(),
    subAccountId: uuid('sub_account_id').references(() => subAccounts.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description'),
    eventTypes: text('event_types').array().notNull(),
    /** `whsec_` + base64: kept to sign with, never shown again after creation. */
    secret: text('secret').notNull(),
    /** The secret before the last rotation: deliveries are signed with it too until it expires (24 h). */
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: at('previous_secret_expires_at'),
    /** When deliveries started failing without a success since; five days of that disables it. */
    failingSince: at('failing_since'),
    disabledAt: at('disabled_at'),
    createdById: uuid('created_by_id').references(() => memberships.id, { onDelete: 'set null' }),
    createdByApiKeyId: uuid('created_by_api_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    deletedAt: at('deleted_at'),
  },
  (t) => [index('webhook_endpoints_company_idx').on(t.companyId)],
);

/**
 * One event, written in the transaction of the change it reports. Its id (`msg_…`) is the
 * `webhook-id` of every delivery of it, stable across retries, so receivers can drop repeats.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: text('id').primaryKey(),
    companyId: companyId(),
    type: text('type').notNull(),
    /** The whole payload as sent: `{ type, timestamp, data }`. */
    payload: jsonb('payload').$type<{ type: string; timestamp: string; data: Record<string, unknown> }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_events_company_idx').on(t.companyId, t.createdAt)],
);

/**
 * Outgoing HTTP calls, each with its item in the work queue (platform/work): one event to one
 * endpoint (`webhook`), or the PATCH that tells an assessment partner (Greenhouse) a check it started
 * is complete (`partner_callback`, to `target_url`). The row is the delivery log: it shows each
 * attempt, and both kinds retry on the app's one schedule.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    companyId: companyId(),
    /** `webhook` or `partner_callback`. */
    kind: text('kind').notNull().default('webhook'),
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: text('event_id').references(() => webhookEvents.id, { onDelete: 'cascade' }),
    /** The check a partner callback reports on. */
    checkId: uuid('check_id').references(() => referenceChecks.id, { onDelete: 'cascade' }),
    /** Where a partner callback goes (the URL the partner gave); a webhook goes to its endpoint's URL. */
    targetUrl: text('target_url'),
    /** `pending`, `sending`, `delivered`, `failed` (will retry) or `dead`. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull().defaultNow(),
    lockedUntil: at('locked_until'),
    lastAttemptAt: at('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    /** The start of the receiver's last response body, for the delivery log. */
    lastResponseExcerpt: text('last_response_excerpt'),
    deliveredAt: at('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'failed')`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    uniqueIndex('webhook_deliveries_event_endpoint_uq').on(t.eventId, t.endpointId),
    /** One completion callback per check, however often its completion is reported. */
    uniqueIndex('webhook_deliveries_partner_check_uq').on(t.checkId).where(sql`${t.kind} = 'partner_callback'`),
    check(
      'webhook_deliveries_kind_ck',
      sql`(${t.kind} = 'webhook' and ${t.endpointId} is not null and ${t.eventId} is not null)
        or (${t.kind} = 'partner_callback' and ${t.checkId} is not null and ${t.targetUrl} is not null)`,
    ),
  ],
);

/** A signed, expiring, revocable link to one report, for an ATS that embeds it; each open is logged. */
export const reportShareLinks = pgTable(
  'report_share_links',
  {
    id: id(),
    companyId: companyId(),
    checkId: uuid('check_id')
      .notNull()
      .references(() => referenceChecks.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdById: uuid('created_by_id').references(() => memberships.id, { onDelete: 'set null' }),
    createdByApiKeyId: uuid('created_by_api_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('report_share_links_check_idx').on(t.checkId)],
);

export const reportShareOpens = pgTable(
  'report_share_opens',
  {
    id: id(),
    companyId: companyId(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => reportShareLinks.id, { onDelete: 'cascade' }),
    ip: text('ip'),
    userAgent: text('user_agent'),
    at: createdAt(),
  },
  (t) => [index('report_share_opens_link_idx').on(t.linkId, t.at)],
);
