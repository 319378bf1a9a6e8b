import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * A reference check's timeline: who did what, when. `started`, `referee_answered` and
 * `referee_declined` come from the check and its referees; the rest are staff actions kept as they
 * happen. A copied link is the referee's (or candidate's) only credential in someone else's hands,
 * which is why copying one is kept with who did it.
 */
export const CHECK_EVENT_KINDS = [
  'started',
  'candidate_link_copied',
  'candidate_link_resent',
  'referee_link_copied',
  'referee_link_resent',
  'referee_answered',
  'referee_declined',
  'closed_early',
  'cancelled',
  /** The candidate withdrew their consent from their privacy page: the check stopped. */
  'consent_withdrawn',
  /** A referee withdrew their consent and answers from their privacy page. */
  'referee_withdrew',
] as const;
export const ZCheckEventKind = z.enum(CHECK_EVENT_KINDS);
export type TCheckEventKind = z.infer<typeof ZCheckEventKind>;

const ZNamedRef = z.object({ id: ZId, name: z.string() });

export const ZCheckEvent = z.object({
  /** Stable per line (a stored event's id, or the kind and the row it comes from). */
  id: z.string(),
  kind: ZCheckEventKind,
  at: z.string(),
  /** The staff member who did it; null for the system, an integration, or the referee themselves. */
  actor: ZNamedRef.nullable(),
  /** The referee it concerns, if any. */
  referee: ZNamedRef.nullable(),
});
export type TCheckEvent = z.infer<typeof ZCheckEvent>;

/** Oldest first. */
export const ZCheckTimeline = z.object({ items: z.array(ZCheckEvent) });
export type TCheckTimeline = z.infer<typeof ZCheckTimeline>;
