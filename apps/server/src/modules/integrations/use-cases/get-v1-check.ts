import type { TV1ReferenceCheck } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import type { JsonText } from '../../../platform/http/json-text.ts';
import { findV1CheckDocument } from '../v1-check-documents.repo.ts';

/** The check as the API shows it, or 404 when it is another company's or outside the key's sub-account. */
export async function getV1Check(ctx: ApiCtx, checkId: string): Promise<JsonText<TV1ReferenceCheck>> {
  const { db, tenantId, apiKey, config } = ctx;
  const document = await findV1CheckDocument(db, tenantId, checkId, apiKey.subAccountId, config.publicUrl);
  if (!document) throw notFound('reference_check.not_found');
  return document;
}
