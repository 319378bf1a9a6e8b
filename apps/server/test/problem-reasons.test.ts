import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { LANGUAGES, PROBLEM_REASONS, type TProblemReason } from '@vouch/contracts';
import { problemText } from '../../web/src/app/problem-text.ts';
import { translateServerMessage } from '../../web/src/respond/server-messages.ts';
import { englishOf } from '../src/platform/errors.ts';
import { languageOf } from '../src/platform/http/language.ts';

const reasons = Object.keys(PROBLEM_REASONS) as TProblemReason[];

/** Sample values for a reason's parameters, so a sentence that forgets one shows `{{name}}`. */
function sampleParams(reason: TProblemReason): Record<string, unknown> {
  const shape = PROBLEM_REASONS[reason].params.shape as Record<string, { type?: string; def?: { type?: string } }>;
  return Object.fromEntries(
    Object.entries(shape).map(([name, schema]) => [
      name,
      (schema.def?.type ?? schema.type) === 'number' ? 7 : `«${name}»`,
    ]),
  );
}

test('every reason has English and Swedish words in both web entries, with its parameters filled in', () => {
  for (const reason of reasons) {
    const params = sampleParams(reason);
    for (const language of LANGUAGES) {
      const app = problemText(language, reason, params);
      const pages = translateServerMessage({ message: 'unused', reason, params }, language);
      for (const [entry, text] of [
        ['app', app],
        ['candidate and referee pages', pages],
      ] as const) {
        assert.ok(text && text !== 'unused', `${entry} has no ${language} words for ${reason}`);
        assert.doesNotMatch(text, /\{\{/, `${entry}: ${reason} in ${language} leaves a parameter unfilled`);
        for (const [name, value] of Object.entries(params))
          if (typeof value === 'string' && englishOf(reason, params).includes(value))
            assert.ok(text.includes(value), `${reason} in ${language} omits ${name}`);
      }
    }
    if (reason.includes('.')) {
      const sv = problemText('sv', reason, params);
      assert.notEqual(sv, problemText('en', reason, params), `${reason} has the English words in Swedish`);
    }
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

test('every specific reason is given somewhere by the server or a shared schema, so the catalogue holds no dead words', () => {
  const contracts = join(import.meta.dirname, '../../../packages/contracts/src');
  const source = [...sourceFiles(join(import.meta.dirname, '../src')), ...sourceFiles(contracts)]
    .filter((file) => !/problems\.ts$|problem-messages/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const unused = reasons.filter((reason) => reason.includes('.') && !source.includes(`'${reason}'`));
  assert.deepEqual(unused, []);
});

test('the English words of a reason are the detail integrators read', () => {
  assert.equal(
    englishOf('contact_import.too_many_rows', { max: 200_000 }),
    'The file has more than 200,000 rows; split it into smaller files and import each.',
  );
  assert.equal(problemText('sv', 'contact_import.too_many_rows', { max: 200_000 })?.includes('200\u00a0000'), true);
  assert.equal(problemText('en', 'no.such_reason', {}), null);
});

test('Accept-Language picks the best language Vouch speaks, else English', () => {
  const of = (value?: string) => languageOf({ headers: value === undefined ? {} : { 'accept-language': value } });
  assert.equal(of(), 'en');
  assert.equal(of('sv-SE,sv;q=0.9,en;q=0.8'), 'sv');
  assert.equal(of('de-DE,de;q=0.9,sv;q=0.5'), 'sv');
  assert.equal(of('en;q=0.4,sv;q=0.6'), 'sv');
  assert.equal(of('fr, de'), 'en');
  assert.equal(of('sv;q=0'), 'en');
});
