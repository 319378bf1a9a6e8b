/**
 * `npm run vouch -- <command>`: operator commands for scripted installs, on the database the server
 * would use (DATABASE_URL, or the embedded one in DATA_DIR, which refuses while a server holds it).
 *
 *   create-company --name "Acme" --admin admin@acme.example [--admin-name "Ada Admin"]
 *                  [--password …] [--language en|sv]
 */
import { parseArgs } from 'node:util';
import { ZEmail, ZLanguage, ZName, ZPassword } from '@vouch/contracts';
import { z } from 'zod';
import { createCompanyForOperator, OPERATOR_LINK_HOURS } from './modules/tenancy/index.ts';
import { loadConfig } from './platform/config.ts';
import { DataDirLockedError, openDatabase, runMigrations } from './platform/db/db.ts';

const USAGE = `Usage: npm run vouch -- create-company --name "Acme" --admin admin@acme.example [--admin-name "Ada Admin"] [--password …] [--language en|sv]

Creates a company with that person as its admin. Without --password it prints a one-time link where
the admin chooses a password (valid ${OPERATOR_LINK_HOURS} hours). An address that already has a Vouch login keeps its password.`;

const ZCreateCompanyArgs = z.object({
  name: ZName(120),
  admin: ZEmail,
  'admin-name': ZName(120).optional(),
  password: ZPassword.optional(),
  language: ZLanguage.default('en'),
});

class UsageError extends Error {}

async function createCompany(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      name: { type: 'string' },
      admin: { type: 'string' },
      'admin-name': { type: 'string' },
      password: { type: 'string' },
      language: { type: 'string' },
    },
  });
  const parsed = ZCreateCompanyArgs.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    throw new UsageError(lines.join('\n'));
  }
  const args = parsed.data;
  const config = loadConfig();
  const database = await openDatabase(
    config.database.driver === 'postgres' ? config.database : { driver: 'pglite', dataDir: config.database.dataDir },
  );
  try {
    await runMigrations(database);
    const created = await createCompanyForOperator(database.db, config, {
      companyName: args.name,
      email: args.admin,
      name: args['admin-name'] ?? '',
      password: args.password ?? null,
      language: args.language,
    });
    console.log(`Created the company "${args.name}" (${created.companyId}) with ${args.admin} as its admin.`);
    if (created.keptExistingPassword)
      console.log(`${args.admin} already has a Vouch login and signs in with its password.`);
    if (created.setPasswordUrl)
      console.log(
        `The admin chooses a password here (the link works once, for ${OPERATOR_LINK_HOURS} hours):\n${created.setPasswordUrl}`,
      );
  } finally {
    await database.close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'create-company') throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  await createCompany(rest);
}

main().catch((error) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof DataDirLockedError) console.error(error.message);
  else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error);
  process.exit(1);
});
