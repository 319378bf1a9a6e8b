import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import type { TReferenceCheckSettings } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { jobSteps } from '../../src/modules/hiring/hiring.tables.ts';
import { startTestApp, type TestApp } from './app.ts';
import { makeCandidate, makeCompany, makeJob, makeMember, unique } from './factories.ts';
import { type MailCatcher, startMailCatcher } from './mail.ts';
import { makeQuestionnaire } from './reference-factories.ts';

export type CaughtSms = {
  to: string;
  from: string;
  message: string;
  authorization: string | null;
  /** Where the provider would post its delivery report. */
  whendelivered: string | null;
  /** The id the provider answered with (what its delivery report names). */
  id: string;
};

/** A local stand-in SMS provider that keeps every form post. */
export async function startSmsCatcher() {
  const inbox: CaughtSms[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      inbox.push({
        to: form.get('to') ?? '',
        from: form.get('from') ?? '',
        message: form.get('message') ?? '',
        authorization: req.headers.authorization ?? null,
        whendelivered: form.get('whendelivered'),
        id: `s${inbox.length + 1}-${port}`,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: inbox.at(-1)!.id }));
    });
  });
  let port = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/a1/sms`,
    inbox,
    lastTo: (to: string) => inbox.findLast((m) => m.to === to),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SmsCatcher = Awaited<ReturnType<typeof startSmsCatcher>>;

/** The app with a test SMTP server and SMS provider, started before the suite's tests. */
export function useReferenceWorld() {
  const world = {} as { t: TestApp; mail: MailCatcher; sms: SmsCatcher };
  before(async () => {
    world.mail = await startMailCatcher();
    world.sms = await startSmsCatcher();
    world.t = await startTestApp({
      SMTP_URL: world.mail.url,
      SMS_PROVIDER_URL: world.sms.url,
      PUBLIC_URL: 'https://vouch.test',
    });
  });
  after(async () => {
    await world.t.close();
    await world.mail.close();
    await world.sms.close();
  });
  return world;
}

/** A company with a recruiter, a Swedish questionnaire, a job (default process) and a Swedish candidate. */
export async function referenceScenario(t: TestApp, candidate: { email?: string | null; phone?: string | null } = {}) {
  const company = await makeCompany(t.db, { name: unique('Acme '), replyTo: 'jobs@acme.example' });
  const recruiter = await makeMember(t.db, company.id, 'recruiter', { name: 'Claire Recruiter' });
  const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'sv', name: 'Allmän' });
  const { job, steps } = await makeJob(t.db, company.id, { title: 'Backend Developer' });
  const person = await makeCandidate(t.db, company.id, {
    firstName: 'Sara',
    lastName: unique('Lind'),
    email: candidate.email === undefined ? `${unique('sara')}@mail.example` : candidate.email,
    phone: candidate.phone === undefined ? '+46709876543' : candidate.phone,
    language: 'sv',
  });
  const settings: TReferenceCheckSettings = {
    subAccountId: null,
    language: 'sv',
    templateId: questionnaire.template.id,
    candidateChannel: 'email_and_sms',
    refereesWanted: 2,
    refereeVerification: 'none',
    refereeChannel: 'email',
    instruction: null,
  };
  const referenceStep = steps.find((s) => s.kind === 'reference_check')!;
  return {
    company,
    recruiter,
    client: await t.signIn(recruiter.email),
    questionnaire,
    job,
    steps,
    referenceStep,
    candidate: person,
    settings,
    /** Stores settings on the job's "Reference check" step. */
    setStepSettings: (value: Partial<TReferenceCheckSettings> | null) =>
      t.db
        .update(jobSteps)
        .set({ settings: value ? { ...settings, ...value } : null })
        .where(eq(jobSteps.id, referenceStep.id)),
  };
}

/** A referee as a request body. */
export const refereeBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Maria Chef',
  email: `${unique('maria')}@work.example`,
  phone: null,
  relationship: 'manager',
  company: 'Work AB',
  workedTogether: '2019–2022',
  language: 'sv',
  ...overrides,
});

/** The link in a message: `/c/<token>` or `/r/<token>`. */
export function linkIn(text: string, kind: 'c' | 'r') {
  const match = new RegExp(`https://vouch\\.test/${kind}/([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no /${kind}/ link in: ${text}`);
  return match[1];
}
