import type { ZVerification } from '@vouch/contracts';
import type { z } from 'zod';

/** How far a referee's identity is backed by their contact details, for the report. */
export function refereeVerification(_referee: {
  email: string | null;
  company: string | null;
}): z.infer<typeof ZVerification> {
  return 'unverified';
}
