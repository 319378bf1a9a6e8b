import type { NoticeStrings } from './strings.notices.en.ts';

const forJob = (job: string | null) => (job ? ` till ${job}` : '');

/** What a referrer (or, for answers, a recruiter) is told of a referral's change (Swedish). */
export const noticesSv: NoticeStrings = {
  locale: 'sv-SE',
  subject: {
    referral_stage: (person) => `Nytt om ditt tips om ${person}`,
    referral_owner_in: (person) => `Tipset om ${person} är nu ditt`,
    referral_owner_out: (person) => `Tipset om ${person} har flyttats till en annan tipsare`,
    referral_bonus: (person) => `Bonusen för ditt tips om ${person}`,
    request_answered: (person) => `Din kollega har svarat om ${person}`,
    check_attention: (person) => `Referenstagningen för ${person} behöver åtgärdas`,
    erasure_requested: () => 'En begäran om att radera personuppgifter',
  },
  stage: {
    received: 'mottaget',
    introduction_requested: 'presentation efterfrågad',
    in_touch: 'i kontakt med rekryteraren',
    applied: 'har sökt',
    interviewing: 'på intervju',
    offer: 'i erbjudandeskedet',
    hired: 'anställd',
    closed: 'avslutat (går inte vidare)',
  },
  bonus: {
    pending: 'vilande tills väntetiden efter startdagen har gått',
    eligible: 'redo att betalas ut',
    approved: 'godkänd för utbetalning',
    paid: 'utbetald',
    forfeited: 'förverkad',
  },
  answers: {
    will_reach_out: 'Jag hör av mig',
    not_well_enough: 'Jag känner dem inte tillräckligt väl',
    introduced: 'Jag har presenterat dem',
    declined: 'Jag kan inte presentera dem',
  },
  attention: {
    referee_declined: 'en referens tackade nej och kandidaten har ombetts ange en ersättare',
    referee_bounced: 'en referens gick inte att nå och kandidaten har ombetts rätta eller ersätta den',
    referee_silent: 'en referens har inte svarat trots alla påminnelser och kandidaten har ombetts ange en ersättare',
    candidate_silent: 'kandidaten har inte svarat trots alla påminnelser',
    candidate_unreachable: 'ett meddelande till kandidaten kunde inte levereras: kontrollera kontaktuppgifterna',
  },
  line: {
    referral_stage: (person, job, stage) => `Ditt tips om ${person}${forJob(job)} är nu: ${stage}.`,
    referral_owner_in: (person, job) => `En administratör har gjort dig till tipsare för ${person}${forJob(job)}.`,
    referral_owner_out: (person, job) =>
      `En administratör har flyttat tipset om ${person}${forJob(job)} till en annan tipsare.`,
    referral_bonus: (person, job, bonus) => `Bonusen för ditt tips om ${person}${forJob(job)} är ${bonus}.`,
    request_answered: (person, colleague, answer) =>
      `${colleague} har svarat på din förfrågan om ${person}: ”${answer}”.`,
    check_attention: (person, why) => `Referenstagningen för ${person} behöver åtgärdas: ${why}.`,
    erasure_requested:
      'En kandidat eller referens har bett att få sina uppgifter raderade. Det sker automatiskt på förfallodagen om du inte anger ett rättsligt skäl att behålla dem (Företagsinställningar → Integritet).',
  },
  someone: 'någon du tipsat om',
  colleague: 'Din kollega',
  digestSubject: (count) => (count === 1 ? 'En uppdatering om dina tips' : `${count} uppdateringar om dina tips`),
  digestIntro: (count) =>
    count === 1
      ? 'Det här har hänt sedan din senaste sammanfattning:'
      : `De här ${count} sakerna har hänt sedan din senaste sammanfattning:`,
  more: (count) => `…och ${count} till i Vouch.`,
  button: 'Öppna Vouch',
  why: 'Du får det här mejlet eftersom du har tipsat om någon i Vouch eller bett en kollega om ett tips. Välj ”varje ändring” eller ”daglig sammanfattning” under Mina inställningar.',
};
