import type { referencesEn } from './strings.references.en.ts';

/** Swedish words of reference-check messages; the same shape as the English ones. */

const minuter = (n: number) => (n === 1 ? '1 minut' : `${n} minuter`);
export const referencesSv: typeof referencesEn = {
  manageData: 'Hantera dina uppgifter: se vad du har lämnat, återkalla ditt samtycke eller be att bli raderad',
  candidateRequest: {
    subject: (sender: string) => `${sender} ber om dina referenser`,
    reminderSubject: (sender: string) => `Påminnelse: ${sender} väntar på dina referenser`,
    smsReminder: (sender: string, url: string) => `Påminnelse: ${sender} väntar på dina referenser: ${url}`,
    intro: (firstName: string, sender: string, job: string | null) =>
      job
        ? `Hej ${firstName}! ${sender} vill ta referenser inför tjänsten ${job}.`
        : `Hej ${firstName}! ${sender} vill ta referenser.`,
    ask: (count: number) =>
      count === 1
        ? 'Ange en person som känner till ditt arbete, till exempel en tidigare chef eller kollega. Det tar ett par minuter.'
        : `Ange ${count} personer som känner till ditt arbete, till exempel tidigare chefer eller kollegor. Det tar ett par minuter.`,
    button: 'Ange mina referenser',
    expires: (date: string) => `Länken fungerar till och med ${date}.`,
    sms: (sender: string, url: string) => `${sender} ber om dina referenser. Ange dem här: ${url}`,
  },
  refereeInvite: {
    subject: (candidate: string) => `En referens för ${candidate}`,
    reminderSubject: (candidate: string) => `Påminnelse: en referens för ${candidate}`,
    lastSubject: (candidate: string) => `Sista påminnelsen: en referens för ${candidate}`,
    intro: (referee: string, candidate: string, sender: string, job: string | null) =>
      job
        ? `Hej ${referee}! ${candidate} har angett dig som referens inför tjänsten ${job} hos ${sender}.`
        : `Hej ${referee}! ${candidate} har angett dig som referens till ${sender}.`,
    time: (minutes: number) =>
      `Frågorna tar ungefär ${minuter(minutes)}, i mobilen eller datorn. Dina svar sparas medan du skriver.`,
    button: 'Svara på frågorna',
    decline: 'Vill du hellre inte lämna en referens kan du tacka nej via samma länk.',
    expires: (date: string) => `Länken fungerar till och med ${date}.`,
    introByRecruiter: (referee: string, candidate: string, sender: string, job: string | null) =>
      job
        ? `Hej ${referee}! ${sender} vill gärna ha en referens från dig om ${candidate} inför tjänsten ${job}. Rekryteraren har angett dig, med ${candidate}s medgivande.`
        : `Hej ${referee}! ${sender} vill gärna ha en referens från dig om ${candidate}. Rekryteraren har angett dig, med ${candidate}s medgivande.`,
    sms: (referee: string, candidate: string, sender: string, minutes: number, url: string) =>
      `Hej ${referee}! ${candidate} har angett dig som referens till ${sender}. Ca ${minuter(minutes)}: ${url}`,
    smsByRecruiter: (referee: string, candidate: string, sender: string, minutes: number, url: string) =>
      `Hej ${referee}! ${sender} ber dig om en referens för ${candidate}. Ca ${minuter(minutes)}: ${url}`,
    smsReminder: (candidate: string, minutes: number, url: string) =>
      `Påminnelse: en referens för ${candidate}, ca ${minuter(minutes)}: ${url}`,
  },
  refereeCode: {
    subject: (candidate: string) => `Din kod för referensen om ${candidate}`,
    intro: (referee: string, candidate: string) =>
      `Hej ${referee}! Ange koden på sidan för att bekräfta att det är du som lämnar referensen för ${candidate}.`,
    code: (code: string) => `Din kod: ${code}`,
    expires: (minutes: number) =>
      `Den gäller i ${minutes} minuter. Om du inte har bett om den kan du bortse från meddelandet.`,
    sms: (code: string, minutes: number) => `Din referenskod: ${code} (gäller i ${minutes} minuter)`,
  },
  candidateAttention: {
    bouncedSubject: (referee: string) => `Vi nådde inte ${referee}`,
    bounced: (referee: string, email: string) =>
      `Mejlet till din referens ${referee} (${email}) kunde inte levereras. Kontrollera adressen eller ange någon annan.`,
    smsFailed: (referee: string, phone: string) =>
      `Sms:et till din referens ${referee} (${phone}) kunde inte levereras. Kontrollera numret eller ange någon annan.`,
    silentSubject: (referee: string) => `${referee} har inte svarat än`,
    silent: (referee: string) =>
      `Din referens ${referee} har inte svarat, trots våra påminnelser. Du kan ange någon annan i stället.`,
    declinedSubject: (referee: string) => `Ange en ersättare för ${referee}`,
    declined: (referee: string) =>
      `Din referens ${referee} har tackat nej till att lämna en referens. Ange gärna någon annan i stället.`,
    declinedSms: (referee: string, url: string) =>
      `Din referens ${referee} har tackat nej. Ange en ersättare här: ${url}`,
    button: 'Uppdatera mina referenser',
    sms: (referee: string, url: string) => `Vi har inte fått svar från din referens ${referee}. Uppdatera här: ${url}`,
  },
  checkCompleted: {
    subject: (candidate: string) => `Referenserna för ${candidate} är klara`,
    intro: (candidate: string, count: number) =>
      count === 1 ? `Referensen för ${candidate} har svarat.` : `Alla ${count} referenser för ${candidate} har svarat.`,
    button: 'Öppna rapporten',
  },
};
