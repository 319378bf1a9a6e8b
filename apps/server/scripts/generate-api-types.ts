/**
 * `npm run api:types -w @vouch/server`: the TypeScript types of the integration API (`/api/v1`), made
 * from the OpenAPI document the app serves, for the typed client the end-to-end tests play an
 * applicant tracking system with. test/api-types.test.ts fails when the committed file is stale.
 */
import fs from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/db.ts';

export const API_TYPES_FILE = new URL('../test/generated/vouch-api.d.ts', import.meta.url);

const HEADER = `/**
 * Generated from the OpenAPI document of /api/v1 (/api/v1/openapi.json) by \`npm run api:types -w @vouch/server\`. Do not edit:
 * test/api-types.test.ts fails when this file no longer matches the API.
 */

`;

/** The integration API's OpenAPI document as the app serves it at `/api/v1/openapi.json`. */
export async function integrationApiDocument(): Promise<OpenAPI3> {
  // Building the app needs a database handle; nothing is queried, so an empty in-memory one does.
  const database = await openDatabase({ driver: 'pglite', dataDir: null });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_DEMO: 'never', WORKER: 'off' });
  const app = await buildApp({ config, database, logger: false });
  try {
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.statusCode}`);
    return res.json() as OpenAPI3;
  } finally {
    await app.close();
    await database.close();
  }
}

/** The file's text: the types openapi-typescript makes of the document. */
export async function generateApiTypes(): Promise<string> {
  const ast = await openapiTS(await integrationApiDocument(), { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  fs.writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`Written ${API_TYPES_FILE.pathname.split('/apps/server/')[1]}.`);
}
