import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type WebhookEndpointDisabledData = {
  adminName: string;
  endpointUrl: string;
  days: number;
  /** Why: deliveries failed for `days` days, or the receiver answered 410 Gone (Standard Webhooks). */
  reason?: 'failing' | 'gone';
  /** The integrations page; null when the sender does not know Vouch's address. */
  integrationsUrl: string | null;
};

/**
 * To a company's admins: deliveries to a webhook endpoint failed for days, or its receiver answered
 * 410 Gone, so Vouch turned it off.
 */
export function webhookEndpointDisabled(data: WebhookEndpointDisabledData, t: Strings): EmailContent {
  const s = t.webhookEndpointDisabled;
  const intro = data.reason === 'gone' ? s.introGone(data.endpointUrl) : s.intro(data.endpointUrl, data.days);
  return {
    subject: s.subject,
    preview: intro,
    paragraphs: [t.greeting(data.adminName), intro, s.kept],
    ...(data.integrationsUrl ? { button: { label: s.button, url: data.integrationsUrl } } : {}),
    notes: [s.why],
  };
}
