import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Every statement with parameters becomes a named statement of its connection, named after its text:
 * PostgreSQL parses it once per connection and, once its plan settles, stops planning it. drizzle
 * sends every value as a parameter, so one query shape is one text, whatever the values; the
 * statements drizzle's own `.prepare('name')` names keep their names.
 *
 * Why not only the prepared ones: a list page with its filters or a write with its many columns is
 * one of several shapes, and building each as a drizzle prepared statement by hand would not scale
 * to every route. The cap bounds what a connection keeps (a shape with a variable-length `in (…)`
 * list is one text per length); past it, statements run unnamed as before.
 */
export const NAMED_STATEMENTS_PER_CONNECTION = 500;

type QueryConfig = { text?: string; name?: string; values?: unknown[]; submit?: unknown };

const nameOf = (text: string) => `q_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;

/** Wraps each new connection's `query` so that statements with parameters are sent named. */
export function nameStatements(pool: pg.Pool) {
  pool.on('connect', (client) => {
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    const named = new Map<string, string>();
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const config = args[0] as QueryConfig | string;
      // Without values node-postgres uses the simple protocol (several statements at once, as the
      // migrations send them), which a name would turn into the extended one.
      const plainConfig = typeof config === 'object' && config !== null && typeof config.submit !== 'function';
      // drizzle passes the values beside the config, `query({ text, types }, values)`.
      const values = plainConfig ? (config.values ?? (Array.isArray(args[1]) ? args[1] : undefined)) : undefined;
      if (plainConfig && config.text && !config.name && values?.length) {
        let name = named.get(config.text);
        if (!name && named.size < NAMED_STATEMENTS_PER_CONNECTION) {
          name = nameOf(config.text);
          named.set(config.text, name);
        }
        if (name) args[0] = { ...config, name };
      }
      return send(...args);
    };
  });
}
