import type { FastifyReply } from 'fastify';

declare const documentType: unique symbol;

/** JSON text of a `T`, written by PostgreSQL (see `sendJsonText`); the type says what it holds. */
export type JsonText<T> = string & { readonly [documentType]: T };

export const parseJsonText = <T>(text: JsonText<T>): T => JSON.parse(text) as T;

/** How a page names its items and its cursor: the integration API's snake_case, or the app's. */
const ENVELOPES = { v1: ['data', 'next_cursor'], app: ['items', 'nextCursor'] } as const;

/** A page's JSON text around documents already written as JSON (no parsing, no serializing). */
export function pageJsonText<T>(documents: JsonText<T>[], nextCursor: string | null, envelope: keyof typeof ENVELOPES) {
  const [items, cursor] = ENVELOPES[envelope];
  return `{"${items}":[${documents.join(',')}],"${cursor}":${JSON.stringify(nextCursor)}}` as JsonText<unknown>;
}

/** An object's JSON text with one more member, whose value Node worked out (`value` is encoded here). */
export function withMember<T>(object: JsonText<unknown>, name: string, value: unknown) {
  if (!object.endsWith('}')) throw new Error('not the JSON text of an object');
  const separator = object.length > 2 ? ',' : '';
  return `${object.slice(0, -1)}${separator}${JSON.stringify(name)}:${JSON.stringify(value)}}` as JsonText<T>;
}

/**
 * Answers with JSON text PostgreSQL wrote. In production (compiled serializers) it goes out as it is:
 * a hot read then costs Node no objects and no JSON encoding. Elsewhere (development and tests) it is
 * parsed and goes through the route's validating serializer like every other answer, so a document
 * that strays from its schema fails where it is tested.
 */
export function sendJsonText(reply: FastifyReply, text: JsonText<unknown>) {
  if (reply.server.serializers.kind !== 'compiled') return reply.send(JSON.parse(text));
  return reply.type('application/json; charset=utf-8').send(text);
}
