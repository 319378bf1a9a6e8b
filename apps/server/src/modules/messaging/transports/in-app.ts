import type { EmailTransport, SmsTransport } from './types.ts';

/**
 * Without a provider (the demo), nothing leaves the server: the message counts as sent and can be
 * read on the admin Messages page, so every flow still works end to end.
 */
export const inAppEmail: EmailTransport = { name: 'in_app', send: async () => ({ providerId: null }) };
export const inAppSms: SmsTransport = { name: 'in_app', send: async () => ({ providerId: null }) };
