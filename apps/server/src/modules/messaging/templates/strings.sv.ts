import type { Strings } from './strings.en.ts';

/** Every Swedish word Vouch sends; the same shape as the English strings, checked by the compiler. */
export const sv: Strings = {
  layout: {
    buttonFallback: 'Om knappen inte fungerar kan du kopiera den här länken till din webbläsare:',
    footer: (senderName: string) => `Skickat av ${senderName} via Vouch`,
  },
  roles: {
    admin: 'administratör',
    recruiter: 'rekryterare',
    hiring_manager: 'rekryterande chef',
    employee: 'medarbetare',
    agent: 'rekryteringskonsult',
  },
  greeting: (name: string) => (name ? `Hej ${name},` : 'Hej,'),
  passwordReset: {
    subject: 'Återställ ditt lösenord för Vouch',
    intro: 'Vi har fått en begäran om att återställa lösenordet till ditt Vouch-konto.',
    button: 'Välj ett nytt lösenord',
    expires: (minutes: number) => `Länken gäller i ${minutes} minuter och kan bara användas en gång.`,
    ignore: 'Om det inte var du som bad om detta kan du bortse från mejlet; ditt lösenord förblir detsamma.',
  },
  invite: {
    subject: (companyName: string) => `Du är inbjuden till ${companyName} på Vouch`,
    intro: (inviterName: string, companyName: string, role: string) =>
      `${inviterName} har bjudit in dig att gå med i ${companyName} på Vouch som ${role}.`,
    about: 'I Vouch hanterar ditt företag medarbetarrekommendationer och referenstagning.',
    button: 'Acceptera inbjudan',
    expires: (days: number) => `Inbjudan gäller i ${days} dagar.`,
  },
  testMessage: {
    text: (text: string) => `Testmeddelande från Vouch: ${text}`,
  },
};
