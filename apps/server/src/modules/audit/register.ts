import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Db } from '../../platform/db/db.ts';
import type { DomainEvents } from '../../platform/events.ts';
import { auditRetentionPurge } from './background.ts';
import { recordAudit } from './record.ts';

/**
 * The audit log's background work (called once per app), its retention purge, and the privacy
 * module's acts it records from their domain events, in the act's transaction.
 */
export function registerAudit({
  events,
  background,
}: {
  events: DomainEvents;
  background: BackgroundJobs<{ db: Db }>;
}) {
  background.addPeriodic(auditRetentionPurge);
  events.subscribe('privacy.person_erased', (tx, erased) =>
    recordAudit(tx, {
      companyId: erased.companyId,
      actor: { kind: 'member', membershipId: erased.actorMembershipId },
      action: 'person.erased',
      target: { kind: 'erasure_receipt', id: erased.receiptId },
      detail: { subject: erased.subjectKind },
    }),
  );
  events.subscribe('privacy.retention_extended', (tx, kept) =>
    recordAudit(tx, {
      companyId: kept.companyId,
      actor: { kind: 'member', membershipId: kept.actorMembershipId },
      action: 'retention.extended',
      target: { kind: 'candidate', id: kept.candidateId },
      detail: { extensionId: kept.extensionId },
    }),
  );
}
