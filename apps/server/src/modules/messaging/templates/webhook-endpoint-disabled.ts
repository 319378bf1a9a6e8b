import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type WebhookEndpointDisabledData = {
  adminName: string;
  endpointUrl: string;
  days: number;
  /** The integrations page; null when the sender does not know Vouch's address. */
  integrationsUrl: string | null;
};

/** To a company's admins: deliveries to a webhook endpoint failed for days, so Vouch turned it off. */
export function webhookEndpointDisabled(data: WebhookEndpointDisabledData, t: Strings): EmailContent {
  const s = t.webhookEndpointDisabled;
  return {
    subject: s.subject,
    preview: s.intro(data.endpointUrl, data.days),
    paragraphs: [t.greeting(data.adminName), s.intro(data.endpointUrl, data.days), s.kept],
    ...(data.integrationsUrl ? { button: { label: s.button, url: data.integrationsUrl } } : {}),
    notes: [s.why],
  };
}
