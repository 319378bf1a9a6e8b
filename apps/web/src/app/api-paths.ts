import type { paths } from '../generated/api-paths.d.ts';

/**
 * What the app's API accepts and answers, read from the types generated of its OpenAPI document
 * (`npm run api:types -w @vouch/server`), so a call with a wrong path, parameter or body, or an answer
 * read as the wrong shape, fails the type check instead of a page.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

/** The paths that answer `method`, as the document writes them (`/api/candidates/{id}`). */
export type ApiPath<M extends HttpMethod> = {
  [P in keyof paths]: paths[P][M] extends { responses: unknown } ? P : never;
}[keyof paths];

type Json<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;
type Success<R> = R[Extract<keyof R, 200 | 201 | 202 | 204>];

/** The body of a successful answer (`undefined` for 204). */
export type ApiResponse<P extends keyof paths, M extends HttpMethod> = Json<
  Success<Operation<P, M> extends { responses: infer R } ? R : never>
>;

type Parameters<O, Where extends 'path' | 'query'> = O extends { parameters: { [K in Where]?: infer X } }
  ? NonNullable<X>
  : never;

/** The JSON body an operation takes (`never` when it declares none). */
export type ApiBody<P extends keyof paths, M extends HttpMethod> = JsonBody<
  NonNullable<Operation<P, M>['requestBody']>
>;
type JsonBody<R> = [R] extends [never]
  ? never
  : R extends { content: { 'application/json': infer Body } }
    ? Body
    : never;

/**
 * A query as the call may pass it: a free-text parameter also takes a number or boolean (the server reads
 * `true`/`false` as a boolean), and a missing value may be `null` (such values are left out of the URL).
 */
type Loose<Q> = {
  [K in keyof Q]?: (string extends NonNullable<Q[K]> ? string | number | boolean : Q[K]) | null;
};

type PathPart<O> = [Parameters<O, 'path'>] extends [never] ? { path?: never } : { path: Parameters<O, 'path'> };
type QueryPart<O> = [Parameters<O, 'query'>] extends [never]
  ? { query?: never }
  : object extends Parameters<O, 'query'>
    ? { query?: Loose<Parameters<O, 'query'>> }
    : { query: Loose<Parameters<O, 'query'>> };
/** An operation that declares no JSON body takes none, or a file upload (a multipart form). */
type BodyPart<P extends keyof paths, M extends HttpMethod> = [ApiBody<P, M>] extends [never]
  ? { body?: FormData }
  : undefined extends Operation<P, M>['requestBody']
    ? { body?: ApiBody<P, M> }
    : { body: ApiBody<P, M> };

/** What a call passes besides its path: path parameters, query and body as the operation declares them. */
export type ApiInit<P extends keyof paths, M extends HttpMethod> = PathPart<Operation<P, M>> &
  QueryPart<Operation<P, M>> &
  BodyPart<P, M> & {
    signal?: AbortSignal;
    /** For calls where signed-out is an expected answer (who am I, sign-in itself). */
    allowSignedOut?: boolean;
  };

/** The init argument, optional when nothing in it is required. */
export type ApiInitArgs<P extends keyof paths, M extends HttpMethod> =
  object extends ApiInit<P, M> ? [init?: ApiInit<P, M>] : [init: ApiInit<P, M>];

/** `/api/candidates/{id}` with `{ id }` → `/api/candidates/3f…`. */
export function fillPath(template: string, params: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}
