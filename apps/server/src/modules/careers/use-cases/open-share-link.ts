import type { PublicCtx } from '../../../platform/http/context.ts';
import { type CareersCompany, type CareersJob, findCareersCompany, findCareersJob } from '../careers.repo.ts';
import { countShareLinkView, findShareLinkByToken } from '../share-links.repo.ts';

export type OpenedShareLink =
  | { kind: 'not_found' }
  /** The member left or the job closed: the careers page's job list instead of an error. */
  | { kind: 'job_list'; company: CareersCompany }
  | { kind: 'job'; company: CareersCompany; job: CareersJob; linkId: string };

/**
 * Someone opens an employee's share link (`/j/<token>`). A live link shows its job and counts a view
 * when `countView` (the route leaves out HEAD requests, bots and repeat visits in one browser session).
 */
export async function openShareLink(ctx: PublicCtx, token: string, countView: boolean): Promise<OpenedShareLink> {
  const link = await findShareLinkByToken(ctx.db, token);
  if (!link) return { kind: 'not_found' };
  const company = await findCareersCompany(ctx.db, link.companyId);
  if (!company) return { kind: 'not_found' };
  const job = link.memberActive && link.jobListed ? await findCareersJob(ctx.db, company.id, link.jobId) : null;
  if (!job) return { kind: 'job_list', company };
  if (countView) await countShareLinkView(ctx.db, company.id, link.id);
  return { kind: 'job', company, job, linkId: link.id };
}
