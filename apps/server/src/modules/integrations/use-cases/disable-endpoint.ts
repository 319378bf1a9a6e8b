import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { recordAudit } from '../../audit/index.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { activeAdminContacts, disableEndpointRow } from '../webhook-endpoints.repo.ts';

/** An endpoint failing this long without a single success is turned off and the admins are told. */
export const WEBHOOK_DISABLE_AFTER_MS = 5 * 86_400_000;

const DISABLE_AFTER_DAYS = WEBHOOK_DISABLE_AFTER_MS / 86_400_000;

/**
 * Turns an endpoint off and emails the company's admins, in one transaction: at once when its
 * receiver answered 410 Gone, or once it has failed for five days without a success. True when this
 * call did it (exactly one worker does).
 */
export async function disableEndpoint(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  companyId: string,
  endpointId: string,
  now: Date,
  reason: 'gone' | 'failing',
) {
  // Failing: only once it has failed since before the cut-off (another worker may have seen a success).
  const failingSinceBefore = reason === 'failing' ? new Date(now.getTime() - WEBHOOK_DISABLE_AFTER_MS) : null;
  return db.transaction(async (tx) => {
    const endpoint = await disableEndpointRow(tx, companyId, endpointId, now, failingSinceBefore);
    if (!endpoint) return false;
    await recordAudit(tx, {
      companyId: endpoint.companyId,
      actor: { kind: 'system' },
      action: 'webhook_endpoint.disabled',
      target: { kind: 'webhook_endpoint', id: endpointId },
      detail: { reason },
    });
    const admins = await activeAdminContacts(tx, endpoint.companyId);
    for (const admin of admins) {
      await enqueueEmail(tx, {
        companyId: endpoint.companyId,
        to: admin.email,
        language: admin.language,
        template: 'webhook_endpoint_disabled',
        data: {
          adminName: admin.name,
          endpointUrl: endpoint.url,
          days: DISABLE_AFTER_DAYS,
          reason,
          integrationsUrl: `${config.publicUrl}/integrations`,
        },
        senderName: admin.senderName,
      });
    }
    return true;
  });
}
