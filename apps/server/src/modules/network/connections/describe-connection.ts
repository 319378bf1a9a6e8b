import type { TCandidateConnection, TConnectionReason } from '@vouch/contracts';

export type ConnectionLanguage = 'en' | 'sv';

/**
 * Who the sentence is about: the candidate's first name, and the colleague by name or, in an email
 * to the colleague themself, as "you".
 */
export type ConnectionNames = { candidate: string; colleague?: string; colleagueIsReader?: boolean };

type Words = {
  worked: (who: string, candidate: string, company: string, years: string, duration: string) => string;
  inContacts: (whose: string, candidate: string, via: string) => string;
  marked: (who: string, candidate: string, mark: string) => string;
  via: Record<'email' | 'linkedin' | 'name_and_company', string>;
  marks: Record<'email_introduction' | 'warm_prospect' | 'cold_prospect', string>;
  you: string;
  your: string;
  possessive: (name: string) => string;
  now: string;
  months: (n: number) => string;
  years: (n: number) => string;
};

const WORDS: Record<ConnectionLanguage, Words> = {
  en: {
    worked: (who, candidate, company, years, duration) =>
      `${who} worked with ${candidate} at ${company}, ${years}, ${duration}`,
    inContacts: (whose, candidate, via) => `${candidate} is in ${whose} contacts (${via})`,
    marked: (who, candidate, mark) => `${who} marked ${candidate} as ${mark}`,
    via: { email: 'email', linkedin: 'LinkedIn', name_and_company: 'name and employer' },
    marks: {
      email_introduction: 'an email introduction',
      warm_prospect: 'a warm prospect',
      cold_prospect: 'a cold prospect',
    },
    you: 'You',
    your: 'your',
    possessive: (name) => `${name}’s`,
    now: 'now',
    months: (n) => (n === 1 ? 'about a month' : `about ${n} months`),
    years: (n) => (n === 1 ? 'about a year' : `about ${n} years`),
  },
  sv: {
    worked: (who, candidate, company, years, duration) =>
      `${who} arbetade med ${candidate} på ${company}, ${years}, ${duration}`,
    inContacts: (whose, candidate, via) => `${candidate} finns bland ${whose} kontakter (${via})`,
    marked: (who, candidate, mark) => `${who} har markerat ${candidate} som ${mark}`,
    via: { email: 'e-post', linkedin: 'LinkedIn', name_and_company: 'namn och arbetsgivare' },
    marks: {
      email_introduction: 'en e-postintroduktion',
      warm_prospect: 'ett varmt prospekt',
      cold_prospect: 'ett kallt prospekt',
    },
    you: 'Du',
    your: 'dina',
    // Swedish genitive: an s, except after a name that already ends in s, x or z.
    possessive: (name) => (/[sxz]$/i.test(name) ? name : `${name}s`),
    now: 'nu',
    months: (n) => (n === 1 ? 'ungefär en månad' : `ungefär ${n} månader`),
    years: (n) => (n === 1 ? 'ungefär ett år' : `ungefär ${n} år`),
  },
};

/** "about 3 years" from months: whole years from a year and a half on, months below. */
export function durationOf(months: number, language: ConnectionLanguage) {
  const words = WORDS[language];
  return months < 18 ? words.months(Math.max(1, months)) : words.years(Math.round(months / 12));
}

/** One reason as a sentence without a full stop, e.g. "Erik worked with Raymond at Dentons LLP, 2018–2021, about 3 years". */
export function describeReason(reason: TConnectionReason, language: ConnectionLanguage, names: ConnectionNames) {
  const words = WORDS[language];
  const colleague = names.colleague ?? '';
  const who = names.colleagueIsReader ? words.you : colleague;
  switch (reason.kind) {
    case 'worked_together': {
      const [from, to] = [reason.from.slice(0, 4), reason.to ? reason.to.slice(0, 4) : words.now];
      const years = from === to ? from : `${from}–${to}`;
      return words.worked(who, names.candidate, reason.company, years, durationOf(reason.months, language));
    }
    case 'contact': {
      const whose = names.colleagueIsReader ? words.your : words.possessive(colleague);
      return words.inContacts(whose, names.candidate, words.via[reason.matchedBy]);
    }
    case 'marked':
      return words.marked(who, names.candidate, words.marks[reason.mark]);
  }
}

/**
 * The connection in one line for an email or a table: every reason, strongest kind first, joined
 * with semicolons. The composer words it in the colleague's language and addresses them as "you".
 */
export function describeConnection(
  connection: Pick<TCandidateConnection, 'colleague' | 'reasons'>,
  language: ConnectionLanguage,
  names: ConnectionNames,
): string {
  const withColleague = { colleague: connection.colleague.name, ...names };
  const you = WORDS[language].you;
  return connection.reasons
    .map((reason, index) => {
      const sentence = describeReason(reason, language, withColleague);
      // "…; you marked": only the first sentence starts with a capital.
      return index > 0 && sentence.startsWith(`${you} `) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
    })
    .join('; ');
}
