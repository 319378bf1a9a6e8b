/** What a referred person is told, in English and Swedish (kept together: two short texts). */
export const referralReceivedEn = {
  subject: (referrer: string, company: string) => `${referrer} referred you to ${company}`,
  intro: (referrer: string, company: string, jobs: string[]) =>
    jobs.length
      ? `${referrer} has recommended you to ${company} for ${jobs.join(', ')}.`
      : `${referrer} has recommended you to ${company}.`,
  next: 'What happens next: a recruiter reads the referral and gets in touch if there is a fit. You do not need to do anything now.',
  withdraw: 'If you would rather not be considered, you can withdraw the referral at any time:',
  button: 'Withdraw the referral',
  why: (company: string) =>
    `You get this email because someone referred you to ${company}. Nothing else is sent unless a recruiter contacts you.`,
};

export const referralReceivedSv: typeof referralReceivedEn = {
  subject: (referrer, company) => `${referrer} har rekommenderat dig till ${company}`,
  intro: (referrer, company, jobs) =>
    jobs.length
      ? `${referrer} har rekommenderat dig till ${company} för ${jobs.join(', ')}.`
      : `${referrer} har rekommenderat dig till ${company}.`,
  next: 'Så här går det till: en rekryterare läser rekommendationen och hör av sig om det passar. Du behöver inte göra något nu.',
  withdraw: 'Om du inte vill bli aktuell kan du när som helst dra tillbaka rekommendationen:',
  button: 'Dra tillbaka rekommendationen',
  why: (company) =>
    `Du får det här mejlet eftersom någon har rekommenderat dig till ${company}. Inget mer skickas om inte en rekryterare kontaktar dig.`,
};
