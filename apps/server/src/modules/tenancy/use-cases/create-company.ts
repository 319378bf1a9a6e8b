import { randomBytes } from 'node:crypto';
import type { TLanguage, TNewCompanyRequest, TSetupStatus } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../platform/config.ts';
import { hashPassword } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { firstFreeSlug, slugFromName } from '../company-slug.ts';
import { issueLinkToken } from '../link-tokens.ts';
import { passwordForRequest, sendVerification } from '../registrations.ts';
import { createSession } from '../sessions.ts';
import {
  anyCompanyExists,
  findUserByEmail,
  insertCompanyWithSlug,
  insertMembership,
  listSlugsLike,
} from '../tenancy.repo.ts';
import { type Applicant, userForRequest } from './join.ts';

/** Held while the first company is created, so of two concurrent setups exactly one wins. */
const FIRST_COMPANY_LOCK = 7_402_118_506;

/** Who creates a company, and its name. */
export type NewCompany = Applicant & { companyName: string };

export async function setupStatus(db: Db, config: Config): Promise<TSetupStatus> {
  return { setupNeeded: !(await anyCompanyExists(db)), openSignup: config.signup === 'open' };
}

const alreadySetUp = () => new AppError('company.already_set_up');

/**
 * A company and its first admin, from a verified request (first-run setup, open sign-up) or the
 * command line. An address that already has a login keeps it and its password.
 */
export async function createCompanyWithAdmin(tx: Db, request: NewCompany) {
  const company = await insertCompanyWithFreeSlug(tx, request.companyName, request.language);
  const user = await userForRequest(tx, request);
  await insertMembership(tx, { companyId: company.id, userId: user.id, role: 'admin', status: 'active' });
  return { userId: user.id, companyId: company.id };
}

/**
 * A new company gets its careers page address from its name at once ("Acme AB" → `acme-ab`; a
 * taken one gets a number, `acme-ab-2`), so `/careers/<slug>` works without setup; admins can
 * change it in Company settings. A company created at the same moment with the same name makes the
 * insert find nothing; the next free address is then tried.
 */
async function insertCompanyWithFreeSlug(tx: Db, name: string, language: TLanguage) {
  const base = slugFromName(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = firstFreeSlug(base, await listSlugsLike(tx, base));
    const company = await insertCompanyWithSlug(tx, { name, defaultLanguage: language, slug });
    if (company) return company;
  }
  // Still racing after five tries: an address nobody can have taken.
  const slug = `${base.slice(0, 40)}-${randomBytes(4).toString('hex')}`;
  const company = await insertCompanyWithSlug(tx, { name, defaultLanguage: language, slug });
  if (!company) throw new AppError('conflict');
  return company;
}

/**
 * Creates the first company while none exists, under a lock so two concurrent attempts make one.
 * Throws `conflict` once any company exists.
 */
export async function createFirstCompany(tx: Db, request: NewCompany) {
  await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_COMPANY_LOCK})`);
  if (await anyCompanyExists(tx)) throw alreadySetUp();
  return createCompanyWithAdmin(tx, request);
}

/**
 * First-run setup ("Create your company"), open only while no company exists. With a mail server the
 * address is verified first and the company is created when the emailed link is used; without one the
 * person is signed in at once: a fresh install without email is reached first by whoever installed it.
 */
export async function setUpFirstCompany(ctx: PublicCtx, input: TNewCompanyRequest & { userAgent?: string }) {
  if (await anyCompanyExists(ctx.db)) throw alreadySetUp();
  const request = await requestFor(ctx.db, 'first_company', input);
  if (ctx.config.smtpUrl) return { status: 'verification_sent' as const, ...(await sendVerification(ctx, request)) };
  return ctx.db.transaction(async (tx) => {
    const created = await createFirstCompany(tx, request);
    const session = await createSession(tx, { ...created, userAgent: input.userAgent });
    return { status: 'signed_in' as const, session: { ...session, ...created } };
  });
}

/** Open sign-up (`SIGNUP=open`): anyone may create a company once their address is verified. */
export async function askForNewCompany(ctx: PublicCtx, input: TNewCompanyRequest) {
  if (ctx.config.signup !== 'open') throw notFound('company.signup_closed');
  return sendVerification(ctx, await requestFor(ctx.db, 'new_company', input));
}

async function requestFor(db: Db, purpose: 'first_company' | 'new_company', input: TNewCompanyRequest) {
  return {
    purpose,
    email: input.email,
    name: input.name,
    language: input.language ?? 'en',
    companyName: input.companyName,
    passwordHash: await passwordForRequest(db, input.email, input.password),
  };
}

/** How long the set-password link printed by `create-company` works. */
export const OPERATOR_LINK_HOURS = 72;

/**
 * `npm run vouch -- create-company` for scripted installs: the operator at the console vouches for the
 * address, so nothing is emailed. Without a password the admin gets a one-time set-password link.
 */
export async function createCompanyForOperator(
  db: Db,
  config: Config,
  input: { companyName: string; email: string; name: string; password: string | null; language: TLanguage },
) {
  const existing = await findUserByEmail(db, input.email);
  const passwordHash = existing?.passwordHash || !input.password ? null : await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const created = await createCompanyWithAdmin(tx, { ...input, passwordHash });
    if (existing?.passwordHash || passwordHash)
      return { ...created, keptExistingPassword: !!existing?.passwordHash, setPasswordUrl: null };
    const token = await issueLinkToken(tx, {
      purpose: 'password_reset',
      userId: created.userId,
      ttlMs: OPERATOR_LINK_HOURS * 3_600_000,
    });
    return {
      ...created,
      keptExistingPassword: false,
      setPasswordUrl: `${config.publicUrl}/reset-password?token=${token}`,
    };
  });
}
