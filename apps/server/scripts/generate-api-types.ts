/**
 * `npm run api:types -w @vouch/server`: TypeScript types made from the OpenAPI document the app serves,
 * one file per client:
 * - the integration API (`/api/v1`), for the typed client the end-to-end tests play an applicant
 *   tracking system with;
 * - the app's own API (every other `/api/*` path), for the web app's typed `api` calls.
 * `-- --check` writes nothing and fails when a committed file is stale; test/api-types.test.ts does the same.
 */
import fs from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/db.ts';

export const API_TYPES_FILE = new URL('../test/generated/vouch-api.d.ts', import.meta.url);
export const WEB_API_TYPES_FILE = new URL('../../web/src/generated/api-paths.d.ts', import.meta.url);

const header = (what: string, check: string) => `/**
 * Generated from ${what} by \`npm run api:types -w @vouch/server\`. Do not edit:
 * ${check} fails when this file no longer matches the API.
 */

`;

/** The document the app serves at `url`. */
async function servedDocument(url: string): Promise<OpenAPI3> {
  // Building the app needs a database handle; nothing is queried, so an empty in-memory one does.
  const database = await openDatabase({ driver: 'pglite', dataDir: null });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'never', WORKER: 'off' });
  const app = await buildApp({ config, database, logger: false });
  try {
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}`);
    return res.json() as OpenAPI3;
  } finally {
    await app.close();
    await database.close();
  }
}

/** The integration API's OpenAPI document as the app serves it at `/api/v1/openapi.json`. */
export const integrationApiDocument = () => servedDocument('/api/v1/openapi.json');

/** The app's own API: what the web app may call, not the integration API nor the pages it serves. */
const isAppApiPath = (path: string) => path.startsWith('/api/') && !path.startsWith('/api/v1/');

/**
 * The app's own API: every `/api/*` path of `/api/openapi.json` outside `/api/v1` (the pages of a built
 * web app are left out, so the file is the same with or without one). None of them refers to a shared
 * component (those are the integration API's problems and webhook payloads), so none is kept.
 */
export async function webApiDocument(): Promise<OpenAPI3> {
  const full = await servedDocument('/api/openapi.json');
  const paths = Object.fromEntries(Object.entries(full.paths ?? {}).filter(([path]) => isAppApiPath(path)));
  return { openapi: full.openapi, info: full.info, paths };
}

/** The integration API's file: the types openapi-typescript makes of its document. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await integrationApiDocument(), { alphabetize: true });
  return header('the OpenAPI document of /api/v1 (/api/v1/openapi.json)', 'test/api-types.test.ts') + astToString(ast);
}

/** The web app's file: the types of every `/api/*` path the app serves outside `/api/v1`. */
export async function generateWebApiTypes(): Promise<string> {
  const ast = await openapiTS(await webApiDocument(), { alphabetize: true });
  return (
    header(
      'the OpenAPI document of the app (/api/openapi.json), without /api/v1,',
      'apps/server/test/api-types.test.ts (and `npm run api:types -w @vouch/server -- --check`)',
    ) + astToString(ast)
  );
}

const FILES = [
  { file: API_TYPES_FILE, generate: generateApiTypes },
  { file: WEB_API_TYPES_FILE, generate: generateWebApiTypes },
];

const shown = (file: URL) => file.pathname.split('/apps/').pop();

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { file, generate } of FILES) {
    const text = await generate();
    if (!check) {
      fs.mkdirSync(new URL('.', file), { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`Written apps/${shown(file)}.`);
    } else if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
      stale += 1;
      console.error(`apps/${shown(file)} is stale: run \`npm run api:types -w @vouch/server\`.`);
    }
  }
  if (stale) process.exit(1);
  if (check) console.log('The generated API types match the API.');
}
