import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { findMemberContact } from '../check-contacts.repo.ts';
import { loadCheckContext } from '../check-messages.ts';
import type { StatusChange } from '../check-statuses.ts';
import { countAnsweredReferees } from '../referees.repo.ts';

export const reportUrl = (config: Pick<Config, 'publicUrl'>, checkId: string) =>
  `${config.publicUrl}/reference-checks/${checkId}/report`;

/**
 * What follows a check's status change, in the same transaction: completion, cancellation and expiry
 * are published as domain events (integrations turns them into webhook events and, on completion,
 * queues the callback of a partner that started the check), and on completion the recruiter who
 * started it is emailed the report link.
 */
export async function afterCheckStatusChange(db: Db, config: Pick<Config, 'publicUrl'>, change: StatusChange | null) {
  if (change?.to === 'completed' || change?.to === 'cancelled' || change?.to === 'expired')
    await publish(db, { type: `reference_check.${change.to}`, companyId: change.companyId, checkId: change.checkId });
  if (change?.to !== 'completed') return;
  const context = await loadCheckContext(db, change.companyId, change.checkId);
  if (!context?.check.createdById) return;
  const creator = await findMemberContact(db, change.companyId, context.check.createdById);
  if (creator?.status !== 'active') return;
  const answered = await countAnsweredReferees(db, change.companyId, change.checkId);
  await enqueueEmail(db, {
    companyId: context.check.companyId,
    to: creator.email,
    language: creator.language,
    template: 'reference_check_completed',
    data: {
      candidateName: `${context.candidate.firstName} ${context.candidate.lastName}`,
      answered,
      reportUrl: reportUrl(config, change.checkId),
    },
    senderName: context.senderName,
  });
}
