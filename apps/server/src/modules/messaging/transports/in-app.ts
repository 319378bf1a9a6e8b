import type { EmailTransport, SmsTransport } from './types.ts';

/**
 * Without a provider (the demo), nothing leaves the server: the message counts as sent and is listed
 * on the admin Messages page, with its recipient's links hidden like every other message's. Only the
 * reset flow shows its link, to the page that asked (see `emailStaysInApp`).
 */
export const inAppEmail: EmailTransport = { name: 'in_app', send: async () => ({ providerId: null }) };
export const inAppSms: SmsTransport = { name: 'in_app', send: async () => ({ providerId: null }) };
