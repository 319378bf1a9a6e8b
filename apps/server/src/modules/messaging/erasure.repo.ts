import { and, eq, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased } from '../../platform/person-keys.ts';
import { messages } from './messaging.tables.ts';

/** What is left of a message once its person is gone: its channel, template, status and dates, for the log's counts. */
const emptied = {
  recipient: '',
  subject: null,
  bodyText: '',
  bodyHtml: null,
  sealedContent: null,
  lastError: null,
  visibility: 'private' as const,
};

/** A message not yet sent when emptied is given up, so it is never sent empty (the worker skips dead ones). */
const givenUpIfWaiting = sql`case when ${messages.status} in ('pending', 'sending', 'failed') then 'dead' else ${messages.status} end`;

/**
 * Empties the company's messages sent to these addresses or numbers, or whose text names one of
 * them (a notification about the person to a colleague): recipient, subject, bodies and the sealed
 * copy. A message still waiting is emptied too, and so never sent.
 */
export async function eraseMessagesAbout(
  db: Db,
  companyId: string,
  person: { emails: string[]; phones: string[]; needles: string[] },
): Promise<Erased> {
  const by: SQL[] = [];
  const recipients = [...person.emails, ...person.phones.map((p) => p.toLowerCase())];
  if (recipients.length) by.push(sql`lower(${messages.recipient}) in ${recipients}`);
  if (person.needles.length) {
    const patterns = sql`array[${sql.join(
      person.needles.map((n) => sql`${n}`),
      sql`, `,
    )}]::text[]`;
    by.push(sql`${messages.bodyText} ilike any(${patterns})`);
    by.push(sql`${messages.subject} ilike any(${patterns})`);
  }
  if (!by.length) return {};
  const done = await db
    .update(messages)
    .set({
      ...emptied,
      status: givenUpIfWaiting,
    })
    .where(and(eq(messages.companyId, companyId), ne(messages.recipient, ''), or(...by)))
    .returning({ id: messages.id });
  return { messages: done.length };
}

/**
 * Retention of messages: bodies and recipients of messages queued before `before` (one still waiting
 * by then is given up), a slice
 * of `limit` at a time. `companyId` null: messages to people outside any company (sign-ups).
 */
export async function anonymiseOldMessages(db: Db, companyId: string | null, before: Date, limit: number) {
  const slice = db
    .select({ id: messages.id })
    .from(messages)
    .where(
      and(
        companyId ? eq(messages.companyId, companyId) : isNull(messages.companyId),
        lt(messages.createdAt, before),
        ne(messages.recipient, ''),
      ),
    )
    .limit(limit)
    .for('update', { skipLocked: true });
  const done = await db
    .update(messages)
    .set({ ...emptied, status: givenUpIfWaiting })
    .where(inArray(messages.id, slice))
    .returning({ id: messages.id });
  return done.length;
}
