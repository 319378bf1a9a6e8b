import { DEFAULT_PROCESS } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { candidateKeys, searchVectorOf } from '../src/modules/hiring/index.ts';
import { hashPassword } from '../src/platform/crypto.ts';
import { type Database, openDatabase, runMigrations } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { candidates, companies, jobSteps, jobs, memberships, placements, users } from '../src/schema.ts';
import { EMPLOYERS, SKILLS } from '../src/seed/demo-careers.ts';
import { daysBefore, seededRandom } from '../src/seed/random.ts';

export const BENCH_DATABASE = 'vouch_bench';
export const RECRUITER = { email: 'recruiter@bench.example', password: 'bench-password-1' };
const JOB_COUNT = 10;
const BATCH = 2_000;
/** Later steps hold fewer people, as in a real funnel; even the smallest holds several hundred here. */
const STEP_WEIGHTS = [22, 20, 18, 14, 10, 9, 7];

export type Dataset = {
  companyId: string;
  jobs: { id: string; stepIds: string[] }[];
  rowsInserted: number;
  insertSeconds: number;
};

/**
 * A fresh, migrated database: `vouch_bench` (or `name`) on the PostgreSQL server, dropped on close, or
 * PGlite in memory.
 */
export async function openBenchDatabase(
  driver: 'postgres' | 'pglite',
  serverUrl: string,
  name = BENCH_DATABASE,
): Promise<Database> {
  if (driver === 'pglite') {
    const database = await openDatabase({ driver: 'pglite', dataDir: null });
    await runMigrations(database);
    return database;
  }
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ driver: 'postgres', url: url.toString(), poolSize: 10 });
  await runMigrations(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      // BENCH_KEEP_DATABASE=1 leaves it for a look afterwards (EXPLAIN in psql); the next run drops it.
      if (process.env.BENCH_KEEP_DATABASE !== '1') await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * One company with a recruiter, 10 jobs of 7 steps, and `size` candidates: each on one job (a fifth
 * on a second) at a step, last updated at any moment of the past year. Multi-row INSERTs of 2,000
 * rows; COPY would be faster on PostgreSQL but does not exist on PGlite, and this is not the part measured.
 */
export async function createDataset(db: Database['db'], size: number): Promise<Dataset> {
  const random = seededRandom(50_000);
  const now = new Date();
  const started = performance.now();
  const companyId = crypto.randomUUID();
  await db.insert(companies).values({ id: companyId, name: 'Bench Co' });
  const [user] = await db
    .insert(users)
    .values({ email: RECRUITER.email, name: 'Bench Recruiter', passwordHash: await hashPassword(RECRUITER.password) })
    .returning();
  await db
    .insert(memberships)
    .values({ companyId, userId: user.id, role: 'recruiter', status: 'active', joinedAt: now });

  const benchJobs = Array.from({ length: JOB_COUNT }, (_, index) => ({
    id: crypto.randomUUID(),
    title: `Bench job ${index + 1}`,
    stepIds: DEFAULT_PROCESS.map(() => crypto.randomUUID()),
  }));
  await db.insert(jobs).values(benchJobs.map(({ id, title }) => ({ id, companyId, title })));
  await db.insert(jobSteps).values(
    benchJobs.flatMap((job) =>
      DEFAULT_PROCESS.map((step, position) => ({
        id: job.stepIds[position],
        companyId,
        jobId: job.id,
        ...step,
        position,
      })),
    ),
  );

  const step = () => random.weighted(STEP_WEIGHTS.map((weight, index) => [index, weight] as const));
  const tracks = Object.keys(SKILLS) as (keyof typeof SKILLS)[];
  let rowsInserted = 0;
  for (let offset = 0; offset < size; offset += BATCH) {
    const candidateRows = [];
    const placementRows = [];
    for (let i = offset; i < Math.min(size, offset + BATCH); i++) {
      const updatedAt = daysBefore(now, random.next() * 365);
      const fields = {
        firstName: `First${i % 977}`,
        lastName: `Last${i}`,
        email: `candidate${i}@bench.example`,
        currentCompany: random.pick(EMPLOYERS).name,
        currentTitle: 'Engineer',
        location: random.pick(['Stockholm', 'Gothenburg', 'Remote']),
        skills: random.sample(SKILLS[random.pick(tracks)], 3),
        tags: random.chance(0.2) ? ['referral'] : [],
      };
      const id = crypto.randomUUID();
      const createdAt = daysBefore(updatedAt, random.next() * 30);
      candidateRows.push({
        id,
        companyId,
        ...fields,
        ...candidateKeys(fields),
        searchVector: searchVectorOf(fields),
        createdAt,
        updatedAt,
      });
      const onJobs = random.sample(benchJobs, random.chance(0.2) ? 2 : 1);
      for (const job of onJobs) {
        placementRows.push({
          companyId,
          candidateId: id,
          jobId: job.id,
          stepId: job.stepIds[step()],
          createdAt,
          updatedAt,
        });
      }
    }
    await db.insert(candidates).values(candidateRows);
    await db.insert(placements).values(placementRows);
    rowsInserted += candidateRows.length + placementRows.length;
  }
  // Statistics and the visibility map as autovacuum would leave them on a live database (PGlite has
  // no autovacuum); without the map, index-only scans still visit every heap page.
  await db.execute(sql`vacuum analyze`);
  const insertSeconds = (performance.now() - started) / 1000;
  return { companyId, jobs: benchJobs.map(({ id, stepIds }) => ({ id, stepIds })), rowsInserted, insertSeconds };
}

/**
 * Drops a table's secondary indexes for a bulk load (all but the primary key, or only `names`) and
 * returns the step that builds them again exactly as the migrations defined them: loading a million
 * rows and indexing once is several times faster than keeping every index up to date per row.
 * Keep unique indexes a load's `on conflict` relies on out of `names`.
 */
export async function suspendIndexes(db: Database['db'], table: string, names?: readonly string[]) {
  const indexes = rowsOf<{ indexname: string; indexdef: string }>(
    await db.execute(sql`select indexname, indexdef from pg_indexes where tablename = ${table}
      and indexname <> ${`${table}_pkey`}`),
  ).filter((index) => !names || names.includes(index.indexname));
  for (const index of indexes) await db.execute(sql.raw(`drop index ${index.indexname}`));
  return async () => {
    for (const index of indexes) await db.execute(sql.raw(index.indexdef));
  };
}
