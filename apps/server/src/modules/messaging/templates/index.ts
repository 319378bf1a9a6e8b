import type { TLanguage } from '@vouch/contracts';
import { introductionRequest } from './introduction-request.ts';
import { introductionsOverdue } from './introductions-overdue.ts';
import { invite } from './invite.ts';
import { type EmailContent, type RenderedEmail, type RenderedSms, renderLayout } from './layout.ts';
import { passwordReset } from './password-reset.ts';
import {
  referenceCandidateAttention,
  referenceCandidateAttentionSms,
  referenceCandidateRequest,
  referenceCandidateRequestSms,
  referenceCheckCompleted,
  referenceRefereeInvite,
  referenceRefereeInviteSms,
} from './reference-messages.ts';
import { referralAnswered } from './referral-answered.ts';
import { referralRequest } from './referral-request.ts';
import { referralsStale } from './referrals-stale.ts';
import { en, type Strings } from './strings.en.ts';
import { sv } from './strings.sv.ts';
import { testMessage } from './test-message.ts';
import { webhookEndpointDisabled } from './webhook-endpoint-disabled.ts';

/**
 * The template registry. Adding a template is one file (data type + function) and one line here;
 * its words go in strings.en.ts and strings.sv.ts.
 */
const emailTemplates = {
  password_reset: passwordReset,
  invite,
  introduction_request: introductionRequest,
  introductions_overdue: introductionsOverdue,
  referrals_stale: referralsStale,
  referral_request: referralRequest,
  referral_answered: referralAnswered,
  reference_candidate_request: referenceCandidateRequest,
  reference_referee_invite: referenceRefereeInvite,
  reference_candidate_attention: referenceCandidateAttention,
  reference_check_completed: referenceCheckCompleted,
  webhook_endpoint_disabled: webhookEndpointDisabled,
} satisfies Record<string, (data: never, t: Strings) => EmailContent>;

const smsTemplates = {
  test_message: testMessage,
  reference_candidate_request: referenceCandidateRequestSms,
  reference_referee_invite: referenceRefereeInviteSms,
  reference_candidate_attention: referenceCandidateAttentionSms,
} satisfies Record<string, (data: never, t: Strings) => string>;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData = { [K in EmailTemplateName]: Parameters<(typeof emailTemplates)[K]>[0] };
export type SmsTemplateName = keyof typeof smsTemplates;
export type SmsTemplateData = { [K in SmsTemplateName]: Parameters<(typeof smsTemplates)[K]>[0] };
export type { RenderedEmail, RenderedSms };

const STRINGS: Record<TLanguage, Strings> = { en, sv };

export function renderEmail<T extends EmailTemplateName>(
  template: T,
  data: EmailTemplateData[T],
  language: TLanguage,
  options: { senderName?: string | null } = {},
): RenderedEmail {
  const strings = STRINGS[language];
  const build = emailTemplates[template] as (data: EmailTemplateData[T], t: Strings) => EmailContent;
  return renderLayout(build(data, strings), { language, strings, senderName: options.senderName || 'Vouch' });
}

export function renderSms<T extends SmsTemplateName>(
  template: T,
  data: SmsTemplateData[T],
  language: TLanguage,
): RenderedSms {
  const build = smsTemplates[template] as (data: SmsTemplateData[T], t: Strings) => string;
  return { text: build(data, STRINGS[language]) };
}
