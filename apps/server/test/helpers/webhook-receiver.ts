import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedWebhook = { path: string; headers: Record<string, string>; body: string; at: number };

/**
 * An applicant tracking system's webhook receiver on a free local port: keeps every request. By
 * default it answers 204 (`status` says otherwise); `hold` keeps the response open (never answers) for requests it matches, as
 * a receiver that hangs mid-delivery.
 */
export async function startWebhookReceiver(
  options: { hold?: (received: ReceivedWebhook) => boolean; status?: (received: ReceivedWebhook) => number } = {},
) {
  const received: ReceivedWebhook[] = [];
  const held: http.ServerResponse[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = String(value);
      const request = { path: req.url ?? '', headers, body, at: Date.now() };
      received.push(request);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
      if (options.hold?.(request)) held.push(res);
      else res.writeHead(options.status?.(request) ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/vouch`,
    received,
    /** Resolves once `count` requests have arrived in all. */
    waitFor: (count: number, timeoutMs = 15_000) =>
      new Promise<void>((resolve, reject) => {
        if (received.length >= count) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`the receiver got ${received.length} requests, not ${count}`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
