import { queryOptions } from '@tanstack/react-query';
import type {
  TReferralRequestDraft,
  TReferralRequestDraftRequest,
  TReferralRequestResult,
  TReferralRequestTemplates,
  TSendReferralRequest,
} from '@vouch/contracts';
import { api } from '../../app/api.ts';

export const referralRequestTemplatesQuery = queryOptions({
  queryKey: ['message-templates', 'referral-request'],
  queryFn: () => api<TReferralRequestTemplates>('/api/company/message-templates/referral-request'),
});

export const fetchDraft = (candidateId: string, body: TReferralRequestDraftRequest) =>
  api<TReferralRequestDraft>(`/api/candidates/${candidateId}/referral-requests/draft`, { method: 'POST', body });

export const sendReferralRequest = (candidateId: string, body: TSendReferralRequest) =>
  api<TReferralRequestResult>(`/api/candidates/${candidateId}/referral-requests`, { method: 'POST', body });

/** The colleague's own mail client, with the recruiter's email already written. */
export const mailtoUrl = (to: string, subject: string, body: string) =>
  `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
