import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { companies, memberships, users } from '../tenancy/index.ts';
import { subAccounts } from './references.tables.ts';

/** Who the candidate's and referees' pages and messages speak for, and whom they name as the contact. */

export async function findCompanyBranding(db: Db, companyId: string) {
  const [company] = await db
    .select({ name: companies.name, senderName: companies.senderName, replyTo: companies.replyTo })
    .from(companies)
    .where(eq(companies.id, companyId));
  return company;
}

export async function findSubAccountBranding(db: Db, companyId: string, subAccountId: string) {
  const [account] = await db
    .select({ name: subAccounts.name, senderName: subAccounts.senderName, logo: subAccounts.logoDataUrl })
    .from(subAccounts)
    .where(and(eq(subAccounts.companyId, companyId), eq(subAccounts.id, subAccountId)));
  return account ?? null;
}

/** A member of the company as a contact: name, email, language and whether still active. */
export async function findMemberContact(db: Db, companyId: string, membershipId: string) {
  const [member] = await db
    .select({ name: users.name, email: users.email, language: users.language, status: memberships.status })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)));
  return member ?? null;
}

/** The company's name and time zone, as a report's header shows them. */
export async function findCompanyReportHeader(db: Db, companyId: string) {
  const [company] = await db
    .select({ name: companies.name, timeZone: companies.timeZone })
    .from(companies)
    .where(eq(companies.id, companyId));
  return company;
}
