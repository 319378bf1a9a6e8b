/** English strings of Company settings → Privacy and erasure on request; spread into en.ts. */
export const enPrivacy = {
  privacy: {
    title: 'Privacy',
    subtitle: 'How long personal data is kept, what will be anonymised next, and erasures made on request.',
    retention: {
      title: 'Retention',
      intro:
        'When a period has passed, a background job anonymises the data: names, contact details, free text and files go; counts and ratings stay for statistics.',
      fields: {
        candidateMonths: 'Candidates not hired, after their last activity',
        checkMonths: 'Reference checks and their answers, after their last activity',
        departedContactDays: 'Imported contacts of members who left',
        messageDays: 'Email and text message bodies',
        webhookDays: 'Copies of webhook payloads',
      },
      range: '{{min}}–{{max}} {{unit}} (default {{default}})',
      months: 'months',
      days: 'days',
      saved: 'Retention saved',
    },
    upcoming: {
      title: 'Anonymised in the next week',
      intro: 'Candidates whose period ends within {{days}} days. Keep one longer if they have agreed to stay.',
      none: 'Nobody is due in the next week.',
      candidate: 'Candidate',
      lastActivity: 'Last activity',
      due: 'Anonymised on',
      extend: 'Keep longer',
      extendTitle: 'Keep {{name}} longer',
      months: 'Months to keep, from today',
      reason: 'Reason',
      reasonHint: 'For example: the candidate agreed by email on 3 May to stay in our pool.',
      extended: 'The candidate is kept longer; the reason is recorded',
    },
    extensions: {
      title: 'Kept longer',
      none: 'No candidate is kept past the period.',
      keepUntil: 'Kept until',
      recorded: 'Recorded',
    },
    receipts: {
      title: 'Erasures on request',
      intro:
        'Each erasure leaves a receipt: what was erased, when and by whom. It holds no personal data, only a hash of the email.',
      none: 'No erasures yet.',
      when: 'When',
      subject: 'Person',
      erased: 'Erased',
      by: 'By',
      emailHash: 'Email (SHA-256)',
    },
    subjects: { candidate: 'Candidate', referee: 'Referee', contact: 'Contact', member: 'Member' },
    erase: {
      button: 'Erase person',
      confirm:
        'Erase {{name}} everywhere they appear, now? Their profile, files, referrals, reference answers, messages and contacts are anonymised or deleted. This cannot be undone.',
      confirmLabel: 'Erase',
      done: '{{name}} was erased; the receipt is on the Privacy page',
    },
    answerWithdrawn: 'Answer withdrawn',
    answerWithdrawnHint: 'The referee asked for their answers to be erased.',
  },
};
