import {
  allQuestions,
  DEFAULT_PROCESS,
  type TAnswers,
  type TQuestion,
  type TRefereeDevice,
  type TReferenceCheckSettings,
} from '@vouch/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { detectFraudSignals } from '../modules/references/index.ts';
import type { Db } from '../platform/db/db.ts';
import {
  candidates,
  jobSteps,
  placements,
  questionnaireTemplates,
  questionnaireVersions,
  referees,
  referenceChecks,
  referenceCheckVersions,
  subAccounts,
} from '../schema.ts';
import type { DemoJob } from './demo-jobs.ts';
import type { DemoPeople } from './demo-people.ts';
import type { Random } from './random.ts';

/**
 * Reference checks for the demo: every job's "Reference check" step set up with the English general
 * questionnaire, a sub-account, and three candidates at that step — one completed with three answers
 * (one referee answered from the candidate's own browser, so the report shows a fraud signal), one
 * in progress (1 of 3), one waiting for the candidate to name referees. The completed check's second
 * referee chose Swedish, so the report shows Swedish and English answers side by side.
 */
const HOUR = 3_600_000;
const REFERENCE_STEP = DEFAULT_PROCESS.findIndex((s) => s.kind === 'reference_check');
const CANDIDATE_BROWSER: TRefereeDevice = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  screen: '390x844',
  timeZone: 'Europe/Stockholm',
};

const REFEREES = [
  { name: 'Helena Berg', email: 'helena.berg@northwind.example', company: 'Northwind', relationship: 'manager' },
  { name: 'Tomás Ruiz', email: 'tomas.ruiz@northwind.example', company: 'Northwind', relationship: 'colleague' },
  { name: 'Jonas Ek', email: 'jonas.ek72@gmail.com', company: 'Contoso', relationship: 'direct_report' },
  { name: 'Priya Raman', email: 'priya.raman@contoso.example', company: 'Contoso', relationship: 'manager' },
  { name: 'Oskar Dahl', email: 'oskar.dahl@fabrikam.example', company: 'Fabrikam', relationship: 'colleague' },
  { name: 'Maja Holm', email: 'maja.holm@fabrikam.example', company: 'Fabrikam', relationship: 'client' },
] as const;

const WRITTEN = [
  'Always prepared, calm under pressure and generous with her time for newer colleagues.',
  'Took ownership of a difficult migration and kept every stakeholder informed without being asked.',
  'Could delegate more; tends to take on too much herself in busy periods.',
  'One of the most reliable people I have worked with. I would hire them again tomorrow.',
];

/** What a referee who chose Swedish wrote. */
const WRITTEN_SV = [
  'Alltid väl förberedd, lugn under press och generös med sin tid för nya kollegor.',
  'Tog ansvar för en svår systemflytt och höll alla berörda informerade utan att någon behövde fråga.',
  'Kunde delegera mer; tar gärna på sig för mycket själv under intensiva perioder.',
  'En av de mest pålitliga personer jag har arbetat med. Jag skulle anställa hen igen i morgon.',
];

function answersFor(questions: TQuestion[], random: Random, upTo = questions.length, written = WRITTEN): TAnswers {
  const answers: TAnswers = {};
  for (const question of questions.slice(0, upTo)) {
    if (question.type === 'rating') answers[question.id] = random.int(question.scale - 2, question.scale);
    else if (question.type === 'yes_no') answers[question.id] = true;
    else if (question.type === 'single_choice') answers[question.id] = random.pick(question.options).id;
    else if (question.type === 'multiple_choice') answers[question.id] = question.options.slice(0, 2).map((o) => o.id);
    else if (question.type === 'short_text') answers[question.id] = 'Team lead';
    else answers[question.id] = random.pick(written);
  }
  return answers;
}

export async function seedReferenceChecks(tx: Db, random: Random, now: Date, people: DemoPeople, jobs: DemoJob[]) {
  const { companyId } = people;
  const [general] = await tx
    .select({
      id: questionnaireTemplates.id,
      familyId: questionnaireTemplates.familyId,
      versionId: questionnaireVersions.id,
      content: questionnaireVersions.content,
    })
    .from(questionnaireTemplates)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.templateId, questionnaireTemplates.id))
    .where(
      and(
        eq(questionnaireTemplates.companyId, companyId),
        eq(questionnaireTemplates.preset, 'general'),
        eq(questionnaireTemplates.language, 'en'),
      ),
    );
  // The Swedish version of the same questionnaire: the shipped ones come in both languages.
  const [swedish] = await tx
    .select({ versionId: questionnaireVersions.id, content: questionnaireVersions.content })
    .from(questionnaireTemplates)
    .innerJoin(questionnaireVersions, eq(questionnaireVersions.templateId, questionnaireTemplates.id))
    .where(
      and(
        eq(questionnaireTemplates.companyId, companyId),
        eq(questionnaireTemplates.familyId, general.familyId),
        eq(questionnaireTemplates.language, 'sv'),
      ),
    );
  await tx.insert(subAccounts).values({ companyId, name: 'Acme Consulting', senderName: 'Acme Consulting Recruiting' });
  const settings: TReferenceCheckSettings = {
    subAccountId: null,
    language: 'en',
    templateId: general.id,
    candidateChannel: 'email_and_sms',
    refereesWanted: 3,
    refereeVerification: 'none',
    refereeChannel: 'email_and_sms',
    instruction:
      'Please name three people you worked with in the last five years, at least one of them your manager. Ask them first: they will get the questions from us.',
  };
  const openJobs = jobs.filter((j) => !j.archived);
  await tx
    .update(jobSteps)
    .set({ settings })
    .where(
      inArray(
        jobSteps.id,
        openJobs.map((j) => j.stepIds[REFERENCE_STEP]),
      ),
    );

  const atStep = await tx
    .select({ candidateId: placements.candidateId, placementId: placements.id, jobId: placements.jobId })
    .from(placements)
    .innerJoin(candidates, eq(candidates.id, placements.candidateId))
    .where(
      and(
        eq(placements.companyId, companyId),
        inArray(
          placements.stepId,
          openJobs.map((j) => j.stepIds[REFERENCE_STEP]),
        ),
      ),
    )
    .orderBy(candidates.lastName)
    .limit(3);
  const questions = allQuestions(general.content);
  const plans = [
    { status: 'completed', startedHoursAgo: 80, answered: 3 },
    { status: 'in_progress', startedHoursAgo: 30, answered: 1 },
    { status: 'awaiting_referees', startedHoursAgo: 2, answered: 0 },
  ] as const;
  for (const [index, spot] of atStep.entries()) {
    const plan = plans[index];
    const started = new Date(now.getTime() - plan.startedHoursAgo * HOUR);
    const named = plan.status !== 'awaiting_referees';
    const [check] = await tx
      .insert(referenceChecks)
      .values({
        companyId,
        candidateId: spot.candidateId,
        jobId: spot.jobId,
        placementId: spot.placementId,
        versionId: general.versionId,
        language: 'en',
        candidateChannel: settings.candidateChannel,
        refereeChannel: settings.refereeChannel,
        refereesWanted: 3,
        instruction: settings.instruction,
        status: plan.status,
        source: 'step',
        createdById: people.recruiter,
        linksExpireAt: new Date(started.getTime() + 90 * 24 * HOUR),
        candidateConsentAt: named ? new Date(started.getTime() + HOUR) : null,
        candidateConsentVersion: named ? '2026-11-1' : null,
        candidateIp: named ? '203.0.113.24' : null,
        candidateDevice: named ? CANDIDATE_BROWSER : null,
        createdAt: started,
        updatedAt: started,
        completedAt: plan.status === 'completed' ? new Date(started.getTime() + 50 * HOUR) : null,
      })
      .returning({ id: referenceChecks.id });
    await tx.insert(referenceCheckVersions).values([
      { companyId, checkId: check.id, language: 'en', versionId: general.versionId },
      { companyId, checkId: check.id, language: 'sv', versionId: swedish.versionId },
    ]);
    if (!named) continue;
    for (const [n, person] of REFEREES.slice(index * 3, index * 3 + 3).entries()) {
      const invitedAt = new Date(started.getTime() + 2 * HOUR);
      const answered = n < plan.answered;
      const opened = answered || n === plan.answered;
      const startedAt = opened ? new Date(invitedAt.getTime() + (5 + n * 9) * HOUR) : null;
      // The completed check's third referee answered from the candidate's phone: a fraud signal.
      const fromCandidate = plan.status === 'completed' && n === 2;
      const inSwedish = plan.status === 'completed' && n === 1;
      const asked = inSwedish ? allQuestions(swedish.content) : questions;
      const written = inSwedish ? WRITTEN_SV : WRITTEN;
      await tx.insert(referees).values({
        companyId,
        checkId: check.id,
        name: person.name,
        email: person.email,
        emailKey: person.email,
        relationship: person.relationship,
        company: person.company,
        workedTogether: `${2018 + n}–${2022 + n}`,
        language: inSwedish ? 'sv' : 'en',
        addedBy: 'candidate',
        status: answered ? 'answered' : opened ? 'opened' : 'invited',
        answers: answered
          ? answersFor(asked, random, asked.length, written)
          : opened
            ? answersFor(asked, random, Math.ceil(asked.length / 2), written)
            : {},
        consentAt: startedAt,
        consentVersion: startedAt ? '2026-11-1' : null,
        ip: startedAt ? (fromCandidate ? '203.0.113.24' : `198.51.100.${10 + n}`) : null,
        device: startedAt
          ? fromCandidate
            ? CANDIDATE_BROWSER
            : { ...CANDIDATE_BROWSER, userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/13${n}.0` }
          : null,
        invitedAt,
        openedAt: startedAt,
        startedAt,
        answeredAt: answered && startedAt ? new Date(startedAt.getTime() + (6 + n) * 60_000) : null,
        remindersSent: opened ? 0 : 1,
        createdAt: invitedAt,
        updatedAt: invitedAt,
      });
    }
    await detectFraudSignals(tx, companyId, check.id);
  }
}
