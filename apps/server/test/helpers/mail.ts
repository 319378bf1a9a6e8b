import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { runDueMessages } from '../../src/modules/messaging/index.ts';
import { transportsFromConfig } from '../../src/modules/messaging/transports/index.ts';
import type { TestApp } from './app.ts';

/** `from`: the envelope sender (MAIL FROM), where a bounce would go. */
export type CaughtMail = { to: string[]; from: string | null; mail: ParsedMail };

export type MailCatcher = {
  /** Pass as SMTP_URL to startTestApp. */
  url: string;
  inbox: CaughtMail[];
  /**
   * The newest message to this address (whose plain text holds `containing`, when given), or
   * undefined. Messages in one delivery round are sent side by side, so two to one address may
   * arrive in either order: a test after a particular one names what it holds.
   */
  lastTo: (address: string, containing?: string) => CaughtMail | undefined;
  close: () => Promise<void>;
};

/**
 * A real SMTP server on a free local port that keeps every message it accepts, parsed. Addresses in
 * `reject` are refused at RCPT TO with "550 No such user", as a receiving server does for a bounce.
 */
export async function startMailCatcher(options: { reject?: string[] } = {}): Promise<MailCatcher> {
  const inbox: CaughtMail[] = [];
  const rejected = new Set((options.reject ?? []).map((a) => a.toLowerCase()));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!rejected.has(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            mail,
          });
          callback();
        },
        (error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    lastTo: (address, containing) =>
      inbox.findLast(
        (m) => m.to.includes(address.toLowerCase()) && (!containing || (m.mail.text ?? '').includes(containing)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs the message worker until the queue is empty, with the transports the app's config names
 * (SMTP when the app was started with SMTP_URL). Returns the messages that arrived meanwhile.
 */
export async function deliverMail(t: TestApp, catcher: MailCatcher): Promise<CaughtMail[]> {
  const before = catcher.inbox.length;
  const transports = transportsFromConfig(t.config);
  for (let round = 0; round < 20; round++) {
    const result = await runDueMessages({ db: t.db, transports, batchSize: 50 });
    if (result.failed || result.dead) throw new Error(`mail delivery failed: ${JSON.stringify(result)}`);
    if (!result.claimed) break;
  }
  return catcher.inbox.slice(before);
}

/** The `token` query parameter of the first link to `path` in the mail's plain-text body. */
export function tokenFrom(caught: CaughtMail | undefined, path: string): string {
  const text = caught?.mail.text ?? '';
  const match = text.match(new RegExp(`https?://[^\\s]*${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match) throw new Error(`no ${path} link in mail: ${text}`);
  return match[1];
}
