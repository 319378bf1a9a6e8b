import { z } from 'zod';
import { ZId, ZLanguage, ZOptionalText } from './common.ts';
import {
  ZAnswerValue,
  ZKey,
  ZQuestionnaireContentView,
  ZRefereeDevice,
  ZRefereeInput,
  ZRefereeStatus,
  ZRelationship,
} from './references.ts';

/** Reference checks as the candidate and the referees see them: their pages and what those pages send. */

// ---------------------------------------------------------------- public pages (candidate and referee)

export const ZPublicBranding = z.object({
  companyName: z.string(),
  /** The sub-account's name when the check belongs to one (a brand asks, not the group). */
  senderName: z.string(),
  logoDataUrl: z.string().nullable(),
  /** Whom to contact with questions: the recruiter who started the check, or the company. */
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
});

export const ZCandidatePage = z.object({
  branding: ZPublicBranding,
  language: ZLanguage,
  candidateFirstName: z.string(),
  jobTitle: z.string().nullable(),
  /** The process step's instruction to the candidate, when it has one. */
  instruction: z.string().nullable(),
  refereesWanted: z.number(),
  consentVersion: z.string(),
  consentGiven: z.boolean(),
  /** The candidate's own referees: only what they gave, and whether each can still be corrected. */
  referees: z.array(
    ZRefereeInput.extend({
      id: ZId,
      email: z.string().nullable(),
      phone: z.string().nullable(),
      company: z.string().nullable(),
      workedTogether: z.string().nullable(),
      status: ZRefereeStatus,
      editable: z.boolean(),
      /** Why the candidate should look at this one: the email bounced, or no answer after the last reminder. */
      attention: z.enum(['email_bounced', 'not_answering']).nullable(),
    }),
  ),
  checkOpen: z.boolean(),
});
export type TCandidatePage = z.infer<typeof ZCandidatePage>;

export const ZConsentRequest = z.object({
  consentVersion: z.string().max(40),
  device: ZRefereeDevice,
});

/** The referee's consent also says what they were to the candidate (compared with the candidate's claim). */
export const ZRefereeConsentRequest = ZConsentRequest.extend({ relationship: ZRelationship.optional() });

export const ZCandidateRefereesRequest = z.object({ referees: z.array(ZRefereeInput).min(1).max(10) });

export const ZRefereePage = z.object({
  branding: ZPublicBranding,
  language: ZLanguage,
  /** Only what the referee needs: the candidate's name and the role, nothing about other referees. */
  candidateName: z.string(),
  jobTitle: z.string().nullable(),
  refereeName: z.string(),
  /** What the page greets them by. */
  refereeFirstName: z.string(),
  relationship: ZRelationship,
  /** Who named them: the candidate, or a recruiter (candidate channel `none`, or the ATS) with the candidate's agreement. */
  namedBy: z.enum(['candidate', 'recruiter']),
  consentVersion: z.string(),
  consentGiven: z.boolean(),
  /** The version in the referee's language (the check's own when the questionnaire lacks it). */
  questionnaire: ZQuestionnaireContentView,
  /** The time promise (`answerMinutes`), as the invitation gave it. */
  minutes: z.number(),
  answers: z.record(z.string(), ZAnswerValue),
  status: ZRefereeStatus,
  /**
   * Set when the referee must enter a one-time code before answering: where it goes (masked), and
   * whether they have done so. Null when the check does not ask for it.
   */
  verification: z
    .object({
      channel: z.enum(['email', 'sms']),
      sentTo: z.string(),
      verified: z.boolean(),
      /** When the last code was sent, so the page can say "sent" and hold back "send again". */
      codeSentAt: z.string().nullable(),
    })
    .nullable(),
});
export type TRefereePage = z.infer<typeof ZRefereePage>;

/**
 * The problem (410, code `link_expired`) a candidate's or referee's link answers once it no longer
 * works: the check ended or was cancelled, or the link ran out. `branding` says whom to contact.
 */
export const ZLinkExpiredProblem = z.object({
  status: z.literal(410),
  code: z.literal('link_expired'),
  detail: z.string().optional(),
  branding: ZPublicBranding,
});
export type TLinkExpiredProblem = z.infer<typeof ZLinkExpiredProblem>;

/** Saving as they go: any subset of answers, merged into what was saved. */
export const ZSaveAnswersRequest = z.object({ answers: z.record(ZKey, ZAnswerValue.nullable()) });
export const ZSaveAnswersResponse = z.object({ savedAt: z.string() });
export const ZDeclineRequest = z.object({ reason: ZOptionalText(1000) });
export const ZVerifyCodeRequest = z.object({ code: z.string().trim().max(20) });
/** The language the referee reads their page and questions in, chosen on the page. */
export const ZRefereeLanguageRequest = z.object({ language: ZLanguage });
