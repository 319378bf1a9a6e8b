import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Headers, Splitter } from '@zone-eu/mailsplit';

/** What a delivery status notification (RFC 3464) tells about one of our messages. */
export type BounceReport = {
  /** Our message's id: from the VERP-tagged address it came back to, or the returned Message-ID. */
  messageId: string | null;
  /** Some recipient failed for good (`Action: failed`); a delay or a relay notice is not a bounce. */
  failed: boolean;
  /** The remote server's words, for the admin's message list. */
  diagnostic: string | null;
};

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const VERP_TOKEN = new RegExp(`\\+(${UUID})@`, 'i');
const OUR_MESSAGE_ID = new RegExp(`<(${UUID})@vouch>`, 'i');
const MAX_PART_BYTES = 256 * 1024;

type Part = { contentType: string; headers: Headers; body: Buffer[] };

/**
 * Reads a bounce with a maintained MIME splitter (the one mailparser is built on): the
 * `message/delivery-status` part says whether delivery failed, and the message is named by the
 * VERP token of the address the bounce was sent to, else by the Message-ID of the returned
 * headers (`text/rfc822-headers` or `message/rfc822`). Anything else yields `messageId: null`.
 */
export async function readBounceReport(raw: Buffer): Promise<BounceReport> {
  const parts = await splitParts(raw);
  const status = parts.find((p) => p.contentType === 'message/delivery-status');
  const recipients = status ? recipientBlocks(Buffer.concat(status.body).toString('utf8')) : [];
  const failedOne = recipients.find((r) => r.getFirst('action').trim().toLowerCase() === 'failed');
  return {
    messageId: verpMessageId(parts[0]?.headers) ?? returnedMessageId(parts),
    failed: !!failedOne,
    diagnostic: failedOne ? (failedOne.getFirst('diagnostic-code') || failedOne.getFirst('status')).trim() : null,
  };
}

async function splitParts(raw: Buffer): Promise<Part[]> {
  const parts: Part[] = [];
  let current: Part | null = null;
  let size = 0;
  const splitter = new Splitter();
  splitter.on(
    'data',
    (data: { type: string; contentType?: string | false; headers?: Headers | false; value?: Buffer }) => {
      if (data.type === 'node' && data.headers) {
        current = { contentType: (data.contentType || 'text/plain').toLowerCase(), headers: data.headers, body: [] };
        size = 0;
        parts.push(current);
      } else if (data.type === 'body' && current && data.value && size < MAX_PART_BYTES) {
        size += data.value.length;
        current.body.push(data.value);
      }
    },
  );
  await pipeline(Readable.from([raw]), splitter);
  return parts;
}

/** The per-message block first, then one block per recipient, separated by blank lines. */
function recipientBlocks(text: string) {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .slice(1)
    .filter((block) => block.trim())
    .map((block) => new Headers(`${block.trim()}\n\n`));
}

function verpMessageId(headers: Headers | undefined) {
  if (!headers) return null;
  for (const key of ['delivered-to', 'x-original-to', 'envelope-to', 'to']) {
    for (const value of headers.get(key)) {
      const match = VERP_TOKEN.exec(value);
      if (match) return match[1]!.toLowerCase();
    }
  }
  return null;
}

function returnedMessageId(parts: Part[]) {
  const returned = parts.flatMap((part, i) => {
    if (part.contentType === 'text/rfc822-headers') return [new Headers(Buffer.concat(part.body))];
    // An embedded message/rfc822 is split too: its own root node follows the part announcing it.
    if (part.contentType === 'message/rfc822' && parts[i + 1]) return [parts[i + 1]!.headers];
    return [];
  });
  for (const headers of returned) {
    const match = OUR_MESSAGE_ID.exec(headers.getFirst('message-id'));
    if (match) return match[1]!.toLowerCase();
  }
  return null;
}
