import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/db.ts';
import { recordApiContractViolations } from './api-contract.ts';
import { openTestDatabase, type Start } from './database.ts';
import { TEST_PASSWORD } from './factories.ts';

export type TestApp = {
  app: FastifyInstance;
  /**
   * `/api/v1` answers that did not fit the OpenAPI document (see api-contract.ts). `useTestApp`
   * fails the test that received one; `close` fails when any is left.
   */
  contractViolations: string[];
  database: Database;
  db: Database['db'];
  config: Config;
  /** Signs in through the API and returns a client that carries the cookie and CSRF token. */
  signIn: (email: string, password?: string) => Promise<Client>;
  anonymous: Client;
  /** A client that calls with an API key (`Authorization: Bearer …`) and no session. */
  withApiKey: (key: string) => Client;
  close: () => Promise<void>;
};

export type Client = {
  get: (url: string, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  request: (method: string, url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  cookie: string | null;
  csrfToken: string | null;
};

/** `routes` adds test-only routes before the app is ready (e.g. an `api:write` route that counts its calls). */
export type TestAppOptions = {
  /**
   * The database's app role and pool size (PostgreSQL): requests behind row-level security. The
   * environment's TEST_DATABASE_APP_ROLE runs every test file that way (see openTestDatabase).
   */
  database?: Pick<Start, 'appRole' | 'poolSize'>;
  routes?: (app: FastifyInstance) => void;
  /** The rate limits' clock, to move past a window instead of waiting for it. */
  rateLimitClock?: () => number;
};

export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase(options.database);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'never', WORKER: 'off', ...env });
  const app = await buildApp({ config, database, logger: false, rateLimitClock: options.rateLimitClock });
  const contractViolations: string[] = [];
  recordApiContractViolations(app, contractViolations);
  options.routes?.(app);
  await app.ready();

  const clientOf = (cookie: string | null, csrfToken: string | null, always: Record<string, string> = {}): Client => {
    const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: body === undefined ? undefined : (body as object),
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrfToken && method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
          ...always,
          ...headers,
        },
      });
    return {
      cookie,
      csrfToken,
      request: (method, url, body) => request(method, url, body),
      get: (url, headers) => request('GET', url, undefined, headers),
      post: (url, body, headers) => request('POST', url, body ?? {}, headers),
      put: (url, body) => request('PUT', url, body ?? {}),
      patch: (url, body) => request('PATCH', url, body ?? {}),
      delete: (url) => request('DELETE', url),
    };
  };

  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.cookies.find((c) => c.name === 'vouch_session');
    return clientOf(`vouch_session=${setCookie!.value}`, res.json().csrfToken);
  };

  return {
    app,
    contractViolations,
    database,
    db: database.db,
    config,
    signIn,
    anonymous: clientOf(null, null),
    withApiKey: (key) => clientOf(null, null, { authorization: `Bearer ${key}` }),
    close: async () => {
      await app.close();
      await database.close();
      assertNoContractViolations(contractViolations);
    },
  };
}

/** Fails with every recorded violation, and forgets them (so one answer fails one test). */
export function assertNoContractViolations(violations: string[]) {
  const found = violations.splice(0);
  if (found.length) throw new Error(`/api/v1 answered outside its OpenAPI document:\n- ${found.join('\n- ')}`);
}
