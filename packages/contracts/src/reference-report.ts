import { z } from 'zod';
import { ZId, ZIsoDate } from './common.ts';
import { ZAnswerValue, ZQuestionnaireContentView, ZReferee, ZReferenceCheck, ZVerification } from './references.ts';

/**
 * What a reference check's reader sees: fraud signals with their evidence, ratings compared across
 * referees, every answer, and the admins' turnaround figures. Split from `references.ts`, which holds
 * the questionnaires, the checks and the candidate's and referee's pages.
 */

export const FRAUD_SIGNAL_KINDS = [
  /** A referee's email or phone is the candidate's. */
  'contact_matches_candidate',
  /** Two referees of the check share an email or phone. */
  'contact_shared_by_referees',
  /** The same IP address as the candidate's, or another referee's. */
  'same_ip',
  /** The same device fingerprint (user agent, screen, time zone) as the candidate's or another referee's. */
  'same_device',
  /** A free-mail address from a referee who claims a company. */
  'free_mail_with_company',
  /** Submitted faster than anyone reads the questions. */
  'answered_too_fast',
  /** The same referee email or phone was given by another candidate of the company. */
  'referee_used_by_other_candidate',
  /** A referee's email is a `+` alias or a near-copy of the candidate's own address. */
  'contact_lookalike_of_candidate',
  /** The referee says they were something else to the candidate than the candidate claimed. */
  'relationship_mismatch',
] as const;
export const ZFraudSignalKind = z.enum(FRAUD_SIGNAL_KINDS);
export type TFraudSignalKind = z.infer<typeof ZFraudSignalKind>;

/** How much a signal weighs: see `signalSeverity` on the server for which is which. */
export const FRAUD_SEVERITIES = ['high', 'medium', 'low'] as const;
export const ZFraudSeverity = z.enum(FRAUD_SEVERITIES);
export type TFraudSeverity = z.infer<typeof ZFraudSeverity>;

export const ZFraudSignal = z.object({
  id: ZId,
  kind: ZFraudSignalKind,
  severity: ZFraudSeverity,
  refereeId: ZId.nullable(),
  refereeName: z.string().nullable(),
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  reviewedAt: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TFraudSignal = z.infer<typeof ZFraudSignal>;

export const ZReviewFraudSignalRequest = z.object({ reviewed: z.boolean() });

/** The signals of one kind: the highest severity among them, how many, how many still unreviewed. */
export const ZFraudSignalGroup = z.object({
  kind: ZFraudSignalKind,
  severity: ZFraudSeverity,
  count: z.number(),
  unreviewed: z.number(),
  signals: z.array(ZFraudSignal),
});
export type TFraudSignalGroup = z.infer<typeof ZFraudSignalGroup>;
export const ZFraudSignalGroups = z.object({ groups: z.array(ZFraudSignalGroup) });

/** A rating question across referees: each referee's score side by side, the mean and the spread. */
export const ZRatingSummary = z.object({
  questionId: z.string(),
  label: z.string(),
  scale: z.number(),
  minLabel: z.string(),
  maxLabel: z.string(),
  scores: z.array(z.object({ refereeId: ZId, refereeName: z.string(), score: z.number().nullable() })),
  mean: z.number().nullable(),
  /** Highest minus lowest score. */
  spread: z.number().nullable(),
});
export type TRatingSummary = z.infer<typeof ZRatingSummary>;

/** Where two referees are furthest apart on one question: its lowest and highest answer. */
export const ZReportDisagreement = z.object({
  questionId: z.string(),
  label: z.string(),
  kind: z.enum(['rating', 'yes_no']),
  /** The rating question's scale; null for yes/no. */
  scale: z.number().nullable(),
  /** Highest minus lowest score; null for yes/no. */
  spread: z.number().nullable(),
  low: z.object({ refereeId: ZId, refereeName: z.string(), value: z.union([z.number(), z.boolean()]) }),
  high: z.object({ refereeId: ZId, refereeName: z.string(), value: z.union([z.number(), z.boolean()]) }),
});
export type TReportDisagreement = z.infer<typeof ZReportDisagreement>;

/** The block at the top of the report (page and PDF): what a reader needs before the details. */
export const ZReportSummary = z.object({
  refereesWanted: z.number(),
  answered: z.number(),
  declined: z.number(),
  bounced: z.number(),
  /** Every rating, each put on `scale` (the questionnaire's most common one, the first on a tie), averaged; null without ratings. */
  overall: z.object({
    scale: z.number().nullable(),
    mean: z.number().nullable(),
    /** Highest minus lowest referee mean; null with fewer than two referees who rated. */
    spread: z.number().nullable(),
    referees: z.array(z.object({ refereeId: ZId, refereeName: z.string(), mean: z.number().nullable() })),
  }),
  /** The "would you hire them again" question (id `rehire`); null when the questionnaire has none. */
  rehire: z.object({ label: z.string(), yes: z.number(), no: z.number(), unanswered: z.number() }).nullable(),
  /** Questions the referees disagree on, the widest first (at most five). */
  disagreements: z.array(ZReportDisagreement),
  /** Hours from each answering referee's invitation to their answer. */
  responseHours: z.object({
    median: z.number().nullable(),
    fastest: z.number().nullable(),
    slowest: z.number().nullable(),
  }),
  /** How many named referees (removed ones aside) are in each verification state. */
  verification: z.array(z.object({ state: ZVerification, count: z.number() })),
  /** How many of them proved their address or number with a one-time code (the check asked for one). */
  verifiedByCode: z.object({ email: z.number(), phone: z.number() }),
});
export type TReportSummary = z.infer<typeof ZReportSummary>;

export const ZReport = z.object({
  check: ZReferenceCheck,
  summary: ZReportSummary,
  questionnaire: ZQuestionnaireContentView,
  fraudSignals: z.array(ZFraudSignal),
  /** The same signals grouped by kind, the most severe group first. */
  fraudSignalGroups: z.array(ZFraudSignalGroup),
  ratingSummaries: z.array(ZRatingSummary),
  /** Every answering referee with every answer, keyed by question id. */
  responses: z.array(
    z.object({
      referee: ZReferee,
      answers: z.record(z.string(), ZAnswerValue),
      /** Seconds from opening the questionnaire (or, without that, the first saved answer) to submission. */
      secondsToAnswer: z.number().nullable(),
    }),
  ),
  /**
   * Referees who answered or declined through a link a staff member had copied (the link is the
   * referee's only credential, so the answer may not be the referee's own): who copied it, when.
   */
  linkCopies: z.array(z.object({ refereeId: ZId, copiedBy: z.string(), copiedAt: z.string() })),
  generatedAt: z.string(),
});
export type TReport = z.infer<typeof ZReport>;

/** The figures' period: checks started from `from` to `to` (both days included); all time without them. */
export const ZReferenceFiguresQuery = z.object({
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});

export const FIGURE_GROUPINGS = ['company', 'sub_account', 'template', 'recruiter', 'month'] as const;

export const ZReferenceFigures = z.object({
  rows: z.array(
    z.object({
      groupBy: z.enum(FIGURE_GROUPINGS),
      /** The group's id; for `month` the month as `YYYY-MM` (in the company's time zone); null for the company and "none". */
      groupId: z.string().nullable(),
      groupName: z.string(),
      checks: z.number(),
      completedChecks: z.number(),
      refereesInvited: z.number(),
      refereesAnswered: z.number(),
      refereesDeclined: z.number(),
      refereesBounced: z.number(),
      /** Answered ÷ invited, 0–1; null with no referees. */
      responseRate: z.number().nullable(),
      /** Declined ÷ invited, 0–1; null with no referees. */
      declineRate: z.number().nullable(),
      /** Bounced ÷ invited, 0–1; null with no referees. */
      bounceRate: z.number().nullable(),
      /** Median hours from a referee's invitation to their answer. */
      medianHoursToAnswer: z.number().nullable(),
      /** Median hours from a check's start to its completion. */
      medianHoursToComplete: z.number().nullable(),
      /** Median hours from a check's start until the candidate named their first referee. */
      medianHoursToReferees: z.number().nullable(),
      /** Reminders sent (to the candidate and to referees) per check, one decimal. */
      remindersPerCheck: z.number().nullable(),
    }),
  ),
});
export type TReferenceFigures = z.infer<typeof ZReferenceFigures>;
