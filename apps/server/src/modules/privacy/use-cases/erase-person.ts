import type { TErasureReceipt, TErasureRequest } from '@vouch/contracts';
import { sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { noKeys, type PersonKeys } from '../../../platform/person-keys.ts';
import { candidatesMatching } from '../../hiring/index.ts';
import { contactsMatching } from '../../network/index.ts';
import { refereesMatching } from '../../references/index.ts';
import { assertNotLastAdmin, findMemberForErasure } from '../../tenancy/index.ts';
import { erasePerson } from '../machinery.ts';
import { insertReceipt, listReceipts } from '../privacy.repo.ts';

/** The record the erasure starts from, as keys, and its email for the receipt's hash; null: none such. */
async function startOf(db: Db, ctx: Ctx, { kind, id }: TErasureRequest) {
  const keys: PersonKeys = noKeys();
  switch (kind) {
    case 'candidate': {
      const [row] = await candidatesMatching(db, ctx.tenantId, { ...keys, candidateIds: [id] });
      return row ? { keys: { ...keys, candidateIds: [id] }, email: row.emailKey } : null;
    }
    case 'referee': {
      const [row] = await refereesMatching(db, ctx.tenantId, { ...keys, refereeIds: [id] });
      return row ? { keys: { ...keys, refereeIds: [id] }, email: row.emailKey } : null;
    }
    case 'contact': {
      const [row] = await contactsMatching(db, ctx.tenantId, { ...keys, contactIds: [id] });
      return row ? { keys: { ...keys, contactIds: [id] }, email: row.emailKey } : null;
    }
    case 'member': {
      const row = await findMemberForErasure(db, ctx.tenantId, id);
      if (!row || row.email.endsWith('@erased.invalid')) return null;
      if (row.membership.id === ctx.actor.membershipId) throw new AppError('member.cannot_deactivate_self');
      await assertNotLastAdmin(db, ctx.tenantId, row.membership);
      const email = row.email.toLowerCase();
      return { keys: { ...keys, membershipIds: [id], emails: [email] }, email };
    }
  }
}

/**
 * Erases a person on an admin's request, at once and in one transaction, by the machinery retention
 * uses, and writes the receipt: what kinds were erased, when, by whom, and the SHA-256 of the email.
 */
export async function erasePersonOnRequest(ctx: Ctx, request: TErasureRequest): Promise<TErasureReceipt> {
  return ctx.db.transaction(async (tx) => {
    const start = await startOf(tx, ctx, request);
    if (!start) throw notFound('privacy.subject_not_found');
    const now = new Date();
    const erased = await erasePerson(tx, ctx.tenantId, start.keys, now);
    const row = await insertReceipt(tx, {
      companyId: ctx.tenantId,
      subjectKind: request.kind,
      emailSha256: start.email ? sha256(start.email.toLowerCase()) : null,
      erased,
      erasedById: ctx.actor.membershipId,
      erasedAt: now,
    });
    await publish(tx, {
      type: 'privacy.person_erased',
      companyId: ctx.tenantId,
      receiptId: row.id,
      subjectKind: row.subjectKind,
      actorMembershipId: ctx.actor.membershipId,
    });
    return {
      id: row.id,
      subjectKind: row.subjectKind,
      emailSha256: row.emailSha256,
      erased: row.erased,
      erasedByName: ctx.actor.name || null,
      erasedAt: row.erasedAt.toISOString(),
    };
  });
}

export async function erasureReceipts(ctx: Ctx): Promise<{ receipts: TErasureReceipt[] }> {
  const rows = await listReceipts(ctx.db, ctx.tenantId);
  return {
    receipts: rows.map((r) => ({
      id: r.id,
      subjectKind: r.subject_kind as TErasureReceipt['subjectKind'],
      emailSha256: r.email_sha256,
      erased: r.erased,
      erasedByName: r.erased_by_name || null,
      erasedAt: new Date(r.created_at).toISOString(),
    })),
  };
}
