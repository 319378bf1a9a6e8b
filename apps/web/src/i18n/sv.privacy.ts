import type { enPrivacy } from './en.privacy.ts';
import type { Strings } from './strings.ts';

/** Swedish strings of Företagsinställningar → Integritet och radering på begäran; spread into sv.ts. */
export const svPrivacy: Strings<typeof enPrivacy> = {
  privacy: {
    title: 'Integritet',
    subtitle: 'Hur länge personuppgifter sparas, vad som anonymiseras härnäst och raderingar på begäran.',
    retention: {
      title: 'Lagringstid',
      intro:
        'När en period har gått anonymiserar ett bakgrundsjobb uppgifterna: namn, kontaktuppgifter, fritext och filer försvinner; antal och betyg finns kvar för statistik.',
      fields: {
        candidateMonths: 'Kandidater som inte anställdes, efter senaste aktivitet',
        checkMonths: 'Referenstagningar och svaren, efter senaste aktivitet',
        departedContactDays: 'Importerade kontakter hos medlemmar som slutat',
        messageDays: 'Innehåll i e-post och sms',
        erasureRequestDays: 'En persons egen begäran om radering genomförs efter',
        webhookDays: 'Kopior av webhook-innehåll',
      },
      range: '{{min}}–{{max}} {{unit}} (standard {{default}})',
      months: 'månader',
      days: 'dagar',
      saved: 'Lagringstiden har sparats',
    },
    upcoming: {
      title: 'Anonymiseras inom en vecka',
      intro: 'Kandidater vars period tar slut inom {{days}} dagar. Spara någon längre om de har samtyckt.',
      none: 'Ingen står på tur den närmaste veckan.',
      candidate: 'Kandidat',
      lastActivity: 'Senaste aktivitet',
      due: 'Anonymiseras',
      extend: 'Spara längre',
      extendTitle: 'Spara {{name}} längre',
      months: 'Antal månader från i dag',
      reason: 'Skäl',
      reasonHint: 'Till exempel: kandidaten samtyckte via e-post den 3 maj till att stanna i vår pool.',
      extended: 'Kandidaten sparas längre; skälet är registrerat',
      counts: {
        candidates_one: '{{count}} kandidat',
        candidates_other: '{{count}} kandidater',
        checks_one: '{{count}} referenstagning',
        checks_other: '{{count}} referenstagningar',
        departedContacts_one: '{{count}} kontakt hos en medlem som slutat',
        departedContacts_other: '{{count}} kontakter hos medlemmar som slutat',
        messages_one: '{{count}} meddelande',
        messages_other: '{{count}} meddelanden',
        webhookPayloads_one: '{{count}} webhook-innehåll',
        webhookPayloads_other: '{{count}} webhook-innehåll',
      },
    },
    extensions: {
      title: 'Sparas längre',
      none: 'Ingen kandidat sparas efter perioden.',
      keepUntil: 'Sparas till',
      recorded: 'Registrerat',
    },
    receipts: {
      title: 'Raderingar på begäran',
      intro:
        'Varje radering lämnar ett kvitto: vad som raderades, när och av vem. Det innehåller inga personuppgifter, bara en hash av e-postadressen.',
      none: 'Inga raderingar ännu.',
      when: 'När',
      subject: 'Person',
      erased: 'Raderat',
      by: 'Av',
      emailHash: 'E-post (SHA-256)',
    },
    subjects: { candidate: 'Kandidat', referee: 'Referens', contact: 'Kontakt', member: 'Medlem' },
    erase: {
      button: 'Radera person',
      confirm:
        'Radera {{name}} överallt, nu? Profil, filer, rekommendationer, referenssvar, meddelanden och kontakter anonymiseras eller raderas. Det går inte att ångra.',
      confirmLabel: 'Radera',
      done: '{{name}} har raderats; kvittot finns på sidan Integritet',
    },
    requests: {
      title: 'Begäran om radering från kandidater och referenser',
      intro:
        'Personerna ber om det på integritetssidan som deras länk öppnar. Varje begäran genomförs automatiskt på förfallodagen, om du inte anger ett rättsligt skäl att behålla uppgifterna.',
      none: 'Ingen har bett om radering.',
      person: 'Person',
      asked: 'Begärd',
      due: 'Raderas',
      status: 'Status',
      waiting: 'Väntar',
      erasedOn: 'Raderad {{date}}',
      keptBy: 'Behålls av {{name}}: {{reason}}',
      keep: 'Ange rättsligt skäl',
      keepTitle: 'Behåll uppgifterna om {{name}}',
      reason: 'Rättsligt skäl',
      reasonHint:
        'Till exempel: ett anspråk om rekryteringsbeslutet pågår; vi måste behålla underlaget tills det är avgjort.',
      kept: 'Skälet är registrerat; uppgifterna raderas inte automatiskt',
      eraseNow: 'Radera nu',
      eraseConfirm: 'Radera {{name}} överallt, nu? Det går inte att ångra.',
      erased: 'Raderad; kvittot finns nedan',
      erasedPerson: 'Raderad person',
    },
    answerWithdrawn: 'Svaret återkallat',
    answerWithdrawnHint: 'Referensen bad om att få sina svar raderade.',
  },
};
