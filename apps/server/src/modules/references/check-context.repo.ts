import type { TLanguage } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import { candidates, jobs } from '../hiring/index.ts';
import { companies } from '../tenancy/index.ts';
import { referenceChecks, subAccounts } from './references.tables.ts';

/** Who sends a check's messages (company, sub-account), about whom and which job: what a message needs besides the check. */
export type CheckAbout = {
  companyName: string;
  companySender: string | null;
  timeZone: string;
  subAccountName: string | null;
  subAccountSender: string | null;
  candidate: {
    id: string;
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    language: TLanguage;
  };
  jobTitle: string | null;
};

/**
 * `CheckAbout` as one JSON value beside a check's row, for a statement on `reference_checks`: its read
 * below, and the insert of a new check (`returning`), so a start writes its messages without reading
 * the check again.
 */
export const checkAbout = sql<CheckAbout>`(select json_build_object('companyName', co.name,
    'companySender', co.sender_name, 'timeZone', co.time_zone, 'subAccountName', sa.name,
    'subAccountSender', sa.sender_name, 'jobTitle', j.title,
    'candidate', json_build_object('id', ca.id, 'firstName', ca.first_name, 'lastName', ca.last_name,
      'email', ca.email, 'phone', ca.phone_key, 'language', ca.language))
  from ${companies} co
    join ${candidates} ca on ca.id = "reference_checks"."candidate_id"
    left join ${subAccounts} sa on sa.id = "reference_checks"."sub_account_id"
    left join ${jobs} j on j.id = "reference_checks"."job_id"
  where co.id = "reference_checks"."company_id")`;

/** One of the company's checks with who sends its messages (company, sub-account), about whom and which job. */
const checkContext = preparedOnce((db) =>
  db
    .select({ check: referenceChecks, about: checkAbout })
    .from(referenceChecks)
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
  return row ? { check: row.check, ...row.about } : null;
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
