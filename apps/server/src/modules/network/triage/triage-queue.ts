import type { TTriageCard, TTriageQueue, TTriageReason } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import type { Owner } from '../contacts.repo.ts';
import { selectTriagePage, setContactSkipped, type TriageRow } from './triage.repo.ts';

const ownerOf = (ctx: Ctx): Owner => ({ companyId: ctx.tenantId, ownerId: ctx.actor.membershipId });

/** The reasons a card gives, strongest first, in the order the score weighs them. */
function reasonsOf(row: TriageRow): TTriageReason[] {
  const reasons: TTriageReason[] = [];
  if (row.shared_employer) reasons.push({ kind: 'shared_employer', company: row.shared_employer });
  if (row.job_id && row.job_title) reasons.push({ kind: 'fits_job', job: { id: row.job_id, title: row.job_title } });
  if (row.recent && row.connected_on) reasons.push({ kind: 'recent_connection', connectedOn: row.connected_on });
  return reasons;
}

function cardOf(row: TriageRow): TTriageCard {
  return {
    contact: {
      id: row.id,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      linkedinUrl: row.linkedin_url,
      company: row.company,
      position: row.position,
      connectedOn: row.connected_on,
    },
    score: Number(row.score),
    reasons: reasonsOf(row),
    suggestedJob: row.job_id && row.job_title ? { id: row.job_id, title: row.job_title } : null,
  };
}

/** The caller's next contacts to triage, the ones they most likely know first. */
export async function listTriageQueue(ctx: Ctx, limit: number): Promise<TTriageQueue> {
  const rows = await selectTriagePage(ctx.db, ownerOf(ctx), limit);
  return { items: rows.map(cardOf), remaining: rows.length ? Number(rows[0].remaining) : 0 };
}

/** Skipping keeps the contact in "My network" but out of the queue; only the owner can. */
export async function skipContact(ctx: Ctx, contactId: string, skipped: boolean) {
  if (!(await setContactSkipped(ctx.db, ownerOf(ctx), contactId, skipped))) throw notFound();
}
