import type { ApiCtx } from '../../../platform/http/context.ts';
import { listTemplatesForKey } from '../greenhouse.repo.ts';
import type { GreenhouseTest } from '../greenhouse-protocol.ts';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', sv: 'Swedish' };

const testName = (t: { name: string; language: string }) => `${t.name} (${LANGUAGE_NAMES[t.language] ?? t.language})`;

/** `list_tests`: the non-archived questionnaires the key may use, named with their language. */
export async function listGreenhouseTests(ctx: ApiCtx): Promise<GreenhouseTest[]> {
  const rows = await listTemplatesForKey(ctx.db, ctx.tenantId, ctx.apiKey.subAccountId);
  return rows.map((t) => ({ partner_test_id: t.id, partner_test_name: testName(t) }));
}
