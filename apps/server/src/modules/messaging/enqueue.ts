import type { TLanguage } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { fieldError } from '../../platform/errors.ts';
import { insertMessage } from './messages.repo.ts';
import {
  type EmailTemplateData,
  type EmailTemplateName,
  renderEmail,
  renderSms,
  type SmsTemplateData,
  type SmsTemplateName,
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
 */
export async function enqueueEmail<T extends EmailTemplateName>(db: Db, input: EnqueueEmailInput<T>) {
  if (!EMAIL.test(input.to)) throw fieldError('to', 'Not a valid email address');
  if (input.replyTo && !EMAIL.test(input.replyTo)) throw fieldError('replyTo', 'Not a valid email address');
  const rendered = renderEmail(input.template, input.data, input.language, { senderName: input.senderName });
  return insertMessage(db, {
    companyId: input.companyId,
    channel: 'email',
    recipient: input.to,
    subject: rendered.subject,
    bodyText: rendered.text,
    bodyHtml: rendered.html,
    template: input.template,
    language: input.language,
    replyTo: input.replyTo ?? null,
    senderName: input.senderName ?? null,
  });
}

export async function enqueueSms<T extends SmsTemplateName>(db: Db, input: EnqueueSmsInput<T>) {
  if (!E164.test(input.to)) throw fieldError('to', 'Use an international number like +46701234567');
  const rendered = renderSms(input.template, input.data, input.language);
  return insertMessage(db, {
    companyId: input.companyId,
    channel: 'sms',
    recipient: input.to,
    subject: null,
    bodyText: rendered.text,
    template: input.template,
    language: input.language,
  });
}
