import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/** Where nothing but the app's own files may run, frame or be framed. */
function helmetOptions(secureCookies: boolean): Parameters<typeof helmet>[0] {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'", 'about:', 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: secureCookies ? [] : null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: secureCookies,
  };
}

/** The headers helmet sets with these options, worked out once: none of them depends on the request. */
function pageHeaders(secureCookies: boolean): [string, string][] {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet(helmetOptions(secureCookies))({} as IncomingMessage, res as unknown as ServerResponse, () => {});
  return [...headers];
}

/**
 * The page headers (CSP, framing, referrer, HSTS, …) on every HTML answer — the web app, the link
 * pages, the careers pages, shared reports, the API's documentation — whichever route sends it, and
 * not on JSON, where they are 600 bytes a browser never reads. A header the route set itself stays.
 */
export function registerPageHeaders(app: FastifyInstance, { secureCookies }: { secureCookies: boolean }) {
  const headers = pageHeaders(secureCookies);
  app.addHook('onSend', (_request, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) {
      for (const [name, value] of headers) if (!reply.hasHeader(name)) reply.header(name, value);
    }
    done(null, payload);
  });
}
