import type { TMessageVisibility } from '@vouch/contracts';
import { open, seal } from '../../platform/secret-box.ts';
import { serverSecretKey } from '../../platform/secret-key.ts';
import type { MessageRules } from './templates/index.ts';

/**
 * A message with a link only its recipient may use is stored twice: the copy admins may read (links
 * replaced by a placeholder, or no bodies at all when it is private) in the plain columns, and the
 * real message sealed with the server's key in `sealed_content`, which only the worker opens.
 */

/** The real message, as the worker sends it; `secrets` are kept out of whatever the attempt records. */
export type SendableContent = { subject: string | null; text: string; html: string | null; secrets: string[] };

/** Sealed content opens only on the row it was written for: same id, channel and recipient. */
type Binding = { id: string; channel: string; recipient: string };
const contextOf = (row: Binding) => `message:${row.id}:${row.channel}:${row.recipient}`;

type Rendered = { subject: string | null; text: string; html: string | null };

export type StoredContent = {
  visibility: TMessageVisibility;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
  sealedContent: string | null;
};

/** What the outbox row holds for a rendered message; `hidden` renders the copy with placeholders. */
export function storedContent(
  row: Binding,
  real: Rendered,
  rules: MessageRules,
  hidden: () => Rendered,
): StoredContent {
  if (!rules.private && !rules.secretValues.length)
    return { visibility: 'full', subject: real.subject, bodyText: real.text, bodyHtml: real.html, sealedContent: null };
  const shown = rules.private ? { subject: real.subject, text: '', html: null } : hidden();
  // A template that prints a secret outside its declared fields (say, in the subject) fails here, loudly.
  const readable = [shown.subject ?? '', shown.text, shown.html ?? ''].join('\n');
  if (rules.secretValues.some((secret) => readable.includes(secret) || readable.includes(escapeForHtml(secret))))
    throw new Error('A secret link would be readable in the stored copy of this message');
  const content: SendableContent = { ...real, secrets: rules.secretValues };
  return {
    visibility: rules.private ? 'private' : 'links_hidden',
    subject: shown.subject,
    bodyText: shown.text,
    bodyHtml: shown.html,
    sealedContent: seal(serverSecretKey(), JSON.stringify(content), contextOf(row)),
  };
}

/** Throws a SealedBoxError for a wrong key or a value that was changed or moved. */
export function openContent(row: Binding & { sealedContent: string }): SendableContent {
  return JSON.parse(open(serverSecretKey(), row.sealedContent, contextOf(row))) as SendableContent;
}

const escapeForHtml = (value: string) => value.replaceAll('&', '&amp;');

const HIDDEN = '[hidden]';
/** A cut-off tail shorter than this cannot be told apart from ordinary text, and is no use to anyone. */
const MIN_TAIL = 8;

/**
 * Takes the recipient's links out of what an attempt records (a provider's error may quote the
 * message back): each secret whole or URL-encoded, and the start of one where the text was cut short.
 */
export function hideSecrets(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret), escapeForHtml(secret)]))
      result = result.split(form).join(HIDDEN);
    for (let length = Math.min(secret.length - 1, result.length); length >= MIN_TAIL; length--) {
      if (result.endsWith(secret.slice(0, length))) {
        result = result.slice(0, -length) + HIDDEN;
        break;
      }
    }
  }
  return result;
}
