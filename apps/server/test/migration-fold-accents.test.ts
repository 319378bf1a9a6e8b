import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { normalizeSearchText } from '../src/modules/network/search/tsquery-text.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { openTestDatabase } from './helpers/database.ts';

/**
 * Migration 0022 folds the accents of search text stored before folding began, in SQL with a letter
 * table of its own. Its result must equal what the application now stores for the same text: every
 * lower-case Latin letter with a diacritic (the ranges the migration names), and real names.
 */
const migration = fs.readFileSync(
  path.resolve(import.meta.dirname, '../drizzle/0022_fold_accents_in_search_vectors.sql'),
  'utf8',
);
/** The migration's expression for the folded vector, as it reads the row's `search_vector`. */
const foldExpression = migration.match(/UPDATE "referrals" SET "search_vector" = ([\s\S]+?)\n {2}WHERE/)![1];

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database?.close());

async function foldedInSql(text: string) {
  const [row] = rowsOf<{ folded: string }>(
    await database.db.execute(
      sql`select (${sql.raw(foldExpression)})::text as folded
        from (select to_tsvector('simple', ${text}) as search_vector) as stored`,
    ),
  );
  return row.folded;
}

async function storedByTheApp(text: string) {
  const [row] = rowsOf<{ vector: string }>(
    await database.db.execute(sql`select to_tsvector('simple', ${normalizeSearchText(text)})::text as vector`),
  );
  return row.vector;
}

test('the migration folds every accented Latin letter as the application does', async () => {
  const letters: string[] = [];
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ])
    for (let code = from; code <= to; code++) {
      const letter = String.fromCodePoint(code);
      // Stored lexemes are lower case; a letter whose folding is not a plain Latin word is left out.
      if (letter !== letter.toLowerCase() || !/^[a-z]+$/.test(normalizeSearchText(`${letter}`))) continue;
      letters.push(letter);
    }
  assert.ok(letters.length > 200, `${letters.length} letters`);
  // Each letter inside a word of its own, so the parser keeps it as one lexeme.
  const text = letters.map((letter) => `q${letter}q`).join(' ');
  assert.equal(await foldedInSql(text), await storedByTheApp(text));
});

test('names as people write them fold to what a search without accents finds', async () => {
  for (const name of ['Åsa Öberg', 'Zoë Fischer', 'Ngọc Trần', 'Jürgen Straße', 'Søren Kærgaard', 'Łukasz Wałęsa'])
    assert.equal(await foldedInSql(name), await storedByTheApp(name), name);
  assert.equal(await foldedInSql('Plain Ascii'), await storedByTheApp('Plain Ascii'));
});
