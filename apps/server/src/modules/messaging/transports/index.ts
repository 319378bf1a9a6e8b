import type { Config } from '../../../platform/config.ts';
import { inAppEmail, inAppSms } from './in-app.ts';
import { smsHttpTransport } from './sms-http.ts';
import { smtpTransport } from './smtp.ts';
import type { Transports } from './types.ts';

export type { EmailTransport, OutgoingEmail, OutgoingSms, SmsTransport, TransportName, Transports } from './types.ts';

/** Each channel goes through its provider when one is configured, and stays in the app otherwise. */
export function transportsFromConfig(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'sms'>): Transports {
  return {
    email: config.smtpUrl ? smtpTransport({ url: config.smtpUrl, mailFrom: config.mailFrom }) : inAppEmail,
    sms: config.sms ? smsHttpTransport(config.sms) : inAppSms,
  };
}

/**
 * The demo: no email provider outside production, so emails go nowhere. Only there may a flow show
 * its link to the browser that asked for it (the reset page does), since no inbox will receive it.
 */
export const emailStaysInApp = (config: Pick<Config, 'smtpUrl' | 'env'>) =>
  !config.smtpUrl && config.env !== 'production';
