import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { referenceCheckKeys } from '../../app/query-keys.ts';

export const reportQuery = (checkId: string) =>
  queryOptions({
    queryKey: referenceCheckKeys.report(checkId),
    queryFn: () => api.get('/api/reference-checks/{id}/report', { path: { id: checkId } }),
  });

export const reportPdfUrl = (checkId: string) => `/api/reference-checks/${checkId}/report.pdf`;

export const reviewFraudSignal = (checkId: string, signalId: string, reviewed: boolean) =>
  api.post('/api/reference-checks/{id}/fraud-signals/{signalId}/review', {
    path: { id: checkId, signalId },
    body: { reviewed },
  });

export const reviewAllFraudSignals = (checkId: string) =>
  api.post('/api/reference-checks/{id}/fraud-signals/review-all', { path: { id: checkId } });

export const figuresQuery = (period: { from?: string; to?: string }) =>
  queryOptions({
    queryKey: referenceCheckKeys.figures(period.from ?? '', period.to ?? ''),
    queryFn: () => api.get('/api/reference-figures', { query: period }),
  });

export const shareLinksQuery = (checkId: string) =>
  queryOptions({
    queryKey: referenceCheckKeys.shareLinks(checkId),
    queryFn: () => api.get('/api/reference-checks/{id}/share-links', { path: { id: checkId } }),
  });

export const createShareLink = (checkId: string, expiresInDays: number) =>
  api.post('/api/reference-checks/{id}/share-links', { path: { id: checkId }, body: { expiresInDays } });

export const revokeShareLink = (checkId: string, linkId: string) =>
  api.post('/api/reference-checks/{id}/share-links/{linkId}/revoke', { path: { id: checkId, linkId } });
