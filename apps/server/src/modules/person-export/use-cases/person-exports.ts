import { PERSON_EXPORT_LINK_HOURS, type TPersonExport, type TPersonExportRequest } from '@vouch/contracts';
import { randomToken, safeEqual, sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { noKeys } from '../../../platform/person-keys.ts';
import { auditAct } from '../../audit/index.ts';
import { findCandidateRow } from '../../hiring/index.ts';
import { refereesMatching } from '../../references/index.ts';
import { findMemberForErasure } from '../../tenancy/index.ts';
import { findPersonExport, insertPersonExport, type PersonExportRow } from '../person-export.repo.ts';

const shown = (row: PersonExportRow): TPersonExport => ({
  id: row.id,
  subjectKind: row.subjectKind,
  subjectId: row.subjectId,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

/** Whether the export's subject is this company's: another company's person reads as not found. */
async function subjectIsOurs(db: Db, companyId: string, { subjectKind, subjectId }: TPersonExportRequest) {
  switch (subjectKind) {
    case 'candidate':
      return !!(await findCandidateRow(db, companyId, subjectId));
    case 'referee':
      return (await refereesMatching(db, companyId, { ...noKeys(), refereeIds: [subjectId] })).length > 0;
    case 'member':
      return !!(await findMemberForErasure(db, companyId, subjectId));
  }
}

const NOT_FOUND = {
  candidate: 'candidate.not_found',
  referee: 'privacy.subject_not_found',
  member: 'privacy.subject_not_found',
} as const;

/** The audit log names a member by their membership, as it does for role changes. */
const auditTarget = ({ subjectKind, subjectId }: Pick<TPersonExportRequest, 'subjectKind' | 'subjectId'>) => ({
  kind: subjectKind === 'member' ? ('membership' as const) : subjectKind,
  id: subjectId,
});

/**
 * An admin asks for everything about a person: the ZIP is built in the background. The download
 * link's token is returned this once; only its hash is kept. Another company's person answers 404.
 */
export async function requestPersonExport(ctx: Ctx, input: TPersonExportRequest, now = new Date()) {
  if (!(await subjectIsOurs(ctx.db, ctx.tenantId, input))) throw notFound(NOT_FOUND[input.subjectKind]);
  const token = randomToken();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertPersonExport(tx, ctx.tenantId, {
      requestedById: ctx.actor.membershipId,
      subjectKind: input.subjectKind,
      subjectId: input.subjectId,
      tokenHash: sha256(token),
      expiresAt: new Date(now.getTime() + PERSON_EXPORT_LINK_HOURS * 3_600_000),
    });
    await auditAct(
      ctx,
      {
        action: 'person.export_requested',
        target: auditTarget(input),
        detail: { exportId: created.id },
      },
      tx,
    );
    return created;
  });
  const downloadUrl = `/api/person-exports/${row.id}/download/${token}`;
  return { ...shown(row), downloadUrl };
}

/** The admin's own export's state; another admin's, like another company's, is not found. */
async function ownExport(ctx: Ctx, id: string) {
  const row = await findPersonExport(ctx.db, ctx.tenantId, id);
  if (!row || row.requestedById !== ctx.actor.membershipId) throw notFound('person_export.not_found');
  return row;
}

export async function getPersonExport(ctx: Ctx, id: string): Promise<TPersonExport> {
  return shown(await ownExport(ctx, id));
}

/**
 * The ZIP, for the admin who asked, with the link's token, before it expires. A wrong token answers
 * like an unknown export, so the link is what opens it, not the id alone.
 */
export async function downloadPersonExport(ctx: Ctx, id: string, token: string, now = new Date()) {
  const row = await ownExport(ctx, id);
  if (!safeEqual(sha256(token), row.tokenHash)) throw notFound('person_export.not_found');
  if (row.expiresAt <= now) throw new AppError('person_export.expired');
  if (row.status !== 'ready' || !row.content) throw new AppError('person_export.not_ready');
  await auditAct(ctx, {
    action: 'person.export_downloaded',
    target: auditTarget(row),
    detail: { exportId: row.id, bytes: row.content.length },
  });
  return { zip: row.content, filename: `${row.subjectKind}-${row.subjectId}.zip` };
}
