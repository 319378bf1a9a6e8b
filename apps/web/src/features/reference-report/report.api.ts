import { queryOptions } from '@tanstack/react-query';
import type { TFraudSignal, TReferenceFigures, TReport } from '@vouch/contracts';
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
