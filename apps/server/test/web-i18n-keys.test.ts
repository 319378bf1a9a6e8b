import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { en } from '../../web/src/i18n/en.ts';

const webSource = join(import.meta.dirname, '../../web/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every leaf of the resources as its dotted key (`errors.generic`). */
function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

/**
 * A key is used when the code names it whole, or names a prefix of it in a template (`errors.${code}`,
 * `nav.${key}`) whose rest is filled in at run time. The `validation` table is looked up by the English
 * text a schema gives, so its keys are the schemas' messages; `errors` by the problem's code.
 */
function unusedKeys(): string[] {
  const code = sourceFiles(webSource)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const dynamicPrefixes = [...code.matchAll(/`([a-zA-Z][\w.]*)\$\{/g)].map((m) => m[1]);
  const lookedUpByText = ['validation.', 'errors.'];
  return keysOf(en).filter((whole) => {
    // Plural forms are asked for by their base key with a count.
    const key = whole.replace(/_(zero|one|two|few|many|other)$/, '');
    if (lookedUpByText.some((prefix) => key.startsWith(prefix))) return false;
    if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``)) return false;
    return !dynamicPrefixes.some((prefix) => key.startsWith(prefix));
  });
}

test('the web app uses every key of its resources: words nothing shows are removed', () => {
  assert.deepEqual(unusedKeys(), []);
});
