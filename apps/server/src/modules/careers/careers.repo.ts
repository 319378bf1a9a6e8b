import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { jobs } from '../hiring/index.ts';
import { companies, departments } from '../tenancy/index.ts';

/** The careers page's queries: a company by its address, its listed jobs, and its address itself. */

export type CareersCompany = { id: string; name: string; slug: string; defaultLanguage: 'en' | 'sv' };

export async function findCompanyBySlug(db: Db, slug: string): Promise<CareersCompany | null> {
  const [row] = await db
    .select({
      id: companies.id,
      name: companies.name,
      slug: companies.slug,
      defaultLanguage: companies.defaultLanguage,
    })
    .from(companies)
    .where(eq(companies.slug, slug));
  return row?.slug ? { ...row, slug: row.slug } : null;
}

export async function findCareersCompany(db: Db, companyId: string): Promise<CareersCompany | null> {
  const [row] = await db
    .select({
      id: companies.id,
      name: companies.name,
      slug: companies.slug,
      defaultLanguage: companies.defaultLanguage,
    })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.slug ? { ...row, slug: row.slug } : null;
}

/** A job is on the careers page while it is open, not archived, and its recruiters list it there. */
const listed = and(eq(jobs.status, 'open'), isNull(jobs.archivedAt), eq(jobs.onCareersPage, true));

const jobColumns = {
  id: jobs.id,
  title: jobs.title,
  location: jobs.location,
  departmentName: departments.name,
  description: jobs.description,
  createdAt: jobs.createdAt,
};
export type CareersJob = {
  id: string;
  title: string;
  location: string | null;
  departmentName: string | null;
  description: string | null;
  createdAt: Date;
};

/** The company's listed jobs, by department then title (a careers page lists hundreds at most). */
export async function listCareersJobs(db: Db, companyId: string): Promise<CareersJob[]> {
  return db
    .select(jobColumns)
    .from(jobs)
    .leftJoin(departments, and(eq(departments.companyId, jobs.companyId), eq(departments.id, jobs.departmentId)))
    .where(and(eq(jobs.companyId, companyId), listed))
    .orderBy(sql`${departments.name} asc nulls last`, asc(jobs.title), asc(jobs.id))
    .limit(1000);
}

export async function findCareersJob(db: Db, companyId: string, jobId: string): Promise<CareersJob | null> {
  const [row] = await db
    .select(jobColumns)
    .from(jobs)
    .leftJoin(departments, and(eq(departments.companyId, jobs.companyId), eq(departments.id, jobs.departmentId)))
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId), listed));
  return row ?? null;
}

export async function companySlug(db: Db, companyId: string) {
  const [row] = await db.select({ slug: companies.slug }).from(companies).where(eq(companies.id, companyId));
  return row ? row.slug : undefined;
}

/** Sets the address; a unique violation (another company has it) is the caller's to word. */
export async function setCompanySlug(db: Db, companyId: string, slug: string) {
  await db.update(companies).set({ slug }).where(eq(companies.id, companyId));
}
