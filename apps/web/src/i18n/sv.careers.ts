import type { enCareers } from './en.careers.ts';
import type { Strings } from './strings.ts';

/** Swedish strings of the careers page settings and share links; the same keys as English. */
export const svCareers: Strings<typeof enCareers> = {
  careers: {
    settings: {
      title: 'Karriärsida',
      hint: 'Era lediga jobb, öppet utan inloggning. Jobb markerade ”På karriärsidan” listas där.',
      slug: 'Adress',
      slugHint:
        'Små bokstäver, siffror och bindestreck. Den gamla adressen slutar fungera; delningslänkar fungerar fortfarande.',
      open: 'Öppna karriärsidan',
      saved: 'Karriärsidans adress sparad',
      none: 'Välj en adress för att publicera karriärsidan.',
    },
    jobField: 'På karriärsidan',
    jobFieldHint: 'Medan tjänsten är öppen listas den på den publika karriärsidan och man kan ansöka.',
    share: {
      button: 'Dela',
      title: 'Dela ”{{job}}”',
      hint: 'Din personliga länk: de som ansöker via den räknas som dina rekommendationer.',
      copy: 'Kopiera länk',
      copied: 'Kopierad',
      linkedin: 'LinkedIn',
      email: 'E-post',
      whatsapp: 'WhatsApp',
      emailSubject: 'Ett jobb på {{company}}: {{job}}',
      message: 'Kolla in det här jobbet: {{job}}',
      views: 'Visningar',
      applications: 'Ansökningar',
      stats: 'Visningar {{views}} · Ansökningar {{applications}}',
    },
  },
};
