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
}) => Instance;

// autocannon ships no types; this is the slice used here.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

process.once('message', (request: LoadRequest) => {
  const latenciesMs: number[] = [];
  const instance = autocannon({
    url: request.url,
    headers: request.headers,
    connections: request.connections,
    duration: request.seconds,
    ...(request.method ? { method: request.method, body: request.body } : {}),
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
