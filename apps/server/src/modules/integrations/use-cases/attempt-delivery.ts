import type { TargetPolicy } from '../address-guard.ts';
import { type AttemptOptions, type AttemptOutcome, sendGuarded } from '../guarded-http.ts';
import { signWebhook } from '../webhook-signing.ts';

/**
 * Signs and posts one event to its endpoint. The signature is made with the endpoint's secret and,
 * for 24 hours after a rotation, with the previous one as well (two `v1,` signatures), so a receiver
 * still verifying with the old secret keeps working while it switches.
 */
export async function attemptDelivery(
  target: {
    eventId: string;
    payload: unknown;
    url: string;
    secret: string;
    previousSecret: string | null;
    previousSecretExpiresAt: Date | null;
    policy: TargetPolicy;
  },
  options: AttemptOptions & { now?: Date; signedAt?: Date } = {},
): Promise<AttemptOutcome> {
  const now = options.now ?? new Date();
  const secrets = [target.secret];
  if (target.previousSecret && target.previousSecretExpiresAt && target.previousSecretExpiresAt > now)
    secrets.push(target.previousSecret);
  const body = JSON.stringify(target.payload);
  const headers = signWebhook(secrets, target.eventId, options.signedAt ?? new Date(), body);
  return sendGuarded(
    { method: 'POST', url: target.url, headers: { ...headers, 'user-agent': 'Vouch-Webhooks/1' }, body },
    target.policy,
    options,
  );
}
