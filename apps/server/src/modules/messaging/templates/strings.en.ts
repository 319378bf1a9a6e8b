import type { TRole } from '@vouch/contracts';
import { noticesEn } from './strings.notices.en.ts';
import { referencesEn } from './strings.references.en.ts';
import { referralAnswersEn } from './strings.referral-answers.en.ts';
import { referralReceivedEn } from './strings.referral-received.ts';

/**
 * Every English word Vouch sends by email or SMS. Plain text only: the layout escapes it for HTML,
 * so a name or company that contains markup can never inject any. Swedish mirrors this shape.
 */
export const en = {
  references: referencesEn,
  referralAnswers: referralAnswersEn,
  notices: noticesEn,
  referralReceived: referralReceivedEn,
  layout: {
    /** Stands where a link only its recipient may see was, in the copy admins can read. */
    linkHidden: '[link hidden: sent only to the recipient]',
    /** The same for a one-time code. */
    codeHidden: '[code hidden: sent only to the recipient]',
    buttonFallback: 'If the button does not work, copy this link into your browser:',
    buttonsFallback: 'If the buttons do not work, copy one of these links into your browser:',
    footer: (senderName: string) => `Sent by ${senderName} with Vouch`,
  },
  roles: {
    admin: 'an administrator',
    recruiter: 'a recruiter',
    hiring_manager: 'a hiring manager',
    employee: 'an employee',
    agent: 'a recruitment agent',
  } satisfies Record<TRole, string>,
  greeting: (name: string) => (name ? `Hi ${name},` : 'Hi,'),
  passwordReset: {
    subject: 'Reset your Vouch password',
    intro: 'We received a request to reset the password for your Vouch account.',
    button: 'Choose a new password',
    expires: (minutes: number) => `The link works for ${minutes} minutes and can be used once.`,
    ignore: 'If you did not ask for this, you can ignore this email; your password stays the same.',
  },
  invite: {
    subject: (companyName: string) => `You are invited to ${companyName} on Vouch`,
    intro: (inviterName: string, companyName: string, role: string) =>
      `${inviterName} has invited you to join ${companyName} on Vouch as ${role}.`,
    about: 'Vouch is where your company handles employee referrals and reference checks.',
    button: 'Accept the invitation',
    expires: (days: number) => `The invitation is valid for ${days} days.`,
  },
  emailVerification: {
    joinSubject: (companyName: string) => `Confirm your email to join ${companyName} on Vouch`,
    newCompanySubject: (companyName: string) => `Confirm your email to create ${companyName} on Vouch`,
    joinIntro: (companyName: string) =>
      `Someone, we hope you, asked to join ${companyName} on Vouch with this email address.`,
    newCompanyIntro: (companyName: string) =>
      `Someone, we hope you, asked to create the company ${companyName} on Vouch with this email address.`,
    password: 'To finish, open the link and enter the password you chose.',
    button: 'Confirm my email',
    expires: (hours: number) => `The link works for ${hours} hours and can be used once.`,
    ignore: 'If it was not you, ignore this email: nothing happens without the link and that password.',
  },
  testMessage: {
    text: (text: string) => `Test message from Vouch: ${text}`,
  },
  /** "Raymond Holt, Engineering Manager at Initech", leaving out what is not known. */
  personLine: (name: string, position: string | null, company: string | null) =>
    [name, position && company ? `${position} at ${company}` : (position ?? company)].filter(Boolean).join(', '),
  introductionRequest: {
    subject: (recruiter: string, person: string) => `${recruiter} asks you to introduce ${person}`,
    intro: (recruiter: string, company: string, person: string) =>
      `${recruiter} at ${company} would like to get in touch with ${person}, whom you passed on for an email introduction. Could you introduce them to each other by email?`,
    who: (details: string) => `Who: ${details}`,
    role: (jobTitle: string) => `The role in mind: ${jobTitle}`,
    message: (recruiter: string, message: string) => `${recruiter} writes: "${message}"`,
    how: (recruiter: string, email: string) =>
      `Write to them with ${recruiter} (${email}) in copy; replying to this email reaches ${recruiter} too. Then tell us with one click:`,
    introduced: "I've introduced them",
    declined: "I can't introduce them",
    expires: (days: number) => `The links work for ${days} days, and one answer is enough.`,
  },
  referralRequest: {
    answer: 'One click tells us your answer:',
    willReachOut: "I'll reach out",
    notWellEnough: "I don't know them well enough",
    reply: (recruiter: string, company: string) => `Reply to ${recruiter} at ${company}`,
    expires: (days: number) => `The answer links work for ${days} days, and one answer is enough.`,
  },
  introductionsOverdue: {
    locale: 'en-GB',
    subject: (count: number) =>
      count === 1 ? 'An email introduction is overdue' : `${count} email introductions are overdue`,
    intro: (count: number) =>
      count === 1
        ? 'This email introduction has passed its deadline without anyone acting on it:'
        : `These ${count} email introductions have passed their deadline without anyone acting on them:`,
    item: (person: string, referrer: string, due: string) => `• ${person} — passed on by ${referrer}, due ${due}`,
    more: (count: number) => `…and ${count} more.`,
    button: 'Open the overdue introductions',
    once: 'You get this reminder once per introduction.',
  },
  referralsStale: {
    locale: 'en-GB',
    subject: (count: number) => (count === 1 ? 'A referral has not moved' : `${count} referrals have not moved`),
    intro: (count: number, days: number) =>
      count === 1
        ? `This referral's status has not changed for ${days} days or more:`
        : `The status of these ${count} referrals has not changed for ${days} days or more:`,
    item: (person: string, job: string | null, since: string) =>
      `• ${person}${job ? ` — for ${job}` : ''}, unchanged since ${since}`,
    more: (count: number) => `…and ${count} more.`,
    button: 'Open the referral board',
    once: 'You get this reminder once per referral until its status changes.',
  },
  webhookEndpointDisabled: {
    subject: 'A webhook endpoint was turned off',
    intro: (url: string, days: number) =>
      `Vouch could not deliver events to ${url} for ${days} days, so it has turned the endpoint off.`,
    introGone: (url: string) =>
      `${url} answered 410 Gone, which says the receiver no longer exists, so Vouch has turned the endpoint off.`,
    kept: 'Fix the receiver, then turn the endpoint back on. Deliveries that failed can be sent again from its delivery log.',
    button: 'Open integrations',
    why: 'You get this email because you are an administrator of your company in Vouch.',
  },
};

export type Strings = typeof en;
