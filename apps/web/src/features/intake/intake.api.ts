import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TReferSomeoneRequest, TUpdateReferralPolicyRequest } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { networkKeys } from '../../app/query-keys.ts';

/** Query keys of referral intake: the jobs one may refer to, the policy, a job's agencies. */
export const intakeKeys = {
  all: () => ['intake'] as const,
  jobs: () => ['intake', 'jobs'] as const,
  policy: () => ['intake', 'policy'] as const,
  agencies: (jobId: string) => ['intake', 'job-agencies', jobId] as const,
};

export const referrableJobsQuery = queryOptions({
  queryKey: intakeKeys.jobs(),
  queryFn: () => api.get('/api/referrals/jobs').then((r) => r.items),
});

export const referralPolicyQuery = queryOptions({
  queryKey: intakeKeys.policy(),
  queryFn: () => api.get('/api/referral-policy'),
});

/** Text fields first, then the CV: the server reads the fields before the file streams. */
function formOf(body: TReferSomeoneRequest, cv: File) {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (name === 'jobIds') for (const id of (value as string[] | undefined) ?? []) form.append('jobIds', id);
    else if (value !== null && value !== undefined) form.append(name, String(value));
  }
  form.append('cv', cv, cv.name);
  return form;
}

export function useReferSomeone() {
  const client = useQueryClient();
  return useMutation({
    // The form shows its own errors: beside the fields, or the policy's refusal above the button.
    meta: { silent: true },
    mutationFn: ({ body, cv }: { body: TReferSomeoneRequest; cv: File | null }) =>
      cv ? api.post('/api/referrals/with-cv', { body: formOf(body, cv) }) : api.post('/api/referrals', { body }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: intakeKeys.all() }),
        client.invalidateQueries({ queryKey: networkKeys.myReferrals() }),
      ]),
  });
}

export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (body: TUpdateReferralPolicyRequest) => api.put('/api/referral-policy', { body }),
    onSuccess: (policy) => client.setQueryData(intakeKeys.policy(), policy),
  });
}

export const withdrawInfo = (token: string) => api.get('/api/public/referral-withdrawals/{token}', { path: { token } });
export const withdrawReferral = (token: string) => api.post('/api/public/referral-withdrawals', { body: { token } });

export const jobAgenciesQuery = (jobId: string) =>
  queryOptions({
    queryKey: intakeKeys.agencies(jobId),
    queryFn: () => api.get('/api/jobs/{id}/agencies', { path: { id: jobId } }),
  });

export function useSaveJobAgencies(jobId: string) {
  const client = useQueryClient();
  return useMutation({
    meta: { silent: true },
    mutationFn: (agencyIds: string[]) =>
      api.put('/api/jobs/{id}/agencies', { path: { id: jobId }, body: { agencyIds } }),
    onSuccess: (saved) => client.setQueryData(intakeKeys.agencies(jobId), saved),
  });
}
