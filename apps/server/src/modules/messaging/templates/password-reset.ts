import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type PasswordResetData = { name: string; url: string; expiresInMinutes: number };

export function passwordReset(data: PasswordResetData, t: Strings): EmailContent {
  const s = t.passwordReset;
  return {
    subject: s.subject,
    preview: s.intro,
    paragraphs: [t.greeting(data.name), s.intro],
    button: { label: s.button, url: data.url },
    notes: [s.expires(data.expiresInMinutes), s.ignore],
  };
}
