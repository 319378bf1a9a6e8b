import type { TChannel, TDomainEventOf } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { clearCandidateUndeliverable, restartCandidateChase } from '../candidate-bounces.repo.ts';
import { sendCandidateLink } from './send-candidate-link.ts';

/**
 * The recruiter corrected the candidate's email or phone: their running checks no longer count that
 * channel undeliverable. A check still waiting for the candidate (no referee named, or no consent
 * yet) asks them again at the new address, by that channel only (the other one was written to
 * already), and their reminders start over from now: the ones sent to the old address reached no one.
 * A check the candidate already answered needs nothing from them; its later messages use the new address.
 */
export async function onCandidateContactChanged(
  tx: Db,
  config: Pick<Config, 'publicUrl'>,
  event: TDomainEventOf<'candidate.contact_changed'>,
) {
  const channels: TChannel[] = [...(event.email ? ['email' as const] : []), ...(event.phone ? ['sms' as const] : [])];
  const restarted = new Set<string>();
  for (const channel of channels) {
    const cleared = await clearCandidateUndeliverable(tx, event.companyId, event.candidateId, channel);
    for (const check of cleared) {
      if (check.status !== 'awaiting_referees' && check.candidateConsentAt) continue;
      if (!restarted.has(check.id)) await restartCandidateChase(tx, event.companyId, check.id, new Date());
      restarted.add(check.id);
      await sendCandidateLink(tx, config, event.companyId, check.id, { only: channel });
    }
  }
}
