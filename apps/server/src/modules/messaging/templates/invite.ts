import type { TRole } from '@vouch/contracts';
import type { EmailContent } from './layout.ts';
import type { Strings } from './strings.en.ts';

export type InviteData = {
  inviterName: string;
  companyName: string;
  role: TRole;
  url: string;
  expiresInDays: number;
};

export function invite(data: InviteData, t: Strings): EmailContent {
  const s = t.invite;
  const intro = s.intro(data.inviterName, data.companyName, t.roles[data.role]);
  return {
    subject: s.subject(data.companyName),
    preview: intro,
    paragraphs: [t.greeting(''), intro, s.about],
    button: { label: s.button, url: data.url },
    notes: [s.expires(data.expiresInDays)],
  };
}
