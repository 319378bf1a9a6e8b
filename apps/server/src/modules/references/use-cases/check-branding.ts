import type { ZPublicBranding } from '@vouch/contracts';
import type { z } from 'zod';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { findCompanyBranding, findMemberContact, findSubAccountBranding } from '../check-contacts.repo.ts';
import type { referenceChecks } from '../references.tables.ts';

type CheckRow = typeof referenceChecks.$inferSelect;
export type TPublicBranding = z.infer<typeof ZPublicBranding>;

/**
 * Who asks, as the candidate's and referees' pages show it: the sub-account (a brand asks, not the
 * group) or the company, its logo, and whom to contact: the recruiter who started the check (while
 * still a member) or the company's reply-to address.
 */
export async function publicBranding(db: Db, check: CheckRow): Promise<TPublicBranding> {
  const company = await findCompanyBranding(db, check.companyId);
  const account = check.subAccountId ? await findSubAccountBranding(db, check.companyId, check.subAccountId) : null;
  const recruiter = check.createdById ? await findMemberContact(db, check.companyId, check.createdById) : null;
  const contact =
    recruiter?.status === 'active'
      ? { contactName: recruiter.name, contactEmail: recruiter.email }
      : { contactName: company.replyTo ? company.name : null, contactEmail: company.replyTo };
  return {
    companyName: company.name,
    // The same name the emails and texts are sent under (see loadCheckContext).
    senderName: account ? (account.senderName ?? account.name) : (company.senderName ?? company.name),
    logoDataUrl: account?.logo ?? null,
    ...contact,
  };
}

/** A link that no longer works (used, expired, or its check ended): a 410 that says whom to contact. */
export async function linkExpired(db: Db, check: CheckRow) {
  return new AppError('link_expired', {}, { extra: { branding: await publicBranding(db, check) } });
}

/** The check's links work while it runs (or is completed) and until its links expire. */
export const checkLinksWork = (check: CheckRow) =>
  check.status !== 'cancelled' && check.status !== 'expired' && check.linksExpireAt.getTime() > Date.now();
