import { queryOptions } from '@tanstack/react-query';
import type {
  TCreatedReportShareLink,
  TFraudSignal,
  TReferenceFigures,
  TReport,
  TReportShareLink,
  TReportShareLinkList,
} from '@vouch/contracts';
import { api } from '../../app/api.ts';

export const reportQuery = (checkId: string) =>
  queryOptions({
    queryKey: ['reference-report', checkId],
    queryFn: () => api<TReport>(`/api/reference-checks/${checkId}/report`),
  });

export const reportPdfUrl = (checkId: string) => `/api/reference-checks/${checkId}/report.pdf`;

export const reviewFraudSignal = (checkId: string, signalId: string, reviewed: boolean) =>
  api<TFraudSignal>(`/api/reference-checks/${checkId}/fraud-signals/${signalId}/review`, {
    method: 'POST',
    body: { reviewed },
  });

export const figuresQuery = (period: { from?: string; to?: string }) =>
  queryOptions({
    queryKey: ['reference-figures', period.from ?? '', period.to ?? ''],
    queryFn: () => api<TReferenceFigures>('/api/reference-figures', { query: period }),
  });

export const shareLinksQuery = (checkId: string) =>
  queryOptions({
    queryKey: ['reference-report', checkId, 'share-links'],
    queryFn: () => api<TReportShareLinkList>(`/api/reference-checks/${checkId}/share-links`),
  });

export const createShareLink = (checkId: string, expiresInDays: number) =>
  api<TCreatedReportShareLink>(`/api/reference-checks/${checkId}/share-links`, {
    method: 'POST',
    body: { expiresInDays },
  });

export const revokeShareLink = (checkId: string, linkId: string) =>
  api<TReportShareLink>(`/api/reference-checks/${checkId}/share-links/${linkId}/revoke`, { method: 'POST', body: {} });
