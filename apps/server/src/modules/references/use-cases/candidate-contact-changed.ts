import type { TChannel, TDomainEventOf } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { clearCandidateUndeliverable } from '../candidate-bounces.repo.ts';
import { sendCandidateLink } from './send-candidate-link.ts';

/**
 * The recruiter corrected the candidate's email or phone: their running checks no longer count that
 * channel undeliverable, and a check still waiting for the candidate to name referees asks them
 * again at the new address (by that channel only; the other one was written to already).
 */
export async function onCandidateContactChanged(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  event: TDomainEventOf<'candidate.contact_changed'>,
) {
  const channels: TChannel[] = [...(event.email ? ['email' as const] : []), ...(event.phone ? ['sms' as const] : [])];
  for (const channel of channels) {
    const cleared = await clearCandidateUndeliverable(tx, event.companyId, event.candidateId, channel);
    for (const check of cleared)
      if (check.status === 'awaiting_referees')
        await sendCandidateLink(tx, config, event.companyId, check.id, undefined, channel);
  }
}
