import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { startTestApp } from '../../test/helpers/app.ts';
import { openTestDatabase } from '../../test/helpers/database.ts';
import type { Database } from '../platform/db/db.ts';
import { rowsOf } from '../platform/db/ids.ts';
import { seedDemoIfEmpty } from './demo.ts';

const silent = pino({ level: 'silent' }) as FastifyBaseLogger;
let database: Database;

before(async () => {
  database = await openTestDatabase();
});
after(async () => {
  await database.close();
});

async function count(query: ReturnType<typeof sql>) {
  const [row] = rowsOf<{ n: number }>(await database.db.execute(query));
  return Number(row.n);
}

test('seeds the demo company once, with everything the demo walks through', async () => {
  assert.equal(await seedDemoIfEmpty(database.db, silent), true);

  assert.equal(await count(sql`select count(*) as n from companies`), 1);
  const employeesWithHistory = await count(sql`select count(distinct m.id) as n from memberships m
    join work_history w on w.membership_id = m.id where m.role <> 'agent'`);
  assert.ok(employeesWithHistory >= 24, `${employeesWithHistory} employees with a work history`);
  assert.equal(
    await count(sql`select count(*) as n from memberships where status = 'invited' and joined_at is null`),
    2,
  );
  assert.equal(await count(sql`select count(*) as n from membership_departments`), 2);

  assert.ok((await count(sql`select count(*) as n from jobs`)) >= 8);
  assert.equal(
    await count(sql`select count(*) as n from jobs where status = 'archived' and archived_at is not null`),
    1,
  );
  assert.equal(
    await count(sql`select count(*) as n from jobs j where not exists
    (select 1 from job_steps s where s.job_id = j.id and s.kind = 'reference_check')`),
    0,
  );

  // 60 planned candidates, one who applied through employee@acme.example's share link, five referred hires
  // (one per bonus state) and six referred through Refer someone and the agency.
  assert.equal(await count(sql`select count(*) as n from candidates where search_vector is not null`), 72);
  assert.equal(await count(sql`select count(*) as n from companies where slug = 'acme'`), 1);
  assert.equal(
    await count(sql`select count(*) as n from share_links where views = 37 and applications = 1`),
    1,
    'a share link with views and an application',
  );
  assert.equal(await count(sql`select count(*) as n from placements where origin = 'share_link'`), 1);
  const placed = await count(sql`select count(distinct candidate_id) as n from placements`);
  assert.ok(placed >= 45, `${placed} candidates placed`);
  // Every placement's history ends at its current step.
  assert.equal(
    await count(sql`select count(*) as n from placements p where p.step_id <> (select e.to_step_id
    from placement_events e where e.placement_id = p.id order by e.at desc limit 1)`),
    0,
  );

  assert.equal(await count(sql`select count(*) as n from bonus_tiers`), 3);
  assert.equal(await count(sql`select count(*) as n from bonus_tiers where visible_to_employees`), 2);
  assert.equal(await count(sql`select count(*) as n from exclusions`), 2);
  assert.equal(await count(sql`select count(*) as n from exclusion_keys where key = 'initech'`), 1);

  const agent = await count(sql`select count(*) as n from memberships m join users u on u.id = m.user_id
    join agencies a on a.id = m.agency_id where u.email = 'agent@talentbridge.example' and m.role = 'agent'`);
  assert.equal(agent, 1);
});

test('the demo has reference checks at each stage, set up steps and the shipped questionnaires', async () => {
  // Runs after the first test seeded the company.
  assert.equal(await count(sql`select count(*) as n from questionnaire_templates where preset is not null`), 6);
  assert.equal(
    await count(sql`select count(distinct family_id) as n from questionnaire_templates where preset is not null`),
    3,
    'three questionnaires, each in English and Swedish',
  );
  assert.equal(
    await count(sql`select count(*) as n from referees where language = 'sv' and status = 'answered'`),
    1,
    'one referee of the completed check answered the Swedish version',
  );
  assert.equal(
    await count(sql`select count(*) as n from reference_checks where instruction is not null`),
    3,
    'each check carries its step’s instruction to the candidate',
  );
  const statuses = rowsOf<{ status: string; answered: number }>(
    await database.db.execute(sql`select c.status,
      (select count(*)::int from referees r where r.check_id = c.id and r.status = 'answered') as answered
      from reference_checks c order by c.created_at`),
  );
  assert.deepEqual(statuses, [
    { status: 'completed', answered: 3 },
    { status: 'in_progress', answered: 1 },
    { status: 'awaiting_referees', answered: 0 },
  ]);
  assert.equal(
    await count(sql`select count(*) as n from reference_fraud_signals where kind in ('same_ip', 'same_device')`),
    2,
    'the referee who answered from the candidate phone is flagged by IP and by device',
  );
  assert.equal(
    await count(sql`select count(*) as n from job_steps s join jobs j on j.id = s.job_id
      where s.kind = 'reference_check' and j.status = 'open' and s.settings is null`),
    0,
    'every open job has its reference step set up',
  );
});

test('candidates share employers and years with colleagues, for "who knows this candidate"', async () => {
  const connected = await count(sql`select count(distinct c.candidate_id) as n from work_history c
    join work_history e on e.company_key = c.company_key and e.membership_id is not null
    where c.candidate_id is not null
      and c.start_date <= coalesce(e.end_date, current_date) and e.start_date <= coalesce(c.end_date, current_date)`);
  assert.ok(connected >= 30, `${connected} candidates overlap with a colleague`);
});

test("employees' networks: Erik's contacts and marks of every kind, one introduction overdue", async () => {
  const erik = sql`(select m.id from memberships m join users u on u.id = m.user_id where u.email = 'employee@acme.example')`;
  assert.ok((await count(sql`select count(*) as n from contacts where owner_membership_id = ${erik}`)) >= 40);
  const bySource = rowsOf<{ source: string; n: number }>(
    await database.db.execute(sql`select source, count(*)::int as n from referrals
      where referrer_membership_id = ${erik} group by source order by source`),
  );
  assert.deepEqual(
    bySource.map((r) => [r.source, Number(r.n)]),
    [
      ['cold_prospect', 2],
      // Three from his LinkedIn export, and one of Acme's candidates he also knows (on their Referrals tab).
      ['email_introduction', 4],
      // Five hires, one per bonus state (demo-bonuses.ts), and three through Refer someone (demo-referral-intake.ts).
      ['employee_referral', 8],
      ['warm_prospect', 2],
    ],
  );
  assert.ok((await count(sql`select count(distinct referrer_membership_id) as n from referrals`)) >= 3);
  const overdue = await count(sql`select count(*) as n from referrals
    where referrer_membership_id = ${erik} and due_at < now() and acted_at is null`);
  assert.equal(overdue, 1, 'the introduction made two days ago is overdue');
  // Every mark is one the API could have written: a timeline that starts at passed_on, a copied person.
  assert.equal(
    await count(sql`select count(*) as n from referrals r
      where r.source in ('email_introduction', 'warm_prospect', 'cold_prospect')
      and (r.search_vector = ''::tsvector
        or not exists (select 1 from referral_events e where e.referral_id = r.id and e.from_status is null
          and e.to_status = 'passed_on' and e.created_at = r.created_at))`),
    0,
  );
  assert.equal(await count(sql`select count(*) as n from referrals where status = 'introduction_requested'`), 1);
  // Referral intake: employees' and the agent's referrals, the agent at the demo policy's limit on one job.
  const agentRows = rowsOf<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from referrals where source = 'agent_submission' and job_id is not null
      group by job_id order by n desc`),
  );
  assert.deepEqual(
    agentRows.map((r) => Number(r.n)),
    [2, 1],
  );
  assert.equal(await count(sql`select max_agent_submissions_per_job as n from referral_policies`), 2);
});

test('referral requests along the board: each timeline runs from the request to its status', async () => {
  const requests = rowsOf<{ status: string; active: boolean; steps: number; last: string; first: string }>(
    await database.db.execute(sql`select r.status, r.active, count(e.id)::int as steps,
        (array_agg(e.to_status order by e.created_at desc))[1] as last,
        (array_agg(e.to_status order by e.created_at))[1] as first
      from referrals r join referral_events e on e.referral_id = r.id
      where r.source = 'referral_request' group by r.id`),
  );
  assert.equal(requests.length, 6);
  for (const r of requests) {
    assert.equal(r.first, 'refer_request_sent');
    assert.equal(r.last, r.status, "the newest timeline line is the referral's status");
  }
  assert.ok(requests.some((r) => r.status === 'offer') && requests.some((r) => !r.active));
  const stale = await count(sql`select count(*) as n from referrals r join companies c on c.id = r.company_id
    where r.source = 'referral_request' and r.status_changed_at < now() - make_interval(days => c.stale_referral_days)`);
  assert.equal(stale, 0, 'the demo starts with nothing stale');
});

test('the bell: employee@acme.example has unread notifications, the recruiter answers to her requests', async () => {
  const unread = await count(sql`select count(*) as n from notifications n join memberships m on m.id = n.membership_id
    join users u on u.id = m.user_id where u.email = 'employee@acme.example' and n.read_at is null`);
  assert.ok(unread >= 2, `unread: ${unread}`);
  const answers = await count(sql`select count(*) as n from notifications where kind = 'request_answered'`);
  assert.ok(answers >= 2, `answers: ${answers}`);
});

test("Erik's triage starts with someone from an old employer and never shows the excluded", async () => {
  const testApp = await startTestApp();
  try {
    await seedDemoIfEmpty(testApp.db, silent);
    const erik = await testApp.signIn('employee@acme.example', 'vouch-demo');
    const queue = (await erik.get('/api/contacts/triage?limit=50')).json();
    assert.equal(queue.remaining, 41 - 8 - 2, 'forty-one contacts, eight marked, two excluded');
    assert.equal(queue.items[0].reasons[0].kind, 'shared_employer');
    const names = queue.items.map((c: { contact: { lastName: string } }) => c.contact.lastName);
    assert.ok(!names.includes('Gibbons') && !names.includes('Lumbergh'));
    assert.ok(queue.items.some((c: { suggestedJob: unknown }) => c.suggestedJob));
    const mine = (await erik.get('/api/my/referrals?limit=100')).json().items as {
      source: string;
      outcome: string;
    }[];
    // One list: her eight marks, and beside them anything she referred through Refer someone or a link.
    const marks = mine.filter((r) => ['email_introduction', 'warm_prospect', 'cold_prospect'].includes(r.source));
    assert.equal(marks.length, 8);
    assert.deepEqual(marks.map((r) => r.outcome).sort(), [
      'requested',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
  } finally {
    await testApp.close();
  }
});

test('a second call finds the company and does nothing', async () => {
  assert.equal(await seedDemoIfEmpty(database.db, silent), false);
  assert.equal(await count(sql`select count(*) as n from candidates`), 72);
});

test('the demo logins sign in with the demo password', async () => {
  const testApp = await startTestApp();
  try {
    await seedDemoIfEmpty(testApp.db, silent);
    for (const email of ['admin@acme.example', 'recruiter@acme.example', 'agent@talentbridge.example']) {
      const res = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: 'vouch-demo' },
      });
      assert.equal(res.statusCode, 200, `${email}: ${res.body}`);
    }
    const recruiter = await testApp.signIn('recruiter@acme.example', 'vouch-demo');
    const page = (await recruiter.get('/api/candidates?limit=200')).json();
    assert.equal(page.items.length, 72);
  } finally {
    await testApp.close();
  }
});
