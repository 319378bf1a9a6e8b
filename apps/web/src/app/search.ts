import { CANDIDATE_SORTS, JOB_STATUSES } from '@vouch/contracts';

/** The router parses `?a=1` into a number and `?a=true` into a boolean; filters want text. */
export function optionalString(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.includes(value as T) ? (value as T) : undefined;
}

/** Only paths inside this app; anything else (another host, `//evil`) goes home. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/sign-in')) return '/';
  return target;
}

export type JobSearch = {
  q?: string;
  status?: (typeof JOB_STATUSES)[number];
  departmentId?: string;
  mine?: boolean;
};

export function jobSearch(s: Record<string, unknown>): JobSearch {
  return {
    q: optionalString(s.q),
    status: oneOf(JOB_STATUSES, s.status),
    departmentId: optionalString(s.departmentId),
    mine: s.mine === true || s.mine === 'true' ? true : undefined,
  };
}

export type CandidateSearch = {
  q?: string;
  jobId?: string;
  stepId?: string;
  tag?: string;
  skill?: string;
  sort?: (typeof CANDIDATE_SORTS)[number];
};

export function candidateSearch(s: Record<string, unknown>): CandidateSearch {
  return {
    q: optionalString(s.q),
    jobId: optionalString(s.jobId),
    stepId: optionalString(s.stepId),
    tag: optionalString(s.tag),
    skill: optionalString(s.skill),
    sort: oneOf(CANDIDATE_SORTS, s.sort),
  };
}
