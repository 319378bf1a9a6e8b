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
      // The background job carries out a person's own request when it falls due.
      actor: erased.actorMembershipId ? { kind: 'member', membershipId: erased.actorMembershipId } : { kind: 'system' },
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
  // Done by the person through their own link: no member, no address kept.
  events.subscribe('privacy.consent_withdrawn', (tx, withdrawn) =>
    recordAudit(tx, {
      companyId: withdrawn.companyId,
      actor: { kind: 'system' },
      action: 'consent.withdrawn',
      target: { kind: withdrawn.subjectKind, id: withdrawn.subjectId },
      detail: { subject: withdrawn.subjectKind, via: 'privacy_link' },
    }),
  );
  events.subscribe('privacy.erasure_requested', (tx, asked) =>
    recordAudit(tx, {
      companyId: asked.companyId,
      actor: { kind: 'system' },
      action: 'erasure.requested',
      target: { kind: 'erasure_request', id: asked.requestId },
      detail: { subject: asked.subjectKind, via: 'privacy_link', dueAt: asked.dueAt },
    }),
  );
  events.subscribe('privacy.erasure_kept', (tx, kept) =>
    recordAudit(tx, {
      companyId: kept.companyId,
      actor: { kind: 'member', membershipId: kept.actorMembershipId },
      action: 'erasure.kept',
      target: { kind: 'erasure_request', id: kept.requestId },
    }),
  );
}
