import { AppError, fieldProblem } from '../errors.ts';

export type CursorPart = 'timestamp' | 'uuid' | 'text' | 'number';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PART_CHECKS: Record<CursorPart, (v: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  text: (v) => typeof v === 'string' && v.length <= 1000,
  number: (v) => typeof v === 'number' && Number.isFinite(v),
};

/**
 * Keyset pagination cursors: the sort key of the last row, opaque to clients (base64url JSON).
 * A tampered cursor is a client error, never a 500.
 */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  kinds: readonly CursorPart[],
): (string | number | null)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== kinds.length) throw new Error('shape');
    // Each part is checked so a forged cursor can't reach SQL as a bad cast (which would be a 500).
    values.forEach((v, i) => {
      if (!PART_CHECKS[kinds[i]](v)) throw new Error('type');
    });
    return values;
  } catch {
    throw new AppError(
      'request.cursor_invalid',
      {},
      {
        fieldErrors: [fieldProblem('cursor', 'request.cursor_field_invalid')],
      },
    );
  }
}

/** Returns the page and the cursor to the next one; fetch `limit + 1` rows to know if there is more. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number | null)[]) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit && items.length ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
