/**
 * The server's error sentences are English; a Swedish candidate or referee reads them in Swedish.
 * Exact sentences first, then the few with a number in them.
 */
const SV: Record<string, string> = {
  Required: 'Obligatoriskt',
  'Not a valid email address': 'Ange en giltig e-postadress',
  'Not a valid phone number': 'Ange ett giltigt telefonnummer',
  'Give an email address or a mobile number': 'Ange en e-postadress eller ett mobilnummer',
  'Required: invitations go by email': 'Krävs: inbjudan skickas via e-post',
  'Required: invitations go by text message': 'Krävs: inbjudan skickas via sms',
  'This is your own email address': 'Det här är din egen e-postadress',
  'This is your own phone number': 'Det här är ditt eget telefonnummer',
  'This person is already a referee': 'Den här personen är redan angiven som referens',
  'You have named all the referees asked for': 'Du har redan angett alla referenser som efterfrågas',
  'Give your consent before naming referees': 'Ge ditt samtycke innan du anger referenser',
  'Give your consent before answering': 'Ge ditt samtycke innan du svarar',
  'The text has changed: reload the page and read it again': 'Texten har ändrats. Ladda om sidan och läs den igen.',
  'The consent text has changed; reload the page': 'Samtyckestexten har ändrats. Ladda om sidan.',
  'This referee has started answering and cannot be changed': 'Referensen har börjat svara och kan inte längre ändras',
  'This referee has started answering and cannot be withdrawn': 'Referensen har börjat svara och kan inte tas bort',
  'These answers can no longer be changed': 'Svaren kan inte längre ändras',
  'This reference check is already complete': 'Referenstagningen är redan avslutad',
  'Not a question of this questionnaire': 'Frågan finns inte i formuläret',
  'This link no longer works': 'Länken fungerar inte längre',
};

const SV_PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^At most (\d+) characters$/, (m) => `Högst ${m[1]} tecken`],
  [/^Name at most (\d+) more referees?$/, (m) => `Du kan ange högst ${m[1]} till`],
  [/^(\d+) required questions? not answered$/, (m) => `${m[1]} obligatoriska frågor är obesvarade`],
];

export function translateServerMessage(message: string, language: string | undefined): string {
  if (language !== 'sv') return message;
  if (SV[message]) return SV[message];
  for (const [pattern, render] of SV_PATTERNS) {
    const match = message.match(pattern);
    if (match) return render(match);
  }
  return message;
}
