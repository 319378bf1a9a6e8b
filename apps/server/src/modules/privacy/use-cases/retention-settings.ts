import type {
  TRetentionExtension,
  TRetentionExtensionRequest,
  TRetentionSettings,
  TUpcomingAnonymisations,
  TUpdateRetentionSettingsRequest,
} from '@vouch/contracts';
import { unknownId } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import {
  candidateNameOf,
  countDue,
  insertExtension,
  listExtensions,
  loadRetention,
  saveRetention,
  upcomingCandidates,
} from '../privacy.repo.ts';
import { daysBefore, monthsBefore } from '../retention-job.ts';

export function getRetentionSettings(ctx: Ctx): Promise<TRetentionSettings> {
  return loadRetention(ctx.db, ctx.tenantId);
}

export function updateRetentionSettings(ctx: Ctx, changes: TUpdateRetentionSettingsRequest) {
  return ctx.db.transaction(async (tx) => {
    const next = { ...(await loadRetention(tx, ctx.tenantId)), ...changes };
    await saveRetention(tx, ctx.tenantId, next, ctx.actor.membershipId);
    return next;
  });
}

/** How far ahead the dry run looks, and how many it lists. */
const AHEAD_DAYS = 7;
const LIST_LIMIT = 200;

/** The dry run: candidates the job will anonymise within the next week, and when each is due. */
export async function upcomingAnonymisations(ctx: Ctx, now = new Date()): Promise<TUpcomingAnonymisations> {
  const settings = await loadRetention(ctx.db, ctx.tenantId);
  const { candidateMonths } = settings;
  const at = new Date(now.getTime() + AHEAD_DAYS * 86_400_000);
  const rows = await upcomingCandidates(ctx.db, ctx.tenantId, monthsBefore(at, candidateMonths), at, LIST_LIMIT);
  const counts = await countDue(ctx.db, ctx.tenantId, at, {
    candidates: monthsBefore(at, candidateMonths),
    checks: monthsBefore(at, settings.checkMonths),
    contacts: daysBefore(at, settings.departedContactDays),
    messages: daysBefore(at, settings.messageDays),
    webhooks: daysBefore(at, settings.webhookDays),
  });
  return {
    days: AHEAD_DAYS,
    counts,
    candidates: rows.map((r) => {
      const due = new Date(r.lastActivityAt);
      due.setUTCMonth(due.getUTCMonth() + candidateMonths);
      return {
        candidateId: r.id,
        name: r.name,
        lastActivityAt: r.lastActivityAt.toISOString(),
        dueAt: due.toISOString(),
      };
    }),
  };
}

/** Keeps one candidate past the period, recording the reason, who and when. */
export async function extendRetention(ctx: Ctx, input: TRetentionExtensionRequest): Promise<TRetentionExtension> {
  const candidateName = await candidateNameOf(ctx.db, ctx.tenantId, input.candidateId);
  if (candidateName === null) throw unknownId('candidateId', 'privacy.unknown_candidate');
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await insertExtension(tx, {
      companyId: ctx.tenantId,
      candidateId: input.candidateId,
      keepUntil: monthsBefore(new Date(), -input.months),
      reason: input.reason.trim(),
      createdById: ctx.actor.membershipId,
    });
    await publish(tx, {
      type: 'privacy.retention_extended',
      companyId: ctx.tenantId,
      candidateId: saved.candidateId,
      extensionId: saved.id,
      actorMembershipId: ctx.actor.membershipId,
    });
    return saved;
  });
  return {
    id: row.id,
    candidateId: row.candidateId,
    candidateName,
    keepUntil: row.keepUntil.toISOString(),
    reason: row.reason,
    createdByName: ctx.actor.name || null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function retentionExtensions(ctx: Ctx): Promise<{ extensions: TRetentionExtension[] }> {
  const rows = await listExtensions(ctx.db, ctx.tenantId);
  return {
    extensions: rows.map((r) => ({
      id: r.id,
      candidateId: r.candidate_id,
      candidateName: r.candidate_name,
      keepUntil: new Date(r.keep_until).toISOString(),
      reason: r.reason,
      createdByName: r.created_by_name || null,
      createdAt: new Date(r.created_at).toISOString(),
    })),
  };
}
