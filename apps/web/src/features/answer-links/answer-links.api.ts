import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';

/** The public routes that take a one-click answer from an email's button, by the token in its link. */
export type AnswerEndpoint = '/api/public/introduction-answers' | '/api/public/referral-request-answers';

/** What the link is about; opening it answers nothing. */
export const answerLinkInfo = (endpoint: AnswerEndpoint, token: string) =>
  endpoint === '/api/public/introduction-answers'
    ? api.get('/api/public/introduction-answers/{token}', { path: { token }, allowSignedOut: true })
    : api.get('/api/public/referral-request-answers/{token}', { path: { token }, allowSignedOut: true });

export const sendAnswer = (endpoint: AnswerEndpoint, body: ApiBody<AnswerEndpoint, 'post'>) =>
  endpoint === '/api/public/introduction-answers'
    ? api.post('/api/public/introduction-answers', {
        body: body as ApiBody<'/api/public/introduction-answers', 'post'>,
        allowSignedOut: true,
      })
    : api.post('/api/public/referral-request-answers', {
        body: body as ApiBody<'/api/public/referral-request-answers', 'post'>,
        allowSignedOut: true,
      });
