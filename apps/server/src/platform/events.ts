import type { TDomainEvent, TDomainEventOf, TDomainEventType } from '@vouch/contracts';
import type { Db } from './db/db.ts';

/**
 * Domain events inside the publisher's transaction. A module publishes (`publish(tx, event)`); the
 * modules that care subscribe at start, from the `register…(events)` function the app calls while it
 * is built. A subscriber runs in the same transaction, in registration order, before `publish`
 * returns: what it writes commits with the change, and if it throws, the change rolls back with it.
 * So the publisher never imports its subscribers, and a lower module never calls a higher one.
 */
export type Subscriber<T extends TDomainEventType> = (tx: Db, event: TDomainEventOf<T>) => Promise<void>;

export type DomainEvents = {
  subscribe<T extends TDomainEventType>(type: T, subscriber: Subscriber<T>): void;
  /** Every subscriber of the event's type, one after the other. */
  dispatch(tx: Db, event: TDomainEvent): Promise<void>;
};

/** A fresh set of subscriptions: one per app, so test apps never share subscribers. */
export function createDomainEvents(): DomainEvents {
  const subscribers = new Map<TDomainEventType, Subscriber<TDomainEventType>[]>();
  return {
    subscribe(type, subscriber) {
      const list = subscribers.get(type) ?? [];
      list.push(subscriber as unknown as Subscriber<TDomainEventType>);
      subscribers.set(type, list);
    },
    async dispatch(tx, event) {
      for (const subscriber of subscribers.get(event.type) ?? []) await subscriber(tx, event);
    },
  };
}

/**
 * The subscriptions a database handle publishes to, keyed by the handle's SQL dialect: Drizzle hands
 * the same dialect object to every transaction and savepoint opened from the handle, so
 * `publish(tx, …)` finds them from any of those without each use case carrying them along.
 */
const bound = new WeakMap<object, DomainEvents>();
const dialectOf = (db: Db) => (db as unknown as { dialect: object }).dialect;

/** Called once the app has registered its subscribers (a second app over the same handle replaces them). */
export function bindDomainEvents(db: Db, events: DomainEvents) {
  bound.set(dialectOf(db), events);
}

/**
 * Runs the event's subscribers in `tx`. Pass the transaction of the change the event reports. A
 * handle no app was built on (a script, the demo seed's own test) has no subscribers, as before
 * events: the server and the worker both wire theirs (`wireModules`) before any work starts.
 */
export async function publish(tx: Db, event: TDomainEvent): Promise<void> {
  await bound.get(dialectOf(tx))?.dispatch(tx, event);
}
