/**
 * Messaging: the only surface other modules import.
 *
 * enqueueEmail / enqueueSms render a template and write a row to the durable `messages` queue using
 * the caller's transaction handle, so the message exists if and only if the change that caused it
 * commits. The worker delivers it. A template declares which of its fields are links only the
 * recipient may use: those are sealed with the server's key and shown to admins as placeholders.
 */
export { enqueueEmail, enqueueSms } from './enqueue.ts';
export { anonymiseOldMessages, eraseMessagesAbout } from './erasure.repo.ts';
export { queueHealth } from './messages.repo.ts';
export * from './messaging.tables.ts';
export { registerMessaging } from './register.ts';
export type { EmailTemplateData, EmailTemplateName, SmsTemplateData, SmsTemplateName } from './templates/index.ts';
export { emailStaysInApp, type Transports, transportsFromConfig } from './transports/index.ts';
export { runDueMessages } from './worker.ts';
