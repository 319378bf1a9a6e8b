import type { Config } from '../../../platform/config.ts';
import { inAppEmail, inAppSms } from './in-app.ts';
import { smsHttpTransport } from './sms-http.ts';
import { smtpTransport } from './smtp.ts';
import type { Transports } from './types.ts';

export type { EmailTransport, OutgoingEmail, OutgoingSms, SmsTransport, TransportName, Transports } from './types.ts';

/** What the transports read; late-failure reporting is optional (a test's transports leave it out). */
export type TransportConfig = Pick<Config, 'smtpUrl' | 'mailFrom' | 'sms'> &
  Partial<Pick<Config, 'bounceAddress' | 'inboundSecret' | 'publicUrl'>>;

/** Each channel goes through its provider when one is configured, and stays in the app otherwise. */
export function transportsFromConfig(config: TransportConfig): Transports {
  const { smtpUrl, mailFrom, bounceAddress = null } = config;
  return {
    email: smtpUrl ? smtpTransport({ url: smtpUrl, mailFrom, bounceAddress }) : inAppEmail,
    sms: config.sms ? smsHttpTransport({ ...config.sms, reportUrl: smsReportUrl(config) }) : inAppSms,
  };
}

/**
 * Where the SMS provider posts its delivery reports (46elks' `whendelivered`): the secret is part
 * of the address, as the provider cannot sign. Null without a secret: no reports are asked for.
 */
export function smsReportUrl(config: Partial<Pick<Config, 'inboundSecret' | 'publicUrl'>>) {
  if (!config.inboundSecret || !config.publicUrl) return null;
  return `${config.publicUrl}/api/inbound/sms-reports/${encodeURIComponent(config.inboundSecret)}`;
}

/**
 * The demo: no email provider outside production, so emails go nowhere. Only there may a flow show
 * its link to the browser that asked for it (the reset page does), since no inbox will receive it.
 */
export const emailStaysInApp = (config: Pick<Config, 'smtpUrl' | 'env'>) =>
  !config.smtpUrl && config.env !== 'production';
