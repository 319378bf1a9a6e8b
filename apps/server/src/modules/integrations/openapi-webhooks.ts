import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { WEBHOOK_EVENT_DATA, webhookPayloadSchema } from '@vouch/contracts';
import { z } from 'zod';

type Document3_1 = Extract<NonNullable<FastifyDynamicSwaggerOptions['openapi']>, { webhooks?: unknown }>;

/**
 * The OpenAPI 3.1 `webhooks` section: one entry per event type, from the event data schemas in
 * contracts (`WEBHOOK_EVENT_DATA`), so a new event type is documented as soon as it has a schema.
 */

const signatureHeaders = [
  {
    name: 'webhook-id',
    description: 'The event’s id: the same on every attempt, so drop a repeat you have seen.',
  },
  { name: 'webhook-timestamp', description: 'When this attempt was sent, in Unix seconds.' },
  {
    name: 'webhook-signature',
    description:
      '`v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` ' +
      '(Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs.',
  },
].map((h) => ({ ...h, in: 'header' as const, required: true, schema: { type: 'string' as const } }));

/** A zod schema as a JSON Schema 2020-12 of what is sent (the dialect of OpenAPI 3.1). */
export function sentJsonSchema(schema: z.ZodType): object {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
  return json;
}

export function webhooksDocument(): Document3_1['webhooks'] {
  return Object.fromEntries(
    Object.entries(WEBHOOK_EVENT_DATA).map(([type, data]) => [
      type,
      {
        post: {
          summary: data.description ?? type,
          tags: ['webhooks'],
          parameters: signatureHeaders,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: sentJsonSchema(webhookPayloadSchema(type, data)) } },
          },
          responses: {
            '2XX': { description: 'Received. Any other answer, or none within 10 s, is retried later.' },
          },
        },
      },
    ]),
  );
}
