import { isCheckEventType } from '@vouch/contracts';
import type { PrivateNetworks } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError } from '../../../platform/errors.ts';
import { insertEndpoint } from '../webhook-endpoints.repo.ts';
import { assertTarget } from '../webhook-policy.ts';
import { generateWebhookSecret } from '../webhook-signing.ts';
import { getWebhookEndpoint } from './webhook-endpoints.ts';

/** Who registers an endpoint: a member through the admin pages, or an ATS through its API key (and its sub-account). */
export type EndpointAuthor = {
  createdById?: string | null;
  createdByApiKeyId?: string | null;
  subAccountId?: string | null;
};

export type EndpointInput = { url: string; description: string | null; eventTypes: string[] };

export async function createWebhookEndpoint(
  db: Db,
  operator: PrivateNetworks,
  companyId: string,
  input: EndpointInput,
  author: EndpointAuthor,
) {
  await assertTarget(db, operator, companyId, input.url, 'url');
  const secret = generateWebhookSecret();
  const row = await insertEndpoint(db, companyId, {
    url: input.url,
    description: input.description,
    eventTypes: input.eventTypes,
    secret,
    createdById: author.createdById ?? null,
    createdByApiKeyId: author.createdByApiKeyId ?? null,
    subAccountId: author.subAccountId ?? null,
  });
  return { ...(await getWebhookEndpoint(db, companyId, row.id)), secret };
}

/**
 * A sub-account's endpoint hears only its own checks' events: referral events are the company's, so
 * subscribing to one is refused on its field (`<field>.<index>`).
 */
export function assertSubAccountEventTypes(subAccountId: string | null, eventTypes: string[], field: string) {
  if (!subAccountId) return;
  const index = eventTypes.findIndex((type) => !isCheckEventType(type));
  if (index >= 0) throw fieldError(`${field}.${index}`, 'webhook.referral_events_company_only');
}
