import type { TLanguage } from '@vouch/contracts';
import { emailVerification } from './email-verification.ts';
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
  referenceRefereeCode,
  referenceRefereeCodeSms,
  referenceRefereeInvite,
  referenceRefereeInviteSms,
} from './reference-messages.ts';
import { referralAnswered } from './referral-answered.ts';
import { referralDigest, referralNotice } from './referral-notices.ts';
import { referralReceived } from './referral-received.ts';
import { referralRequest } from './referral-request.ts';
import { referralsStale } from './referrals-stale.ts';
import { en, type Strings } from './strings.en.ts';
import { sv } from './strings.sv.ts';
import { testMessage } from './test-message.ts';
import { webhookEndpointDisabled } from './webhook-endpoint-disabled.ts';

/**
 * What a template declares besides its words. `secrets` are the data fields holding a link or token
 * only the recipient may use: admins read the message with each one replaced by a placeholder, and
 * the real message is kept sealed until it is delivered (see enqueue.ts). `private` messages carry
 * the recipient's own network (who they know, a recruiter's letter to them): admins see only who,
 * when and whether it was delivered.
 */
type Rules<D> = {
  secrets: readonly SecretField<D>[];
  private?: boolean;
  /** The secrets that are codes, not links: admins read "code hidden" in their place. */
  codes?: readonly SecretField<D>[];
};
type SecretField<D> = { [K in keyof D]-?: D[K] extends string ? K : never }[keyof D];

const email = <D>(build: (data: D, t: Strings) => EmailContent, rules: Rules<D>) => ({ build, ...rules });
const sms = <D>(build: (data: D, t: Strings) => string, rules: Rules<D>) => ({ build, ...rules });

/**
 * The template registry. Adding a template is one file (data type + function) and one line here,
 * which must say which of its fields are secret; its words go in strings.en.ts and strings.sv.ts.
 */
const emailTemplates = {
  password_reset: email(passwordReset, { secrets: ['url'] }),
  invite: email(invite, { secrets: ['url'] }),
  email_verification: email(emailVerification, { secrets: ['url'] }),
  introduction_request: email(introductionRequest, { secrets: ['introducedUrl', 'declinedUrl'], private: true }),
  introductions_overdue: email(introductionsOverdue, { secrets: [] }),
  referrals_stale: email(referralsStale, { secrets: [] }),
  referral_request: email(referralRequest, { secrets: ['willReachOutUrl', 'notWellEnoughUrl'], private: true }),
  referral_answered: email(referralAnswered, { secrets: [] }),
  // About the referrer's own network: a cold prospect's referrer must stay hidden from admins too.
  referral_notice: email(referralNotice, { secrets: [], private: true }),
  referral_digest: email(referralDigest, { secrets: [], private: true }),
  referral_received: email(referralReceived, { secrets: ['withdrawUrl'] }),
  reference_candidate_request: email(referenceCandidateRequest, { secrets: ['url', 'privacyUrl'] }),
  reference_referee_invite: email(referenceRefereeInvite, { secrets: ['url', 'privacyUrl'] }),
  reference_referee_code: email(referenceRefereeCode, { secrets: ['code', 'privacyUrl'], codes: ['code'] }),
  reference_candidate_attention: email(referenceCandidateAttention, { secrets: ['url', 'privacyUrl'] }),
  reference_check_completed: email(referenceCheckCompleted, { secrets: [] }),
  webhook_endpoint_disabled: email(webhookEndpointDisabled, { secrets: [] }),
};

const smsTemplates = {
  test_message: sms(testMessage, { secrets: [] }),
  reference_candidate_request: sms(referenceCandidateRequestSms, { secrets: ['url', 'privacyUrl'] }),
  reference_referee_invite: sms(referenceRefereeInviteSms, { secrets: ['url', 'privacyUrl'] }),
  reference_referee_code: sms(referenceRefereeCodeSms, { secrets: ['code', 'privacyUrl'], codes: ['code'] }),
  reference_candidate_attention: sms(referenceCandidateAttentionSms, { secrets: ['url', 'privacyUrl'] }),
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData = { [K in EmailTemplateName]: Parameters<(typeof emailTemplates)[K]['build']>[0] };
export type SmsTemplateName = keyof typeof smsTemplates;
export type SmsTemplateData = { [K in SmsTemplateName]: Parameters<(typeof smsTemplates)[K]['build']>[0] };
export type { RenderedEmail, RenderedSms };

const STRINGS: Record<TLanguage, Strings> = { en, sv };

export type RenderOptions = {
  senderName?: string | null;
  /** The copy admins may read: each secret field shows the placeholder instead of its link. */
  hideSecrets?: boolean;
};

/** How a message may be shown to admins, and the values in it that only its recipient may see. */
export type MessageRules = { private: boolean; secretValues: string[] };

export function emailRules<T extends EmailTemplateName>(template: T, data: EmailTemplateData[T]): MessageRules {
  return rulesOf(emailTemplates[template], data);
}

export function smsRules<T extends SmsTemplateName>(template: T, data: SmsTemplateData[T]): MessageRules {
  return rulesOf(smsTemplates[template], data);
}

function rulesOf(rules: { secrets: readonly PropertyKey[]; private?: boolean }, data: object): MessageRules {
  const values = rules.secrets.map((field) => (data as Record<PropertyKey, unknown>)[field]);
  return { private: rules.private ?? false, secretValues: values.filter((v): v is string => !!v) };
}

function withSecretsHidden<D>(
  rules: { secrets: readonly PropertyKey[]; codes?: readonly PropertyKey[] },
  data: D,
  strings: Strings,
): D {
  const hidden: Record<PropertyKey, unknown> = { ...(data as object) };
  for (const field of rules.secrets)
    if (hidden[field])
      hidden[field] = rules.codes?.includes(field) ? strings.layout.codeHidden : strings.layout.linkHidden;
  return hidden as D;
}

export function renderEmail<T extends EmailTemplateName>(
  template: T,
  data: EmailTemplateData[T],
  language: TLanguage,
  options: RenderOptions = {},
): RenderedEmail {
  const strings = STRINGS[language];
  const definition = emailTemplates[template];
  const build = definition.build as (data: EmailTemplateData[T], t: Strings) => EmailContent;
  const shown = options.hideSecrets ? withSecretsHidden(definition, data, strings) : data;
  return renderLayout(build(shown, strings), { language, strings, senderName: options.senderName || 'Vouch' });
}

export function renderSms<T extends SmsTemplateName>(
  template: T,
  data: SmsTemplateData[T],
  language: TLanguage,
  options: Pick<RenderOptions, 'hideSecrets'> = {},
): RenderedSms {
  const strings = STRINGS[language];
  const definition = smsTemplates[template];
  const build = definition.build as (data: SmsTemplateData[T], t: Strings) => string;
  return { text: build(options.hideSecrets ? withSecretsHidden(definition, data, strings) : data, strings) };
}
