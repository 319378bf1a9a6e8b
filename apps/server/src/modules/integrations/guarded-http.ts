import type { Agent } from 'undici';
import { onFirstUse } from '../../platform/on-first-use.ts';
import { checkWebhookTarget, type Lookup, type ResolvedAddress, type TargetPolicy } from './address-guard.ts';

const undici = onFirstUse(() => import('undici'));

/**
 * One outgoing HTTP call of the delivery queue (a webhook or a partner callback), made the same way
 * for both: the target is checked first (refused before connecting), the connection goes to the
 * address just checked, redirects are not followed (a 3xx is a failure), and the whole attempt, body
 * included, is cut off after `timeoutMs`.
 */

export const DELIVERY_TIMEOUT_MS = 10_000;

export type OutgoingRequest = {
  method: 'POST' | 'PATCH';
  url: string;
  headers: Record<string, string>;
  body?: string;
};

export type AttemptOutcome = {
  ok: boolean;
  statusCode: number | null;
  excerpt: string | null;
  error: string | null;
};

export type AttemptOptions = { timeoutMs?: number; lookup?: Lookup };

const EXCERPT_CHARS = 500;
/** Bytes of a response body read at most: enough for the excerpt, never a receiver's whole page. */
const BODY_READ_CAP = 16 * 1024;

export async function sendGuarded(
  request: OutgoingRequest,
  policy: TargetPolicy,
  options: AttemptOptions = {},
): Promise<AttemptOutcome> {
  const checked = await checkWebhookTarget(request.url, policy, options.lookup);
  if (!checked.ok) return { ok: false, statusCode: null, excerpt: null, error: checked.reason };
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const { Agent: PinnedAgent, fetch } = await undici();
  const dispatcher = pinnedAgent(PinnedAgent, checked.addresses);
  try {
    const response = await fetch(checked.url.href, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
      dispatcher,
    });
    const excerpt = await readExcerpt(response.body);
    const ok = response.status >= 200 && response.status < 300;
    let error: string | null = null;
    if (!ok)
      error =
        response.status >= 300 && response.status < 400
          ? `The receiver answered ${response.status} (a redirect); redirects are not followed`
          : `The receiver answered ${response.status}`;
    return { ok, statusCode: response.status, excerpt, error };
  } catch (error) {
    return {
      ok: false,
      statusCode: null,
      excerpt: null,
      error: signal.aborted ? `No answer within ${timeoutMs / 1000} s` : describeFetchError(error),
    };
  } finally {
    dispatcher.destroy().catch(() => {});
  }
}

/** An agent that connects only to the addresses the guard approved, whatever DNS says by then. */
function pinnedAgent(PinnedAgent: typeof Agent, addresses: ResolvedAddress[]) {
  const [first] = addresses;
  return new PinnedAgent({
    connections: 1,
    connect: {
      lookup: (
        _hostname: string,
        options: { all?: boolean },
        callback: (error: Error | null, address: string | ResolvedAddress[], family?: number) => void,
      ) => {
        if (options?.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
    } as never,
  });
}

async function readExcerpt(body: ReadableStream<Uint8Array> | null): Promise<string | null> {
  if (!body) return null;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < BODY_READ_CAP) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, BODY_READ_CAP));
  return text ? text.slice(0, EXCERPT_CHARS) : null;
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, EXCERPT_CHARS);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause
    ? ` (${[
        typeof cause.code === 'string' ? cause.code : null,
        typeof cause.message === 'string' ? cause.message : null,
      ]
        .filter(Boolean)
        .join(': ')})`
    : '';
  return `${error.message}${detail}`.replace(/\s+/g, ' ').slice(0, EXCERPT_CHARS);
}
