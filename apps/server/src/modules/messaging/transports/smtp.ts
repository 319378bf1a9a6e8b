import type { Transporter } from 'nodemailer';
import { onFirstUse } from '../../../platform/on-first-use.ts';
import type { EmailTransport } from './types.ts';

export type SmtpOptions = { url: string; mailFrom: string; bounceAddress?: string | null };

/**
 * The envelope sender for one message: `bounces@example.com` becomes `bounces+<message id>@example.com`
 * (VERP), so a bounce arriving days later names its message even when it quotes nothing of it.
 */
export function envelopeSender(bounceAddress: string, messageId: string) {
  const at = bounceAddress.lastIndexOf('@');
  return `${bounceAddress.slice(0, at)}+${messageId}${bounceAddress.slice(at)}`;
}

/**
 * A bounce: the receiving server refused the recipient for good (a 5xx answer to RCPT TO, e.g.
 * "550 No such user"). Trying again cannot help, so the worker marks the message `bounced` at once.
 * Other 5xx answers (to AUTH or MAIL FROM) are our own set-up's fault and keep their retries.
 */
export function isBounce(error: unknown): boolean {
  const e = error as { responseCode?: unknown; command?: unknown };
  return (
    typeof e?.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && e.command === 'RCPT TO'
  );
}

/**
 * Email over SMTP. Timeouts stay well inside the worker's two-minute claim, so a hung server
 * cannot make a second worker pick the message up while this one is still talking.
 */
export function smtpTransport({ url, mailFrom, bounceAddress }: SmtpOptions): EmailTransport {
  const mailer: () => Promise<Transporter> = onFirstUse(async () => {
    const { createTransport } = await import('nodemailer');
    return createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  });
  return {
    name: 'smtp',
    async send(email) {
      const info = await (await mailer()).sendMail({
        from: { name: email.senderName || 'Vouch', address: mailFrom },
        to: email.to,
        replyTo: email.replyTo ?? undefined,
        subject: email.subject,
        text: email.text,
        html: email.html ?? undefined,
        messageId: `<${email.id}@vouch>`,
        ...(bounceAddress ? { envelope: { from: envelopeSender(bounceAddress, email.id), to: email.to } } : {}),
      });
      // The server's queue id (e.g. "250 2.0.0 Ok: queued as ABC") says more than our own Message-ID.
      return { providerId: typeof info.response === 'string' ? info.response.slice(0, 200) : info.messageId };
    },
  };
}
