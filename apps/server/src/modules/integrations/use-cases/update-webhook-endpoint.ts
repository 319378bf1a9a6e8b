import type { PrivateNetworks } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { updateEndpoint } from '../webhook-endpoints.repo.ts';
import { assertTarget } from '../webhook-policy.ts';
import type { EndpointInput } from './create-webhook-endpoint.ts';
import { endpointRowOr404, getWebhookEndpoint } from './webhook-endpoints.ts';

/** Disabling keeps the endpoint and its log; enabling again clears `disabledAt` and `failingSince`. */
export async function updateWebhookEndpoint(
  db: Db,
  operator: PrivateNetworks,
  companyId: string,
  id: string,
  input: EndpointInput & { enabled: boolean },
) {
  const row = await endpointRowOr404(db, companyId, id);
  if (input.url !== row.url) await assertTarget(db, operator, companyId, input.url, 'url');
  const wasEnabled = !row.disabledAt;
  await updateEndpoint(db, companyId, id, {
    url: input.url,
    description: input.description,
    eventTypes: input.eventTypes,
    ...(input.enabled && !wasEnabled ? { disabledAt: null, failingSince: null } : {}),
    ...(!input.enabled && wasEnabled ? { disabledAt: new Date() } : {}),
  });
  return getWebhookEndpoint(db, companyId, id);
}
