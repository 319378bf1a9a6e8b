import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TRole } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { companyKeys, jobKeys } from '../../app/query-keys.ts';
import type { JobSearch } from '../../app/search.ts';

export const jobQuery = (jobId: string) =>
  queryOptions({ queryKey: jobKeys.detail(jobId), queryFn: () => api.get('/api/jobs/{id}', { path: { id: jobId } }) });

export function useJob(jobId: string | undefined) {
  return useQuery({ ...jobQuery(jobId ?? ''), enabled: !!jobId });
}

export function useJobList(filters: JobSearch, limit = 50) {
  return useInfiniteQuery({
    queryKey: jobKeys.list(filters, limit),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/jobs', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Jobs as select options (first 200 open ones are plenty for a picker). */
export function useJobOptions(enabled = true) {
  return useQuery({
    queryKey: jobKeys.openOptions(),
    queryFn: () => api.get('/api/jobs', { query: { status: 'open', limit: 200 } }),
    select: (page) => page.items.map((j) => ({ value: j.id, label: j.title })),
    enabled,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: companyKeys.departments(),
    queryFn: () => api.get('/api/departments'),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });
}

export function usePeople(role: TRole, enabled = true) {
  return useQuery({
    queryKey: companyKeys.peopleWithRole(role),
    queryFn: () => api.get('/api/people', { query: { role } }),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export const createJob = (body: ApiBody<'/api/jobs', 'post'>) => api.post('/api/jobs', { body });

/** Fields and steps are two endpoints; steps can refuse when a removed step still holds candidates. */
export const updateJob = (id: string, body: ApiBody<'/api/jobs/{id}', 'put'>) =>
  api.put('/api/jobs/{id}', { path: { id }, body });

export const updateJobSteps = (id: string, body: ApiBody<'/api/jobs/{id}/steps', 'put'>) =>
  api.put('/api/jobs/{id}/steps', { path: { id }, body });

export const setJobArchived = (id: string, archive: boolean) =>
  archive
    ? api.post('/api/jobs/{id}/archive', { path: { id } })
    : api.post('/api/jobs/{id}/unarchive', { path: { id } });
