import type { ReferralAnswerStrings } from './strings.referral-answers.en.ts';

/** What a recruiter is told when a referrer answers from an email's buttons (Swedish). */
export const referralAnswersSv: ReferralAnswerStrings = {
  subject: {
    introduced: (referrer, person) => `${referrer} har presenterat ${person}`,
    declined: (referrer, person) => `${referrer} kan inte presentera ${person}`,
    will_reach_out: (referrer, person) => `${referrer} hör av sig till ${person}`,
    not_well_enough: (referrer, person) => `${referrer} känner inte ${person} tillräckligt väl`,
  },
  answered: (referrer, answer) => `${referrer} har svarat på din förfrågan från mejlet: ”${answer}”.`,
  answers: {
    introduced: 'Jag har presenterat dem',
    declined: 'Jag kan inte presentera dem',
    will_reach_out: 'Jag hör av mig',
    not_well_enough: 'Jag känner hen inte tillräckligt väl',
  },
  moved: (status) => `Rekommendationen har nu statusen ”${status}”.`,
  late: (status) =>
    `Du hade redan flyttat rekommendationen vidare till ”${status}”, så statusen står kvar som du satte den. Svaret finns i dess tidslinje.`,
  button: 'Öppna rekommendationen',
  why: 'Du får det här mejlet eftersom du bad om rekommendationen eller introduktionen i Vouch.',
  status: {
    passed_on: 'Tipsad',
    introduction_requested: 'Introduktion efterfrågad',
    introduced: 'Introducerad',
    introduction_declined: 'Introduktion avböjd',
    recruiter_contacted: 'Kontaktad',
    refer_request_sent: 'Förfrågan skickad',
    referrer_contacted: 'Tipsaren har kontaktat kandidaten',
    referrer_declined: 'Tipsaren känner inte personen tillräckligt väl',
    candidate_interested: 'Intresserad',
    candidate_not_interested: 'Inte intresserad',
    applied: 'Har sökt',
    interviewing: 'Intervjuas',
    offer: 'Erbjudande',
    hired: 'Anställd',
    not_hired: 'Inte anställd',
    withdrawn: 'Tillbakadragen',
  },
};
