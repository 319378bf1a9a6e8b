import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/**
 * Which private addresses webhooks and partner callbacks may reach, as the operator decides it
 * (`WEBHOOK_ALLOW_PRIVATE`): none, every private one, or only those in the listed ranges. A
 * company's own switch can only narrow it; cloud metadata addresses are refused whatever it says.
 */
export type PrivateNetworks = { kind: 'off' } | { kind: 'on' } | { kind: 'ranges'; ranges: string[] };

const PRIVATE_NETWORKS_HINT =
  'use off, on, or a comma-separated list of address ranges such as 10.0.0.0/8,fd00:1234::/32';

/** `off` (also false, 0, empty), `on` (true, 1), or ranges in CIDR notation (a bare address is one address). */
const ZPrivateNetworks = z
  .string()
  .default('off')
  .transform((raw, ctx): PrivateNetworks => {
    const value = raw.trim().toLowerCase();
    if (['', 'off', 'false', '0', 'no'].includes(value)) return { kind: 'off' };
    if (['on', 'true', '1', 'yes'].includes(value)) return { kind: 'on' };
    const ranges: string[] = [];
    for (const part of value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const cidr = part.includes('/') ? part : `${part}/${ipaddr.IPv6.isValid(part) ? 128 : 32}`;
      if (!ipaddr.isValidCIDR(cidr)) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not an address range: ${PRIVATE_NETWORKS_HINT}` });
        return z.NEVER;
      }
      ranges.push(cidr);
    }
    return { kind: 'ranges', ranges };
  });

/** Every setting Vouch reads from the environment, parsed once. The README lists them all. */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('noreply@vouch.example'),
  SMS_PROVIDER_URL: z.string().url().optional(),
  SMS_PROVIDER_USERNAME: z.string().optional(),
  SMS_PROVIDER_PASSWORD: z.string().optional(),
  SMS_FROM: z.string().default('Vouch'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  WORKER: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z.stringbool().default(false),
  // Contact imports: 50 MB and 200,000 rows unless a deployment (or a test) says otherwise.
  CONTACT_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  CONTACT_IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(200_000),
  PUBLIC_LINK_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  API_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  WEBHOOK_ALLOW_PRIVATE: ZPrivateNetworks,
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  database: { driver: 'postgres'; url: string } | { driver: 'pglite'; dataDir: string | null };
  smtpUrl: string | null;
  mailFrom: string;
  sms: { url: string; username: string | null; password: string | null; from: string } | null;
  logLevel: string;
  seedDemo: boolean;
  runWorker: boolean;
  trustProxy: boolean;
  /** Secure cookies when the public URL is https. */
  secureCookies: boolean;
  contactImport: { maxBytes: number; maxRows: number };
  /** Requests per minute and address on the public link pages (candidates', referees'); saving answers gets 4×. */
  publicLinkRateLimit: number;
  /** Requests per minute and API key on the integration API (`/api/v1`). */
  apiRateLimit: number;
  /** The operator's `WEBHOOK_ALLOW_PRIVATE`: the most any company's webhooks and callbacks may reach. */
  webhookPrivateNetworks: PrivateNetworks;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? { driver: 'postgres', url: e.DATABASE_URL }
      : { driver: 'pglite', dataDir: path.resolve(e.DATA_DIR) },
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    sms: e.SMS_PROVIDER_URL
      ? {
          url: e.SMS_PROVIDER_URL,
          username: e.SMS_PROVIDER_USERNAME ?? null,
          password: e.SMS_PROVIDER_PASSWORD ?? null,
          from: e.SMS_FROM,
        }
      : null,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO === 'auto' && e.NODE_ENV !== 'production',
    runWorker: e.WORKER === 'on',
    trustProxy: e.TRUST_PROXY,
    secureCookies: publicUrl.startsWith('https://'),
    contactImport: { maxBytes: e.CONTACT_IMPORT_MAX_BYTES, maxRows: e.CONTACT_IMPORT_MAX_ROWS },
    publicLinkRateLimit: e.PUBLIC_LINK_RATE_LIMIT,
    apiRateLimit: e.API_RATE_LIMIT,
    webhookPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE,
  };
}
