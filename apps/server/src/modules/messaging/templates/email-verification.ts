import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type EmailVerificationData = {
  name: string;
  /** Joining an existing company by its sign-up link, or creating one. */
  purpose: 'join' | 'new_company';
  companyName: string;
  url: string;
  expiresInHours: number;
};

/** To an address someone asked to join or create a company with: nothing starts until its owner uses the link. */
export function emailVerification(data: EmailVerificationData, t: Strings): EmailContent {
  const s = t.emailVerification;
  const intro = data.purpose === 'join' ? s.joinIntro(data.companyName) : s.newCompanyIntro(data.companyName);
  return {
    subject: data.purpose === 'join' ? s.joinSubject(data.companyName) : s.newCompanySubject(data.companyName),
    preview: intro,
    paragraphs: [t.greeting(data.name), intro, s.password],
    button: { label: s.button, url: data.url },
    notes: [s.expires(data.expiresInHours), s.ignore],
  };
}
