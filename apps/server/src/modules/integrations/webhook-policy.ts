import type { PrivateNetworks } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { rebuiltProblem } from '../../platform/errors.ts';
import { assertPrivateNetworksAvailable } from '../../platform/private-networks.ts';
import { checkWebhookTarget, type TargetPolicy } from './address-guard.ts';
import { findAllowPrivateNetworks, saveAllowPrivateNetworks } from './webhook-policy.repo.ts';

/** The company's "allow private networks" switch, and the address policy it makes with the operator's setting. */

export async function allowsPrivateNetworks(db: Db, companyId: string) {
  return (await findAllowPrivateNetworks(db, companyId)) ?? false;
}

export async function setAllowPrivateNetworks(db: Db, operator: PrivateNetworks, companyId: string, allow: boolean) {
  assertPrivateNetworksAvailable(operator, allow, 'allowPrivateNetworks');
  await saveAllowPrivateNetworks(db, companyId, allow);
  return { allowPrivateNetworks: allow };
}

/** The policy for the company's targets: the operator's setting narrowed by the company's switch. */
export async function targetPolicyOf(db: Db, operator: PrivateNetworks, companyId: string): Promise<TargetPolicy> {
  return { operator, companyAllows: await allowsPrivateNetworks(db, companyId) };
}

/** Refuses addresses the worker would refuse to send to, so the caller learns it now, not from the log. */
export async function assertTarget(db: Db, operator: PrivateNetworks, companyId: string, url: string, field: string) {
  const target = await checkWebhookTarget(url, await targetPolicyOf(db, operator, companyId));
  if (!target.ok) {
    const { reason, params } = target.problem;
    throw rebuiltProblem(reason ?? 'validation_failed', params, { fieldErrors: [{ ...target.problem, field }] });
  }
}
