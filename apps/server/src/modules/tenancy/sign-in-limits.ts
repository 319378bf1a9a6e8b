import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../../platform/errors.ts';
import { clientAddress, enforceLimit } from '../../platform/rate-limit/enforce.ts';

/**
 * How many failed sign-ins an address may make. Only failures count: each attempt is counted before
 * the password is checked (so concurrent guesses cannot slip past the limit) and given back when it
 * succeeds, so an office behind one address is never slowed down by its own people signing in.
 */

/** Guessing one account's password: 10 failures a minute from one address, then that pair waits. */
export const SIGN_IN_FAILURES_PER_ACCOUNT = { max: 10, windowMs: 60_000 };

/**
 * Password spraying (one password tried on many accounts): 30 failures in 5 minutes from one address,
 * whichever accounts they were for, then the address waits out the window. Generous for a whole office
 * of typos, and it cuts a spray from thousands of accounts a minute to a few hundred a day.
 */
export const SIGN_IN_FAILURES_PER_ADDRESS = { max: 30, windowMs: 5 * 60_000 };

/**
 * Counts a sign-in attempt against both limits (the address first, so a spraying address stops
 * before it creates a counter per account) and answers how to give it back once the password was right.
 */
export async function countSignInAttempt(request: FastifyRequest, reply: FastifyReply, email: string) {
  const store = request.server.services.rateLimits;
  const address = clientAddress(request);
  const addressKey = `sign-in|address|${address}`;
  const accountKey = `sign-in|account|${address}|${email}`;
  await enforceLimit(store, reply, addressKey, SIGN_IN_FAILURES_PER_ADDRESS, (seconds) =>
    seconds < 60
      ? problem('sign_in.too_many_from_network_seconds', { seconds })
      : problem('sign_in.too_many_from_network', { minutes: Math.ceil(seconds / 60) }),
  );
  await enforceLimit(store, reply, accountKey, SIGN_IN_FAILURES_PER_ACCOUNT, (seconds) =>
    seconds < 60
      ? problem('sign_in.too_many_for_account_seconds', { seconds })
      : problem('sign_in.too_many_for_account', { minutes: Math.ceil(seconds / 60) }),
  );
  return {
    succeeded: async () => {
      await store.refund(addressKey);
      await store.refund(accountKey);
    },
  };
}
