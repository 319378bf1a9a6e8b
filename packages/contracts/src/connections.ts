import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * "Who knows this candidate": the colleagues connected to a candidate and how, strongest first.
 * Reasons are structured so each surface words them in its own language; `summary` is the English
 * sentence (e.g. "Simon worked with Raymond at Dentons, 2018–2021, about 3 years").
 */
export const ZConnectionReason = z.discriminatedUnion('kind', [
  /** The candidate is in the colleague's imported contacts. */
  z.object({ kind: z.literal('contact'), matchedBy: z.enum(['email', 'linkedin', 'name_and_company']) }),
  /** Both worked at the same employer at the same time. Dates are YYYY-MM-DD; `to` null means "to now". */
  z.object({
    kind: z.literal('worked_together'),
    company: z.string(),
    from: z.string(),
    to: z.string().nullable(),
    months: z.number().int(),
  }),
  /** The colleague marked the candidate in their network (an introduction or prospect). */
  z.object({ kind: z.literal('marked'), mark: z.enum(['email_introduction', 'warm_prospect', 'cold_prospect']) }),
]);
export type TConnectionReason = z.infer<typeof ZConnectionReason>;

export const ZCandidateConnection = z.object({
  colleague: z.object({ membershipId: ZId, name: z.string(), email: z.string() }),
  /** Higher is stronger; only the order means something. */
  strength: z.number(),
  reasons: z.array(ZConnectionReason),
  summary: z.string(),
});
export type TCandidateConnection = z.infer<typeof ZCandidateConnection>;

export const ZCandidateConnections = z.object({ items: z.array(ZCandidateConnection) });
export type TCandidateConnections = z.infer<typeof ZCandidateConnections>;

/** For the candidate table: the best connection and how many there are, per candidate on the page. */
export const ZConnectionSummaryQuery = z.object({
  ids: z
    .string()
    .max(100 * 37)
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(ZId).max(100)),
});
export const ZConnectionSummaries = z.object({
  items: z.array(z.object({ candidateId: ZId, count: z.number().int(), best: ZCandidateConnection.nullable() })),
});
export type TConnectionSummaries = z.infer<typeof ZConnectionSummaries>;
