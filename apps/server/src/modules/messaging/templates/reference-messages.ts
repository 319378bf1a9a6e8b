import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

/** Reference-check messages. Every name in them was typed by a candidate or recruiter: the layout escapes it. */

export type CandidateRequestData = {
  firstName: string;
  senderName: string;
  jobTitle: string | null;
  refereesWanted: number;
  url: string;
  /** Already formatted in the company's time zone and the candidate's language. */
  expiresOn: string;
  /** Set when it is a reminder (the candidate has not named enough referees yet). */
  reminder?: number | 'last';
};

export function referenceCandidateRequest(data: CandidateRequestData, t: Strings): EmailContent {
  const s = t.references.candidateRequest;
  const intro = s.intro(data.firstName, data.senderName, data.jobTitle);
  return {
    subject: data.reminder ? s.reminderSubject(data.senderName) : s.subject(data.senderName),
    preview: intro,
    paragraphs: [intro, s.ask(data.refereesWanted)],
    button: { label: s.button, url: data.url },
    notes: [s.expires(data.expiresOn)],
  };
}

export function referenceCandidateRequestSms(data: CandidateRequestData, t: Strings): string {
  const s = t.references.candidateRequest;
  return data.reminder ? s.smsReminder(data.senderName, data.url) : s.sms(data.senderName, data.url);
}

export type RefereeInviteData = {
  /** The greeting uses the first name only, as a Swedish invitation would. */
  refereeFirstName: string;
  /** The time promise (`answerMinutes` of their questions), the same figure their page shows. */
  minutes: number;
  candidateName: string;
  senderName: string;
  jobTitle: string | null;
  url: string;
  expiresOn: string;
  /** 0 for the invitation, then the reminder's number; `last` for the final one. */
  reminder: number | 'last';
};

export function referenceRefereeInvite(data: RefereeInviteData, t: Strings): EmailContent {
  const s = t.references.refereeInvite;
  const subject =
    data.reminder === 'last'
      ? s.lastSubject(data.candidateName)
      : data.reminder > 0
        ? s.reminderSubject(data.candidateName)
        : s.subject(data.candidateName);
  const intro = s.intro(data.refereeFirstName, data.candidateName, data.senderName, data.jobTitle);
  return {
    subject,
    preview: intro,
    paragraphs: [intro, s.time(data.minutes)],
    button: { label: s.button, url: data.url },
    notes: [s.decline, s.expires(data.expiresOn)],
  };
}

export function referenceRefereeInviteSms(data: RefereeInviteData, t: Strings): string {
  const s = t.references.refereeInvite;
  return data.reminder === 0
    ? s.sms(data.refereeFirstName, data.candidateName, data.senderName, data.minutes, data.url)
    : s.smsReminder(data.candidateName, data.minutes, data.url);
}

export type CandidateAttentionData = {
  refereeName: string;
  refereeEmail: string | null;
  reason: 'email_bounced' | 'not_answering' | 'declined';
  url: string;
};

export function referenceCandidateAttention(data: CandidateAttentionData, t: Strings): EmailContent {
  const s = t.references.candidateAttention;
  const text =
    data.reason === 'email_bounced'
      ? s.bounced(data.refereeName, data.refereeEmail ?? '')
      : data.reason === 'declined'
        ? s.declined(data.refereeName)
        : s.silent(data.refereeName);
  const subject =
    data.reason === 'email_bounced'
      ? s.bouncedSubject(data.refereeName)
      : data.reason === 'declined'
        ? s.declinedSubject(data.refereeName)
        : s.silentSubject(data.refereeName);
  return {
    subject,
    preview: text,
    paragraphs: [text],
    button: { label: s.button, url: data.url },
  };
}

export function referenceCandidateAttentionSms(data: CandidateAttentionData, t: Strings): string {
  const s = t.references.candidateAttention;
  return data.reason === 'declined' ? s.declinedSms(data.refereeName, data.url) : s.sms(data.refereeName, data.url);
}

export type CheckCompletedData = { candidateName: string; answered: number; reportUrl: string };

/** To the recruiter who started the check (or the job's recruiters). */
export function referenceCheckCompleted(data: CheckCompletedData, t: Strings): EmailContent {
  const s = t.references.checkCompleted;
  const intro = s.intro(data.candidateName, data.answered);
  return {
    subject: s.subject(data.candidateName),
    preview: intro,
    paragraphs: [intro],
    button: { label: s.button, url: data.reportUrl },
  };
}
