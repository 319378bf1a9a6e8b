import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { ensureDefaultQuestionnaires } from '../modules/references/index.ts';
import { hashPassword } from '../platform/crypto.ts';
import type { Db } from '../platform/db/db.ts';
import { candidates, companies, placementEvents, placements, workHistory } from '../schema.ts';
import { seedBonuses } from './demo-bonuses.ts';
import { planCandidates } from './demo-candidates.ts';
import { seedCareersPage } from './demo-careers-page.ts';
import { seedAgency, seedCompany } from './demo-company.ts';
import { seedJobs } from './demo-jobs.ts';
import { seedNetwork } from './demo-network.ts';
import { seedNotifications } from './demo-notifications.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, seedPeople } from './demo-people.ts';
import { planPlacements } from './demo-placements.ts';
import { seedReferenceChecks } from './demo-reference-checks.ts';
import { seedReferralIntake } from './demo-referral-intake.ts';
import { seedMarkOnCandidate } from './demo-referral-loose-ends.ts';
import { seedReferralRequests } from './demo-referral-requests.ts';
import { seedReferralSettings } from './demo-referral-settings.ts';
import { seededRandom } from './random.ts';

/** Any fixed seed works; fixing it keeps the demo company the same from one fresh start to the next. */
const SEED = 20_240_611;
/** An advisory lock key of its own, so concurrent first starts seed once. */
const SEED_LOCK = 7_402_118_505;

/**
 * Fills a fresh database with the demo company Acme: people with work histories, an agency, jobs,
 * candidates on them, bonus tiers, an exclude list, employees' contacts with their marks, and
 * referral requests along the board's statuses. Does
 * nothing once any company exists, so it never touches real data; config keeps it off in production.
 */
export async function seedDemoIfEmpty(db: Db, log: FastifyBaseLogger, publicUrl = 'http://localhost:3000') {
  const [existing] = await db.select({ id: companies.id }).from(companies).limit(1);
  if (existing) return false;
  // One argon2 hash (~70 ms) shared by every demo login, computed before the transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const random = seededRandom(SEED);
  const now = new Date();
  const seeded = await db.transaction(async (tx) => {
    // Two servers starting on one fresh PostgreSQL database: the second waits here, then finds Acme.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [raced] = await tx.select({ id: companies.id }).from(companies).limit(1);
    if (raced) return false;
    const company = await seedCompany(tx, now);
    const people = await seedPeople(tx, random, now, passwordHash, company);
    await seedAgency(tx, now, passwordHash, {
      companyId: company.companyId,
      email: DEMO_LOGINS[4],
      invitedById: people.admin,
    });
    const jobs = await seedJobs(tx, random, now, people);
    const { planned, history } = planCandidates(random, now, people);
    const { placementRows, eventRows } = planPlacements(random, now, planned, jobs, people.recruiter);
    await tx.insert(candidates).values(planned.map((c) => c.row));
    await tx.insert(workHistory).values(history);
    await tx.insert(placements).values(placementRows);
    await tx.insert(placementEvents).values(eventRows);
    await seedReferralSettings(tx, now, people);
    await seedNetwork(tx, now, people, jobs);
    await seedReferralRequests(tx, now, people, jobs);
    await seedMarkOnCandidate(tx, people);
    await seedBonuses(tx, now, people, jobs);
    await seedReferralIntake(tx, people, jobs, publicUrl);
    await ensureDefaultQuestionnaires(tx, company.companyId);
    await seedReferenceChecks(tx, random, now, people, jobs);
    await seedCareersPage(tx, company.companyId, jobs);
    // Last: it replaces the notifications the seeds' moves above wrote with a curated set.
    await seedNotifications(tx, now, people);
    return true;
  });
  if (!seeded) return false;
  log.info({ logins: DEMO_LOGINS }, `Demo data created; sign in with any demo login and the password ${DEMO_PASSWORD}`);
  if (log.level !== 'silent') printLogins();
  return true;
}

/** The logins as a small table on the console, where someone trying Vouch for the first time looks. */
function printLogins() {
  const width = Math.max(...DEMO_LOGINS.map((email) => email.length));
  const lines = DEMO_LOGINS.map((email) => `  │ ${email.padEnd(width)} │ ${DEMO_PASSWORD} │`);
  const rule = (left: string, middle: string, right: string) =>
    `  ${left}${'─'.repeat(width + 2)}${middle}${'─'.repeat(DEMO_PASSWORD.length + 2)}${right}`;
  console.log(['', '  Demo logins', rule('┌', '┬', '┐'), ...lines, rule('└', '┴', '┘'), ''].join('\n'));
}
