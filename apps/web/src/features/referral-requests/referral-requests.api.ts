import { queryOptions } from '@tanstack/react-query';
import type { TReferralRequestDraftRequest, TReferralRequestTemplates, TSendReferralRequest } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';
import { messageKeys } from '../../app/query-keys.ts';

export const referralRequestTemplatesQuery = queryOptions({
  queryKey: messageKeys.referralRequestTemplates(),
  queryFn: () => api.get('/api/company/message-templates/referral-request'),
});

export const fetchDraft = (candidateId: string, body: TReferralRequestDraftRequest) =>
  api.post('/api/candidates/{id}/referral-requests/draft', { path: { id: candidateId }, body });

export const sendReferralRequest = (candidateId: string, body: TSendReferralRequest) =>
  api.post('/api/candidates/{id}/referral-requests', { path: { id: candidateId }, body });

/** The colleague's own mail client, with the recruiter's email already written. */
export const mailtoUrl = (to: string, subject: string, body: string) =>
  `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

type TemplateLanguage = TReferralRequestTemplates['items'][number]['language'];

export const saveReferralRequestTemplate = (
  language: TemplateLanguage,
  body: ApiBody<'/api/company/message-templates/referral-request/{language}', 'put'>,
) => api.put('/api/company/message-templates/referral-request/{language}', { path: { language }, body });

/** Back to Vouch's wording; answers the default template. */
export const resetReferralRequestTemplate = (language: TemplateLanguage) =>
  api.delete('/api/company/message-templates/referral-request/{language}', { path: { language } });
