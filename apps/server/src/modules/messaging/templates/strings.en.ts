import type { TRole } from '@vouch/contracts';

/**
 * Every English word Vouch sends by email or SMS. Plain text only: the layout escapes it for HTML,
 * so a name or company that contains markup can never inject any. Swedish mirrors this shape.
 */
export const en = {
  layout: {
    buttonFallback: 'If the button does not work, copy this link into your browser:',
    footer: (senderName: string) => `Sent by ${senderName} with Vouch`,
  },
  roles: {
    admin: 'an administrator',
    recruiter: 'a recruiter',
    hiring_manager: 'a hiring manager',
    employee: 'an employee',
    agent: 'a recruitment agent',
  } satisfies Record<TRole, string>,
  greeting: (name: string) => (name ? `Hi ${name},` : 'Hi,'),
  passwordReset: {
    subject: 'Reset your Vouch password',
    intro: 'We received a request to reset the password for your Vouch account.',
    button: 'Choose a new password',
    expires: (minutes: number) => `The link works for ${minutes} minutes and can be used once.`,
    ignore: 'If you did not ask for this, you can ignore this email; your password stays the same.',
  },
  invite: {
    subject: (companyName: string) => `You are invited to ${companyName} on Vouch`,
    intro: (inviterName: string, companyName: string, role: string) =>
      `${inviterName} has invited you to join ${companyName} on Vouch as ${role}.`,
    about: 'Vouch is where your company handles employee referrals and reference checks.',
    button: 'Accept the invitation',
    expires: (days: number) => `The invitation is valid for ${days} days.`,
  },
  testMessage: {
    text: (text: string) => `Test message from Vouch: ${text}`,
  },
};

export type Strings = typeof en;
