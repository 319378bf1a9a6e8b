import { z } from 'zod';
import { ZId, ZLanguage, ZName, ZOptionalText } from './common.ts';
import { ZCheckAttentionReason } from './notifications.ts';
import { describeProblem } from './problem-messages.ts';

/**
 * Digital reference checks: questionnaires (templates with versions), sub-accounts, the check a
 * process step starts, the candidate's and referees' pages, and the report.
 */

// ---------------------------------------------------------------- questionnaires

export const QUESTION_TYPES = [
  'rating',
  'yes_no',
  'single_choice',
  'multiple_choice',
  'short_text',
  'long_text',
] as const;
export const ZQuestionType = z.enum(QUESTION_TYPES);
export type TQuestionType = z.infer<typeof ZQuestionType>;

/** Ids inside a questionnaire are short stable keys, so answers survive edits that reorder questions. */
export const ZKey = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9_-]+$/i, 'Letters, digits, - and _ only');

const questionBase = {
  id: ZKey,
  label: ZName(500),
  help: ZOptionalText(1000),
  required: z.boolean().default(true),
};

export const ZChoiceOption = z.object({ id: ZKey, label: ZName(200) });

export const ZQuestion = z.discriminatedUnion('type', [
  z.object({
    ...questionBase,
    type: z.literal('rating'),
    /** The scale runs from 1 to `scale` (5 or 7 are usual; 3–10 allowed). */
    scale: z.number().int().min(3).max(10).default(5),
    minLabel: ZName(80),
    maxLabel: ZName(80),
  }),
  z.object({ ...questionBase, type: z.literal('yes_no') }),
  z.object({
    ...questionBase,
    type: z.literal('single_choice'),
    options: z.array(ZChoiceOption).min(2, 'At least two options').max(20),
  }),
  z.object({
    ...questionBase,
    type: z.literal('multiple_choice'),
    options: z.array(ZChoiceOption).min(2, 'At least two options').max(20),
  }),
  z.object({ ...questionBase, type: z.literal('short_text') }),
  z.object({ ...questionBase, type: z.literal('long_text') }),
]);
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZQuestionnaireSection = z.object({
  id: ZKey,
  title: ZName(200),
  help: ZOptionalText(1000),
  questions: z.array(ZQuestion).min(1, 'A section needs at least one question').max(60),
});
export type TQuestionnaireSection = z.infer<typeof ZQuestionnaireSection>;

/** What a version holds. Ids must be unique across the whole questionnaire (checked by `questionnaireProblems`). */
export const ZQuestionnaireContent = z.object({
  /** Shown to the referee above the first section. */
  intro: ZOptionalText(2000),
  sections: z.array(ZQuestionnaireSection).min(1, 'At least one section').max(20),
});
export type TQuestionnaireContent = z.infer<typeof ZQuestionnaireContent>;

/** The same content as it leaves the API: plain, since response schemas carry no transforms. */
const viewBase = { id: z.string(), label: z.string(), help: z.string().nullable(), required: z.boolean() };
const ZChoiceOptionView = z.object({ id: z.string(), label: z.string() });
export const ZQuestionnaireContentView = z.object({
  intro: z.string().nullable(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      help: z.string().nullable(),
      questions: z.array(
        z.discriminatedUnion('type', [
          z.object({
            ...viewBase,
            type: z.literal('rating'),
            scale: z.number(),
            minLabel: z.string(),
            maxLabel: z.string(),
          }),
          z.object({ ...viewBase, type: z.literal('yes_no') }),
          z.object({ ...viewBase, type: z.literal('single_choice'), options: z.array(ZChoiceOptionView) }),
          z.object({ ...viewBase, type: z.literal('multiple_choice'), options: z.array(ZChoiceOptionView) }),
          z.object({ ...viewBase, type: z.literal('short_text') }),
          z.object({ ...viewBase, type: z.literal('long_text') }),
        ]),
      ),
    }),
  ),
});

/** A rating is a number, yes/no a boolean, a single choice or text a string, a multiple choice a list of option ids. */
export const ZAnswerValue = z.union([
  z.number(),
  z.boolean(),
  z.string().max(10_000),
  z.array(z.string().max(40)).max(20),
]);
export type TAnswerValue = z.infer<typeof ZAnswerValue>;
export type TAnswers = Record<string, TAnswerValue>;

export const TEMPLATE_PRESETS = ['general', 'manager', 'short'] as const;
export const ZTemplatePreset = z.enum(TEMPLATE_PRESETS);

/** One language version of a questionnaire, as the family's other versions list it. */
export const ZLanguageVersion = z.object({ id: ZId, language: ZLanguage, name: z.string() });
export type TLanguageVersion = z.infer<typeof ZLanguageVersion>;

export const ZQuestionnaireTemplate = z.object({
  id: ZId,
  /** The questionnaire this is one language version of: versions share it and their question ids. */
  familyId: ZId,
  name: z.string(),
  language: ZLanguage,
  /** Every live language version of the questionnaire, this one included, by language. */
  languageVersions: z.array(ZLanguageVersion),
  subAccountId: ZId.nullable(),
  subAccountName: z.string().nullable(),
  preset: ZTemplatePreset.nullable(),
  version: z.number(),
  questionCount: z.number(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type TQuestionnaireTemplate = z.infer<typeof ZQuestionnaireTemplate>;

export const ZQuestionnaireTemplateDetail = ZQuestionnaireTemplate.extend({
  content: ZQuestionnaireContentView,
  /** Checks started on any version of this template: editing then makes a new version. */
  checksUsingIt: z.number(),
});
export type TQuestionnaireTemplateDetail = z.infer<typeof ZQuestionnaireTemplateDetail>;

export const ZSaveQuestionnaireTemplateRequest = z.object({
  name: ZName(120),
  language: ZLanguage,
  subAccountId: ZId.nullish().transform((v) => v ?? null),
  content: ZQuestionnaireContent,
});

/** Create from scratch (name + content) or copy a shipped default (`preset`; the name is optional then). */
export const ZCreateQuestionnaireRequest = z.object({
  name: ZName(120).optional(),
  language: ZLanguage,
  subAccountId: ZId.nullish().transform((v) => v ?? null),
  preset: ZTemplatePreset.optional(),
  content: ZQuestionnaireContent.optional(),
});

/** A new language version: a copy of this one's questions (same ids) to translate, in `language`. */
export const ZAddLanguageVersionRequest = z.object({ language: ZLanguage, name: ZName(120).optional() });

export const ZQuestionnaireListQuery = z.object({
  language: ZLanguage.optional(),
  /** The sub-account's templates plus the company-wide ones (what a check for that sub-account may use). */
  subAccountId: ZId.optional(),
  includeArchived: z.stringbool().optional(),
});
export const ZQuestionnaireTemplateList = z.object({ items: z.array(ZQuestionnaireTemplate) });

export const ZQuestionnaireVersion = z.object({
  id: ZId,
  version: z.number(),
  questionCount: z.number(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  /** Checks started on this version. */
  checks: z.number(),
});
export const ZQuestionnaireVersionList = z.object({ items: z.array(ZQuestionnaireVersion) });
export type TQuestionnaireVersion = z.infer<typeof ZQuestionnaireVersion>;

export const ZArchiveRequest = z.object({ archived: z.boolean() });

// ---------------------------------------------------------------- sub-accounts

export const ZSubAccount = z.object({
  id: ZId,
  name: z.string(),
  senderName: z.string().nullable(),
  logoDataUrl: z.string().nullable(),
  archived: z.boolean(),
  templateCount: z.number(),
  memberCount: z.number(),
});
export type TSubAccount = z.infer<typeof ZSubAccount>;

/** A logo is a small PNG, JPEG, GIF or WebP as a data URL; SVG is refused (it can carry script). */
export const ZLogoDataUrl = z
  .string()
  .max(300_000, 'The logo must be under 200 kB')
  .regex(/^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+$/, 'Use a PNG, JPEG, GIF or WebP image');

export const ZSaveSubAccountRequest = z.object({
  name: ZName(120),
  senderName: ZOptionalText(120),
  logoDataUrl: ZLogoDataUrl.nullish().transform((v) => v ?? null),
});

export const ZSubAccountListQuery = z.object({ includeArchived: z.stringbool().optional() });
export const ZSubAccountList = z.object({ items: z.array(ZSubAccount) });
/** The members limited to a sub-account (they see only its checks and templates). */
export const ZSubAccountMembers = z.object({ membershipIds: z.array(ZId).max(1000) });
export type TSubAccountMembers = z.infer<typeof ZSubAccountMembers>;

// ---------------------------------------------------------------- settings and starting a check

export const CHECK_CHANNELS = ['email', 'sms', 'email_and_sms', 'none'] as const;
export const STEP_INSTRUCTION_MAX = 1000;
export const ZCheckChannel = z.enum(CHECK_CHANNELS);
export type TCheckChannel = z.infer<typeof ZCheckChannel>;

/**
 * Whether a referee proves they hold the contact they were named with before answering: a one-time
 * code to their email or by SMS (the other one when they were named without it), or not at all.
 */
export const REFEREE_VERIFICATIONS = ['none', 'email', 'sms'] as const;
export const ZRefereeVerificationSetting = z.enum(REFEREE_VERIFICATIONS);
export type TRefereeVerificationSetting = z.infer<typeof ZRefereeVerificationSetting>;

/** The "Reference check" step's settings, and the same settings for "Start reference check". */
export const ZReferenceCheckSettings = z.object({
  subAccountId: ZId.nullish().transform((v) => v ?? null),
  language: ZLanguage,
  templateId: ZId,
  candidateChannel: ZCheckChannel.default('email_and_sms'),
  refereesWanted: z.number().int().min(1, 'At least 1').max(10, 'At most 10').default(3),
  refereeChannel: ZCheckChannel.default('email_and_sms'),
  refereeVerification: ZRefereeVerificationSetting.default('none'),
  /** Shown to the candidate on their page, above the request for referees. */
  instruction: ZOptionalText(STEP_INSTRUCTION_MAX),
});
export type TReferenceCheckSettings = z.infer<typeof ZReferenceCheckSettings>;

/** The same settings as responses carry them: plain, since a response schema may not transform. */
export const ZReferenceCheckSettingsView = z.object({
  subAccountId: ZId.nullable(),
  language: ZLanguage,
  templateId: ZId,
  candidateChannel: ZCheckChannel,
  refereesWanted: z.number(),
  refereeChannel: ZCheckChannel,
  /** Missing on steps saved before referees could be asked for a code (read as `none`). */
  refereeVerification: ZRefereeVerificationSetting.optional(),
  instruction: z.string().nullable(),
});

export const RELATIONSHIPS = ['manager', 'colleague', 'direct_report', 'client', 'other'] as const;
export const ZRelationship = z.enum(RELATIONSHIPS);
export type TRelationship = z.infer<typeof ZRelationship>;

/**
 * A referee as the candidate, the recruiter or the API gives them. The phone is checked and turned
 * into E.164 on the server (libphonenumber-js, with the company's country as the default).
 */
export const ZRefereeInput = z.object({
  name: ZName(200),
  email: z
    .string()
    .trim()
    .max(320)
    .nullish()
    .transform((v) => (v ? v.toLowerCase() : null))
    .pipe(z.email('Not a valid email address').nullable()),
  phone: ZOptionalText(40),
  relationship: ZRelationship,
  company: ZOptionalText(200),
  workedTogether: ZOptionalText(200),
  language: ZLanguage,
});
export type TRefereeInput = z.input<typeof ZRefereeInput>;

/**
 * How the recruiter got the candidate's agreement to contact referees the recruiter names (candidate
 * channel `none`, so the candidate never confirms it themselves).
 */
export const NAMED_CONSENT_METHODS = ['in_writing', 'verbally', 'in_application', 'other'] as const;
export const ZNamedConsentMethod = z.enum(NAMED_CONSENT_METHODS);
export const ZNamedConsent = z.object({ method: ZNamedConsentMethod, note: ZOptionalText(500) });
export type TNamedConsent = z.input<typeof ZNamedConsent>;

/** A referee the recruiter adds; `consent` is required when the check's candidate channel is `none`. */
export const ZAddRefereeRequest = ZRefereeInput.extend({ consent: ZNamedConsent.optional() });

export const ZStartReferenceCheckRequest = ZReferenceCheckSettings.extend({
  jobId: ZId.nullish().transform((v) => v ?? null),
  /** With candidate channel `none`, the recruiter gives the referees here (or adds them later). */
  referees: z.array(ZRefereeInput).max(10).default([]),
  /** Required with candidate channel `none` and referees given: how the candidate agreed. */
  refereeConsent: ZNamedConsent.optional(),
});

/** How many candidates one bulk start takes: a page of the candidate table or a pipeline step. */
export const MAX_BULK_CHECKS = 100;

/** One settings form for several candidates (the candidate table or a job's pipeline). */
export const ZStartReferenceChecksRequest = ZReferenceCheckSettings.extend({
  /** The pipeline's job, so each check belongs to it; null from the candidate table. */
  jobId: ZId.nullish().transform((v) => v ?? null),
  candidateIds: z.array(ZId).min(1).max(MAX_BULK_CHECKS),
});

/** What happened to each candidate of a bulk start, in the order given (repeats once). */
export const ZStartReferenceChecksResult = z.object({
  started: z.number(),
  skipped: z.number(),
  results: z.array(
    z.object({
      candidateId: ZId,
      /** Null when the candidate is unknown here (another company's id reads the same). */
      candidateName: z.string().nullable(),
      outcome: z.enum(['started', 'skipped']),
      checkId: ZId.nullable(),
      /** Why it was skipped: a problem reason (`reference_check.already_running`, `not_found`…) and its parameters. */
      reason: z.string().nullable(),
      params: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
});
export type TStartReferenceChecksResult = z.infer<typeof ZStartReferenceChecksResult>;

// ---------------------------------------------------------------- status

export const CHECK_STATUSES = ['awaiting_referees', 'in_progress', 'completed', 'cancelled', 'expired'] as const;
export const ZCheckStatus = z.enum(CHECK_STATUSES);
export type TCheckStatus = z.infer<typeof ZCheckStatus>;

export const REFEREE_STATUSES = ['invited', 'opened', 'answered', 'declined', 'bounced', 'removed'] as const;
/** Who named a referee. */
export const REFEREE_ADDERS = ['candidate', 'recruiter', 'api'] as const;
/** Where a check was started: a process step, the candidate's profile, or the integration API. */
export const CHECK_SOURCES = ['step', 'profile', 'api'] as const;
export const ZRefereeStatus = z.enum(REFEREE_STATUSES);
export type TRefereeStatus = z.infer<typeof ZRefereeStatus>;

/** The one-line status shown on pipeline cards, in the candidate table and on the profile: "2 of 3". */
export const ZCheckSummary = z.object({
  /**
   * Why a running check cannot finish on its own, or null: the candidate stayed silent after every
   * reminder, or a referee declined, bounced or never answered and no replacement is in place yet.
   */
  attention: ZCheckAttentionReason.nullable(),
  id: ZId,
  status: ZCheckStatus,
  refereesWanted: z.number(),
  /** Referees named so far (not removed). */
  requested: z.number(),
  answered: z.number(),
  declined: z.number(),
  bounced: z.number(),
  fraudSignals: z.number(),
  updatedAt: z.string(),
});
export type TCheckSummary = z.infer<typeof ZCheckSummary>;

/** How the candidate's or referee's browser looked: part of the same-device fraud rule. */
export const ZRefereeDevice = z.object({
  userAgent: z.string().max(500),
  screen: z.string().max(40),
  timeZone: z.string().max(80),
});
export type TRefereeDevice = z.infer<typeof ZRefereeDevice>;
/**
 * The device as stored: what the browser said plus `browserId`, the server's first-party cookie on
 * that browser, so two people with the same phone model do not look like one device.
 */
export type TStoredDevice = TRefereeDevice & { browserId?: string };

export const VERIFICATION_STATES = ['work_email_matches_company', 'free_mail', 'unverified'] as const;
export const ZVerification = z.enum(VERIFICATION_STATES);

export const ZReferee = z.object({
  id: ZId,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  relationship: ZRelationship,
  company: z.string().nullable(),
  workedTogether: z.string().nullable(),
  language: ZLanguage,
  addedBy: z.enum(REFEREE_ADDERS),
  status: ZRefereeStatus,
  declineReason: z.string().nullable(),
  remindersSent: z.number(),
  /** When this referee's next reminder goes out (company daytime), or null when none is due. */
  nextReminderAt: z.string().nullable(),
  verification: ZVerification,
  /** The referee entered a one-time code sent to their email or phone before answering. */
  verifiedBy: z.enum(['email', 'phone']).nullable(),
  /** What the referee said they were to the candidate (compared with `relationship`, the claim). */
  statedRelationship: ZRelationship.nullable(),
  /** How the candidate agreed to this referee, when the recruiter named them. */
  namedConsent: z
    .object({
      method: ZNamedConsentMethod,
      note: z.string().nullable(),
      confirmedAt: z.string(),
      confirmedByName: z.string().nullable(),
      /** The API key that confirmed it (an ATS named the referees); null when a member did. */
      apiKeyId: ZId.nullable(),
    })
    .nullable(),
  invitedAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  bouncedAt: z.string().nullable(),
  /** The referee had their answers erased on request: the report shows "answer withdrawn". */
  answersWithdrawnAt: z.string().nullable(),
});
export type TReferee = z.infer<typeof ZReferee>;

export const ZReferenceCheck = ZCheckSummary.extend({
  candidateId: ZId,
  candidateName: z.string(),
  jobId: ZId.nullable(),
  jobTitle: z.string().nullable(),
  subAccountId: ZId.nullable(),
  subAccountName: z.string().nullable(),
  templateId: ZId,
  templateName: z.string(),
  templateVersion: z.number(),
  language: ZLanguage,
  candidateChannel: ZCheckChannel,
  refereeChannel: ZCheckChannel,
  refereeVerification: ZRefereeVerificationSetting,
  source: z.enum(CHECK_SOURCES),
  externalId: z.string().nullable(),
  candidateConsentAt: z.string().nullable(),
  /** When the candidate's next reminder goes out while they have not named referees, or null. */
  candidateNextReminderAt: z.string().nullable(),
  closedEarly: z.boolean(),
  linksExpireAt: z.string(),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  referees: z.array(ZReferee),
});
export type TReferenceCheck = z.infer<typeof ZReferenceCheck>;

/** The References page's rows: the summary with whom and what it is about. */
export const ZReferenceCheckListItem = ZCheckSummary.extend({
  candidateId: ZId,
  candidateName: z.string(),
  jobId: ZId.nullable(),
  jobTitle: z.string().nullable(),
  subAccountId: ZId.nullable(),
  subAccountName: z.string().nullable(),
  templateName: z.string(),
  createdAt: z.string(),
});
export type TReferenceCheckListItem = z.infer<typeof ZReferenceCheckListItem>;

export const ZReferenceCheckListQuery = z.object({
  status: ZCheckStatus.optional(),
  /** Only checks that need attention, and the steps that could start no check. */
  attention: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  /** Part of the candidate's name. */
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * Why entering a "Reference check" step started no check and nothing will until someone acts: the
 * candidate has no address or number for the step's candidate channel. Shown as "needs attention"
 * until a check starts or the candidate leaves the step.
 */
export const CHECK_STALL_REASONS = ['candidate_no_email', 'candidate_no_phone', 'candidate_no_contact'] as const;
export const ZCheckStallReason = z.enum(CHECK_STALL_REASONS);
export type TCheckStallReason = z.infer<typeof ZCheckStallReason>;

/**
 * A candidate in a "Reference check" step that could start no check (no email or phone for its
 * candidate channel): listed beside the checks until a check starts or the candidate moves on.
 */
export const ZCheckStallListItem = z.object({
  placementId: ZId,
  candidateId: ZId,
  candidateName: z.string(),
  jobId: ZId,
  jobTitle: z.string().nullable(),
  subAccountName: z.string().nullable(),
  reason: ZCheckStallReason,
  createdAt: z.string(),
});
export type TCheckStallListItem = z.infer<typeof ZCheckStallListItem>;

export const ZReferenceCheckList = z.object({
  items: z.array(ZReferenceCheckListItem),
  /**
   * The stalled steps in this page's span of the list (newest first, by when they stalled); none
   * with a `status` filter, since they have no check.
   */
  stalls: z.array(ZCheckStallListItem),
  nextCursor: z.string().nullable(),
});

/** A link for the recruiter to copy. */
export const ZLinkUrl = z.object({ url: z.string() });
export const ZCandidateLinkQuery = z.object({
  /** Also send it again by the check's candidate channel. */
  send: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

/**
 * What entering a "Reference check" step did, on the move/place response: started (with the check)
 * or not, and why not in a short sentence the UI can show. The move itself always succeeds.
 */
export const ZStepReferenceCheck = z.object({
  started: z.boolean(),
  checkId: ZId.optional(),
  problem: z.string().optional(),
  /** Not started because this completed check exists: move with `startNewCheck` to start another. */
  completedCheckId: ZId.optional(),
});
export type TStepReferenceCheck = z.infer<typeof ZStepReferenceCheck>;

// ---------------------------------------------------------------- validation shared by the editor, the page and the server

/** A questionnaire's problem: its field, the English words, and the reason clients word themselves. */
export type TQuestionnaireProblem = {
  field: string;
  message: string;
  reason: 'questionnaire.id_used_twice' | 'questionnaire.option_ids_shared';
};

/** Duplicate ids and a question shape that cannot be answered; empty when the questionnaire is fine. */
export function questionnaireProblems(content: TQuestionnaireContent): TQuestionnaireProblem[] {
  const problems: TQuestionnaireProblem[] = [];
  const problem = (field: string, reason: TQuestionnaireProblem['reason']) => ({
    field,
    message: describeProblem('en', reason) ?? reason,
    reason,
  });
  const seen = new Set<string>();
  content.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      if (seen.has(question.id)) {
        problems.push(problem(`content.sections.${s}.questions.${q}.id`, 'questionnaire.id_used_twice'));
      }
      seen.add(question.id);
      if ('options' in question) {
        const ids = new Set(question.options.map((o) => o.id));
        if (ids.size !== question.options.length) {
          problems.push(problem(`content.sections.${s}.questions.${q}.options`, 'questionnaire.option_ids_shared'));
        }
      }
    });
  });
  return problems;
}
