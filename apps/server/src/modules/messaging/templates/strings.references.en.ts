/** English words of reference-check messages: to candidates, referees and recruiters. Plain text. */

const minutesText = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);
export const referencesEn = {
  manageData: 'Manage your data: see what you gave, withdraw your consent or ask to be erased',
  candidateRequest: {
    subject: (sender: string) => `${sender} asks for your references`,
    reminderSubject: (sender: string) => `Reminder: ${sender} is waiting for your references`,
    smsReminder: (sender: string, url: string) => `Reminder: ${sender} is waiting for your references: ${url}`,
    intro: (firstName: string, sender: string, job: string | null) =>
      job
        ? `Hi ${firstName}, ${sender} would like to take references for the role ${job}.`
        : `Hi ${firstName}, ${sender} would like to take references.`,
    ask: (count: number) =>
      count === 1
        ? 'Please name one person who knows your work, such as a former manager or colleague. It takes a couple of minutes.'
        : `Please name ${count} people who know your work, such as former managers or colleagues. It takes a couple of minutes.`,
    button: 'Give my references',
    expires: (date: string) => `The link works until ${date}.`,
    sms: (sender: string, url: string) => `${sender} asks for your references. Give them here: ${url}`,
  },
  refereeInvite: {
    subject: (candidate: string) => `A reference for ${candidate}`,
    reminderSubject: (candidate: string) => `Reminder: a reference for ${candidate}`,
    lastSubject: (candidate: string) => `Last reminder: a reference for ${candidate}`,
    intro: (referee: string, candidate: string, sender: string, job: string | null) =>
      job
        ? `Hi ${referee}, ${candidate} has named you as a reference for the role ${job} at ${sender}.`
        : `Hi ${referee}, ${candidate} has named you as a reference to ${sender}.`,
    time: (minutes: number) =>
      `The questions take about ${minutesText(minutes)}, on your phone or computer. Your progress is saved as you go.`,
    button: 'Answer the questions',
    decline: 'If you would rather not give a reference, the same link lets you decline.',
    expires: (date: string) => `The link works until ${date}.`,
    /** When the recruiter named the referee (the candidate agreed, but did not name them through us). */
    introByRecruiter: (referee: string, candidate: string, sender: string, job: string | null) =>
      job
        ? `Hi ${referee}, ${sender} would like a reference from you about ${candidate}, for the role ${job}. The recruiter named you, with ${candidate}'s agreement.`
        : `Hi ${referee}, ${sender} would like a reference from you about ${candidate}. The recruiter named you, with ${candidate}'s agreement.`,
    sms: (referee: string, candidate: string, sender: string, minutes: number, url: string) =>
      `Hi ${referee}, ${candidate} named you as a reference to ${sender}. About ${minutesText(minutes)}: ${url}`,
    smsByRecruiter: (referee: string, candidate: string, sender: string, minutes: number, url: string) =>
      `Hi ${referee}, ${sender} asks you for a reference about ${candidate}. About ${minutesText(minutes)}: ${url}`,
    smsReminder: (candidate: string, minutes: number, url: string) =>
      `Reminder: a reference for ${candidate}, about ${minutesText(minutes)}: ${url}`,
  },
  refereeCode: {
    subject: (candidate: string) => `Your code for the reference about ${candidate}`,
    intro: (referee: string, candidate: string) =>
      `Hi ${referee}, enter this code on the page to confirm it is you giving the reference for ${candidate}.`,
    code: (code: string) => `Your code: ${code}`,
    expires: (minutes: number) => `It works for ${minutes} minutes. If you did not ask for it, ignore this message.`,
    sms: (code: string, minutes: number) => `Your reference code: ${code} (works for ${minutes} minutes)`,
  },
  candidateAttention: {
    bouncedSubject: (referee: string) => `We could not reach ${referee}`,
    bounced: (referee: string, email: string) =>
      `The email to your reference ${referee} (${email}) could not be delivered. Please check the address, or name someone else.`,
    smsFailed: (referee: string, phone: string) =>
      `The text message to your reference ${referee} (${phone}) could not be delivered. Please check the number, or name someone else.`,
    silentSubject: (referee: string) => `${referee} has not answered yet`,
    silent: (referee: string) =>
      `Your reference ${referee} has not answered, even after our reminders. You can name someone else in their place.`,
    declinedSubject: (referee: string) => `Please name a replacement for ${referee}`,
    declined: (referee: string) =>
      `Your reference ${referee} has declined to give a reference. Please name someone else in their place.`,
    declinedSms: (referee: string, url: string) =>
      `Your reference ${referee} declined. Please name a replacement here: ${url}`,
    button: 'Update my references',
    sms: (referee: string, url: string) =>
      `We could not get an answer from your reference ${referee}. Update here: ${url}`,
  },
  checkCompleted: {
    subject: (candidate: string) => `References for ${candidate} are complete`,
    intro: (candidate: string, count: number) =>
      count === 1
        ? `The reference for ${candidate} has answered.`
        : `All ${count} references for ${candidate} have answered.`,
    button: 'Open the report',
  },
};
