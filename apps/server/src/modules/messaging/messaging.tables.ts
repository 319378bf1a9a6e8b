import { CHANNELS, LANGUAGES, MESSAGE_STATUSES, MESSAGE_VISIBILITIES } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { oneOf } from '../../platform/db/columns.ts';
import { companies } from '../tenancy/tenancy.tables.ts';

/** How often a message is tried before it is given up, unless it says otherwise. */
export const MESSAGE_MAX_ATTEMPTS = 8;

/**
 * Email and SMS, as admins see them. A row is written in the same transaction as the change that
 * causes it, with its item in the work queue (platform/work), which workers claim; the row shows each
 * attempt (`status`, `attempts`, `next_attempt_at`, `locked_until` mirror the claim).
 *
 * `subject`, `body_text` and `body_html` are what admins may read (see `visibility`). A message with
 * a link only its recipient may use keeps the real message in `sealed_content`, encrypted with the
 * server's key, until it is delivered (or dies and its retention ends): see enqueue.ts and worker.ts.
 */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    /** Empty for a `private` message. */
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    /** `full`: the bodies are the message; `links_hidden`: its links are placeholders; `private`: no bodies. */
    visibility: text('visibility', { enum: MESSAGE_VISIBILITIES }).notNull().default('full'),
    sealedContent: text('sealed_content'),
    template: text('template').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    replyTo: text('reply_to'),
    senderName: text('sender_name'),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('pending'),
    transport: text('transport'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(MESSAGE_MAX_ATTEMPTS),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('messages_due_idx').on(t.status, t.nextAttemptAt),
    index('messages_company_created_idx').on(t.companyId, t.createdAt, t.id),
    // Few rows hold sealed content at a time: the retention sweep finds them without reading the rest.
    index('messages_sealed_created_idx').on(t.createdAt).where(sql`${t.sealedContent} is not null`),
    // Erasure and retention find what was sent to a person by address or number.
    index('messages_company_recipient_idx').on(t.companyId, sql`lower(${t.recipient})`),
    oneOf('messages_channel_ck', t.channel, CHANNELS),
    oneOf('messages_visibility_ck', t.visibility, MESSAGE_VISIBILITIES),
    oneOf('messages_language_ck', t.language, LANGUAGES),
    oneOf('messages_status_ck', t.status, MESSAGE_STATUSES),
  ],
);
