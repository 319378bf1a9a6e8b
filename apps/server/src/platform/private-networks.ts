import type { PrivateNetworks } from './config.ts';
import { fieldError } from './errors.ts';

/**
 * A company's "allow private networks" switch can only narrow what the operator allows, so turning it
 * on where the operator allows no private network at all is refused rather than stored to no effect.
 */
export function assertPrivateNetworksAvailable(operator: PrivateNetworks, allow: boolean | undefined, field: string) {
  if (allow && operator.kind === 'off') throw fieldError(field, 'webhook.private_networks_forbidden');
}
