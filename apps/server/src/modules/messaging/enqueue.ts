import { randomUUID } from 'node:crypto';
import type { TLanguage } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { fieldError } from '../../platform/errors.ts';
import { insertMessage } from './messages.repo.ts';
import { storedContent } from './sealed-content.ts';
import {
  type EmailTemplateData,
  type EmailTemplateName,
  emailRules,
  renderEmail,
  renderSms,
  type SmsTemplateData,
  type SmsTemplateName,
  smsRules,
} from './templates/index.ts';

export type EnqueueEmailInput<T extends EmailTemplateName> = {
  companyId: string | null;
  to: string;
  language: TLanguage;
  template: T;
  data: EmailTemplateData[T];
  replyTo?: string | null;
  senderName?: string | null;
};

export type EnqueueSmsInput<T extends SmsTemplateName> = {
  companyId: string | null;
  /** E.164, e.g. +46701234567. */
  to: string;
  language: TLanguage;
  template: T;
  data: SmsTemplateData[T];
};

// A header-injection guard as much as a sanity check: no whitespace or line breaks in an address.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Renders the email now and queues it. Pass the caller's transaction as `db`: the message is then
 * written if and only if the change that caused it commits. Delivery is at-least-once (see worker.ts).
 * A template's secret links are stored sealed, and shown to admins as a placeholder (sealed-content.ts).
 */
export async function enqueueEmail<T extends EmailTemplateName>(db: Db, input: EnqueueEmailInput<T>) {
  if (!EMAIL.test(input.to)) throw fieldError('to', 'message.email_invalid');
  if (input.replyTo && !EMAIL.test(input.replyTo)) throw fieldError('replyTo', 'message.email_invalid');
  const { template, data, language, senderName } = input;
  const row = { id: randomUUID(), channel: 'email' as const, recipient: input.to };
  const content = storedContent(
    row,
    renderEmail(template, data, language, { senderName }),
    emailRules(template, data),
    () => renderEmail(template, data, language, { senderName, hideSecrets: true }),
  );
  return insertMessage(db, {
    ...row,
    ...content,
    companyId: input.companyId,
    template,
    language,
    replyTo: input.replyTo ?? null,
    senderName: senderName ?? null,
  });
}

export async function enqueueSms<T extends SmsTemplateName>(db: Db, input: EnqueueSmsInput<T>) {
  if (!E164.test(input.to)) throw fieldError('to', 'message.phone_invalid');
  const { template, data, language } = input;
  const row = { id: randomUUID(), channel: 'sms' as const, recipient: input.to };
  const asSent = (hideSecrets: boolean) => ({
    subject: null,
    text: renderSms(template, data, language, { hideSecrets }).text,
    html: null,
  });
  const content = storedContent(row, asSent(false), smsRules(template, data), () => asSent(true));
  return insertMessage(db, { ...row, ...content, companyId: input.companyId, template, language });
}
