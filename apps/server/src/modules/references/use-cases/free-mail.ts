/**
 * Free-mail providers: an address at one of these says nothing about the employer. Exact domains,
 * plus providers whose every country domain is free mail (`hotmail.*`, `yahoo.*`, …).
 */
const FREE_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'aol.com',
  'mail.ru',
  'inbox.ru',
  'bk.ru',
  'list.ru',
  'zoho.com',
  'mail.com',
  'email.com',
  'tutanota.com',
  'tuta.io',
  'fastmail.com',
  'hey.com',
  'web.de',
  't-online.de',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'rediffmail.com',
  // Sweden and the Nordics
  'telia.com',
  'bredband.net',
  'bredband2.com',
  'spray.se',
  'passagen.se',
  'home.se',
  'swipnet.se',
  'tele2.se',
  'comhem.se',
  'bahnhof.se',
  'ownit.se',
  'glocalnet.net',
  'tiscali.se',
  'online.no',
  'jubii.dk',
  'suomi24.fi',
]);

/** The part before the country: any domain whose first label is one of these is free mail. */
const FREE_MAIL_FAMILIES = new Set(['hotmail', 'yahoo', 'live', 'msn', 'gmx', 'yandex', 'outlook', 'ymail']);

export function emailDomain(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return domain || null;
}

/** True when the address is at a free-mail provider. */
export function isFreeMail(email: string | null | undefined): boolean {
  const domain = emailDomain(email);
  if (!domain) return false;
  if (FREE_MAIL_DOMAINS.has(domain)) return true;
  const labels = domain.split('.');
  return labels.length >= 2 && FREE_MAIL_FAMILIES.has(labels[0]);
}
