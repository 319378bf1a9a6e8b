import { and, eq } from 'drizzle-orm';
import { addApplicant } from '../modules/hiring/index.ts';
import type { Db } from '../platform/db/db.ts';
import { companies, memberships, shareLinks, users } from '../schema.ts';
import type { DemoJob } from './demo-jobs.ts';

/** Acme's careers page is at /careers/acme. */
export const DEMO_CAREERS_SLUG = 'acme';
/** Fixed so the README and a reader's bookmarks keep working across fresh starts. */
const DEMO_SHARE_TOKEN = 'acme-demo-share-link';

/**
 * The careers page's demo: Acme's address, and employee@acme.example's share link to the first open
 * job, opened 37 times, with one application through it (placed at the first step with origin
 * `share_link`; the referral it becomes is the policy's to decide, through `placement.created`).
 */
export async function seedCareersPage(tx: Db, companyId: string, jobs: DemoJob[]) {
  await tx.update(companies).set({ slug: DEMO_CAREERS_SLUG }).where(eq(companies.id, companyId));
  const job = jobs.find((j) => !j.archived);
  const [employee] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.email, 'employee@acme.example')));
  if (!job || !employee) return;
  const [link] = await tx
    .insert(shareLinks)
    .values({ companyId, membershipId: employee.id, jobId: job.id, token: DEMO_SHARE_TOKEN, views: 36 })
    .returning({ id: shareLinks.id });
  const applied = await addApplicant(tx, companyId, {
    jobId: job.id,
    applicant: {
      firstName: 'Nora',
      lastName: 'Lindqvist',
      email: 'nora.lindqvist@mail.example',
      phone: '+46 70 555 12 34',
      linkedinUrl: 'https://www.linkedin.com/in/nora-lindqvist',
      language: 'sv',
    },
    origin: 'share_link',
    shareLinkId: link.id,
  });
  await tx
    .update(shareLinks)
    .set({ views: 37, applications: applied.placementId ? 1 : 0 })
    .where(and(eq(shareLinks.companyId, companyId), eq(shareLinks.id, link.id)));
}
