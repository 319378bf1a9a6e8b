import type { TLanguage, TRelationship } from '@vouch/contracts';

/**
 * The candidate's and referee's pages carry their own small dictionary: they are opened from an
 * email or a text message on a phone, and must load fast, without the recruiter app's i18n.
 */
const en = {
  required: 'Required',
  optional: 'optional',
  yes: 'Yes',
  no: 'No',
  ratingOf: (n: number, max: number) => `${n} of ${max}`,
  requiredMissing: 'Please answer this question',
  nameNeeded: 'Give their name',
  loading: 'Loading…',
  networkTitle: 'We could not reach the server',
  networkBody: 'Check your connection and try again.',
  retry: 'Try again',
  expiredTitle: 'This link is no longer valid',
  expiredBody: 'The link has expired or has already been used.',
  notFoundTitle: 'We could not find this page',
  notFoundBody: 'The link may be incomplete. Open it again from the message you received.',
  contactLead: 'If you have questions, contact',
  contactLeadCompany: 'If you have questions, contact',
  manageData: 'Manage your data',
  errorTitle: 'Something went wrong',
  errorBody: 'Please try again in a moment.',
  consentLabel: 'I agree',
  consentNeeded: 'Please tick the box to continue',
  continue: 'Continue',
  saving: 'Saving…',
  saved: 'Saved',
  saveFailed: 'Not saved yet — we will try again',
  back: 'Back',
  next: 'Next',
  submit: 'Send my answers',
  sending: 'Sending…',
  fixBelow: 'Please check the highlighted questions.',
  // Candidate page
  candHello: (name: string) => `Hi ${name}`,
  candIntro: (sender: string, job: string | null) =>
    job
      ? `${sender} would like to take references for the role ${job}.`
      : `${sender} would like to take references as part of your application.`,
  candWhatTitle: 'What happens',
  candWhat1: (n: number) =>
    n === 1 ? 'You name one person who knows your work.' : `You name ${n} people who know your work.`,
  candWhat2:
    'We send each of them a link by email or text message. They answer a few questions about working with you — it only takes a few minutes.',
  candWhat3: (company: string) =>
    `The answers are shared only with the hiring team at ${company}. You will not see them, and your referees do not see each other.`,
  candConsentText: (company: string) =>
    `I agree that ${company} contacts the people I name and stores their answers as part of my application.`,
  candRefereesTitle: 'Your referees',
  candRefereesHelp:
    'Choose people who have worked with you, e.g. a manager, a colleague or a client. Ask them first if you can.',
  refereeN: (n: number) => `Referee ${n}`,
  name: 'Full name',
  email: 'Email',
  phone: 'Mobile phone',
  phoneHelp: 'With country code, e.g. +46 70 123 45 67',
  relationship: 'How you know each other',
  company: 'Company',
  workedTogether: 'When you worked together',
  workedTogetherHelp: 'e.g. 2021–2024',
  language: 'Language of their questions',
  contactNeeded: 'Give an email or a mobile phone number',
  invalidEmail: 'Not a valid email address',
  invalidPhone: 'Not a valid phone number',
  sameContact: 'Already given for another referee',
  sendReferees: 'Send to my referees',
  candSentTitle: 'Thank you!',
  candReplaceTitle: 'A replacement is needed',
  candReplaceBody: 'One of your referees cannot give a reference. Please name someone else in their place below.',
  candSentBody: 'We have asked your referees. You can correct a referee here until they start answering.',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  replace: 'Replace with someone else',
  addReferee: 'Add a referee',
  attentionBounced: 'Our message could not be delivered. Please check the address or number, or name someone else.',
  attentionNotAnswering: 'Has not answered yet. Check the contact details, or name someone else.',
  checkClosed: 'This reference check is closed. Thank you!',
  refereeStatus: {
    invited: 'Asked',
    opened: 'Opened the link',
    answered: 'Answered',
    declined: 'Declined',
    bounced: 'Email bounced',
    removed: 'Removed',
  } as Record<string, string>,
  relationships: {
    manager: 'Manager',
    colleague: 'Colleague',
    direct_report: 'Reported to me',
    client: 'Client',
    other: 'Other',
  } satisfies Record<TRelationship, string> as Record<TRelationship, string>,
  languages: { en: 'English', sv: 'Swedish' } as Record<TLanguage, string>,
  // Referee page
  refHello: (name: string) => `Hi ${name}`,
  refLanguage: 'Language',
  refIntro: (candidate: string, sender: string, job: string | null) =>
    job
      ? `${candidate} has applied for the role ${job} at ${sender} and named you as a reference.`
      : `${candidate} has applied to ${sender} and named you as a reference.`,
  refIntroByRecruiter: (candidate: string, sender: string, job: string | null) =>
    job
      ? `${sender} would like a reference from you about ${candidate}, who has applied for the role ${job}. The recruiter named you, with ${candidate}'s agreement.`
      : `${sender} would like a reference from you about ${candidate}. The recruiter named you, with ${candidate}'s agreement.`,
  refWhy: (minutes: number) =>
    `We would like to ask you a few questions about working together. It takes about ${minutes === 1 ? '1 minute' : `${minutes} minutes`}, and your answers are saved as you go.`,
  timePromise: (minutes: number) => `About ${minutes === 1 ? '1 minute' : `${minutes} minutes`}`,
  refWho: (company: string) =>
    `Your answers are shared only with the hiring team at ${company}. The candidate does not see them.`,
  refConsentText: (company: string) =>
    `I agree that ${company} stores my answers and my name as part of this reference.`,
  start: 'Start',
  refRelationship: (candidate: string) => `What were you to ${candidate}?`,
  refRelationshipPick: 'Choose one',
  /** The same relationships in the referee's own words (the candidate's list is from their side). */
  refRelationships: {
    manager: 'I was their manager',
    colleague: 'We were colleagues',
    direct_report: 'I reported to them',
    client: 'I was their client',
    other: 'Something else',
  } satisfies Record<TRelationship, string> as Record<TRelationship, string>,
  codeTitle: 'First, confirm it is you',
  codeWhy: (channel: 'email' | 'sms', to: string) =>
    channel === 'email'
      ? `We send a code to your email ${to}. Enter it here to answer.`
      : `We send a code by text message to ${to}. Enter it here to answer.`,
  codeSend: 'Send me a code',
  codeResend: 'Send a new code',
  codeLabel: 'Code',
  codeConfirm: 'Confirm',
  progress: (n: number, total: number) => `Part ${n} of ${total}`,
  decline: 'I do not want to give a reference',
  declineTitle: 'Decline to give a reference',
  declineReason: 'Reason (optional)',
  declineReasonHelp: 'Shared with the hiring team.',
  declineConfirm: 'Decline',
  thanksTitle: 'Thank you!',
  thanksBody: (candidate: string) => `Your answers about ${candidate} have been sent. You can close this page now.`,
  declinedTitle: 'Thank you for letting us know',
  declinedBody: 'You have declined to give a reference. You can close this page now.',
};

export type Strings = typeof en;

const sv: Strings = {
  required: 'Obligatorisk',
  optional: 'frivillig',
  yes: 'Ja',
  no: 'Nej',
  ratingOf: (n, max) => `${n} av ${max}`,
  requiredMissing: 'Svara på den här frågan',
  nameNeeded: 'Ange namnet',
  loading: 'Laddar…',
  networkTitle: 'Vi kunde inte nå servern',
  networkBody: 'Kontrollera din uppkoppling och försök igen.',
  retry: 'Försök igen',
  expiredTitle: 'Länken gäller inte längre',
  expiredBody: 'Länken har gått ut eller har redan använts.',
  notFoundTitle: 'Vi hittade inte sidan',
  notFoundBody: 'Länken kan vara ofullständig. Öppna den igen från meddelandet du fick.',
  contactLead: 'Har du frågor, kontakta',
  contactLeadCompany: 'Har du frågor, kontakta',
  manageData: 'Hantera dina uppgifter',
  errorTitle: 'Något gick fel',
  errorBody: 'Försök igen om en stund.',
  consentLabel: 'Jag godkänner',
  consentNeeded: 'Kryssa i rutan för att fortsätta',
  continue: 'Fortsätt',
  saving: 'Sparar…',
  saved: 'Sparat',
  saveFailed: 'Inte sparat än — vi försöker igen',
  back: 'Tillbaka',
  next: 'Nästa',
  submit: 'Skicka mina svar',
  sending: 'Skickar…',
  fixBelow: 'Kontrollera de markerade frågorna.',
  candHello: (name) => `Hej ${name}`,
  candIntro: (sender, job) =>
    job
      ? `${sender} vill ta referenser inför tjänsten ${job}.`
      : `${sender} vill ta referenser som en del av din ansökan.`,
  candWhatTitle: 'Så går det till',
  candWhat1: (n) =>
    n === 1 ? 'Du anger en person som känner till ditt arbete.' : `Du anger ${n} personer som känner till ditt arbete.`,
  candWhat2:
    'Vi skickar en länk till var och en via e-post eller sms. De svarar på några frågor om hur det var att arbeta med dig — det tar bara några minuter.',
  candWhat3: (company) =>
    `Svaren delas bara med rekryteringsteamet på ${company}. Du ser inte svaren, och dina referenser ser inte varandra.`,
  candConsentText: (company) =>
    `Jag godkänner att ${company} kontaktar personerna jag anger och sparar deras svar som en del av min ansökan.`,
  candRefereesTitle: 'Dina referenser',
  candRefereesHelp:
    'Välj personer som har arbetat med dig, t.ex. en chef, en kollega eller en kund. Fråga dem först om det går bra.',
  refereeN: (n) => `Referens ${n}`,
  name: 'För- och efternamn',
  email: 'E-post',
  phone: 'Mobilnummer',
  phoneHelp: 'Med landsnummer, t.ex. +46 70 123 45 67',
  relationship: 'Hur ni känner varandra',
  company: 'Företag',
  workedTogether: 'När ni arbetade tillsammans',
  workedTogetherHelp: 't.ex. 2021–2024',
  language: 'Språk för frågorna',
  contactNeeded: 'Ange en e-postadress eller ett mobilnummer',
  invalidEmail: 'Inte en giltig e-postadress',
  invalidPhone: 'Inte ett giltigt telefonnummer',
  sameContact: 'Redan angiven för en annan referens',
  sendReferees: 'Skicka till mina referenser',
  candSentTitle: 'Tack!',
  candReplaceTitle: 'En ersättare behövs',
  candReplaceBody: 'En av dina referenser kan inte lämna referens. Ange någon annan i stället nedan.',
  candSentBody: 'Vi har kontaktat dina referenser. Du kan rätta en referens här tills hen börjar svara.',
  edit: 'Ändra',
  save: 'Spara',
  cancel: 'Avbryt',
  remove: 'Ta bort',
  replace: 'Byt mot någon annan',
  addReferee: 'Lägg till en referens',
  attentionBounced: 'Vårt meddelande kunde inte levereras. Kontrollera adressen eller numret, eller ange någon annan.',
  attentionNotAnswering: 'Har inte svarat än. Kontrollera kontaktuppgifterna eller ange någon annan.',
  checkClosed: 'Referenstagningen är avslutad. Tack!',
  refereeStatus: {
    invited: 'Tillfrågad',
    opened: 'Har öppnat länken',
    answered: 'Har svarat',
    declined: 'Har tackat nej',
    bounced: 'E-post studsade',
    removed: 'Borttagen',
  },
  relationships: {
    manager: 'Chef',
    colleague: 'Kollega',
    direct_report: 'Rapporterade till mig',
    client: 'Kund',
    other: 'Annat',
  },
  languages: { en: 'Engelska', sv: 'Svenska' },
  refHello: (name) => `Hej ${name}`,
  refLanguage: 'Språk',
  refIntro: (candidate, sender, job) =>
    job
      ? `${candidate} har sökt tjänsten ${job} hos ${sender} och angett dig som referens.`
      : `${candidate} har sökt jobb hos ${sender} och angett dig som referens.`,
  refIntroByRecruiter: (candidate, sender, job) =>
    job
      ? `${sender} vill gärna ha en referens från dig om ${candidate}, som har sökt tjänsten ${job}. Rekryteraren har angett dig, med ${candidate}s medgivande.`
      : `${sender} vill gärna ha en referens från dig om ${candidate}. Rekryteraren har angett dig, med ${candidate}s medgivande.`,
  refWhy: (minutes) =>
    `Vi vill ställa några frågor om hur det var att arbeta tillsammans. Det tar ungefär ${minutes === 1 ? '1 minut' : `${minutes} minuter`}, och dina svar sparas medan du skriver.`,
  timePromise: (minutes) => `Ungefär ${minutes === 1 ? '1 minut' : `${minutes} minuter`}`,
  refWho: (company) => `Dina svar delas bara med rekryteringsteamet på ${company}. Kandidaten ser dem inte.`,
  refConsentText: (company) => `Jag godkänner att ${company} sparar mina svar och mitt namn som en del av referensen.`,
  start: 'Börja',
  refRelationship: (candidate) => `Vad var du för ${candidate}?`,
  refRelationshipPick: 'Välj ett alternativ',
  refRelationships: {
    manager: 'Jag var hens chef',
    colleague: 'Vi var kollegor',
    direct_report: 'Jag rapporterade till hen',
    client: 'Jag var hens kund',
    other: 'Något annat',
  },
  codeTitle: 'Bekräfta först att det är du',
  codeWhy: (channel, to) =>
    channel === 'email'
      ? `Vi skickar en kod till din e-post ${to}. Ange den här för att svara.`
      : `Vi skickar en kod i ett sms till ${to}. Ange den här för att svara.`,
  codeSend: 'Skicka en kod till mig',
  codeResend: 'Skicka en ny kod',
  codeLabel: 'Kod',
  codeConfirm: 'Bekräfta',
  progress: (n, total) => `Del ${n} av ${total}`,
  decline: 'Jag vill inte lämna någon referens',
  declineTitle: 'Tacka nej till att lämna referens',
  declineReason: 'Anledning (frivilligt)',
  declineReasonHelp: 'Delas med rekryteringsteamet.',
  declineConfirm: 'Tacka nej',
  thanksTitle: 'Tack!',
  thanksBody: (candidate) => `Dina svar om ${candidate} har skickats. Du kan stänga sidan nu.`,
  declinedTitle: 'Tack för att du meddelade oss',
  declinedBody: 'Du har tackat nej till att lämna referens. Du kan stänga sidan nu.',
};

export const stringsFor = (language: TLanguage | string | undefined): Strings => (language === 'sv' ? sv : en);
