import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

/**
 * `/api/v1` refuses query parameters it does not know (400, one field error naming each) rather than
 * ignoring them, so a misspelt filter (`?statuss=completed`) never reads as "everything". Each API
 * route's query schema is made strict as the route registers; a route without one takes none.
 *
 * Added to the integrations plugin's context (the app's) before the API routes register.
 */
export function registerStrictApiQueries(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!route.url.startsWith('/api/v1/') || (access !== 'api:read' && access !== 'api:write')) return;
    route.schema ??= {};
    const schema = route.schema;
    const query = schema.querystring;
    if (query === undefined) schema.querystring = z.strictObject({});
    else if (query instanceof z.ZodObject) schema.querystring = query.strict();
  });
}
