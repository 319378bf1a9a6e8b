import type { Strings } from './strings.en.ts';
import { noticesSv } from './strings.notices.sv.ts';
import { referencesSv } from './strings.references.sv.ts';
import { referralAnswersSv } from './strings.referral-answers.sv.ts';
import { referralReceivedSv } from './strings.referral-received.ts';

/** Every Swedish word Vouch sends; the same shape as the English strings, checked by the compiler. */
export const sv: Strings = {
  references: referencesSv,
  referralAnswers: referralAnswersSv,
  notices: noticesSv,
  referralReceived: referralReceivedSv,
  layout: {
    linkHidden: '[länken är dold: den skickas bara till mottagaren]',
    codeHidden: '[koden är dold: den skickas bara till mottagaren]',
    buttonFallback: 'Om knappen inte fungerar kan du kopiera den här länken till din webbläsare:',
    buttonsFallback: 'Om knapparna inte fungerar kan du kopiera en av de här länkarna till din webbläsare:',
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
  emailVerification: {
    joinSubject: (companyName: string) => `Bekräfta din e-post för att gå med i ${companyName} på Vouch`,
    newCompanySubject: (companyName: string) => `Bekräfta din e-post för att skapa ${companyName} på Vouch`,
    joinIntro: (companyName: string) =>
      `Någon, förhoppningsvis du, har bett om att få gå med i ${companyName} på Vouch med den här e-postadressen.`,
    newCompanyIntro: (companyName: string) =>
      `Någon, förhoppningsvis du, har bett om att skapa företaget ${companyName} på Vouch med den här e-postadressen.`,
    password: 'Öppna länken och ange lösenordet du valde för att bli klar.',
    button: 'Bekräfta min e-post',
    expires: (hours: number) => `Länken gäller i ${hours} timmar och kan bara användas en gång.`,
    ignore: 'Om det inte var du kan du bortse från mejlet: ingenting händer utan länken och det lösenordet.',
  },
  testMessage: {
    text: (text: string) => `Testmeddelande från Vouch: ${text}`,
  },
  personLine: (name: string, position: string | null, company: string | null) =>
    [name, position && company ? `${position} på ${company}` : (position ?? company)].filter(Boolean).join(', '),
  introductionRequest: {
    subject: (recruiter: string, person: string) => `${recruiter} ber dig presentera ${person}`,
    intro: (recruiter: string, company: string, person: string) =>
      `${recruiter} på ${company} vill komma i kontakt med ${person}, som du har tipsat om för en introduktion via mejl. Kan du presentera dem för varandra via mejl?`,
    who: (details: string) => `Vem: ${details}`,
    role: (jobTitle: string) => `Tjänsten det gäller: ${jobTitle}`,
    message: (recruiter: string, message: string) => `${recruiter} skriver: ”${message}”`,
    how: (recruiter: string, email: string) =>
      `Skriv till personen med ${recruiter} (${email}) på kopia; svarar du på det här mejlet når du också ${recruiter}. Berätta sedan för oss med ett klick:`,
    introduced: 'Jag har presenterat dem',
    declined: 'Jag kan inte presentera dem',
    expires: (days: number) => `Länkarna fungerar i ${days} dagar, och det räcker att svara en gång.`,
  },
  referralRequest: {
    answer: 'Svara med ett klick:',
    willReachOut: 'Jag hör av mig',
    notWellEnough: 'Jag känner hen inte tillräckligt väl',
    reply: (recruiter: string, company: string) => `Svara ${recruiter} på ${company}`,
    expires: (days: number) => `Svarslänkarna gäller i ${days} dagar, och det räcker att svara en gång.`,
  },
  introductionsOverdue: {
    locale: 'sv-SE',
    subject: (count: number) =>
      count === 1 ? 'En introduktion via mejl är försenad' : `${count} introduktioner via mejl är försenade`,
    intro: (count: number) =>
      count === 1
        ? 'Den här introduktionen har passerat sin tidsgräns utan att någon har agerat på den:'
        : `De här ${count} introduktionerna har passerat sin tidsgräns utan att någon har agerat på dem:`,
    item: (person: string, referrer: string, due: string) =>
      `• ${person} – tipsad av ${referrer}, skulle hanteras senast ${due}`,
    more: (count: number) => `…och ${count} till.`,
    button: 'Öppna de försenade introduktionerna',
    once: 'Du får den här påminnelsen en gång per introduktion.',
  },
  referralsStale: {
    locale: 'sv-SE',
    subject: (count: number) => (count === 1 ? 'Ett tips har stått still' : `${count} tips har stått still`),
    intro: (count: number, days: number) =>
      count === 1
        ? `Statusen på det här tipset har inte ändrats på ${days} dagar eller mer:`
        : `Statusen på de här ${count} tipsen har inte ändrats på ${days} dagar eller mer:`,
    item: (person: string, job: string | null, since: string) =>
      `• ${person}${job ? ` – för ${job}` : ''}, oförändrat sedan ${since}`,
    more: (count: number) => `…och ${count} till.`,
    button: 'Öppna tipstavlan',
    once: 'Du får den här påminnelsen en gång per tips tills statusen ändras.',
  },
  webhookEndpointDisabled: {
    subject: 'En webhook-mottagare har stängts av',
    intro: (url: string, days: number) =>
      `Vouch har inte kunnat leverera händelser till ${url} på ${days} dagar och har därför stängt av mottagaren.`,
    introGone: (url: string) =>
      `${url} svarade 410 Gone, vilket betyder att mottagaren inte finns längre, så Vouch har stängt av den.`,
    kept: 'Rätta mottagaren och slå sedan på den igen. Leveranser som misslyckades kan skickas på nytt från dess leveranslogg.',
    button: 'Öppna integrationer',
    why: 'Du får det här mejlet eftersom du är administratör för ditt företag i Vouch.',
  },
};
