import { z } from 'zod';
import { ZId, ZLanguage } from './common.ts';
import { describeProblem } from './problem-messages.ts';
import type { TProblemReason } from './problems.ts';
import { ZAnswerLinkToken, ZIntroductionAnswerInfo, ZReferralSource, ZReferralStatus } from './referrals.ts';

/**
 * Referral requests: a recruiter asks a colleague connected to a candidate to refer them, with an
 * email written from the company's template. Templates are Liquid, rendered the same way on the
 * server (on send) and in the browser (the live preview), with the options below.
 */

/**
 * How much one render of an editable template may do. An email is a few kilobytes made in well under
 * a millisecond; the limits sit far above that and far below what hurts a server or a browser tab.
 * `rounds` counts every block rendered (each round of a loop, each capture and branch), which caps
 * loops however they are nested; the shared engine (`template-engine.ts`) enforces both.
 */
export const TEMPLATE_LIMITS = {
  /** Characters of rendered text, also for each captured text on the way. */
  outputChars: 100_000,
  rounds: 10_000,
  /**
   * Milliseconds of rendering: a backstop only. The counts above stop every runaway template first, and
   * they do not depend on how busy the machine is; at 100 ms a 200-round loop was refused once on a
   * loaded server (181 ms), so a busy moment could refuse a good template or a send.
   */
  renderMs: 1_000,
};

/**
 * Options for the Liquid engine, the same in the server and the browser. Strict variables and
 * filters make a typo an error rather than an empty gap in a sent email; `lenientIf` still lets
 * `{% if job %}` test for a role that may be absent; `templates: {}` means no template can read a
 * file (`include` and `render` find nothing); the engine's own limits stop a template that loops
 * or allocates too long, and `createTemplateEngine` adds the output and rounds limits.
 */
export const TEMPLATE_ENGINE_OPTIONS = {
  strictVariables: true,
  strictFilters: true,
  lenientIf: true,
  ownPropertyOnly: true,
  templates: {} as Record<string, string>,
  parseLimit: 50_000,
  renderLimit: TEMPLATE_LIMITS.renderMs,
  memoryLimit: 1_000_000,
};

/**
 * Rendered text as it is sent: Liquid keeps the blank lines of tags that render nothing, and an email
 * should not show them. The server and the live preview both pass their output through this.
 */
export const tidyRenderedText = (text: string) =>
  text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The texts a company may write its own version of (per language): the referral request email. */
export const MESSAGE_TEMPLATE_KINDS = ['referral_request'] as const;

/** What a referral request template can use, in the order the editor lists them. */
export const REFERRAL_REQUEST_VARIABLES = [
  'candidate.first_name',
  'candidate.last_name',
  'candidate.full_name',
  'candidate.title',
  'candidate.company',
  'candidate.linkedin_url',
  'colleague.first_name',
  'colleague.name',
  'connection.summary',
  'job.title',
  'job.location',
  'recruiter.name',
  'recruiter.first_name',
  'recruiter.email',
  'company.name',
  'reason',
] as const;
export type TReferralRequestVariable = (typeof REFERRAL_REQUEST_VARIABLES)[number];

/** The data a template is rendered with. `job` is absent when no role was chosen: `{% if job %}`. */
export const ZReferralRequestVariables = z.object({
  candidate: z.object({
    first_name: z.string(),
    last_name: z.string(),
    full_name: z.string(),
    title: z.string().nullable(),
    company: z.string().nullable(),
    linkedin_url: z.string().nullable(),
  }),
  colleague: z.object({ first_name: z.string(), name: z.string() }),
  /** Null when no connection is known; Liquid treats an empty string as true, null as false. */
  connection: z.object({ summary: z.string().nullable() }),
  job: z.object({ title: z.string(), location: z.string().nullable() }).optional(),
  recruiter: z.object({ name: z.string(), first_name: z.string(), email: z.string() }),
  company: z.object({ name: z.string() }),
  reason: z.string().nullable(),
});
export type TReferralRequestVariables = z.infer<typeof ZReferralRequestVariables>;

/** Made-up data an admin's template is checked and previewed with; every variable has a value. */
export const REFERRAL_REQUEST_SAMPLE: TReferralRequestVariables = {
  candidate: {
    first_name: 'Raymond',
    last_name: 'Okafor',
    full_name: 'Raymond Okafor',
    title: 'Senior Associate',
    company: 'Dentons LLP',
    linkedin_url: 'https://www.linkedin.com/in/raymond-okafor',
  },
  colleague: { first_name: 'Erik', name: 'Erik Employee' },
  connection: { summary: 'You worked with Raymond at Dentons LLP, 2018–2021, about 3 years' },
  job: { title: 'Legal Counsel', location: 'Stockholm' },
  recruiter: { name: 'Claire Recruiter', first_name: 'Claire', email: 'claire@acme.example' },
  company: { name: 'Acme' },
  reason: 'Raymond led the contract work we now need in-house.',
};

/** A template error, located: the editor puts it under the field, at the line it names. */
export type TTemplateProblem = {
  /** The last three are the limits above: too much text, too many rounds, too long to render. */
  kind: 'unknown_variable' | 'unknown_filter' | 'syntax' | 'too_large' | 'too_many_rounds' | 'too_slow';
  /** The variable or filter, for the first two kinds; the engine's own words for a syntax error. */
  detail: string;
  line: number | null;
  column: number | null;
};

/** The engine's words for a limit it or the shared engine stopped at, anywhere in a wrapped message. */
const LIMIT_KINDS: [RegExp, TTemplateProblem['kind']][] = [
  [/template output limit exceeded|memory alloc limit exceeded|Invalid string length/, 'too_large'],
  [/template rounds limit exceeded/, 'too_many_rounds'],
  [/template render limit exceeded/, 'too_slow'],
];

/** Reads a Liquid engine's error (`undefined variable: x, line:2, col:5`) into a problem. */
export function templateProblemOf(error: unknown): TTemplateProblem {
  const message = error instanceof Error ? error.message : String(error);
  // A limit belongs to the whole template, wherever the engine happened to be when it stopped.
  const limit = LIMIT_KINDS.find(([pattern]) => pattern.test(message));
  if (limit) return { kind: limit[1], detail: '', line: null, column: null };
  const at = /,? line:(\d+), col:(\d+)/.exec(message);
  const words = (at ? message.slice(0, at.index) : message).split('\n')[0].trim();
  const position = { line: at ? Number(at[1]) : null, column: at ? Number(at[2]) : null };
  const variable = /^undefined variable: (.+)$/.exec(words);
  if (variable) return { kind: 'unknown_variable', detail: variable[1], ...position };
  const filter = /^undefined filter: (.+)$/.exec(words);
  if (filter) return { kind: 'unknown_filter', detail: filter[1], ...position };
  return { kind: 'syntax', detail: words, ...position };
}

export const isTemplateLimit = (problem: TTemplateProblem) =>
  problem.kind === 'too_large' || problem.kind === 'too_many_rounds' || problem.kind === 'too_slow';

/** The problem in plain English, as the API reports it beside the field. */
export function describeTemplateProblem(problem: TTemplateProblem): string {
  const { reason, params } = templateProblemReason(problem);
  return describeProblem('en', reason, params) ?? reason;
}

/** The reason a template is refused, with what its sentence names (the engine's own words for a syntax error). */
export function templateProblemReason(problem: TTemplateProblem): {
  reason: Extract<TProblemReason, `template.${string}`>;
  params: Record<string, string | number>;
} {
  if (problem.kind === 'too_large')
    return { reason: 'template.too_large', params: { kb: TEMPLATE_LIMITS.outputChars / 1000 } };
  if (problem.kind === 'too_many_rounds')
    return { reason: 'template.too_many_rounds', params: { rounds: TEMPLATE_LIMITS.rounds } };
  if (problem.kind === 'too_slow') return { reason: 'template.too_slow', params: {} };
  const at = problem.line ? { line: problem.line, column: problem.column ?? 0 } : null;
  const name = { name: problem.detail };
  if (problem.kind === 'unknown_variable')
    return at
      ? { reason: 'template.unknown_variable_at', params: { ...at, ...name } }
      : { reason: 'template.unknown_variable', params: name };
  if (problem.kind === 'unknown_filter')
    return at
      ? { reason: 'template.unknown_filter_at', params: { ...at, ...name } }
      : { reason: 'template.unknown_filter', params: name };
  const words = { problem: problem.detail };
  return at
    ? { reason: 'template.syntax_at', params: { ...at, ...words } }
    : { reason: 'template.syntax', params: words };
}

// ─── Admin: the company's template ─────────────────────────────────────────────────────────────

const ZTemplateText = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

export const ZMessageTemplate = z.object({
  language: ZLanguage,
  subject: z.string(),
  body: z.string(),
  /** True while the company uses the shipped text for this language. */
  isDefault: z.boolean(),
});
export type TMessageTemplate = z.infer<typeof ZMessageTemplate>;

export const ZReferralRequestTemplates = z.object({
  items: z.array(ZMessageTemplate),
  variables: z.array(z.string()),
});
export type TReferralRequestTemplates = z.infer<typeof ZReferralRequestTemplates>;

export const ZSaveMessageTemplateRequest = z.object({ subject: ZTemplateText(300), body: ZTemplateText(10_000) });
export type TSaveMessageTemplateRequest = z.input<typeof ZSaveMessageTemplateRequest>;

export const ZLanguageParams = z.object({ language: ZLanguage });

// ─── Recruiters: the composer ──────────────────────────────────────────────────────────────────

export const ZReferralRequestDraftRequest = z.object({
  colleagueMembershipId: ZId,
  jobId: ZId.nullish().transform((v) => v ?? null),
  /** The recruiter's "why they may fit" line. */
  reason: z
    .string()
    .trim()
    .max(500, 'At most 500 characters')
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type TReferralRequestDraftRequest = z.input<typeof ZReferralRequestDraftRequest>;

/** The company's template in the colleague's language, and the data to render it with. */
export const ZReferralRequestDraft = z.object({
  subject: z.string(),
  body: z.string(),
  language: ZLanguage,
  variables: ZReferralRequestVariables,
});
export type TReferralRequestDraft = z.infer<typeof ZReferralRequestDraft>;

export const REFERRAL_REQUEST_DELIVERIES = ['email', 'mailto'] as const;

export const ZSendReferralRequest = ZReferralRequestDraftRequest.extend({
  subject: ZTemplateText(300),
  body: ZTemplateText(10_000),
  /** `email`: Vouch sends it; `mailto`: the recruiter sends it from their own mail client. */
  delivery: z.enum(REFERRAL_REQUEST_DELIVERIES),
});
export type TSendReferralRequest = z.input<typeof ZSendReferralRequest>;

/** The referral the request made, and the email as rendered (what a `mailto:` link should carry). */
export const ZReferralRequestResult = z.object({
  id: ZId,
  source: ZReferralSource,
  status: ZReferralStatus,
  delivery: z.enum(REFERRAL_REQUEST_DELIVERIES),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type TReferralRequestResult = z.infer<typeof ZReferralRequestResult>;

// ─── The colleague's answer from the email ─────────────────────────────────────────────────────

export const REFERRAL_REQUEST_ANSWERS = ['will_reach_out', 'not_well_enough'] as const;
export const ZReferralRequestAnswer = z.enum(REFERRAL_REQUEST_ANSWERS);
export type TReferralRequestAnswer = z.infer<typeof ZReferralRequestAnswer>;
/** Sent by the page's button, with the link's token in the body (see ZIntroductionAnswerRequest). */
export const ZReferralRequestAnswerRequest = z.object({ token: ZAnswerLinkToken, answer: ZReferralRequestAnswer });
/** What the answer page shows: the same facts as for an introduction answer. */
export const ZReferralRequestAnswerResult = ZIntroductionAnswerInfo.extend({
  answer: ZReferralRequestAnswer,
  /** False when the recruiter had already moved the referral on: kept and told, but the status stays. */
  statusChanged: z.boolean(),
  /** Whether the recruiter who asked was emailed (not when they have left the company). */
  recruiterTold: z.boolean(),
});
export type TReferralRequestAnswerResult = z.infer<typeof ZReferralRequestAnswerResult>;
