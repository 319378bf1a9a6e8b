import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TDomainEventOf } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import type { Database } from '../src/platform/db/db.ts';
import { bindDomainEvents, createDomainEvents, publish } from '../src/platform/events.ts';
import { openTestDatabase } from './helpers/database.ts';

const archived = (jobId: string): TDomainEventOf<'job.archived'> => ({
  type: 'job.archived',
  companyId: crypto.randomUUID(),
  jobId,
  actorMembershipId: crypto.randomUUID(),
});

describe('domain events', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(() => database.close());

  test('subscribers run in registration order, only for their type, with the typed payload', async () => {
    const events = createDomainEvents();
    const seen: string[] = [];
    events.subscribe('job.archived', async (_tx, event) => void seen.push(`first ${event.jobId}`));
    events.subscribe('job.reopened', async (_tx, event) => void seen.push(`reopened ${event.jobId}`));
    events.subscribe('job.archived', async (_tx, event) => void seen.push(`second ${event.jobId}`));
    bindDomainEvents(database.db, events);

    await publish(database.db, archived('j1'));
    assert.deepEqual(seen, ['first j1', 'second j1']);
  });

  test('payloads are typed by the event type (checked by the type check)', () => {
    const events = createDomainEvents();
    events.subscribe('referral.status_changed', async (_tx, event) => {
      const previous: string | null = event.previousStatus;
      // @ts-expect-error a referral's event has no job
      void [previous, event.jobId];
    });
    // @ts-expect-error an archived job's event must name the job
    const incomplete: TDomainEventOf<'job.archived'> = { type: 'job.archived', companyId: 'c', actorMembershipId: 'm' };
    assert.ok(incomplete);
  });

  test('a subscriber writes in the publisher’s transaction: both commit together', async () => {
    const events = createDomainEvents();
    const name = `Subscriber ${crypto.randomUUID()}`;
    events.subscribe('job.archived', async (tx) => {
      await tx.insert(companies).values({ name });
    });
    bindDomainEvents(database.db, events);

    const publisherName = `Publisher ${crypto.randomUUID()}`;
    await database.db.transaction(async (tx) => {
      await tx.insert(companies).values({ name: publisherName });
      await publish(tx, archived('j2'));
    });
    assert.equal((await database.db.select().from(companies).where(eq(companies.name, name))).length, 1);
    assert.equal((await database.db.select().from(companies).where(eq(companies.name, publisherName))).length, 1);
  });

  test('a throwing subscriber rolls back the publisher’s write and stops the later subscribers', async () => {
    const events = createDomainEvents();
    let laterRan = false;
    events.subscribe('job.archived', async () => {
      throw new Error('subscriber failed');
    });
    events.subscribe('job.archived', async () => {
      laterRan = true;
    });
    bindDomainEvents(database.db, events);

    const publisherName = `Rolled back ${crypto.randomUUID()}`;
    await assert.rejects(
      database.db.transaction(async (tx) => {
        await tx.insert(companies).values({ name: publisherName });
        await publish(tx, archived('j3'));
      }),
      /subscriber failed/,
    );
    assert.equal(laterRan, false);
    assert.deepEqual(await database.db.select().from(companies).where(eq(companies.name, publisherName)), []);
  });

  test('a savepoint inside the transaction reaches the same subscribers', async () => {
    const events = createDomainEvents();
    const seen: string[] = [];
    events.subscribe('job.reopened', async (_tx, event) => void seen.push(event.jobId));
    bindDomainEvents(database.db, events);
    await database.db.transaction((tx) =>
      tx.transaction((savepoint) => publish(savepoint, { ...archived('j4'), type: 'job.reopened' })),
    );
    assert.deepEqual(seen, ['j4']);
  });

  test('each app has its own subscriptions: binding another set replaces the first, nothing leaks', async () => {
    const first = createDomainEvents();
    const second = createDomainEvents();
    const seen: string[] = [];
    first.subscribe('job.archived', async () => void seen.push('first'));
    second.subscribe('job.archived', async () => void seen.push('second'));
    bindDomainEvents(database.db, first);
    bindDomainEvents(database.db, second);
    await publish(database.db, archived('j5'));
    assert.deepEqual(seen, ['second']);
  });

  test('a handle no app was built on has no subscribers: another app’s never run', async () => {
    const events = createDomainEvents();
    let ran = false;
    events.subscribe('job.archived', async () => {
      ran = true;
    });
    bindDomainEvents(database.db, events);
    const unbound = await openTestDatabase();
    try {
      await publish(unbound.db, archived('j6'));
      assert.equal(ran, false);
    } finally {
      await unbound.close();
    }
  });
});
