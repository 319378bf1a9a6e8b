import type { TCompanySettings, TLanguage } from '@vouch/contracts';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import { randomToken } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { assertPrivateNetworksAvailable } from '../../../platform/private-networks.ts';
import { getCompany, listDepartments, listDomains } from '../tenancy.repo.ts';
import { agencies, companies, companyDomains, departments } from '../tenancy.tables.ts';

export const signupUrlOf = (config: Config, code: string | null) => (code ? `${config.publicUrl}/join/${code}` : null);

export async function loadCompanySettings(db: Db, config: Config, companyId: string): Promise<TCompanySettings> {
  const company = await getCompany(db, companyId);
  if (!company) throw notFound();
  return {
    id: company.id,
    name: company.name,
    domains: await listDomains(db, companyId),
    departments: await listDepartments(db, companyId),
    defaultLanguage: company.defaultLanguage,
    senderName: company.senderName,
    replyTo: company.replyTo,
    timeZone: company.timeZone,
    signupUrl: signupUrlOf(config, company.signupCode),
    introductionSlaHours: company.introductionSlaHours,
    staleReferralDays: company.staleReferralDays,
    referenceLinkDays: company.referenceLinkDays,
    referenceReminderHours: company.referenceReminderHours,
    reportShareLinksEnabled: company.reportShareLinksEnabled,
    webhooksAllowPrivateNetworks: company.webhooksAllowPrivateNetworks,
  };
}

type CompanyUpdate = {
  name: string;
  domains: string[];
  defaultLanguage: TLanguage;
  senderName: string | null;
  replyTo: string | null;
  timeZone: string;
  /** Applies to introductions marked from now on: each one's deadline is fixed when it is made. */
  introductionSlaHours?: number;
  /** Referrals already reminded are not reminded again; the board's stale flag follows at once. */
  staleReferralDays?: number;
  /** Applies to checks started from now on: each one's links end when it starts. */
  referenceLinkDays?: number;
  /** Applies at once to referees still waiting, counted from their invitation. */
  referenceReminderHours?: number[];
  /** Off stops every existing share link at once (they are refused while it is off). */
  reportShareLinksEnabled?: boolean;
  /** Checked when an endpoint is registered and before every delivery; narrows the operator's setting. */
  webhooksAllowPrivateNetworks?: boolean;
};

export async function updateCompanySettings(ctx: Ctx, input: CompanyUpdate) {
  assertPrivateNetworksAvailable(
    ctx.config.webhookPrivateNetworks,
    input.webhooksAllowPrivateNetworks,
    'webhooksAllowPrivateNetworks',
  );
  await ctx.db.transaction(async (tx) => {
    if (input.domains.length) {
      // A domain decides who may join a company, so it can belong to one company only. Asked through
      // a function that sees past row-level security, which hides the other companies' domains.
      const { rows: taken } = await tx.execute<{ domain: string }>(
        sql`select domain from company_domains_taken(${sql.param(input.domains)}::text[], ${ctx.tenantId}) as domain`,
      );
      if (taken.length) {
        const index = input.domains.indexOf(taken[0].domain);
        throw fieldError(`domains.${index}`, 'company.domain_taken', { domain: taken[0].domain });
      }
    }
    const { domains, ...fields } = input;
    await tx.update(companies).set(fields).where(eq(companies.id, ctx.tenantId));
    await tx
      .delete(companyDomains)
      .where(
        and(
          eq(companyDomains.companyId, ctx.tenantId),
          domains.length ? notInArray(companyDomains.domain, domains) : undefined,
        ),
      );
    if (domains.length) {
      await tx
        .insert(companyDomains)
        .values(domains.map((domain) => ({ companyId: ctx.tenantId, domain })))
        .onConflictDoNothing();
    }
  });
  return loadCompanySettings(ctx.db, ctx.config, ctx.tenantId);
}

/** Turning the link on always makes a new code, so an old shared link stops working. */
export async function setSignupLink(ctx: Ctx, enabled: boolean) {
  const signupCode = enabled ? randomToken() : null;
  await ctx.db.update(companies).set({ signupCode }).where(eq(companies.id, ctx.tenantId));
  return { signupUrl: signupUrlOf(ctx.config, signupCode) };
}

export async function createDepartment(ctx: Ctx, name: string) {
  const [row] = await ctx.db
    .insert(departments)
    .values({ companyId: ctx.tenantId, name })
    .onConflictDoNothing()
    .returning({ id: departments.id, name: departments.name });
  if (!row) throw fieldError('name', 'company.department_name_taken');
  return row;
}

export async function renameDepartment(ctx: Ctx, departmentId: string, name: string) {
  try {
    const [row] = await ctx.db
      .update(departments)
      .set({ name })
      .where(and(eq(departments.companyId, ctx.tenantId), eq(departments.id, departmentId)))
      .returning({ id: departments.id, name: departments.name });
    if (!row) throw notFound();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('name', 'company.department_name_taken');
    throw error;
  }
}

/** Jobs of a deleted department keep existing, without a department. */
export async function deleteDepartment(ctx: Ctx, departmentId: string) {
  const [row] = await ctx.db
    .delete(departments)
    .where(and(eq(departments.companyId, ctx.tenantId), eq(departments.id, departmentId)))
    .returning({ id: departments.id });
  if (!row) throw notFound();
}

export async function createAgency(ctx: Ctx, name: string) {
  const [row] = await ctx.db.insert(agencies).values({ companyId: ctx.tenantId, name }).returning();
  return { id: row.id, name: row.name, agentCount: 0 };
}

export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}
