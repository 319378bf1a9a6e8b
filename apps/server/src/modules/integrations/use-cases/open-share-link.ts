import type { TReport } from '@vouch/contracts';
import { sha256 } from '../../../platform/crypto.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { buildReport } from '../../references/index.ts';
import { findShareLinkByTokenHash, insertShareOpen } from '../report-share-links.repo.ts';

export type OpenedShareLink =
  | { outcome: 'not_found' }
  | { outcome: 'gone' }
  | { outcome: 'ok'; report: TReport; company: { name: string; timeZone: string } };

/** The same as the reader the report is built for: it sees every check of the company. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Opens a link: unknown → not found; expired, revoked, or sharing turned off → gone; otherwise the
 * open is logged and the report returned (built as for an admin of the link's company).
 */
export async function openShareLink(
  services: Pick<Ctx, 'db' | 'config' | 'log' | 'requestId'>,
  token: string,
  visitor: { ip: string | null; userAgent: string | null },
): Promise<OpenedShareLink> {
  const { db } = services;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { outcome: 'not_found' };
  const link = await findShareLinkByTokenHash(db, sha256(token));
  if (!link) return { outcome: 'not_found' };
  if (!link.enabled || link.revokedAt || link.expiresAt.getTime() <= Date.now()) return { outcome: 'gone' };
  await insertShareOpen(db, link.companyId, {
    linkId: link.id,
    ip: visitor.ip?.slice(0, 100) ?? null,
    userAgent: visitor.userAgent?.slice(0, 500) ?? null,
  });
  const report = await buildReport(
    {
      ...services,
      tenantId: link.companyId,
      actor: {
        userId: NOBODY,
        membershipId: NOBODY,
        sessionId: NOBODY,
        email: '',
        name: '',
        language: 'en',
        role: 'admin',
        agencyId: null,
      },
    },
    link.checkId,
  );
  return { outcome: 'ok', report, company: { name: link.companyName, timeZone: link.timeZone } };
}
