import { api } from '../../app/api.ts';
import type { ApiBody } from '../../app/api-paths.ts';

/** What signing in, joining and the links sent by email ask of the server; signed out is expected in all. */

export const requestSignIn = (body: ApiBody<'/api/auth/sign-in', 'post'>) =>
  api.post('/api/auth/sign-in', { body, allowSignedOut: true });

export const forgotPassword = (body: ApiBody<'/api/auth/forgot-password', 'post'>) =>
  api.post('/api/auth/forgot-password', { body });

export const resetPassword = (body: ApiBody<'/api/auth/reset-password', 'post'>) =>
  api.post('/api/auth/reset-password', { body });

export const inviteInfo = (token: string) => api.get('/api/auth/invites/{token}', { path: { token } });

export const acceptInvite = (body: ApiBody<'/api/auth/invites/accept', 'post'>) =>
  api.post('/api/auth/invites/accept', { body });

export const signupInfo = (code: string) => api.get('/api/auth/signup/{code}', { path: { code } });

export const joinCompany = (body: ApiBody<'/api/auth/signup', 'post'>) =>
  api.post('/api/auth/signup', { body, allowSignedOut: true });

export const verifyEmailInfo = (token: string) => api.get('/api/auth/verify-email/{token}', { path: { token } });

export const verifyEmail = (body: ApiBody<'/api/auth/verify-email', 'post'>) =>
  api.post('/api/auth/verify-email', { body, allowSignedOut: true });

/** `/api/setup` creates the first company (first run), `/api/auth/new-company` another (open sign-up). */
export type NewCompanyPath = '/api/setup' | '/api/auth/new-company';

export const createCompany = (path: NewCompanyPath, body: ApiBody<NewCompanyPath, 'post'>) =>
  path === '/api/setup'
    ? api.post('/api/setup', { body, allowSignedOut: true })
    : api.post('/api/auth/new-company', { body, allowSignedOut: true });
