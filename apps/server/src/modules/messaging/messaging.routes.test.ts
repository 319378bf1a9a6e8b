import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { type Client, startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { makeTwoTenants } from '../../../test/helpers/factories.ts';
import { enqueueEmail, enqueueSms } from './enqueue.ts';
import { messages } from './messaging.tables.ts';

describe('messages API', () => {
  let t: TestApp;
  let tenants: Awaited<ReturnType<typeof makeTwoTenants>>;
  let adminA: Client;
  let adminB: Client;
  const ids: Record<string, string> = {};

  before(async () => {
    t = await startTestApp();
    tenants = await makeTwoTenants(t.db);
    adminA = await t.signIn(tenants.a.admin.email);
    adminB = await t.signIn(tenants.b.admin.email);
    const companyId = tenants.a.company.id;
    const reset = (to: string) =>
      enqueueEmail(t.db, {
        companyId,
        to,
        language: 'en',
        template: 'password_reset',
        data: { name: 'P', url: 'https://vouch.example/r', expiresInMinutes: 60 },
      });
    ids.first = (await reset('first@example.com')).id;
    ids.sms = (
      await enqueueSms(t.db, {
        companyId,
        to: '+46701112233',
        language: 'sv',
        template: 'test_message',
        data: { text: 'x' },
      })
    ).id;
    // Several in one transaction share created_at: paging must still be exact (the id breaks ties).
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 4; i++) {
        ids[`batch${i}`] = (
          await enqueueEmail(tx, {
            companyId,
            to: `batch${i}@example.com`,
            language: 'sv',
            template: 'invite',
            data: {
              inviterName: 'A',
              companyName: 'Acme 100% Widgets',
              role: 'employee',
              url: 'https://v.example/i',
              expiresInDays: 7,
            },
          })
        ).id;
      }
    });
    ids.dead = (await reset('dead@example.com')).id;
    await t.db
      .update(messages)
      .set({ status: 'dead', attempts: 8, lastError: 'boom' })
      .where(eq(messages.id, ids.dead));
    ids.otherCompany = (
      await enqueueEmail(t.db, {
        companyId: tenants.b.company.id,
        to: 'first@example.com',
        language: 'en',
        template: 'password_reset',
        data: { name: 'B', url: 'https://vouch.example/r', expiresInMinutes: 60 },
      })
    ).id;
  });

  after(() => t.close());

  test('an admin lists the company’s messages, newest first, and only those', async () => {
    const res = await adminA.get('/api/messages');
    assert.equal(res.statusCode, 200, res.body);
    const { items, nextCursor } = res.json();
    assert.equal(items.length, 7);
    assert.equal(nextCursor, null);
    assert.equal(items[0].id, ids.dead);
    assert.equal(items.at(-1).id, ids.first);
    assert.ok(!items.some((m: { id: string }) => m.id === ids.otherCompany));
    const dead = items[0];
    assert.equal(dead.status, 'dead');
    assert.equal(dead.lastError, 'boom');
    assert.equal(dead.nextAttemptAt, null);
    assert.equal(items.find((m: { id: string }) => m.id === ids.first).nextAttemptAt !== null, true);
    assert.equal('bodyHtml' in dead, false, 'the list leaves bodies out');
  });

  test('filters by status, channel and text in recipient or subject', async () => {
    const list = async (query: string) =>
      (await adminA.get(`/api/messages?${query}`)).json().items.map((m: { id: string }) => m.id);
    assert.deepEqual(await list('status=dead'), [ids.dead]);
    assert.deepEqual(await list('channel=sms'), [ids.sms]);
    assert.deepEqual(await list('q=FIRST@'), [ids.first]);
    assert.equal((await list('q=100%25 Widgets')).length, 4, 'subject match, % taken literally');
    assert.deepEqual(await list('q=%25'), (await list('q=100%25')).slice(0, 4));
    assert.deepEqual(await list('q=nothing-like-this'), []);
    assert.equal((await adminA.get('/api/messages?status=lost')).statusCode, 400);
  });

  test('pages with a cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await adminA.get(`/api/messages?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json();
      seen.push(...page.items.map((m: { id: string }) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await adminA.get('/api/messages')).json().items.map((m: { id: string }) => m.id);
    assert.deepEqual(seen, all);
    assert.equal((await adminA.get('/api/messages?cursor=bm90LWEtY3Vyc29y')).statusCode, 400);
  });

  test('detail has both bodies', async () => {
    const res = await adminA.get(`/api/messages/${ids.batch0}`);
    assert.equal(res.statusCode, 200, res.body);
    const detail = res.json();
    assert.equal(detail.subject, 'Du är inbjuden till Acme 100% Widgets på Vouch');
    assert.match(detail.bodyText, /medarbetare/);
    assert.match(detail.bodyHtml, /<html lang="sv">/);
  });

  test('retry puts a dead message back in line; a pending one is a conflict', async () => {
    const res = await adminA.post(`/api/messages/${ids.dead}/retry`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'pending');
    assert.equal(res.json().attempts, 0);
    const again = await adminA.post(`/api/messages/${ids.dead}/retry`);
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'conflict');
  });

  test('other roles are refused, signed-out callers too', async () => {
    for (const role of ['recruiter', 'hiring_manager', 'employee', 'agent'] as const) {
      const client = await t.signIn(tenants.a[role].email);
      assert.equal((await client.get('/api/messages')).statusCode, 403, role);
      assert.equal((await client.get(`/api/messages/${ids.first}`)).statusCode, 403, role);
      assert.equal((await client.post(`/api/messages/${ids.first}/retry`)).statusCode, 403, role);
    }
    assert.equal((await t.anonymous.get('/api/messages')).statusCode, 401);
  });

  test('another company’s admin gets 404 for this company’s message', async () => {
    await t.db.update(messages).set({ status: 'failed' }).where(eq(messages.id, ids.first));
    assert.equal((await adminB.get(`/api/messages/${ids.first}`)).statusCode, 404);
    assert.equal((await adminB.post(`/api/messages/${ids.first}/retry`)).statusCode, 404);
    assert.equal((await t.db.select().from(messages).where(eq(messages.id, ids.first)))[0].status, 'failed');
    const list = (await adminB.get('/api/messages')).json().items.map((m: { id: string }) => m.id);
    assert.deepEqual(list, [ids.otherCompany]);
    assert.equal((await adminA.get('/api/messages/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  });
});
