import { z } from 'zod';

/** What every part of the integration API (`/api/v1`) shares: paging and the examples' ids and times. */

/** The cursor query every v1 list takes. */
export const ZV1PageQuery = z.object({
  cursor: z.string().max(500).optional().describe('The `next_cursor` of the previous page.'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('At most this many items (1–200).'),
});

export const ZNextCursor = z
  .string()
  .nullable()
  .describe('Pass as `?cursor=` for the next page; null on the last page.')
  .meta({ example: null });

export const EXAMPLE_ID = '3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f';
export const EXAMPLE_TIME = '2026-03-04T09:15:00.000Z';
