import type { Db } from '../../../platform/db/db.ts';
import { updateEndpoint } from '../webhook-endpoints.repo.ts';
import { generateWebhookSecret } from '../webhook-signing.ts';
import { endpointRowOr404, getWebhookEndpoint } from './webhook-endpoints.ts';

/** The old secret keeps signing this long after a rotation, so receivers can switch without losing events. */
export const PREVIOUS_SECRET_VALID_MS = 24 * 3_600_000;

/**
 * A new secret, returned this once. Deliveries are signed with both the new and the old secret for
 * the next 24 hours (two `v1,` signatures), then with the new one only. Rotating again within them
 * keeps the secret being replaced, not the one before it.
 */
export async function rotateWebhookSecret(db: Db, companyId: string, id: string, now = new Date()) {
  const row = await endpointRowOr404(db, companyId, id);
  const secret = generateWebhookSecret();
  await updateEndpoint(db, companyId, id, {
    secret,
    previousSecret: row.secret,
    previousSecretExpiresAt: new Date(now.getTime() + PREVIOUS_SECRET_VALID_MS),
  });
  return { ...(await getWebhookEndpoint(db, companyId, id)), secret };
}
