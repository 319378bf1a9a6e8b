import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { messages } from '../../src/modules/messaging/messaging.tables.ts';
import { openContent, type SendableContent } from '../../src/modules/messaging/sealed-content.ts';
import { installSecretKey } from '../../src/platform/secret-key.ts';
import type { Client, TestApp } from './app.ts';

type MessageRow = typeof messages.$inferSelect;

/**
 * A queued message as its recipient will get it: the sealed copy (opened with this process's key)
 * when its links were sealed, else its stored bodies. Read it before delivery: sealed links are
 * dropped once a message is sent. Tests use this instead of the readable columns, which show
 * placeholders where the links are.
 */
export function contentOf(row: MessageRow): SendableContent {
  if (row.visibility === 'full') return { subject: row.subject, text: row.bodyText, html: row.bodyHtml, secrets: [] };
  if (!row.sealedContent) throw new Error(`message ${row.id} (${row.template}) no longer holds its sealed content`);
  return openContent({ ...row, sealedContent: row.sealedContent });
}

/** For tests that queue messages without starting the app (which loads the key): a key of their own. */
export function installTestSecretKey() {
  installSecretKey(randomBytes(32));
}

/** Everything an admin can read about their company's messages: the list and each message's detail. */
export async function adminCanRead(admin: Client) {
  const list = await admin.get('/api/messages?limit=200');
  assert.equal(list.statusCode, 200, list.body);
  const ids: string[] = list.json().items.map((m: { id: string }) => m.id);
  const details = await Promise.all(ids.map((id) => admin.get(`/api/messages/${id}`)));
  return { ids, text: [list.body, ...details.map((d) => d.body)].join('\n') };
}

/** Every column of every stored message to this address, as text. */
export const storedTo = async (t: TestApp, recipient: string) =>
  JSON.stringify(await t.db.select().from(messages).where(eq(messages.recipient, recipient)));

/** Fails naming the place where a link token turned up. */
export function assertNowhere(token: string, places: Record<string, string>) {
  assert.ok(token.length >= 20, `not a token: ${token}`);
  for (const [where, text] of Object.entries(places)) assert.ok(!text.includes(token), `the link is in ${where}`);
}
