/**
 * The side-by-side table's yardsticks: Fastify routes written by hand on the bench's own database
 * client, with prepared statements and nothing else (no ORM, no schema validation, no hooks), for
 * what the machine answers without Vouch's layers.
 */
import { createHash, randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import type { Database } from '../src/platform/db/db.ts';
import { listen } from './http.ts';

type Rows = { rows: Record<string, unknown>[] };
/** Runs a named statement: node-postgres prepares it once per connection; PGlite parses it each time. */
type Prepared = (name: string, text: string, values: unknown[]) => Promise<Rows>;
type Query = (q: unknown, values?: unknown[]) => Promise<Rows>;
type PgPool = { query: Query; connect: () => Promise<{ query: Query; release: () => void }> };
type Pglite = { query: Query; transaction: <T>(work: (tx: { query: Query }) => Promise<T>) => Promise<T> };

const named =
  (client: { query: Query }): Prepared =>
  (name, text, values) =>
    client.query({ name, text, values });
const unnamed =
  (client: { query: Query }): Prepared =>
  (_name, text, values) =>
    client.query(text, values);

/** Statements outside a transaction, and `work` inside one (BEGIN, its statements, COMMIT). */
function handsOn(db: Database['db']) {
  const client = (db as unknown as { $client: PgPool | Pglite }).$client;
  if ('connect' in client) {
    const pool = client;
    return {
      query: named(pool),
      transaction: async <T>(work: (query: Prepared) => Promise<T>) => {
        const connection = await pool.connect();
        try {
          await connection.query('begin');
          const result = await work(named(connection));
          await connection.query('commit');
          return result;
        } catch (error) {
          await connection.query('rollback');
          throw error;
        } finally {
          connection.release();
        }
      },
    };
  }
  const pglite = client;
  return {
    query: unnamed(pglite),
    transaction: <T>(work: (query: Prepared) => Promise<T>) => pglite.transaction((tx) => work(unnamed(tx))),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const SESSION_SQL = `select s.company_id, m.role from sessions s
  join users u on u.id = s.user_id
  join memberships m on m.user_id = s.user_id and m.company_id = s.company_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and m.status = 'active' limit 1`;
const CANDIDATE_SQL = `select id, first_name, last_name, email, current_company, current_title, location, updated_at
  from candidates where id = $1 and company_id = $2 and anonymized_at is null`;

const API_KEY_SQL = `select id, company_id from api_keys where key_hash = $1 and revoked_at is null`;
const VERSION_SQL = `select v.id from questionnaire_versions v join questionnaire_templates t on t.id = v.template_id
  where t.id = $1 and t.company_id = $2 and t.archived_at is null order by v.version desc limit 1`;
const INSERT_CANDIDATE_SQL = `insert into candidates (company_id, first_name, last_name, email, external_id)
  values ($1, $2, $3, $4, $5) returning id`;
const INSERT_CHECK_SQL = `insert into reference_checks (company_id, candidate_id, version_id, language,
    candidate_channel, referee_channel, referees_wanted, source, links_expire_at, external_id)
  values ($1, $2, $3, 'en', $4, $5, $6, 'api', now() + interval '14 days', $7) returning id`;
const INSERT_CHECK_VERSION_SQL = `insert into reference_check_versions (company_id, check_id, language, version_id)
  values ($1, $2, 'en', $3)`;
const INSERT_LINK_SQL = `insert into link_tokens (token_hash, purpose, company_id, subject_id, expires_at)
  values ($1, 'reference_candidate', $2, $3, now() + interval '14 days')`;
const INSERT_MESSAGE_SQL = `insert into messages (company_id, channel, recipient, subject, body_text, template, language)
  values ($1, 'email', $2, $3, $4, 'reference_candidate_request', 'en') returning id`;
const INSERT_WORK_SQL = `insert into work_items (company_id, kind, subject_id, max_attempts) values ($1, 'message', $2, 8)`;

type StartBody = {
  external_id: string;
  template_id: string;
  referees_wanted: number;
  candidate_channel: string;
  referee_channel: string;
  candidate: { first_name: string; last_name: string; email: string; external_id: string };
};

/**
 * Two routes on a server of their own: a signed-in read of one candidate (the session, then the row),
 * and the start of a reference check by an API key writing the rows a started check needs (the
 * candidate, the check, its language version, the candidate's link, the email and its work item) in
 * one transaction after reading the key and the questionnaire's version. The start checks no rules
 * (a running check, the job, consent, the candidate already known): it is the floor under what
 * starting a check can cost on this schema, not an alternative to Vouch's.
 */
export async function handWrittenServer(db: Database['db']) {
  const { query, transaction } = handsOn(db);
  const app = Fastify({ logger: false });
  app.get<{ Params: { id: string } }>('/candidates/:id', async (request, reply) => {
    const token = /(?:^|;\s*)vouch_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
    if (!token) return reply.code(401).send({ code: 'auth.sign_in_required' });
    const [session] = (await query('bench_session', SESSION_SQL, [sha256(token)])).rows;
    if (!session) return reply.code(401).send({ code: 'auth.sign_in_required' });
    const [row] = (await query('bench_candidate', CANDIDATE_SQL, [request.params.id, session.company_id])).rows;
    if (!row) return reply.code(404).send({ code: 'not_found' });
    return row;
  });
  app.post<{ Body: StartBody }>('/reference-checks', async (request, reply) => {
    const key = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const [apiKey] = key ? (await query('bench_api_key', API_KEY_SQL, [sha256(key)])).rows : [];
    if (!apiKey) return reply.code(401).send({ code: 'api_key.invalid' });
    const companyId = apiKey.company_id;
    const body = request.body;
    const checkId = await transaction(async (tx) => {
      const [version] = (await tx('bench_version', VERSION_SQL, [body.template_id, companyId])).rows;
      if (!version) return null;
      const { candidate } = body;
      const [{ id: candidateId }] = (
        await tx('bench_insert_candidate', INSERT_CANDIDATE_SQL, [
          companyId,
          candidate.first_name,
          candidate.last_name,
          candidate.email,
          candidate.external_id,
        ])
      ).rows;
      const [{ id }] = (
        await tx('bench_insert_check', INSERT_CHECK_SQL, [
          companyId,
          candidateId,
          version.id,
          body.candidate_channel,
          body.referee_channel,
          body.referees_wanted,
          body.external_id,
        ])
      ).rows;
      await tx('bench_insert_check_version', INSERT_CHECK_VERSION_SQL, [companyId, id, version.id]);
      const link = randomBytes(32).toString('base64url');
      await tx('bench_insert_link', INSERT_LINK_SQL, [sha256(link), companyId, id]);
      const [message] = (
        await tx('bench_insert_message', INSERT_MESSAGE_SQL, [
          companyId,
          candidate.email,
          'Your references',
          `Hello ${candidate.first_name}, name your referees: https://vouch.example/r/${link}`,
        ])
      ).rows;
      await tx('bench_insert_work', INSERT_WORK_SQL, [companyId, message.id]);
      return id;
    });
    if (!checkId) return reply.code(404).send({ code: 'not_found' });
    return reply.code(201).send({ id: checkId, status: 'awaiting_referees' });
  });
  return { app, base: await listen(app) };
}
