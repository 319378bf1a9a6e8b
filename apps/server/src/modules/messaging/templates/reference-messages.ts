import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

/** Reference-check messages. Every name in them was typed by a candidate or recruiter: the layout escapes it. */

/** Every email to a candidate or referee ends with the way to their privacy page. */
const manageData = (url: string, t: Strings) => ({ label: t.references.manageData, url });

export type CandidateRequestData = {
  firstName: string;
  senderName: string;
  jobTitle: string | null;
  refereesWanted: number;
  url: string;
  /** Their privacy page (the "manage your data" link every email to them carries). */
  privacyUrl: string;
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
    manageData: manageData(data.privacyUrl, t),
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
  privacyUrl: string;
  expiresOn: string;
  /** 0 for the invitation, then the reminder's number; `last` for the final one. */
  reminder: number | 'last';
  /** Who named the referee: the wording says the recruiter did when it was not the candidate. */
  namedBy?: 'candidate' | 'recruiter';
};

export function referenceRefereeInvite(data: RefereeInviteData, t: Strings): EmailContent {
  const s = t.references.refereeInvite;
  const subject =
    data.reminder === 'last'
      ? s.lastSubject(data.candidateName)
      : data.reminder > 0
        ? s.reminderSubject(data.candidateName)
        : s.subject(data.candidateName);
  const introOf = data.namedBy === 'recruiter' ? s.introByRecruiter : s.intro;
  const intro = introOf(data.refereeFirstName, data.candidateName, data.senderName, data.jobTitle);
  return {
    subject,
    preview: intro,
    paragraphs: [intro, s.time(data.minutes)],
    button: { label: s.button, url: data.url },
    notes: [s.decline, s.expires(data.expiresOn)],
    manageData: manageData(data.privacyUrl, t),
  };
}

export function referenceRefereeInviteSms(data: RefereeInviteData, t: Strings): string {
  const s = t.references.refereeInvite;
  if (data.reminder !== 0) return s.smsReminder(data.candidateName, data.minutes, data.url);
  return data.namedBy === 'recruiter'
    ? s.smsByRecruiter(data.refereeFirstName, data.candidateName, data.senderName, data.minutes, data.url)
    : s.sms(data.refereeFirstName, data.candidateName, data.senderName, data.minutes, data.url);
}

export type RefereeCodeData = {
  refereeName: string;
  candidateName: string;
  code: string;
  minutes: number;
  /** Their privacy page; the text message leaves it out (the invitation carried it). */
  privacyUrl: string;
};

/** The one-time code a referee enters before answering, when the check asks for it. */
export function referenceRefereeCode(data: RefereeCodeData, t: Strings): EmailContent {
  const s = t.references.refereeCode;
  const intro = s.intro(data.refereeName, data.candidateName);
  return {
    subject: s.subject(data.candidateName),
    preview: intro,
    paragraphs: [intro, s.code(data.code)],
    notes: [s.expires(data.minutes)],
    manageData: manageData(data.privacyUrl, t),
  };
}

export function referenceRefereeCodeSms(data: RefereeCodeData, t: Strings): string {
  return t.references.refereeCode.sms(data.code, data.minutes);
}

export type CandidateAttentionData = {
  refereeName: string;
  refereeEmail: string | null;
  /** Shown when their text message failed; older queued messages lack it. */
  refereePhone?: string | null;
  reason: 'email_bounced' | 'sms_failed' | 'not_answering' | 'declined';
  url: string;
  privacyUrl: string;
};

export function referenceCandidateAttention(data: CandidateAttentionData, t: Strings): EmailContent {
  const s = t.references.candidateAttention;
  const name = data.refereeName;
  const text = {
    email_bounced: () => s.bounced(name, data.refereeEmail ?? ''),
    sms_failed: () => s.smsFailed(name, data.refereePhone ?? ''),
    declined: () => s.declined(name),
    not_answering: () => s.silent(name),
  }[data.reason]();
  const subject = {
    email_bounced: s.bouncedSubject,
    sms_failed: s.bouncedSubject,
    declined: s.declinedSubject,
    not_answering: s.silentSubject,
  }[data.reason](name);
  return {
    subject,
    preview: text,
    paragraphs: [text],
    button: { label: s.button, url: data.url },
    manageData: manageData(data.privacyUrl, t),
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
