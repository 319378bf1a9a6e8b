import { allQuestions, type TAnswerValue, type TCheckStatus, type TQuestionnaireContent } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { candidateKeys } from '../src/modules/hiring/index.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { defaultQuestionnaire } from '../src/modules/references/use-cases/default-questionnaires.ts';
import { detectFraudSignals } from '../src/modules/references/use-cases/detect-fraud-signals.ts';
import { hashPassword } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import {
  candidates,
  companies,
  memberships,
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  users,
} from '../src/schema.ts';

export const REFERENCE_RECRUITER = { email: 'references-recruiter@bench.example', password: 'bench-password-1' };

const DAY_MS = 86_400_000;
const DEVICE = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)',
  screen: '390x844',
  timeZone: 'Europe/Stockholm',
};
const LONG_TEXT =
  'We worked closely for three years on the payments team. She took ownership of hard problems, ' +
  'kept stakeholders informed without being asked, and coached two juniors into solid engineers. ' +
  'If anything, she could delegate earlier; she tends to carry too much herself in a busy quarter.';

/** A plausible full set of answers to `content`, varied by `seed`: what a referee who finished sends. */
export function answersFor(content: TQuestionnaireContent, seed: number): Record<string, TAnswerValue> {
  const answers: Record<string, TAnswerValue> = {};
  for (const [index, q] of allQuestions(content).entries()) {
    const n = seed + index;
    if (q.type === 'rating') answers[q.id] = Math.max(1, q.scale - (n % 3));
    else if (q.type === 'yes_no') answers[q.id] = n % 5 !== 0;
    else if (q.type === 'single_choice') answers[q.id] = q.options[n % q.options.length].id;
    else if (q.type === 'multiple_choice') answers[q.id] = q.options.slice(0, 1 + (n % 2)).map((o) => o.id);
    else if (q.type === 'short_text') answers[q.id] = 'Team lead, 2021–2024';
    else answers[q.id] = LONG_TEXT;
  }
  return answers;
}

type CheckRow = typeof referenceChecks.$inferSelect;
export type ReferenceDataset = {
  companyId: string;
  membershipId: string;
  userId: string;
  recruiter: typeof REFERENCE_RECRUITER;
  content: TQuestionnaireContent;
  background: { checks: number; referees: number };
  /** A referee who has consented and answered part of the questionnaire: the one who saves. */
  saver: { token: string; refereeId: string; questionId: string; scale: number };
  /** Referees who consented and saved every answer, two to a check, in the order to submit them. */
  submitters: string[];
  /** A completed check with five answered referees (one on a free-mail address) and its fraud signals. */
  reportCheckId: string;
  loadSeconds: number;
};

/**
 * One company on the shipped English `general` questionnaire with `checks` background checks of three
 * referees each (every status, answers on the answered ones, a link token per referee; a few referees
 * named for two candidates), generated inside the database; then, through the same inserts the app
 * makes, the referees and the check the benchmark acts on.
 */
export async function createReferenceDataset(
  db: Database['db'],
  checks: number,
  submitterCount: number,
): Promise<ReferenceDataset> {
  const started = performance.now();
  const companyId = crypto.randomUUID();
  await db.insert(companies).values({ id: companyId, name: 'References Bench Co' });
  const [user] = await db
    .insert(users)
    .values({
      email: REFERENCE_RECRUITER.email,
      name: 'References Recruiter',
      passwordHash: await hashPassword(REFERENCE_RECRUITER.password),
    })
    .returning();
  const [membership] = await db
    .insert(memberships)
    .values({ companyId, userId: user.id, role: 'recruiter', status: 'active', joinedAt: new Date() })
    .returning();
  const { name, content } = defaultQuestionnaire('general', 'en');
  const [template] = await db
    .insert(questionnaireTemplates)
    .values({ companyId, name, language: 'en', preset: 'general' })
    .returning();
  const [version] = await db
    .insert(questionnaireVersions)
    .values({ companyId, templateId: template.id, version: 1, content })
    .returning();

  await db.execute(sql`insert into candidates (company_id, first_name, last_name, email, created_at, updated_at)
    select ${companyId}, 'Bench', 'Candidate ' || g, 'candidate' || g || '@bench.example',
      now() - g * interval '1 hour', now() - g * interval '1 hour'
    from generate_series(1, ${checks}) g`);
  await db.execute(sql`insert into reference_checks (company_id, candidate_id, version_id, language, candidate_channel,
      referee_channel, referees_wanted, status, source, created_by_id, links_expire_at, created_at, updated_at)
    select ${companyId}, c.id, ${version.id}, 'en', 'email', 'email', 3,
      (array['awaiting_referees', 'awaiting_referees', 'in_progress', 'in_progress', 'completed', 'completed',
        'completed', 'completed', 'completed', 'cancelled'])[1 + c.n % 10],
      'profile', ${membership.id}, c.created_at + interval '60 days', c.created_at, c.created_at
    from (select id, created_at, row_number() over (order by created_at, id) as n from candidates
      where company_id = ${companyId}) c`);
  // One referee in forty is named by another candidate too: the fraud rule's look-up has hits to find.
  await db.execute(sql`insert into referees (company_id, check_id, name, email, email_key, relationship, company,
      language, added_by, status, answers, consent_at, consent_version, invited_at, opened_at, started_at, answered_at,
      created_at, updated_at)
    select ${companyId}, k.id, 'Referee ' || x.n, x.email, x.email,
      (array['manager', 'colleague', 'direct_report'])[r], 'Work AB', 'en', 'candidate', s.status,
      case when s.status = 'answered' then ${JSON.stringify(answersFor(content, 0))}::jsonb else '{}'::jsonb end,
      case when s.status in ('answered', 'opened') then k.created_at + interval '1 day' end,
      case when s.status in ('answered', 'opened') then '2026-11-1' end,
      k.created_at, case when s.status <> 'invited' then k.created_at + interval '1 day' end,
      case when s.status = 'answered' then k.created_at + interval '1 day' end,
      case when s.status = 'answered' then k.created_at + interval '2 days' end,
      k.created_at, k.created_at
    from (select id, status, created_at, row_number() over (order by created_at, id) as n from reference_checks
      where company_id = ${companyId}) k
    cross join generate_series(1, 3) r
    cross join lateral (select k.n * 3 + r as n,
      'referee' || case when (k.n * 3 + r) % 40 = 0 then (k.n * 3 + r) % 400 else k.n * 3 + r end
        || '@work' || (case when (k.n * 3 + r) % 40 = 0 then (k.n * 3 + r) % 400 else k.n * 3 + r end) % 300
        || '.example' as email) x
    cross join lateral (select case
      when k.status = 'completed' then 'answered'
      when k.status = 'in_progress' then (array['answered', 'opened', 'invited'])[r]
      when k.status = 'awaiting_referees' then (array['opened', 'invited', 'invited'])[r]
      else 'invited' end as status) s`);
  await db.execute(sql`insert into link_tokens (token_hash, purpose, company_id, subject_id, expires_at)
    select md5(id::text || random()::text) || md5(random()::text), 'reference_referee', company_id, id,
      now() + interval '60 days'
    from referees where company_id = ${companyId}`);

  const newChecks = async (count: number, wanted: number, status: TCheckStatus = 'awaiting_referees') => {
    const people = await db
      .insert(candidates)
      .values(
        Array.from({ length: count }, (_, i) => {
          const fields = {
            firstName: 'Measured',
            lastName: `Candidate ${i}`,
            email: `measured${wanted}-${i}@mail.example`,
          };
          return { companyId, ...fields, ...candidateKeys(fields) };
        }),
      )
      .returning({ id: candidates.id });
    return db
      .insert(referenceChecks)
      .values(
        people.map((p): typeof referenceChecks.$inferInsert => ({
          companyId,
          candidateId: p.id,
          versionId: version.id,
          language: 'en',
          candidateChannel: 'email',
          refereeChannel: 'email',
          refereesWanted: wanted,
          status,
          source: 'profile',
          createdById: membership.id,
          linksExpireAt: new Date(Date.now() + 60 * DAY_MS),
        })),
      )
      .returning();
  };
  let serial = 0;
  const newReferees = (check: CheckRow, count: number, answered: 'part' | 'all' | 'submitted') =>
    db
      .insert(referees)
      .values(
        Array.from({ length: count }, (_, i): typeof referees.$inferInsert => {
          const email = i === 4 ? `someone${serial}@gmail.com` : `person${serial}@employer${serial % 97}.example`;
          serial++;
          const all = answersFor(content, serial);
          return {
            companyId,
            checkId: check.id,
            name: `Measured Referee ${serial}`,
            email,
            emailKey: email,
            relationship: i === 0 ? 'manager' : 'colleague',
            company: 'Employer AB',
            language: 'en',
            addedBy: 'candidate',
            status: answered === 'submitted' ? 'answered' : 'opened',
            answers: answered === 'part' ? Object.fromEntries(Object.entries(all).slice(0, 3)) : all,
            consentAt: new Date(Date.now() - 2 * DAY_MS),
            consentVersion: '2026-11-1',
            ip: `203.0.113.${serial % 250}`,
            device: DEVICE,
            invitedAt: new Date(Date.now() - 3 * DAY_MS),
            openedAt: new Date(Date.now() - 2 * DAY_MS),
            startedAt: new Date(Date.now() - 2 * DAY_MS),
            answeredAt: answered === 'submitted' ? new Date(Date.now() - DAY_MS - i * 3_600_000) : null,
          };
        }),
      )
      .returning({ id: referees.id });

  const [saveCheck] = await newChecks(1, 3);
  const [saverRow] = await newReferees(saveCheck, 1, 'part');
  const rating = allQuestions(content).find((q) => q.type === 'rating');
  if (rating?.type !== 'rating') throw new Error('the general questionnaire has no rating question');
  const saver = {
    token: await issueRefereeToken(db, saveCheck, saverRow.id),
    refereeId: saverRow.id,
    questionId: rating.id,
    scale: rating.scale,
  };

  const submitters: string[] = [];
  for (const check of await newChecks(Math.ceil(submitterCount / 2), 2)) {
    for (const row of await newReferees(check, 2, 'all')) submitters.push(await issueRefereeToken(db, check, row.id));
  }

  const [reportCheck] = await newChecks(1, 5, 'completed');
  await newReferees(reportCheck, 5, 'submitted');
  await detectFraudSignals(db, companyId, reportCheck.id);

  // Statistics as autovacuum would leave them on a live database (PGlite has no autovacuum).
  await db.execute(sql`vacuum analyze`);
  return {
    companyId,
    membershipId: membership.id,
    userId: user.id,
    recruiter: REFERENCE_RECRUITER,
    content,
    background: { checks, referees: checks * 3 },
    saver,
    submitters: submitters.slice(0, submitterCount),
    reportCheckId: reportCheck.id,
    loadSeconds: (performance.now() - started) / 1000,
  };
}
