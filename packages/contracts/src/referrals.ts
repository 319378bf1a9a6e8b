import { z } from 'zod';
import { ZCommaList, ZId, ZIsoDate, ZLanguage, ZPage, ZPageQuery } from './common.ts';
import { describeProblem } from './problem-messages.ts';

/**
 * Referrals: one record however a referral began (PRODUCT.md, "One referral, many ways in").
 * This file holds what employees' network marks, the recruiters' Referrals area and the
 * introduction answers need; the referral board of the next capability reads the same shapes.
 */

/**
 * How a referral began. The first three are marks an employee puts on one of their contacts;
 * `submission` is one an ATS or HRIS posted through the integration API; `employee_referral` an
 * employee's "Refer someone" form; `agent_submission` an agency's agent; `share_link` an
 * application through an employee's personal job link.
 */
export const REFERRAL_SOURCES = [
  'email_introduction',
  'warm_prospect',
  'cold_prospect',
  'referral_request',
  'submission',
  'employee_referral',
  'agent_submission',
  'share_link',
] as const;
export const ZReferralSource = z.enum(REFERRAL_SOURCES);
export type TReferralSource = z.infer<typeof ZReferralSource>;

export const NETWORK_MARKS = ['email_introduction', 'warm_prospect', 'cold_prospect'] as const;
export const ZNetworkMark = z.enum(NETWORK_MARKS);
export type TNetworkMark = z.infer<typeof ZNetworkMark>;

/**
 * Every status a referral can have. A mark starts at `passed_on`; an introduction moves through
 * `introduction_requested` to `introduced` or `introduction_declined`; a prospect to
 * `recruiter_contacted`; a referral request starts at `refer_request_sent` and the colleague's
 * one-click answer moves it to `referrer_contacted` ("I'll reach out") or `referrer_declined`
 * ("I don't know them well enough"). From there all sources
 * share the hiring outcomes.
 */
export const REFERRAL_STATUSES = [
  'passed_on',
  'introduction_requested',
  'introduced',
  'introduction_declined',
  'recruiter_contacted',
  'refer_request_sent',
  'referrer_contacted',
  'referrer_declined',
  'candidate_interested',
  'candidate_not_interested',
  'applied',
  'interviewing',
  'offer',
  'hired',
  'not_hired',
  'withdrawn',
] as const;
export const ZReferralStatus = z.enum(REFERRAL_STATUSES);
export type TReferralStatus = z.infer<typeof ZReferralStatus>;

/**
 * The referral policy's ownership mode (seed 001): `candidate` — the referrer owns the candidate,
 * one owner wherever the referral happened; `submission` — the referrer owns only the job-specific
 * submission; `submission_and_candidate` — the submission, and the candidate too when nobody owns it.
 */
export const OWNERSHIP_MODES = ['candidate', 'submission', 'submission_and_candidate'] as const;
export const ZOwnershipMode = z.enum(OWNERSHIP_MODES);
export type TOwnershipMode = z.infer<typeof ZOwnershipMode>;

/**
 * What a referral row owns: the candidate's general profile, or one job-specific submission. Null
 * (no ownership) for marks on contacts and requests to colleagues, which refer nobody yet.
 */
export const REFERRAL_OWNERSHIPS = ['candidate', 'submission'] as const;
export const ZReferralOwnership = z.enum(REFERRAL_OWNERSHIPS);
export type TReferralOwnership = z.infer<typeof ZReferralOwnership>;

/**
 * A referral bonus's way to payout: `pending` from the hire until the waiting period after the
 * start date has passed, then `eligible`; an admin `approved` it and marked it `paid`; `forfeited`
 * when the hire left before the period ended.
 */
export const BONUS_STATES = ['pending', 'eligible', 'approved', 'paid', 'forfeited'] as const;
export const ZBonusState = z.enum(BONUS_STATES);
export type TBonusState = z.infer<typeof ZBonusState>;

/** A member's choice for referral notifications by email: one per change, or one digest a day. */
export const NOTIFICATION_MODES = ['each', 'digest'] as const;
export const ZNotificationMode = z.enum(NOTIFICATION_MODES);
export type TNotificationMode = z.infer<typeof ZNotificationMode>;

/** What an employee is told became of their mark, in their words. */
export const REFERRAL_OUTCOMES = ['waiting', 'requested', 'contacted', 'hired', 'closed'] as const;
export const ZReferralOutcome = z.enum(REFERRAL_OUTCOMES);
export type TReferralOutcome = z.infer<typeof ZReferralOutcome>;

const ZNamedRef = z.object({ id: ZId, name: z.string() });
const ZJobRef = z.object({ id: ZId, title: z.string() });

/** PostgreSQL text cannot hold NUL; it never belongs in typed text, so it is dropped, not refused. */
const withoutNul = (text: string) => text.replaceAll(String.fromCharCode(0), '');

const ZSkillList = z
  .array(z.string().transform(withoutNul).pipe(z.string().trim().min(1).max(60, 'At most 60 characters')))
  .max(20, 'At most 20 skills')
  .transform((skills) => [...new Set(skills)]);
const ZSkills = ZSkillList.default([]);

const ZNote = z
  .string()
  .transform(withoutNul)
  .pipe(z.string().trim().max(1000, 'At most 1000 characters'))
  .nullish()
  .transform((v) => (v ? v : null));

// ─── Employees: triage and marks ───────────────────────────────────────────────────────────────

/** Why a contact is shown early in triage, in words the card can show. */
export const ZTriageReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shared_employer'), company: z.string() }),
  z.object({ kind: z.literal('recent_connection'), connectedOn: z.string() }),
  z.object({ kind: z.literal('fits_job'), job: ZJobRef }),
]);
export type TTriageReason = z.infer<typeof ZTriageReason>;

export const ZTriageCard = z.object({
  contact: z.object({
    id: ZId,
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    linkedinUrl: z.string().nullable(),
    company: z.string().nullable(),
    position: z.string().nullable(),
    connectedOn: z.string().nullable(),
  }),
  score: z.number(),
  reasons: z.array(ZTriageReason),
  /** The open job this contact fits best, preselected when marking. */
  suggestedJob: ZJobRef.nullable(),
});
export type TTriageCard = z.infer<typeof ZTriageCard>;

export const ZTriageQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) });
/** The next cards, best first, and how many unmarked, unskipped contacts are left in all. */
export const ZTriageQueue = z.object({ items: z.array(ZTriageCard), remaining: z.number().int() });
export type TTriageQueue = z.infer<typeof ZTriageQueue>;

export const ZMarkContactRequest = z.object({
  mark: ZNetworkMark,
  loveToWorkAgain: z.boolean().default(false),
  note: ZNote,
  jobId: ZId.nullish().transform((v) => v ?? null),
  skills: ZSkills,
});
export type TMarkContactRequest = z.input<typeof ZMarkContactRequest>;

/** Changing a mark later: any subset of what marking set. */
export const ZUpdateMarkRequest = z.object({
  mark: ZNetworkMark.optional(),
  loveToWorkAgain: z.boolean().optional(),
  note: ZNote.optional(),
  jobId: ZId.nullish(),
  // No default here: a change that leaves skills out keeps them.
  skills: ZSkillList.optional(),
});
export type TUpdateMarkRequest = z.input<typeof ZUpdateMarkRequest>;

/** A referral as its referrer sees it ("My referrals"). */
export const ZMyReferral = z.object({
  id: ZId,
  contactId: ZId.nullable(),
  source: ZReferralSource,
  firstName: z.string(),
  lastName: z.string(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  loveToWorkAgain: z.boolean(),
  note: z.string().nullable(),
  skills: z.array(z.string()),
  job: ZJobRef.nullable(),
  /**
   * A mark's own status (`passed_on`, `withdrawn` …), which its actions depend on. Null for every
   * other referral: the referrer is told `outcome`, never the recruiter's finer codes (a rejection
   * and a withdrawal both read as closed).
   */
  status: ZReferralStatus.nullable(),
  outcome: ZReferralOutcome,
  /**
   * The person is on the company's exclude list (e.g. they moved to an excluded company): recruiters
   * no longer see this referral, and one still open was withdrawn.
   */
  excluded: z.boolean(),
  /** Who owns it by the policy's rules (intake referrals); null for a mark. */
  ownership: z.enum(REFERRAL_OWNERSHIPS).nullable(),
  /** The referral bonus's state once the person was hired; a paid bonus reads as `hired`. */
  bonusState: z.enum(BONUS_STATES).nullable(),
  /**
   * A job the referred person applied to by themselves (careers page), listed when the referral
   * policy says so; `id` is the referral it hangs off.
   */
  selfApplied: z.boolean(),
  statusChangedAt: z.string(),
  createdAt: z.string(),
});
export type TMyReferral = z.infer<typeof ZMyReferral>;
export const ZMyReferralPage = ZPage(ZMyReferral);
export type TMyReferralPage = z.infer<typeof ZMyReferralPage>;

export const ZMyReferralQuery = ZPageQuery.extend({ outcome: ZReferralOutcome.optional() });
export type TMyReferralQuery = z.input<typeof ZMyReferralQuery>;

/**
 * Withdrawing a mark: `deleted` when no recruiter had acted on it yet (it is gone, and the contact
 * does not come back to triage); `closed` when one had (it stays, as `withdrawn`, for their history).
 */
export const ZWithdrawReferralResult = z.object({ withdrawn: z.enum(['deleted', 'closed']) });
export type TWithdrawReferralResult = z.infer<typeof ZWithdrawReferralResult>;

// ─── Recruiters: the Referrals area ────────────────────────────────────────────────────────────

export const ZHighlightTerm = z.object({
  text: z.string(),
  prefix: z.boolean(),
  field: z.enum(['title', 'company', 'skill', 'name']).nullable(),
});
export type THighlightTerm = z.infer<typeof ZHighlightTerm>;

/**
 * A passed-on contact as recruiters see it. `referrer` is null for a cold prospect, always: the
 * employee who passed it on is never sent to a recruiter's browser.
 */
export const ZNetworkReferral = z.object({
  id: ZId,
  source: ZReferralSource,
  status: ZReferralStatus,
  active: z.boolean(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  skills: z.array(z.string()),
  /**
   * The candidate this person is, once linked: by the duplicate rules (email, phone, LinkedIn, or
   * name and company) when marked or when the candidate was created, or by "Add to job".
   */
  candidateId: ZId.nullable(),
  referrer: ZNamedRef.nullable(),
  loveToWorkAgain: z.boolean(),
  note: z.string().nullable(),
  job: ZJobRef.nullable(),
  department: ZNamedRef.nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  statusChangedAt: z.string(),
  createdAt: z.string(),
});
export type TNetworkReferral = z.infer<typeof ZNetworkReferral>;

/**
 * A search box's text; past `max` characters the answer says the search is too long. The check is a
 * custom one so its issue can carry the reason and `max`, which the clients word in the person's language.
 */
const ZSearchText = (max: number) =>
  z
    .string()
    .trim()
    .refine((text) => text.length <= max, {
      message: describeProblem('en', 'search.query_too_long', { max }) ?? '',
      params: { reason: 'search.query_too_long', max },
    })
    .meta({ maxLength: max })
    .optional();

export const NETWORK_TABS = ['introductions', 'prospects'] as const;

export const ZNetworkReferralQuery = ZPageQuery.extend({
  tab: z.enum(NETWORK_TABS).default('introductions'),
  /** Boolean search: AND, OR, NOT / -, "phrases", (groups), title: company: skill: name: */
  q: ZSearchText(500),
  /** Narrows a tab to one mark; only prospects have two (warm, cold). */
  mark: ZNetworkMark.optional(),
  /** The employee who passed it on. Cold prospects never match this filter. */
  referrerId: ZId.optional(),
  departmentId: ZId.optional(),
  /** `mine`: the recruiter's own departments (the default when they chose any); `all`: everything. */
  scope: z.enum(['mine', 'all']).default('mine'),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type TNetworkReferralQuery = z.input<typeof ZNetworkReferralQuery>;

export const ZNetworkReferralPage = ZPage(ZNetworkReferral).extend({
  /** What to mark in each result; empty without a search. */
  highlights: z.array(ZHighlightTerm),
  /** Which departments the list was narrowed to; empty when it shows all. */
  scope: z.object({ mode: z.enum(['mine', 'all']), departments: z.array(ZNamedRef) }),
});
export type TNetworkReferralPage = z.infer<typeof ZNetworkReferralPage>;

/**
 * Every answer an email's one-click buttons give: an employee's to an introduction request, a
 * colleague's to a referral request (the latter two are also REFERRAL_REQUEST_ANSWERS).
 */
export const ONE_CLICK_ANSWERS = ['introduced', 'declined', 'will_reach_out', 'not_well_enough'] as const;
export const ZOneClickAnswer = z.enum(ONE_CLICK_ANSWERS);
export type TOneClickAnswer = z.infer<typeof ZOneClickAnswer>;

/**
 * What a timeline line records: a status move, or the referral made inactive or active again (by
 * hand with the bell, or because its role was archived or unarchived); those keep the status.
 * `late_answer`: the referrer answered from the email after a recruiter had moved the referral on,
 * so the status stayed (`fromStatus` and `toStatus` are the status it kept; `answer` says what they
 * answered). `excluded`: the employee's new import showed the person is now on the exclude list, so
 * the referral was withdrawn from recruiters (`toStatus` is `withdrawn`, or the closed status it kept).
 * `ownership_transferred`: an admin gave the referral to another referrer (`note` says why);
 * `bonus`: its bonus changed state (`note` holds the new state); both keep the status.
 */
export const REFERRAL_EVENT_KINDS = [
  'status',
  'deactivated',
  'reactivated',
  'job_archived',
  'late_answer',
  'excluded',
  'ownership_transferred',
  'bonus',
] as const;
export const ZReferralEventKind = z.enum(REFERRAL_EVENT_KINDS);
export type TReferralEventKind = z.infer<typeof ZReferralEventKind>;

export const ZReferralEvent = z.object({
  id: ZId,
  kind: ZReferralEventKind,
  fromStatus: ZReferralStatus.nullable(),
  toStatus: ZReferralStatus,
  /** Null for the system, and for the referrer of a cold prospect. */
  actor: ZNamedRef.nullable(),
  note: z.string().nullable(),
  /** The referrer's one-click answer from the email this line records (a move it made, or a late answer). */
  answer: ZOneClickAnswer.nullable(),
  createdAt: z.string(),
});
export type TReferralEvent = z.infer<typeof ZReferralEvent>;

export const ZNetworkReferralDetail = ZNetworkReferral.extend({ events: z.array(ZReferralEvent) });
export type TNetworkReferralDetail = z.infer<typeof ZNetworkReferralDetail>;

export const ZChangeReferralStatusRequest = z.object({ status: ZReferralStatus, note: ZNote });
export type TChangeReferralStatusRequest = z.input<typeof ZChangeReferralStatusRequest>;

/** A recruiter files a referral under a department ("the recruiter's choice"). */
export const ZUpdateReferralRequest = z.object({ departmentId: ZId.nullable() });

export const ZRequestIntroductionRequest = z.object({
  /** A line from the recruiter added to the email, e.g. which role they have in mind. */
  message: ZNote,
});

// ─── The employee's answer from the email ──────────────────────────────────────────────────────

export const INTRODUCTION_ANSWERS = ['introduced', 'declined'] as const;
export const ZIntroductionAnswer = z.enum(INTRODUCTION_ANSWERS);
export type TIntroductionAnswer = z.infer<typeof ZIntroductionAnswer>;

/** What an answer link is about, before it is used; `language` is the employee's, for the page. */
export const ZIntroductionAnswerInfo = z.object({
  contactName: z.string(),
  companyName: z.string(),
  recruiterName: z.string(),
  language: ZLanguage,
});
export type TIntroductionAnswerInfo = z.infer<typeof ZIntroductionAnswerInfo>;

/** The link's token, from the page's address; it is the only credential of the answer. */
export const ZAnswerLinkToken = z.string().min(10).max(200);
/**
 * The answer, sent when the person presses a button on the page: never when the link is merely
 * opened, so a mail scanner that follows the link answers nothing. The token travels in the body.
 */
export const ZIntroductionAnswerRequest = z.object({ token: ZAnswerLinkToken, answer: ZIntroductionAnswer });
/** What the answer page shows once the answer is recorded. */
export const ZIntroductionAnswerResult = ZIntroductionAnswerInfo.extend({
  answer: ZIntroductionAnswer,
  /**
   * False when a recruiter had already moved the referral on: the answer is kept in its timeline and
   * the recruiter is told, but the status stays as they set it.
   */
  statusChanged: z.boolean(),
  /** Whether the recruiter who asked was emailed (not when they have left the company). */
  recruiterTold: z.boolean(),
});
export type TIntroductionAnswerResult = z.infer<typeof ZIntroductionAnswerResult>;

// ─── Recruiters: the referral board ────────────────────────────────────────────────────────────

export const BOARD_TABS = ['active', 'inactive'] as const;
export type TBoardTab = (typeof BOARD_TABS)[number];

/** `status_changed` and `created` are newest first, `name` A–Z, `status` in the statuses' order. */
export const BOARD_SORTS = ['status_changed', 'created', 'name', 'status'] as const;
export type TBoardSort = (typeof BOARD_SORTS)[number];

/** Statuses as a comma-separated list (`applied,interviewing`), as a link or a form sends them. */
const ZStatusList = ZCommaList(REFERRAL_STATUSES, 500);

export const BOARD_OWNERSHIP_FILTERS = [...REFERRAL_OWNERSHIPS, 'none'] as const;
export const BOARD_BONUS_FILTERS = [...BONUS_STATES, 'none'] as const;

export const ZBoardQuery = ZPageQuery.extend({
  tab: z.enum(BOARD_TABS).default('active'),
  status: ZStatusList,
  jobId: ZId.optional(),
  /** The employee who refers. Cold prospects never match this filter. */
  referrerId: ZId.optional(),
  source: ZReferralSource.optional(),
  departmentId: ZId.optional(),
  /** Calendar days in the company's time zone, both inclusive, of when the referral was made. */
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  /** Words, each matching the start of a word of the name, position, company or skills. */
  q: ZSearchText(200),
  /** Only stale referrals (what the stale reminder email links to). */
  stale: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  sort: z.enum(BOARD_SORTS).default('status_changed'),
  /** `mine`: the recruiter's own departments (the default when they chose any); `all`: everything. */
  scope: z.enum(['mine', 'all']).default('mine'),
  /** What the referral owns under the policy; `none`: marks and requests, which own nothing. */
  ownership: z.enum(BOARD_OWNERSHIP_FILTERS).optional(),
  /** The referral's bonus state; `none`: no bonus (not hired, or no tier matched). */
  bonusState: z.enum(BOARD_BONUS_FILTERS).optional(),
});
export type TBoardQuery = z.input<typeof ZBoardQuery>;

/**
 * One referral on the board. `candidate` is set once the person is a candidate; before that the
 * name and line are the person as the referral copied them. `referrer` is null for cold prospects.
 * `stale`: active, not closed, and its status unchanged for the company's number of days.
 */
export const ZBoardReferral = z.object({
  id: ZId,
  candidate: ZNamedRef.nullable(),
  firstName: z.string(),
  lastName: z.string(),
  position: z.string().nullable(),
  company: z.string().nullable(),
  referrer: ZNamedRef.nullable(),
  source: ZReferralSource,
  status: ZReferralStatus,
  statusChangedAt: z.string(),
  createdAt: z.string(),
  job: ZJobRef.nullable(),
  department: ZNamedRef.nullable(),
  active: z.boolean(),
  stale: z.boolean(),
});
export type TBoardReferral = z.infer<typeof ZBoardReferral>;

/** Per tab and per status of the current tab, with every filter but the tab and the status. */
export const ZBoardCounts = z.object({
  active: z.number().int(),
  inactive: z.number().int(),
  statuses: z.array(z.object({ status: ZReferralStatus, count: z.number().int() })),
});
export type TBoardCounts = z.infer<typeof ZBoardCounts>;

/** `counts` comes with the first page only; later pages of the same view leave it null. */
export const ZBoardPage = ZPage(ZBoardReferral).extend({
  counts: ZBoardCounts.nullable(),
  /** Which departments the board was narrowed to; empty when it shows all (as the introductions and prospects do). */
  scope: z.object({ mode: z.enum(['mine', 'all']), departments: z.array(ZNamedRef) }),
});
export type TBoardPage = z.infer<typeof ZBoardPage>;

/** The bell: inactive by hand, and back. */
export const ZSetReferralActiveRequest = z.object({ active: z.boolean() });
export type TSetReferralActiveRequest = z.input<typeof ZSetReferralActiveRequest>;

/** A referral about a candidate, for their profile's Referrals tab. */
/** A referral's bonus as the candidate's Referrals tab shows it: recruiters set the hire's start date here. */
export const ZCandidateReferralBonus = z.object({
  id: ZId,
  state: ZBonusState,
  value: z.string(),
  /** The day the hire was recorded, in the company's time zone. */
  hiredOn: ZIsoDate,
  startDate: ZIsoDate,
  waitingDays: z.number().int(),
  eligibleOn: ZIsoDate,
});
export type TCandidateReferralBonus = z.infer<typeof ZCandidateReferralBonus>;
export const ZCandidateReferral = ZBoardReferral.extend({
  events: z.array(ZReferralEvent),
  bonus: ZCandidateReferralBonus.nullable(),
});
export type TCandidateReferral = z.infer<typeof ZCandidateReferral>;
export const ZCandidateReferralList = z.object({ items: z.array(ZCandidateReferral) });
export type TCandidateReferralList = z.infer<typeof ZCandidateReferralList>;

/** After unarchiving a role: how many of its referrals are inactive, to offer reactivating them. */
export const ZJobInactiveReferrals = z.object({ inactive: z.number().int() });
export type TJobInactiveReferrals = z.infer<typeof ZJobInactiveReferrals>;
export const ZReactivateJobReferralsResult = z.object({ reactivated: z.number().int() });
export type TReactivateJobReferralsResult = z.infer<typeof ZReactivateJobReferralsResult>;
