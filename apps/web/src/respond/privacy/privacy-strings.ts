import type { TLanguage, TRefereeStatus } from '@vouch/contracts';

/** The privacy page's words (a dictionary of its own, so the answer pages carry none of it). */
const en = {
  title: 'Your data',
  intro: (company: string, job: string | null) =>
    job
      ? `This is what ${company} holds from you for the role ${job}, and what you can do about it.`
      : `This is what ${company} holds from you, and what you can do about it.`,
  aboutCandidate: (candidate: string) => `You were asked for a reference about ${candidate}.`,
  detailsTitle: 'Your details',
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  none: '—',
  consentTitle: 'Your consent',
  consentGiven: (date: string, version: string | null) =>
    version ? `Given on ${date} (consent text version ${version}).` : `Given on ${date}.`,
  consentNotGiven: 'You have not given your consent.',
  consentWithdrawn: (date: string) => `You withdrew your consent on ${date}.`,
  answersTitle: 'Your answers',
  answersNone: 'No answers are kept.',
  answersWithdrawn: 'Your answers have been withdrawn. The hiring team sees that you withdrew them.',
  refereesTitle: 'The referees you named',
  refereesNone: 'You have not named any referees.',
  status: {
    invited: 'asked',
    opened: 'opened the link',
    answered: 'answered',
    declined: 'declined',
    bounced: 'could not be reached',
    removed: 'removed',
  } satisfies Record<TRefereeStatus, string>,
  withdrawTitle: 'Withdraw your consent',
  withdrawReferee:
    'Your answers are removed at once and the hiring team sees “answer withdrawn” instead. This cannot be undone.',
  withdrawCandidate:
    'The reference check stops: your referees are no longer asked, and the hiring team is told. This cannot be undone.',
  withdraw: 'Withdraw my consent',
  withdrawConfirm: 'Yes, withdraw',
  cancel: 'Cancel',
  erasureTitle: 'Erase your data',
  erasureBody: (days: string) =>
    `Ask ${days} to erase everything about you. They are told at once, and your data is erased automatically unless they must keep it for a legal reason.`,
  erasureAsk: 'Ask to be erased',
  erasureConfirm: 'Yes, erase my data',
  erasureAsked: (asked: string, due: string) =>
    `You asked to be erased on ${asked}. Your data will be erased on ${due} at the latest.`,
  erasureKept: (company: string) =>
    `${company} has recorded a legal reason to keep your data for now. Contact them if you have questions.`,
  failed: 'That did not work. Please try again.',
  backToPage: 'Back to your page',
  goneTitle: 'This link no longer leads anywhere',
  goneBody:
    'If you asked to be erased, your data has been erased. Otherwise, open the link again from the message you received.',
};

export type PrivacyStrings = typeof en;

const sv: PrivacyStrings = {
  title: 'Dina uppgifter',
  intro: (company, job) =>
    job
      ? `Det här är vad ${company} har sparat från dig inför tjänsten ${job}, och vad du kan göra åt det.`
      : `Det här är vad ${company} har sparat från dig, och vad du kan göra åt det.`,
  aboutCandidate: (candidate) => `Du blev ombedd att lämna en referens om ${candidate}.`,
  detailsTitle: 'Dina uppgifter',
  name: 'Namn',
  email: 'E-post',
  phone: 'Telefon',
  none: '—',
  consentTitle: 'Ditt samtycke',
  consentGiven: (date, version) =>
    version ? `Lämnat ${date} (samtyckestextens version ${version}).` : `Lämnat ${date}.`,
  consentNotGiven: 'Du har inte lämnat ditt samtycke.',
  consentWithdrawn: (date) => `Du återkallade ditt samtycke ${date}.`,
  answersTitle: 'Dina svar',
  answersNone: 'Inga svar finns sparade.',
  answersWithdrawn: 'Dina svar har tagits bort. Rekryteringsteamet ser att du har återkallat dem.',
  refereesTitle: 'Referenserna du angav',
  refereesNone: 'Du har inte angett några referenser.',
  status: {
    invited: 'tillfrågad',
    opened: 'har öppnat länken',
    answered: 'har svarat',
    declined: 'har tackat nej',
    bounced: 'gick inte att nå',
    removed: 'borttagen',
  },
  withdrawTitle: 'Återkalla ditt samtycke',
  withdrawReferee:
    'Dina svar tas bort direkt och rekryteringsteamet ser ”svaret återkallat” i stället. Det går inte att ångra.',
  withdrawCandidate:
    'Referenstagningen avbryts: dina referenser tillfrågas inte längre och rekryteringsteamet får veta det. Det går inte att ångra.',
  withdraw: 'Återkalla mitt samtycke',
  withdrawConfirm: 'Ja, återkalla',
  cancel: 'Avbryt',
  erasureTitle: 'Radera dina uppgifter',
  erasureBody: (days) =>
    `Be ${days} att radera allt om dig. De får veta det direkt, och dina uppgifter raderas automatiskt om de inte måste behålla dem av ett rättsligt skäl.`,
  erasureAsk: 'Be om radering',
  erasureConfirm: 'Ja, radera mina uppgifter',
  erasureAsked: (asked, due) => `Du bad om radering ${asked}. Dina uppgifter raderas senast ${due}.`,
  erasureKept: (company) =>
    `${company} har angett ett rättsligt skäl att behålla dina uppgifter tills vidare. Kontakta dem om du har frågor.`,
  failed: 'Det gick inte. Försök igen.',
  backToPage: 'Tillbaka till din sida',
  goneTitle: 'Länken leder inte längre någonstans',
  goneBody:
    'Om du bad om radering har dina uppgifter raderats. Annars kan du öppna länken igen från meddelandet du fick.',
};

export const privacyStringsFor = (language: TLanguage): PrivacyStrings => (language === 'sv' ? sv : en);

export const formatDate = (iso: string, language: TLanguage) =>
  new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
