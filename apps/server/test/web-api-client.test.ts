import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

/**
 * The web app's typed `api` client: the path as the OpenAPI document writes it, filled from `path`, over
 * the same request the app always sent (language, CSRF header on writes, JSON body) and the same
 * problem+json reading. Runs the web module in Node with the few browser globals it touches at load.
 */

type Sent = { url: string; init: RequestInit };

/** The part of the web module used here; imported by a computed path, as the server's check has no DOM types. */
type WebClient = {
  api: Record<'get' | 'post' | 'put', (path: string, init?: object) => Promise<unknown>>;
  setCsrfToken: (token: string | null) => void;
  ApiError: abstract new (...args: never[]) => { status: number; code: string; errors: unknown[] };
};
const WEB_CLIENT = '../../web/src/app/api.ts';

// Other test files run in this process before and after this one (npm test runs them in lanes): the
// globals are put back as they were when this file's tests started (not when it was loaded: the lane
// loads every file first, and a file before this one may add a global when it first uses a library).
let globalsBefore: Record<string, PropertyDescriptor> = {};
before(() => {
  globalsBefore = Object.getOwnPropertyDescriptors(globalThis);
});
after(() => {
  for (const name of ['window', 'document', 'navigator', 'fetch']) {
    const before = globalsBefore[name];
    if (before) Object.defineProperty(globalThis, name, before);
    else delete (globalThis as Record<string, unknown>)[name];
  }
});

async function loadClient() {
  const storage = new Map<string, string>();
  Object.assign(globalThis, {
    window: {
      localStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => storage.set(key, value),
        removeItem: (key: string) => storage.delete(key),
      },
    },
    document: { documentElement: { lang: '' } },
  });
  if (!('navigator' in globalThis))
    Object.defineProperty(globalThis, 'navigator', {
      value: { language: 'en', languages: ['en'] },
      configurable: true,
    });
  return (await import(WEB_CLIENT)) as WebClient;
}

function answering(status: number, body: unknown, contentType = 'application/json') {
  const sent: Sent[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    const text = body === undefined ? '' : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status, headers: { 'content-type': contentType } });
  }) as typeof fetch;
  return sent;
}

test('a GET fills the path parameters (encoded) and the query, and answers the parsed body', async () => {
  const { api } = await loadClient();
  const sent = answering(200, { items: [] });
  const answer = await api.get('/api/candidates/{id}/history', { path: { id: 'a b/c' } });
  assert.deepEqual(answer, { items: [] });
  assert.equal(sent[0].url, '/api/candidates/a%20b%2Fc/history');
  assert.equal(sent[0].init.method, 'GET');
  assert.equal(sent[0].init.body, undefined);

  await api.get('/api/jobs', { query: { status: 'open', limit: 200, q: '', cursor: undefined, mine: true } });
  assert.equal(sent[1].url, '/api/jobs?status=open&limit=200&mine=true', 'empty and missing values are left out');
});

test('a write sends JSON with the CSRF token; a 204 answers undefined', async () => {
  const { api, setCsrfToken } = await loadClient();
  setCsrfToken('csrf-1');
  const sent = answering(204, undefined);
  const answer = await api.post('/api/contacts/{id}/skip', { path: { id: 'c1' } });
  assert.equal(answer, undefined);
  assert.equal(sent[0].init.method, 'POST');
  assert.equal((sent[0].init.headers as Record<string, string>)['x-csrf-token'], 'csrf-1');

  const body = { name: 'Ops' };
  const saved = answering(200, { id: 'd1', name: 'Ops' });
  await api.put('/api/company/departments/{id}', { path: { id: 'd1' }, body });
  assert.equal(saved[0].init.body, JSON.stringify(body));
  assert.equal((saved[0].init.headers as Record<string, string>)['content-type'], 'application/json');
  setCsrfToken(null);
});

test('a problem answer becomes an ApiError with its code and field errors', async () => {
  const { api, ApiError } = await loadClient();
  answering(
    409,
    {
      status: 409,
      title: 'Conflict',
      code: 'email_taken',
      detail: 'Taken',
      errors: [{ field: 'email', message: 'x' }],
    },
    'application/problem+json',
  );
  const failure = await api.post('/api/candidates', { body: { firstName: 'A', lastName: 'B' } }).catch((e) => e);
  assert.ok(failure instanceof ApiError);
  assert.equal(failure.status, 409);
  assert.equal(failure.code, 'email_taken');
  assert.deepEqual(failure.errors, [{ field: 'email', message: 'x' }]);
});

test('a path parameter left out is refused before anything is sent', async () => {
  const { fillPath } = await import('../../web/src/app/api-paths.ts');
  assert.equal(
    fillPath('/api/reference-checks/{id}/referees/{refereeId}', { id: 'c', refereeId: 'r' }),
    '/api/reference-checks/c/referees/r',
  );
  assert.throws(() => fillPath('/api/candidates/{id}', {}), /no value for \{id\}/);
});
