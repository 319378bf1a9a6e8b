import { createRequire } from 'node:module';

/**
 * The load generator, run as a child process by measure.ts so it never shares an event loop with
 * the server it measures. Records every response time itself: autocannon's summary has no p95.
 */
export type LoadRequest = {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** GET unless given; `body` is sent as it is with every request. */
  method?: string;
  body?: string;
  /** Every `[<id>]` in `body` becomes a new id on each request: every request creates a new record. */
  uniqueIds?: boolean;
};
export type LoadResult = { latenciesMs: number[]; requests: number; non2xx: number; errors: number; seconds: number };

type Instance = {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(event: 'done', listener: (result: { non2xx: number; errors: number; duration: number }) => void): void;
};
type Autocannon = (options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  duration: number;
  method?: string;
  body?: string;
  requests?: { method: string; setupRequest: (request: { body?: string }) => { body?: string } }[];
}) => Instance;

// autocannon ships no types; this is the slice used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const runId = Math.random().toString(36).slice(2, 8);
let sent = 0;
const withNewIds = (body: string) => body.replaceAll('[<id>]', `${runId}-${++sent}`);

process.once('message', (request: LoadRequest) => {
  const latenciesMs: number[] = [];
  const instance = autocannon({
    url: request.url,
    headers: request.headers,
    connections: request.connections,
    duration: request.seconds,
    ...(request.method ? { method: request.method, body: request.body } : {}),
    // autocannon's own idReplacement assumes a fixed id length in Content-Length; this builds each body.
    ...(request.uniqueIds && request.body
      ? {
          requests: [
            { method: request.method ?? 'POST', setupRequest: (r) => ({ ...r, body: withNewIds(request.body!) }) },
          ],
        }
      : {}),
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status < 300) latenciesMs.push(ms);
  });
  instance.on('done', (result) => {
    const reply: LoadResult = {
      latenciesMs,
      requests: latenciesMs.length,
      non2xx: result.non2xx,
      errors: result.errors,
      seconds: result.duration,
    };
    process.send!(reply, () => process.exit(0));
  });
});
