import { and, asc, eq, ne } from 'drizzle-orm';
import { referOnBehalf } from '../modules/referrals/index.ts';
import type { Db } from '../platform/db/db.ts';
import { AppError } from '../platform/errors.ts';
import { jobAgencies, memberships, referralPolicies, users } from '../schema.ts';
import type { DemoJob } from './demo-jobs.ts';
import type { DemoPeople } from './demo-people.ts';

const EMPLOYEE = 'employee@acme.example';
const AGENT = 'agent@talentbridge.example';
/** The demo's agent limit per job: TalentBridge has used it up on the first job, so a third is refused. */
export const DEMO_AGENT_LIMIT = 2;

const person = (firstName: string, lastName: string, extra: Record<string, string | null> = {}) => ({
  firstName,
  lastName,
  email: `${firstName}.${lastName}@mail.example`.toLowerCase(),
  phone: null,
  linkedinUrl: null,
  company: null,
  position: null,
  relationship: null,
  note: null,
  candidateAware: true,
  ...extra,
});

/**
 * Referral intake in the demo: a policy with an agent limit, TalentBridge allowed on two open jobs,
 * referrals by employees (one to two jobs, one general) through the same use case as the form, and
 * the agent's submissions up to the limit; the agent's next submission to that job is refused with
 * seed 001's sentence (the demo tries it, so the refusal is real, and the job shows "2 of 2").
 */
export async function seedReferralIntake(tx: Db, people: DemoPeople, jobs: DemoJob[], publicUrl: string) {
  const companyId = people.companyId;
  await tx.insert(referralPolicies).values({ companyId, maxAgentSubmissionsPerJob: DEMO_AGENT_LIMIT });
  const [agent] = await tx
    .select({ agencyId: memberships.agencyId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.email, AGENT)));
  const open = jobs.filter((j) => !j.archived);
  const [first, second] = open;
  if (agent?.agencyId)
    await tx
      .insert(jobAgencies)
      .values([first, second].map((j) => ({ companyId, jobId: j.id, agencyId: agent.agencyId! })));
  const [colleague] = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.role, 'employee'),
        eq(memberships.status, 'active'),
        ne(users.email, EMPLOYEE),
      ),
    )
    .orderBy(asc(users.email))
    .limit(1);
  const refer = async (referrerEmail: string, jobId: string | null, who: ReturnType<typeof person>) => {
    try {
      return await referOnBehalf(tx, companyId, {
        ...who,
        referrerEmail,
        jobId,
        publicUrl,
        emailPerson: false,
        asEmployeeReferral: true,
      });
    } catch (error) {
      if (error instanceof AppError) return error.reason;
      throw error;
    }
  };
  await refer(
    EMPLOYEE,
    first.id,
    person('Maja', 'Ekström', { relationship: 'We worked together at Klarna', note: 'Great with customers' }),
  );
  await refer(EMPLOYEE, null, person('Oskar', 'Nyberg', { relationship: 'A friend from university' }));
  if (colleague)
    await refer(colleague.email, second.id, person('Lina', 'Sjöberg', { note: 'Strong PostgreSQL skills' }));
  await refer(AGENT, first.id, person('Amir', 'Haddad', { company: 'Northwind' }));
  await refer(AGENT, first.id, person('Elin', 'Forsberg'));
  const refused = await refer(AGENT, first.id, person('Viktor', 'Lund'));
  if (refused !== 'referral.agent_limit')
    throw new Error(`the demo's third agent submission was not refused: ${refused}`);
  await refer(AGENT, second.id, person('Hanna', 'Wik'));
}
