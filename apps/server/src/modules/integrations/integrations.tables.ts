import {
  API_KEY_SCOPES,
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_TEST_EVENT_TYPE,
} from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { allOf, companyKey, createdAtColumn, idColumn, oneOf, sameCompany } from '../../platform/db/columns.ts';
import { referenceChecks, subAccounts } from '../references/references.tables.ts';
import { companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';

const id = idColumn;
const createdAt = createdAtColumn;
const companyId = companyIdColumn;
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** An idempotency key's request is still running, or its response is kept to replay. */
const IDEMPOTENCY_STATES = ['in_progress', 'done'] as const;
/** An event to a webhook endpoint, or the completion callback an assessment partner asked for. */
const DELIVERY_KINDS = ['webhook', 'partner_callback'] as const;
/** The events an endpoint may subscribe to, and the test event an admin sends. */
const STORED_EVENT_TYPES = [...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE] as const;

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
    subAccountId: uuid('sub_account_id'),
    name: text('name').notNull(),
    /** The key's first characters (`vch_` and 8 more), shown in lists. */
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    scopes: text('scopes', { enum: API_KEY_SCOPES }).array().notNull(),
    expiresAt: at('expires_at'),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    createdById: uuid('created_by_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('api_keys_company_idx').on(t.companyId, t.createdAt),
    companyKey(t),
    sameCompany(t.companyId, t.subAccountId, subAccounts, 'cascade'),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
    allOf('api_keys_scopes_ck', t.scopes, API_KEY_SCOPES),
  ],
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
    apiKeyId: uuid('api_key_id').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of the request body as received. */
    requestHash: text('request_hash').notNull(),
    state: text('state', { enum: IDEMPOTENCY_STATES }).notNull().default('in_progress'),
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    uniqueIndex('idempotency_keys_key_uq').on(t.apiKeyId, t.key),
    index('idempotency_keys_expiry_idx').on(t.expiresAt),
    sameCompany(t.companyId, t.apiKeyId, apiKeys, 'cascade'),
    oneOf('idempotency_keys_state_ck', t.state, IDEMPOTENCY_STATES),
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
    subAccountId: uuid('sub_account_id'),
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
    createdById: uuid('created_by_id'),
    createdByApiKeyId: uuid('created_by_api_key_id'),
    createdAt: createdAt(),
    deletedAt: at('deleted_at'),
  },
  (t) => [
    index('webhook_endpoints_company_idx').on(t.companyId),
    companyKey(t),
    sameCompany(t.companyId, t.subAccountId, subAccounts, 'cascade'),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
    sameCompany(t.companyId, t.createdByApiKeyId, apiKeys, 'set null'),
  ],
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
    type: text('type', { enum: STORED_EVENT_TYPES }).notNull(),
    /** The whole payload as sent: `{ type, timestamp, data }`. */
    payload: jsonb('payload').$type<{ type: string; timestamp: string; data: Record<string, unknown> }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_events_company_idx').on(t.companyId, t.createdAt),
    companyKey(t),
    oneOf('webhook_events_type_ck', t.type, STORED_EVENT_TYPES),
  ],
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
    kind: text('kind', { enum: DELIVERY_KINDS }).notNull().default('webhook'),
    endpointId: uuid('endpoint_id'),
    eventId: text('event_id'),
    /** The check a partner callback reports on. */
    checkId: uuid('check_id'),
    /** Where a partner callback goes (the URL the partner gave); a webhook goes to its endpoint's URL. */
    targetUrl: text('target_url'),
    /** `failed` will be retried; `dead` will not. */
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
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
    sameCompany(t.companyId, t.endpointId, webhookEndpoints, 'cascade'),
    sameCompany(t.companyId, t.eventId, webhookEvents, 'cascade'),
    sameCompany(t.companyId, t.checkId, referenceChecks, 'cascade'),
    oneOf('webhook_deliveries_status_ck', t.status, WEBHOOK_DELIVERY_STATUSES),
  ],
);

/** A signed, expiring, revocable link to one report, for an ATS that embeds it; each open is logged. */
export const reportShareLinks = pgTable(
  'report_share_links',
  {
    id: id(),
    companyId: companyId(),
    checkId: uuid('check_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    createdById: uuid('created_by_id'),
    createdByApiKeyId: uuid('created_by_api_key_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('report_share_links_check_idx').on(t.checkId),
    companyKey(t),
    sameCompany(t.companyId, t.checkId, referenceChecks, 'cascade'),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
    sameCompany(t.companyId, t.createdByApiKeyId, apiKeys, 'set null'),
  ],
);

export const reportShareOpens = pgTable(
  'report_share_opens',
  {
    id: id(),
    companyId: companyId(),
    linkId: uuid('link_id').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    at: createdAt(),
  },
  (t) => [
    index('report_share_opens_link_idx').on(t.linkId, t.at),
    sameCompany(t.companyId, t.linkId, reportShareLinks, 'cascade'),
  ],
);
