import type { placementEvents, placements } from '../schema.ts';
import type { PlannedCandidate } from './demo-candidates.ts';
import type { DemoJob } from './demo-jobs.ts';
import { daysBefore, type Random } from './random.ts';

const PLACED_COUNT = 45;
const ON_TWO_JOBS = 6;
/** Funnels are wide at the top: most candidates sit in the early steps, few reach an offer. */
const STEP_WEIGHTS = [18, 20, 20, 18, 10, 8, 6];
const DAY_MS = 86_400_000;

type PlacementRow = typeof placements.$inferInsert;
type EventRow = typeof placementEvents.$inferInsert;

/**
 * Puts 45 candidates on jobs that fit their track (six of them on a second job), each with a step
 * history from the first step to where they are now, spread over the last 60 days. Moves the
 * candidates' `updatedAt` to their last step change, as the app does.
 */
export function planPlacements(
  random: Random,
  now: Date,
  planned: PlannedCandidate[],
  jobs: DemoJob[],
  actorId: string,
) {
  const placementRows: PlacementRow[] = [];
  const eventRows: EventRow[] = [];
  const chosen = random.sample(planned, PLACED_COUNT);
  chosen.forEach((candidate, index) => {
    const first = jobFor(random, candidate, jobs);
    const picks = index < ON_TWO_JOBS ? [first, jobFor(random, candidate, jobs, first)] : [first];
    for (const job of picks) {
      const { placement, events } = planOne(random, now, candidate, job, actorId);
      placementRows.push(placement);
      eventRows.push(...events);
      const lastMove = placement.updatedAt as Date;
      if (lastMove > candidate.row.updatedAt) candidate.row.updatedAt = lastMove;
    }
  });
  return { placementRows, eventRows };
}

/** An open job of the candidate's track, now and then the archived one; any other job as a fallback. */
function jobFor(random: Random, candidate: PlannedCandidate, jobs: DemoJob[], not?: DemoJob): DemoJob {
  const fitting = jobs.filter((job) => job.track === candidate.track && job !== not);
  const pool = fitting.length ? fitting : jobs.filter((job) => job !== not && !job.archived);
  return random.weighted(pool.map((job) => [job, job.archived ? 3 : 4] as const));
}

function planOne(random: Random, now: Date, candidate: PlannedCandidate, job: DemoJob, actorId: string) {
  const step = random.weighted(STEP_WEIGHTS.map((weight, index) => [index, weight] as const));
  // Nothing moves on an archived job after it closed.
  const until = job.archived ? daysBefore(now, 12) : now;
  const windowStart = daysBefore(until, 58);
  const addedAt = Math.max(candidate.row.createdAt.getTime(), windowStart.getTime());
  let at = new Date(Math.min(addedAt + random.next() * DAY_MS, until.getTime() - 5 * DAY_MS));
  const placementId = crypto.randomUUID();
  const events: EventRow[] = [];
  for (let position = 0; position <= step; position++) {
    if (position > 0) {
      // Each move takes a share of the time left, so the last one still lands before `until`.
      const share = (until.getTime() - at.getTime()) / (step - position + 2);
      at = new Date(at.getTime() + share * (0.4 + 0.6 * random.next()));
    }
    events.push({
      companyId: job.companyId,
      placementId,
      fromStepId: position > 0 ? job.stepIds[position - 1] : null,
      toStepId: job.stepIds[position],
      actorId,
      at,
    });
  }
  const placement: PlacementRow = {
    id: placementId,
    companyId: job.companyId,
    candidateId: candidate.row.id,
    jobId: job.id,
    stepId: job.stepIds[step],
    createdAt: events[0].at,
    updatedAt: at,
  };
  return { placement, events };
}
