import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { companies } from '../tenancy/index.ts';
import { referenceChecks, subAccounts } from './references.tables.ts';

/** One of the company's checks with who sends its messages (company, sub-account), about whom and which job. */
const checkContext = preparedOnce((db) =>
  db
    .select({
      check: referenceChecks,
      companyName: companies.name,
      companySender: companies.senderName,
      timeZone: companies.timeZone,
      subAccountName: subAccounts.name,
      subAccountSender: subAccounts.senderName,
      candidate: {
        id: candidates.id,
        firstName: candidates.firstName,
        lastName: candidates.lastName,
        email: candidates.email,
        phone: candidates.phoneKey,
        language: candidates.language,
      },
      jobTitle: jobs.title,
    })
    .from(referenceChecks)
    .innerJoin(companies, eq(companies.id, referenceChecks.companyId))
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .leftJoin(subAccounts, eq(subAccounts.id, referenceChecks.subAccountId))
    .leftJoin(jobs, eq(jobs.id, referenceChecks.jobId))
    .where(
      and(
        eq(referenceChecks.companyId, sql.placeholder('companyId')),
        eq(referenceChecks.id, sql.placeholder('checkId')),
      ),
    )
    .prepare('check_context'),
);

/** Every message about a check reads this: a named statement. */
export async function findCheckContext(db: Db, companyId: string, checkId: string) {
  const [row] = await checkContext(db).execute({ companyId, checkId });
  return row ?? null;
}

/** What the candidate's page says about them: first name, language and the job's title. */
export async function findCandidatePageAbout(db: Db, companyId: string, candidateId: string, jobId: string | null) {
  const [about] = await db
    .select({ firstName: candidates.firstName, language: candidates.language, jobTitle: jobs.title })
    .from(candidates)
    .leftJoin(jobs, eq(jobs.id, jobId ?? sql`null`))
    .where(and(eq(candidates.companyId, companyId), eq(candidates.id, candidateId)));
  return about;
}
