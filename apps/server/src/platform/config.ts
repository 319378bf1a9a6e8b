import path from 'node:path';
import { z } from 'zod';
import { parseSecretKey } from './secret-box.ts';

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
  VOUCH_SECRET_KEY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return null;
      const key = parseSecretKey(value);
      if (!key)
        ctx.addIssue({
          code: 'custom',
          message: '32 random bytes as base64 or 64 hex digits, e.g. the output of `openssl rand -base64 32`',
        });
      return key;
    }),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  database: { driver: 'postgres'; url: string } | { driver: 'pglite'; dataDir: string | null };
  /** DATA_DIR, resolved: the embedded database's folder, and where a generated secret key is kept. */
  dataDir: string;
  /** VOUCH_SECRET_KEY: seals the links in queued messages. Null: see platform/secret-key.ts. */
  secretKey: Buffer | null;
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
    dataDir: path.resolve(e.DATA_DIR),
    secretKey: e.VOUCH_SECRET_KEY,
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
  };
}
