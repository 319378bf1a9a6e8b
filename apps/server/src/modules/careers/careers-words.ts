import type { TCareersFieldMessage, TLanguage } from '@vouch/contracts';

/** The careers pages' words in English and Swedish; `{x}` is filled in (and escaped) by the page. */
export const CAREERS_WORDS = {
  en: {
    jobsAt: 'Jobs at {company}',
    listDescription: 'Open positions at {company}. Read about each job and apply online.',
    location: 'Location',
    allLocations: 'All locations',
    filter: 'Show jobs',
    otherJobs: 'Other jobs',
    noJobs: 'There are no open positions right now. Have a look again soon.',
    noJobsThere: 'No open positions in {location} right now.',
    allJobs: 'All jobs at {company}',
    department: 'Department',
    apply: 'Apply for this job',
    required: 'required',
    name: 'Full name',
    email: 'Email',
    phone: 'Phone',
    linkedinUrl: 'LinkedIn profile',
    linkedinHint: 'For example https://www.linkedin.com/in/your-name',
    cv: 'CV',
    cvHint: 'PDF or Word (.docx), at most 10 MB.',
    optional: 'optional',
    consent:
      'I agree that {company} keeps my application and contacts me about it. I can ask for my data to be deleted at any time.',
    send: 'Send application',
    errorSummary: 'Your application was not sent. Please check:',
    thanksTitle: 'Thank you for applying',
    thanksText: '{company} has received your application for {job} and will be in touch.',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist or the job is no longer open.',
    jobLink: 'Read more and apply',
  },
  sv: {
    jobsAt: 'Lediga jobb på {company}',
    listDescription: 'Lediga tjänster på {company}. Läs om varje tjänst och ansök direkt.',
    location: 'Ort',
    allLocations: 'Alla orter',
    filter: 'Visa jobb',
    otherJobs: 'Övriga jobb',
    noJobs: 'Det finns inga lediga tjänster just nu. Titta gärna in igen snart.',
    noJobsThere: 'Inga lediga tjänster i {location} just nu.',
    allJobs: 'Alla jobb på {company}',
    department: 'Avdelning',
    apply: 'Ansök till tjänsten',
    required: 'obligatoriskt',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    linkedinUrl: 'LinkedIn-profil',
    linkedinHint: 'Till exempel https://www.linkedin.com/in/ditt-namn',
    cv: 'CV',
    cvHint: 'PDF eller Word (.docx), högst 10 MB.',
    optional: 'frivilligt',
    consent:
      'Jag godkänner att {company} sparar min ansökan och kontaktar mig om den. Jag kan när som helst be att mina uppgifter raderas.',
    send: 'Skicka ansökan',
    errorSummary: 'Ansökan skickades inte. Kontrollera:',
    thanksTitle: 'Tack för din ansökan',
    thanksText: '{company} har tagit emot din ansökan till {job} och hör av sig.',
    notFoundTitle: 'Sidan hittades inte',
    notFoundText: 'Sidan finns inte eller så är tjänsten inte längre öppen.',
    jobLink: 'Läs mer och ansök',
  },
} satisfies Record<TLanguage, Record<string, string>>;

export type CareersWords = (typeof CAREERS_WORDS)['en'];

export const FIELD_MESSAGES: Record<TLanguage, Record<TCareersFieldMessage, string>> = {
  en: {
    name_required: 'Enter your name.',
    too_long: 'This is too long.',
    email_required: 'Enter your email address.',
    email_invalid: 'Enter an email address like name@example.com.',
    phone_invalid: 'Enter a phone number like +46 70 123 45 67.',
    linkedin_invalid: 'Enter a LinkedIn profile address like https://www.linkedin.com/in/your-name.',
    consent_required: 'Tick the box to agree, or we cannot keep your application.',
    cv_too_large: 'The CV is larger than 10 MB. Choose a smaller file.',
    cv_type: 'The CV must be a PDF or a Word (.docx) file.',
    cv_unreadable: 'The CV could not be read. Save it again as a PDF and choose it again.',
    form_expired: 'The form had expired. Check your details and send it again.',
  },
  sv: {
    name_required: 'Skriv ditt namn.',
    too_long: 'Det här är för långt.',
    email_required: 'Skriv din e-postadress.',
    email_invalid: 'Skriv en e-postadress som namn@exempel.se.',
    phone_invalid: 'Skriv ett telefonnummer som +46 70 123 45 67.',
    linkedin_invalid: 'Skriv en LinkedIn-adress som https://www.linkedin.com/in/ditt-namn.',
    consent_required: 'Kryssa i rutan för att godkänna, annars kan vi inte spara din ansökan.',
    cv_too_large: 'CV:t är större än 10 MB. Välj en mindre fil.',
    cv_type: 'CV:t måste vara en PDF- eller Word-fil (.docx).',
    cv_unreadable: 'CV:t kunde inte läsas. Spara det som PDF och välj det igen.',
    form_expired: 'Formuläret hade gått ut. Kontrollera dina uppgifter och skicka igen.',
  },
};

/** The version of the apply form's consent sentence (`consent` above); bump it when the words change. */
export { CAREERS_CONSENT_VERSION } from '@vouch/contracts';

/** The consent sentence as the applicant saw it, as plain text (the page escapes it for HTML). */
export const consentText = (language: TLanguage, companyName: string) =>
  CAREERS_WORDS[language].consent.replace('{company}', companyName);
