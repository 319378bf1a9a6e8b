import type { TReferralStatus } from '@vouch/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { companyKey, emailKey, linkedinKey } from '../modules/hiring/index.ts';
import { searchVectorOf } from '../modules/network/index.ts';
import type { Db } from '../platform/db/db.ts';
import { candidates, memberships, referralEvents, referrals, users } from '../schema.ts';
import type { DemoJob } from './demo-jobs.ts';
import type { DemoPeople } from './demo-people.ts';

/**
 * Referral requests Claire sent to colleagues about demo candidates, each at a different point of the
 * way from "request sent" to "hired", so the board, its counts and the candidates' Referrals tabs
 * have something to show. Status changes are a few days apart and recent enough not to be stale.
 */
type DemoRequest = { colleague: string; path: TReferralStatus[]; daysAgo: number; archivedJob?: boolean };

const REQUESTS: DemoRequest[] = [
  { colleague: 'sofia.lindqvist@acme.example', path: ['refer_request_sent', 'referrer_contacted'], daysAgo: 4 },
  {
    colleague: 'lukas.schneider@acme.example',
    path: ['refer_request_sent', 'referrer_contacted', 'candidate_interested', 'applied'],
    daysAgo: 5,
  },
  {
    colleague: 'emma.nilsson@acme.example',
    path: ['refer_request_sent', 'referrer_contacted', 'candidate_interested', 'applied', 'interviewing'],
    daysAgo: 6,
  },
  {
    colleague: 'sofia.lindqvist@acme.example',
    path: ['refer_request_sent', 'referrer_contacted', 'candidate_interested', 'applied', 'interviewing', 'offer'],
    daysAgo: 6,
  },
  { colleague: 'emma.nilsson@acme.example', path: ['refer_request_sent', 'referrer_declined'], daysAgo: 3 },
  {
    colleague: 'lukas.schneider@acme.example',
    path: ['refer_request_sent', 'referrer_contacted', 'candidate_not_interested'],
    daysAgo: 5,
    archivedJob: true,
  },
];

const DAY = 86_400_000;

export async function seedReferralRequests(tx: Db, now: Date, people: DemoPeople, jobs: DemoJob[]) {
  const { companyId } = people;
  const colleagues = await tx
    .select({ id: memberships.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.companyId, companyId),
        inArray(
          users.email,
          REQUESTS.map((r) => r.colleague),
        ),
      ),
    );
  const colleagueId = new Map(colleagues.map((c) => [c.email, c.id]));
  // Candidates other than Raymond Okafor, whose connection to Erik the brief's walkthrough starts from.
  const picked = await tx
    .select()
    .from(candidates)
    .where(eq(candidates.companyId, companyId))
    .orderBy(candidates.createdAt)
    .limit(REQUESTS.length + 1);
  const chosen = picked.filter((c) => c.lastName !== 'Okafor').slice(0, REQUESTS.length);
  const liveJobs = jobs.filter((j) => !j.archived && j.title !== 'Data Engineer');
  const archived = jobs.find((j) => j.archived);

  for (const [index, request] of REQUESTS.entries()) {
    const candidate = chosen[index];
    const job = request.archivedJob && archived ? archived : liveJobs[index % liveJobs.length];
    const referrerMembershipId = colleagueId.get(request.colleague);
    if (!candidate || !referrerMembershipId) continue;
    const startedAt = new Date(now.getTime() - request.daysAgo * DAY);
    const stepAt = (step: number) => new Date(startedAt.getTime() + step * 0.6 * DAY);
    const lastAt = stepAt(request.path.length - 1);
    const [row] = await tx
      .insert(referrals)
      .values({
        companyId,
        source: 'referral_request',
        referrerMembershipId,
        candidateId: candidate.id,
        jobId: job.id,
        recruiterMembershipId: people.recruiter,
        firstName: candidate.firstName,
        lastName: candidate.lastName,
        email: candidate.email,
        linkedinUrl: candidate.linkedinUrl,
        company: candidate.currentCompany,
        position: candidate.currentTitle,
        skills: candidate.skills,
        emailKey: emailKey(candidate.email),
        linkedinKey: linkedinKey(candidate.linkedinUrl),
        companyKey: companyKey(candidate.currentCompany) || null,
        searchVector: searchVectorOf({
          name: `${candidate.firstName} ${candidate.lastName}`,
          title: candidate.currentTitle,
          company: candidate.currentCompany,
          skills: candidate.skills,
        }),
        status: request.path.at(-1)!,
        statusChangedAt: lastAt,
        active: !request.archivedJob,
        actedAt: startedAt,
        createdAt: startedAt,
        updatedAt: lastAt,
      })
      .returning({ id: referrals.id });
    await tx.insert(referralEvents).values(
      request.path.map((status, step) => ({
        companyId,
        referralId: row.id,
        fromStatus: step === 0 ? null : request.path[step - 1],
        toStatus: status,
        // The colleague answers the request; the recruiter records the rest.
        actorMembershipId: status.startsWith('referrer_') ? referrerMembershipId : people.recruiter,
        createdAt: stepAt(step),
      })),
    );
  }
}
