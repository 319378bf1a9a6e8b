import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './app.ts';

/** A visitor of the public careers pages: keeps the cookies the pages set, fills and posts the form. */
export function careersVisitor(t: TestApp, headers: Record<string, string> = {}) {
  const cookies = new Map<string, string>();
  const remember = (res: LightMyRequestResponse) => {
    for (const c of res.cookies as { name: string; value: string }[]) cookies.set(c.name, c.value);
    return res;
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const base = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', ...headers };
  return {
    cookies,
    async get(url: string, extra: Record<string, string> = {}) {
      return remember(
        await t.app.inject({ method: 'GET', url, headers: { ...base, cookie: cookieHeader(), ...extra } }),
      );
    },
    async head(url: string) {
      return remember(await t.app.inject({ method: 'HEAD', url, headers: { ...base, cookie: cookieHeader() } }));
    },
    /** Posts the form the page showed: its hidden fields, then `fields`, then the CV if any. */
    async apply(
      pageHtml: string,
      fields: Record<string, string>,
      cv?: { name: string; content: Buffer | string; type?: string },
      extra: Record<string, string> = {},
    ) {
      const action = /<form method="post" action="([^"]+)"/.exec(pageHtml)?.[1]?.replace(/&amp;/g, '&');
      if (!action) throw new Error('no apply form on the page');
      const form = new FormData();
      for (const [, name, value] of pageHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
        form.append(name, value);
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      if (cv) form.append('cv', new Blob([cv.content], { type: cv.type ?? 'application/pdf' }), cv.name);
      const request = new Request('http://localhost/', { method: 'POST', body: form });
      return remember(
        await t.app.inject({
          method: 'POST',
          url: action,
          payload: Buffer.from(await request.arrayBuffer()),
          headers: {
            ...base,
            cookie: cookieHeader(),
            'content-type': request.headers.get('content-type') as string,
            ...extra,
          },
        }),
      );
    },
  };
}

/** The smallest file a PDF reader opens. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
