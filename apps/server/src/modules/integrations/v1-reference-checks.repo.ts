import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import { referenceChecks } from '../references/index.ts';
import { companies } from '../tenancy/index.ts';

/** The reference checks `/api/v1` finds, lists and locks; a sub-account key sees only its own. */

/** The API-started check holding this external id in the company (a partner's are not unique), or null. */
const apiCheckByExternalId = preparedOnce((db) =>
  db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, sql.placeholder('companyId')),
        eq(referenceChecks.externalId, sql.placeholder('externalId')),
        isNull(referenceChecks.partner),
      ),
    )
    .prepare('api_check_by_external_id'),
);

/** Every API start with an `external_id` asks this first: a named statement. */
export async function findApiCheckByExternalId(db: Db, companyId: string, externalId: string) {
  const [row] = await apiCheckByExternalId(db).execute({ companyId, externalId });
  return row ?? null;
}

/** One of the company's checks locked for a change; with `own`, only that sub-account's. */
export async function lockCheckForKey(db: Db, companyId: string, checkId: string, own: string | null) {
  const [check] = await db
    .select()
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        eq(referenceChecks.id, checkId),
        own ? eq(referenceChecks.subAccountId, own) : undefined,
      ),
    )
    .for('update');
  return check ?? null;
}

/** The company's name and time zone, for the report PDF's header. */
export async function findCompanyHeader(db: Db, companyId: string) {
  const [company] = await db
    .select({ name: companies.name, timeZone: companies.timeZone })
    .from(companies)
    .where(eq(companies.id, companyId));
  return company ?? null;
}
