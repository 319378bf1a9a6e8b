import type { TProblem, TProblemFieldError } from '@vouch/contracts';
import { currentLanguage } from '../i18n/index.ts';
import { type ApiInitArgs, type ApiPath, type ApiResponse, fillPath, type HttpMethod } from './api-paths.ts';

export type FieldError = TProblemFieldError;

/** Every failed call ends here: the problem's code and field errors, ready for forms and notifications. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  /** The specific reason (`contact_import.empty_file`) and its values, which the app words itself. */
  readonly reason: string | undefined;
  readonly params: Record<string, unknown>;
  readonly errors: FieldError[];

  constructor(status: number, problem: Partial<TProblem>) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'network' : 'generic');
    this.detail = problem.detail;
    this.reason = problem.reason;
    this.params = problem.params ?? {};
    this.errors = problem.errors ?? [];
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (!code || error.code === code);
}

// The CSRF token lives in memory only: it comes with /api/auth/me and sign-in, never from storage.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

// The router registers how to send someone to sign in; the client stays free of routing.
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;
type Options = {
  method?: Uppercase<HttpMethod>;
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** For calls where signed-out is an expected answer (who am I, sign-in itself). */
  allowSignedOut?: boolean;
};

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The app's API, typed by path and method from its OpenAPI document:
 * `api.get('/api/candidates/{id}', { path: { id } })` answers the candidate's type, and a body or
 * query the operation does not take fails the type check.
 */
export const api = {
  get: <P extends ApiPath<'get'>>(path: P, ...[init]: ApiInitArgs<P, 'get'>) =>
    call<ApiResponse<P, 'get'>>('GET', path, init),
  post: <P extends ApiPath<'post'>>(path: P, ...[init]: ApiInitArgs<P, 'post'>) =>
    call<ApiResponse<P, 'post'>>('POST', path, init),
  put: <P extends ApiPath<'put'>>(path: P, ...[init]: ApiInitArgs<P, 'put'>) =>
    call<ApiResponse<P, 'put'>>('PUT', path, init),
  patch: <P extends ApiPath<'patch'>>(path: P, ...[init]: ApiInitArgs<P, 'patch'>) =>
    call<ApiResponse<P, 'patch'>>('PATCH', path, init),
  delete: <P extends ApiPath<'delete'>>(path: P, ...[init]: ApiInitArgs<P, 'delete'>) =>
    call<ApiResponse<P, 'delete'>>('DELETE', path, init),
};

/** Any operation's init, once its types have been checked at the call. */
type CheckedInit = Omit<Options, 'method' | 'query'> & { path?: Record<string, string>; query?: object };

function call<T>(method: Uppercase<HttpMethod>, template: string, init: object | undefined): Promise<T> {
  const { path, query, ...options } = (init ?? {}) as CheckedInit;
  return send<T>(fillPath(template, path), { ...options, method, query: query as Query | undefined });
}

/** One request: the session's CSRF token and language go along; a failure becomes an `ApiError`. */
async function send<T>(path: string, options: Options = {}): Promise<T> {
  const method = options.method ?? 'GET';
  // The language lets the server word its messages for this person, also before sign-in.
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': currentLanguage(),
  };
  // A FormData body (a file upload) sets its own multipart content type with the boundary.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'network' });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const problem = await readProblem(response);
  const error = new ApiError(response.status, problem);
  if (response.status === 401 && error.code === 'unauthenticated' && !options.allowSignedOut) onUnauthenticated?.();
  throw error;
}

async function readProblem(response: Response): Promise<Partial<TProblem>> {
  try {
    const body = (await response.json()) as Partial<TProblem>;
    if (body && typeof body === 'object') return body;
  } catch {
    // Not JSON (a proxy page, an empty body): fall through to a problem made from the status.
  }
  return { status: response.status, title: response.statusText, code: codeOfStatus(response.status) };
}

function codeOfStatus(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'internal';
  return 'generic';
}

export type Page<T> = { items: T[]; nextCursor: string | null };
