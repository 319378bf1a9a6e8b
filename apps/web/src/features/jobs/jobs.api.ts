import { queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { TDepartment, TJob, TJobListItem, TPersonRef, TRole } from '@vouch/contracts';
import { api, type Page } from '../../app/api.ts';
import type { JobSearch } from '../../app/search.ts';

export const jobQuery = (jobId: string) =>
  queryOptions({ queryKey: ['job', jobId], queryFn: () => api<TJob>(`/api/jobs/${jobId}`) });

export function useJob(jobId: string | undefined) {
  return useQuery({ ...jobQuery(jobId ?? ''), enabled: !!jobId });
}

export function useJobList(filters: JobSearch, limit = 50) {
  return useInfiniteQuery({
    queryKey: ['jobs', filters, limit],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TJobListItem>>('/api/jobs', { query: { ...filters, limit, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Jobs as select options (first 200 open ones are plenty for a picker). */
export function useJobOptions(enabled = true) {
  return useQuery({
    queryKey: ['jobs', 'options'],
    queryFn: () => api<Page<TJobListItem>>('/api/jobs', { query: { status: 'open', limit: 200 } }),
    select: (page) => page.items.map((j) => ({ value: j.id, label: j.title })),
    enabled,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ['departments'],
    queryFn: () => api<{ items: TDepartment[] }>('/api/departments'),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });
}

export function usePeople(role: TRole, enabled = true) {
  return useQuery({
    queryKey: ['people', role],
    queryFn: () => api<{ items: TPersonRef[] }>('/api/people', { query: { role } }),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
    enabled,
  });
}
