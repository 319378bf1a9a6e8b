import type { enIntegrations } from './en.integrations.ts';
import type { Strings } from './sv.ts';

/** Swedish strings of the integrations page; the same keys as English. */
export const svIntegrations: Strings<typeof enIntegrations> = {
  integrations: {
    title: 'Integrationer',
    subtitle: 'Koppla ert rekryteringssystem: API-nycklar för dess anrop, webhooks för våra händelser.',
  },
};
