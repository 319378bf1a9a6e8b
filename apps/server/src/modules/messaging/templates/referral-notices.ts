import type {
  TBonusState,
  TCheckAttentionReason,
  TNotificationKind,
  TReferrerStage,
  TRequestAnswer,
} from '@vouch/contracts';
import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

/** One notification as an email tells it: names as of when it is sent, never a note or a reason. */
export type Notice = {
  kind: TNotificationKind;
  personName: string | null;
  jobTitle: string | null;
  stage: TReferrerStage | null;
  bonusState: TBonusState | null;
  answer: TRequestAnswer | null;
  colleagueName: string | null;
  attention?: TCheckAttentionReason | null;
};

export type ReferralNoticeData = { recipientName: string; notice: Notice; url: string };
export type ReferralDigestData = { recipientName: string; notices: Notice[]; url: string };

/** A long digest stays readable; the button leads to all of them. */
const LISTED = 25;

/** The notice's sentence in the reader's language. */
export function noticeLine(notice: Notice, t: Strings): string {
  const s = t.notices;
  const person = notice.personName || s.someone;
  switch (notice.kind) {
    case 'referral_stage':
      return s.line.referral_stage(person, notice.jobTitle, notice.stage ? s.stage[notice.stage] : '—');
    case 'referral_owner_in':
      return s.line.referral_owner_in(person, notice.jobTitle);
    case 'referral_owner_out':
      return s.line.referral_owner_out(person, notice.jobTitle);
    case 'referral_bonus':
      return s.line.referral_bonus(person, notice.jobTitle, notice.bonusState ? s.bonus[notice.bonusState] : '—');
    case 'request_answered':
      return s.line.request_answered(
        person,
        notice.colleagueName || s.colleague,
        notice.answer ? s.answers[notice.answer] : '—',
      );
    case 'check_attention':
      return s.line.check_attention(person, s.attention[notice.attention ?? 'referee_declined']);
    case 'erasure_requested':
      return s.line.erasure_requested;
  }
}

/** One change, told at once (the member chose "each change"). */
export function referralNotice(data: ReferralNoticeData, t: Strings): EmailContent {
  const line = noticeLine(data.notice, t);
  return {
    subject: t.notices.subject[data.notice.kind](data.notice.personName || t.notices.someone),
    preview: line,
    paragraphs: [t.greeting(data.recipientName), line],
    button: { label: t.notices.button, url: data.url },
    notes: [t.notices.why],
  };
}

/** The day's unread changes in one email (the member chose "daily digest"). */
export function referralDigest(data: ReferralDigestData, t: Strings): EmailContent {
  const s = t.notices;
  const count = data.notices.length;
  const lines = data.notices.slice(0, LISTED).map((n) => `• ${noticeLine(n, t)}`);
  return {
    subject: s.digestSubject(count),
    preview: s.digestIntro(count),
    paragraphs: [
      t.greeting(data.recipientName),
      s.digestIntro(count),
      ...lines,
      ...(count > LISTED ? [s.more(count - LISTED)] : []),
    ],
    button: { label: s.button, url: data.url },
    notes: [s.why],
  };
}
