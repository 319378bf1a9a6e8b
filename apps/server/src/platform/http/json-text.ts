import type { FastifyReply } from 'fastify';

declare const documentType: unique symbol;

/** JSON text of a `T`, written by PostgreSQL (see `sendJsonText`); the type says what it holds. */
export type JsonText<T> = string & { readonly [documentType]: T };

export const parseJsonText = <T>(text: JsonText<T>): T => JSON.parse(text) as T;

/** A page's JSON text around documents already written as JSON (no parsing, no serializing). */
export const pageJsonText = <T>(documents: JsonText<T>[], nextCursor: string | null) =>
  `{"data":[${documents.join(',')}],"next_cursor":${JSON.stringify(nextCursor)}}` as JsonText<{
    data: T[];
    next_cursor: string | null;
  }>;

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
