import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import {
  API_TYPES_FILE,
  generateApiTypes,
  generateWebApiTypes,
  WEB_API_TYPES_FILE,
} from '../scripts/generate-api-types.ts';

test('the typed client of /api/v1 matches the API (run `npm run api:types -w @vouch/server` when it does not)', async () => {
  const fresh = await generateApiTypes();
  const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
  assert.ok(fresh.includes('"/api/v1/'), 'the OpenAPI document lists no /api/v1 paths');
  assert.equal(committed, fresh, 'test/generated/vouch-api.d.ts is stale: run `npm run api:types -w @vouch/server`');
});

test("the web app's types of /api/* match the API (run `npm run api:types -w @vouch/server` when they do not)", async () => {
  const fresh = await generateWebApiTypes();
  const committed = fs.readFileSync(WEB_API_TYPES_FILE, 'utf8');
  assert.ok(fresh.includes('"/api/candidates/{id}"'), 'the OpenAPI document lists no app paths');
  assert.ok(!fresh.includes('"/api/v1/'), 'the integration API belongs in its own file');
  assert.ok(!fresh.includes('"/{*}"'), 'the pages of a built web app are no API');
  assert.equal(
    committed,
    fresh,
    'apps/web/src/generated/api-paths.d.ts is stale: run `npm run api:types -w @vouch/server`',
  );
});
