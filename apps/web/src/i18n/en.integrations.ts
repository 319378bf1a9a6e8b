/** English strings of the integrations page (API keys, webhooks); spread into en.ts. */
export const enIntegrations = {
  integrations: {
    title: 'Integrations',
    subtitle: 'Connect your applicant tracking system: API keys for its calls, webhooks for our events.',
  },
};
