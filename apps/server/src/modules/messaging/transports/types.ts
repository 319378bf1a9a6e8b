/** What the worker hands a transport; built from a claimed `messages` row. */
export type OutgoingEmail = {
  /** The message's id: used as Message-ID so receivers drop a duplicate after an ambiguous retry. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  replyTo: string | null;
  senderName: string | null;
};

export type OutgoingSms = { id: string; to: string; text: string };

/** Stored in `messages.transport`, so the admin page can tell delivered from shown-in-app. */
export type TransportName = 'smtp' | 'sms_http' | 'in_app';

export type Delivery = { providerId: string | null };

export type EmailTransport = { name: TransportName; send: (email: OutgoingEmail) => Promise<Delivery> };
export type SmsTransport = { name: TransportName; send: (sms: OutgoingSms) => Promise<Delivery> };

export type Transports = { email: EmailTransport; sms: SmsTransport };
