import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TShareLink } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';

export const careersKeys = {
  settings: () => ['careers-page'] as const,
  shareLinks: () => ['share-links'] as const,
};

export const careersPageQuery = queryOptions({
  queryKey: careersKeys.settings(),
  queryFn: () => api.get('/api/company/careers-page'),
});

export const updateCareersPage = (body: ApiBody<'/api/company/careers-page', 'put'>) =>
  api.put('/api/company/careers-page', { body });

/** The caller's share links by job id, with their views and applications. */
export function useMyShareLinks(enabled: boolean) {
  return useQuery({
    queryKey: careersKeys.shareLinks(),
    queryFn: () => api.get('/api/share-links'),
    enabled,
    select: (data) => new Map(data.items.map((link) => [link.jobId, link])),
  });
}

/** The caller's link to a job, made on first request. */
export function useShareLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => api.post('/api/jobs/{id}/share-link', { path: { id: jobId } }),
    onSuccess: (link: TShareLink) => {
      client.setQueryData<{ items: TShareLink[] }>(careersKeys.shareLinks(), (old) =>
        old ? { items: [link, ...old.items.filter((l) => l.id !== link.id)] } : old,
      );
    },
  });
}

/** Where a link is shared to: each network's own "share this address" page, or the mail app. */
export function shareTargets(url: string, words: { subject: string; message: string }) {
  const text = `${words.message} ${url}`;
  return {
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    email: `mailto:?subject=${encodeURIComponent(words.subject)}&body=${encodeURIComponent(text)}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(text)}`,
  };
}
