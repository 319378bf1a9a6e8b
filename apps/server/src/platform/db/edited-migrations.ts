import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './db-handle.ts';

/**
 * Three migrations were edited after they had landed, each with a new journal `when`. The migrator
 * runs every migration whose `when` is later than the last one a database ran, so a database that
 * ran a first version would run the edited one again and fail on tables it already has. Such a
 * database is caught up here before the migrator looks: what the edit added is applied, and its
 * record is moved to the edited migration's `when` and hash, as if it had run that one.
 * Landed migrations are locked now (migrations.lock), so this list does not grow.
 */
type EditedMigration = { tag: string; firstWhen: number; catchUp: string[] };

const precision3 = (table: string, ...columns: string[]) =>
  columns.map((c) => `ALTER TABLE "${table}" ALTER COLUMN "${c}" TYPE timestamp (3) with time zone`);

export const EDITED_MIGRATIONS: EditedMigration[] = [
  {
    // Millisecond timestamps, so keyset cursors compare exactly.
    tag: '0000_init',
    firstWhen: 1795430382511,
    catchUp: [
      ...precision3('agencies', 'created_at'),
      ...precision3('companies', 'created_at'),
      ...precision3('company_domains', 'created_at'),
      ...precision3('departments', 'created_at'),
      ...precision3('link_tokens', 'expires_at', 'used_at', 'created_at'),
      ...precision3('memberships', 'invited_at', 'joined_at', 'last_seen_at', 'deactivated_at', 'created_at'),
      ...precision3('sessions', 'created_at', 'last_seen_at', 'expires_at', 'revoked_at'),
      ...precision3('users', 'created_at'),
      ...precision3('candidates', 'created_at', 'updated_at', 'anonymized_at'),
      ...precision3('job_steps', 'removed_at'),
      ...precision3('jobs', 'created_at', 'updated_at', 'archived_at'),
      ...precision3('placement_events', 'at'),
      ...precision3('placements', 'created_at', 'updated_at'),
      ...precision3('messages', 'next_attempt_at', 'locked_until', 'created_at', 'sent_at'),
    ],
  },
  {
    // A referral's folded person keys, so exclusions reach it.
    tag: '0003_referrals_and_marks',
    firstWhen: 1795441120439,
    catchUp: [
      'ALTER TABLE "referrals" ADD COLUMN IF NOT EXISTS "email_key" text',
      'ALTER TABLE "referrals" ADD COLUMN IF NOT EXISTS "linkedin_key" text',
      'ALTER TABLE "referrals" ADD COLUMN IF NOT EXISTS "company_key" text',
    ],
  },
  {
    // Timeline lines with a kind, and the board's counting index.
    tag: '0004_board_stale_and_templates',
    firstWhen: 1795444296864,
    catchUp: [
      `ALTER TABLE "referral_events" ADD COLUMN IF NOT EXISTS "kind" text DEFAULT 'status' NOT NULL`,
      `CREATE INDEX IF NOT EXISTS "referrals_board_counts_idx" ON "referrals" USING btree
        ("company_id","active","source","department_id","status","email_key","linkedin_key","company_key")`,
    ],
  },
];

type Rows<T> = { rows: T[] };

/** Brings a database that ran a first version of an edited migration to where the edited one leaves it. */
export async function catchUpEditedMigrations(db: Db, migrationsFolder: string) {
  const [{ found }] = (
    (await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`)) as Rows<{
      found: boolean;
    }>
  ).rows;
  if (!found) return;
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  for (const edited of EDITED_MIGRATIONS) {
    const ran = (await db.execute(
      sql`select 1 from drizzle.__drizzle_migrations where created_at = ${edited.firstWhen}`,
    )) as Rows<unknown>;
    if (!ran.rows.length) continue;
    const current = journal.entries.find((e) => e.tag === edited.tag);
    if (!current) throw new Error(`The journal lost the edited migration ${edited.tag}`);
    const hash = createHash('sha256')
      .update(fs.readFileSync(path.join(migrationsFolder, `${edited.tag}.sql`), 'utf8'))
      .digest('hex');
    await db.transaction(async (tx) => {
      for (const statement of edited.catchUp) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`update drizzle.__drizzle_migrations set created_at = ${current.when}, hash = ${hash}
          where created_at = ${edited.firstWhen}`,
      );
    });
  }
}
