import type {
  TFraudSeverity,
  TFraudSignal,
  TFraudSignalKind,
  TLanguage,
  TQuestion,
  TRefereeStatus,
  TRelationship,
} from '@vouch/contracts';

/** The PDF's words in the check's language. */
export const PDF_LABELS = {
  en: {
    summary: {
      title: 'Summary',
      answered: (answered: number, wanted: number) => `${answered} of ${wanted} referees answered`,
      declined: (n: number) => `${n} declined`,
      bounced: (n: number) => `${n} bounced`,
      overall: 'Overall rating',
      overallValue: (mean: string, scale: number) => `${mean} of ${scale}`,
      spread: (spread: string) => `spread between referees ${spread}`,
      rehire: 'Would hire again',
      rehireValue: (yes: number, no: number, unanswered: number) =>
        `${yes} yes, ${no} no${unanswered ? `, ${unanswered} unanswered` : ''}`,
      disagreements: 'Biggest disagreements',
      noDisagreements: 'The referees broadly agree.',
      responseTimes: 'Response time',
      responseValue: (median: string, fastest: string, slowest: string) =>
        `median ${median} (fastest ${fastest}, slowest ${slowest})`,
      verification: 'Verification',
      minutes: (n: number) => `${n} min`,
      hours: (n: string) => `${n} h`,
      days: (n: string) => `${n} days`,
    },
    title: 'Reference report',
    job: 'Job',
    company: 'Company',
    subAccount: 'Sub-account',
    questionnaire: 'Questionnaire',
    version: 'version',
    started: 'Started',
    completed: 'Completed',
    status: 'Status',
    generated: 'Generated',
    fraudSignals: 'Fraud signals',
    noSignals: 'No fraud signals.',
    reviewedBy: 'Reviewed by',
    notReviewed: 'Not reviewed',
    ratings: 'Ratings compared',
    question: 'Question',
    mean: 'Mean',
    spread: 'Spread',
    noRatings: 'No ratings yet.',
    referees: 'Referees',
    relationship: 'Relationship',
    refereeCompany: 'Company',
    workedTogether: 'Worked together',
    verification: 'Verification',
    declineReason: 'Reason for declining',
    answerWithdrawn: 'Answer withdrawn: the referee asked for their answers to be erased.',
    /** An answer given through a link a staff member copied: the report says so on the referee. */
    linkCopied: (name: string) => `Link copied by ${name} before answering`,
    timeToAnswer: 'Time to answer',
    noAnswer: '—',
    yes: 'Yes',
    no: 'No',
    page: 'Page',
    of: 'of',
    seconds: 's',
    statuses: {
      awaiting_referees: 'Awaiting referees',
      in_progress: 'In progress',
      completed: 'Completed',
      cancelled: 'Cancelled',
      expired: 'Expired',
    },
    refereeStatuses: {
      invited: 'Invited',
      opened: 'Opened',
      answered: 'Answered',
      declined: 'Declined',
      bounced: 'Email bounced',
      removed: 'Removed',
    } satisfies Record<TRefereeStatus, string>,
    relationships: {
      manager: 'Manager',
      colleague: 'Colleague',
      direct_report: 'Direct report',
      client: 'Client',
      other: 'Other',
    },
    verifications: {
      work_email_matches_company: 'Work email matches the company',
      free_mail: 'Free-mail address',
      unverified: 'Not verified',
    },
    /** A referee who entered the one-time code sent to their email or phone. */
    codeVerified: { email: 'Email verified', phone: 'Phone verified' },
    kinds: {
      contact_matches_candidate: 'Contact details are the candidate’s',
      contact_shared_by_referees: 'Referees share contact details',
      same_ip: 'Same IP address',
      same_device: 'Same device',
      free_mail_with_company: 'Free-mail address with a company',
      answered_too_fast: 'Answered very fast',
      referee_used_by_other_candidate: 'Referee given by another candidate',
      contact_lookalike_of_candidate: 'Email looks like the candidate’s',
      relationship_mismatch: 'Relationship differs from the candidate’s claim',
    } satisfies Record<TFraudSignalKind, string>,
    severities: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<TFraudSeverity, string>,
    groupStatus: (unreviewed: number) => (unreviewed ? `${unreviewed} not reviewed` : 'all reviewed'),
    example: 'e.g.',
    lookalike: (email: string, candidate: string, how: string) =>
      how === 'alias'
        ? `${email} is an alias of the candidate’s ${candidate}`
        : `${email} is one letter from the candidate’s ${candidate}`,
    relationshipMismatch: (claimed: string, stated: string) =>
      `the candidate said ${claimed}; the referee says ${stated}`,
    fields: { email: 'email', phone: 'phone', ip: 'IP address', device: 'device' } as Record<string, string>,
    matchesCandidate: 'the same as the candidate’s',
    matchesReferee: (name: string) => `the same as referee ${name}’s`,
    matchesOther: (name: string) => `also given by candidate ${name}`,
    freeMail: (email: string, company: string) => `${email} while claiming to work at ${company}`,
    tooFast: (seconds: number, answers: number, min: number) =>
      `${seconds} s for ${answers} answers (under ${min} s is implausible)`,
  },
  sv: {
    summary: {
      title: 'Sammanfattning',
      answered: (answered: number, wanted: number) => `${answered} av ${wanted} referenser har svarat`,
      declined: (n: number) => `${n} avböjde`,
      bounced: (n: number) => `${n} studsade`,
      overall: 'Samlat betyg',
      overallValue: (mean: string, scale: number) => `${mean} av ${scale}`,
      spread: (spread: string) => `spridning mellan referenserna ${spread}`,
      rehire: 'Skulle anställa igen',
      rehireValue: (yes: number, no: number, unanswered: number) =>
        `${yes} ja, ${no} nej${unanswered ? `, ${unanswered} utan svar` : ''}`,
      disagreements: 'Största oenigheterna',
      noDisagreements: 'Referenserna är i stort sett eniga.',
      responseTimes: 'Svarstid',
      responseValue: (median: string, fastest: string, slowest: string) =>
        `median ${median} (snabbast ${fastest}, långsammast ${slowest})`,
      verification: 'Verifiering',
      minutes: (n: number) => `${n} min`,
      hours: (n: string) => `${n} tim`,
      days: (n: string) => `${n} dagar`,
    },
    title: 'Referensrapport',
    job: 'Tjänst',
    company: 'Företag',
    subAccount: 'Underkonto',
    questionnaire: 'Frågeformulär',
    version: 'version',
    started: 'Startad',
    completed: 'Klar',
    status: 'Status',
    generated: 'Skapad',
    fraudSignals: 'Varningssignaler',
    noSignals: 'Inga varningssignaler.',
    reviewedBy: 'Granskad av',
    notReviewed: 'Inte granskad',
    ratings: 'Betyg jämförda',
    question: 'Fråga',
    mean: 'Medel',
    spread: 'Spridning',
    noRatings: 'Inga betyg ännu.',
    referees: 'Referenser',
    relationship: 'Relation',
    refereeCompany: 'Företag',
    workedTogether: 'Arbetade tillsammans',
    verification: 'Verifiering',
    declineReason: 'Skäl att avböja',
    answerWithdrawn: 'Svaret återkallat: referensen bad om att få sina svar raderade.',
    linkCopied: (name: string) => `Länken kopierades av ${name} innan svaret`,
    timeToAnswer: 'Svarstid',
    noAnswer: '—',
    yes: 'Ja',
    no: 'Nej',
    page: 'Sida',
    of: 'av',
    seconds: 's',
    statuses: {
      awaiting_referees: 'Väntar på referenser',
      in_progress: 'Pågår',
      completed: 'Klar',
      cancelled: 'Avbruten',
      expired: 'Utgången',
    },
    refereeStatuses: {
      invited: 'Inbjuden',
      opened: 'Öppnad',
      answered: 'Har svarat',
      declined: 'Avböjde',
      bounced: 'E-post studsade',
      removed: 'Borttagen',
    },
    relationships: {
      manager: 'Chef',
      colleague: 'Kollega',
      direct_report: 'Direktrapporterande',
      client: 'Kund',
      other: 'Annat',
    },
    verifications: {
      work_email_matches_company: 'Jobbmejlen stämmer med företaget',
      free_mail: 'Gratis e-postadress',
      unverified: 'Inte verifierad',
    },
    codeVerified: { email: 'E-post verifierad', phone: 'Telefon verifierad' },
    kinds: {
      contact_matches_candidate: 'Kontaktuppgifterna är kandidatens',
      contact_shared_by_referees: 'Referenser delar kontaktuppgifter',
      same_ip: 'Samma IP-adress',
      same_device: 'Samma enhet',
      free_mail_with_company: 'Gratis e-postadress trots företag',
      answered_too_fast: 'Svarade mycket snabbt',
      referee_used_by_other_candidate: 'Referensen angiven av en annan kandidat',
      contact_lookalike_of_candidate: 'E-postadressen liknar kandidatens',
      relationship_mismatch: 'Relationen skiljer sig från kandidatens uppgift',
    },
    severities: { high: 'Hög', medium: 'Medel', low: 'Låg' },
    groupStatus: (unreviewed: number) => (unreviewed ? `${unreviewed} ej granskade` : 'alla granskade'),
    example: 't.ex.',
    lookalike: (email: string, candidate: string, how: string) =>
      how === 'alias'
        ? `${email} är ett alias för kandidatens ${candidate}`
        : `${email} skiljer sig en bokstav från kandidatens ${candidate}`,
    relationshipMismatch: (claimed: string, stated: string) =>
      `kandidaten angav ${claimed}; referensen anger ${stated}`,
    fields: { email: 'e-post', phone: 'telefon', ip: 'IP-adress', device: 'enhet' } as Record<string, string>,
    matchesCandidate: 'samma som kandidatens',
    matchesReferee: (name: string) => `samma som referensen ${name}s`,
    matchesOther: (name: string) => `också angiven av kandidaten ${name}`,
    freeMail: (email: string, company: string) => `${email} trots att referensen uppger ${company}`,
    tooFast: (seconds: number, answers: number, min: number) =>
      `${seconds} s för ${answers} svar (under ${min} s är inte troligt)`,
  },
} satisfies Record<TLanguage, unknown>;
export type PdfLabels = (typeof PDF_LABELS)['en'];

/** A fraud signal's evidence as one sentence. */
export function evidenceText(signal: Pick<TFraudSignal, 'kind' | 'evidence'>, l: PdfLabels): string {
  const e = signal.evidence;
  const str = (key: string) => (e[key] === null || e[key] === undefined ? '' : String(e[key]));
  if (signal.kind === 'free_mail_with_company') return l.freeMail(str('value'), str('company'));
  if (signal.kind === 'answered_too_fast') {
    return l.tooFast(Number(e.seconds ?? 0), Number(e.answers ?? 0), Number(e.minimumSeconds ?? 0));
  }
  if (signal.kind === 'contact_lookalike_of_candidate')
    return l.lookalike(str('value'), str('candidateValue'), str('how'));
  if (signal.kind === 'relationship_mismatch') {
    const relationship = (key: string) => l.relationships[str(key) as TRelationship] ?? str(key);
    return l.relationshipMismatch(relationship('claimed'), relationship('stated'));
  }
  const field = l.fields[str('field')] ?? str('field');
  const matches =
    e.matches === 'candidate'
      ? l.matchesCandidate
      : e.matches === 'referee'
        ? l.matchesReferee(str('otherRefereeName'))
        : l.matchesOther(str('otherCandidateName'));
  return `${field} ${str('value')}: ${matches}`;
}

/** An answer as words: choice ids as their labels, yes/no as words, ratings as "4 / 5". */
export function answerText(question: TQuestion, value: unknown, l: PdfLabels): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) {
    return l.noAnswer;
  }
  switch (question.type) {
    case 'rating':
      return `${value} / ${question.scale}`;
    case 'yes_no':
      return value === true ? l.yes : value === false ? l.no : String(value);
    case 'single_choice':
      return question.options.find((o) => o.id === value)?.label ?? String(value);
    case 'multiple_choice':
      return (Array.isArray(value) ? value : [value])
        .map((id) => question.options.find((o) => o.id === id)?.label ?? String(id))
        .join(', ');
    default:
      return String(value);
  }
}
