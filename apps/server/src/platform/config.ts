import { isIP } from 'node:net';
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { parseSecretKey } from './secret-box.ts';

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
  // Connections each process keeps to PostgreSQL: processes × this must stay under the server's max_connections.
  PG_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a plain role name: lowercase letters, digits and _')
    .optional(),
  // The walled pool logs in as its own user (owning nothing, NOBYPASSRLS) instead of the owner switching role.
  DATABASE_APP_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('noreply@vouch.example'),
  SMS_PROVIDER_URL: z.string().url().optional(),
  SMS_PROVIDER_USERNAME: z.string().optional(),
  SMS_PROVIDER_PASSWORD: z.string().optional(),
  SMS_FROM: z.string().default('Vouch'),
  BOUNCE_ADDRESS: z.string().email().optional(),
  INBOUND_SECRET: z.string().min(24, 'At least 24 characters, e.g. the output of `openssl rand -hex 16`').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  WORKER: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (v) => parseTrustProxy(v) !== null,
      "Use false, true, a number of proxy hops, or the proxies' addresses or CIDR ranges separated by commas",
    ),
  // Contact imports: 50 MB and 200,000 rows unless a deployment (or a test) says otherwise.
  CONTACT_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  CONTACT_IMPORT_MAX_ROWS: z.coerce.number().int().positive().default(200_000),
  PUBLIC_LINK_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  API_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  SIGNUP: z.enum(['open', 'closed']).default('closed'),
  WEBHOOK_ALLOW_PRIVATE: ZPrivateNetworks,
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
  /**
   * PostgreSQL with the pool size of each process (PG_POOL_SIZE) and `appRole`, DATABASE_APP_ROLE: the
   * role signed-in requests run as behind row-level security (`appUrl`, DATABASE_APP_URL: logged in as
   * that role, whose name is then the URL's user unless DATABASE_APP_ROLE says); or the embedded database.
   */
  database:
    | { driver: 'postgres'; url: string; poolSize: number; appRole?: string; appUrl?: string }
    | { driver: 'pglite'; dataDir: string | null };
  /** DATA_DIR, resolved: the embedded database's folder, and where a generated secret key is kept. */
  dataDir: string;
  /** VOUCH_SECRET_KEY: seals the links in queued messages. Null: see platform/secret-key.ts. */
  secretKey: Buffer | null;
  smtpUrl: string | null;
  mailFrom: string;
  sms: { url: string; username: string | null; password: string | null; from: string } | null;
  /** BOUNCE_ADDRESS: the envelope sender of every email, tagged per message (VERP), so a late bounce names its message. */
  bounceAddress: string | null;
  /** INBOUND_SECRET: what the bounce and SMS delivery report endpoints require; unset, they answer 404. */
  inboundSecret: string | null;
  logLevel: string;
  seedDemo: boolean;
  runWorker: boolean;
  /** Fastify's `trustProxy`: whom to believe about the client's address (see `parseTrustProxy`). */
  trustProxy: boolean | number | string[];
  /** Secure cookies when the public URL is https. */
  secureCookies: boolean;
  contactImport: { maxBytes: number; maxRows: number };
  /** Requests per minute and address on the public link pages (candidates', referees'); saving answers gets 4×. */
  publicLinkRateLimit: number;
  /** Requests per minute and API key on the integration API (`/api/v1`). */
  apiRateLimit: number;
  /** `open`: anyone may create a new company from the sign-in page, once their address is verified. */
  signup: 'open' | 'closed';
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
  if (e.SIGNUP === 'open' && !e.SMTP_URL && e.NODE_ENV === 'production')
    throw new Error('Invalid configuration:\n  SIGNUP: open sign-up verifies every address by email: set SMTP_URL too');
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? {
          driver: 'postgres',
          url: e.DATABASE_URL,
          poolSize: e.PG_POOL_SIZE,
          appRole:
            e.DATABASE_APP_ROLE ?? (e.DATABASE_APP_URL && decodeURIComponent(new URL(e.DATABASE_APP_URL).username)),
          appUrl: e.DATABASE_APP_URL,
        }
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
    bounceAddress: e.BOUNCE_ADDRESS ?? null,
    inboundSecret: e.INBOUND_SECRET ?? null,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO === 'auto' && e.NODE_ENV !== 'production',
    runWorker: e.WORKER === 'on',
    trustProxy: parseTrustProxy(e.TRUST_PROXY) ?? false,
    secureCookies: publicUrl.startsWith('https://'),
    contactImport: { maxBytes: e.CONTACT_IMPORT_MAX_BYTES, maxRows: e.CONTACT_IMPORT_MAX_ROWS },
    publicLinkRateLimit: e.PUBLIC_LINK_RATE_LIMIT,
    apiRateLimit: e.API_RATE_LIMIT,
    signup: e.SIGNUP,
    webhookPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE,
  };
}

/**
 * `TRUST_PROXY`: `false` (the socket's peer is the client), a number of proxy hops in front of Vouch
 * (the client is the address the nearest of them saw, so what a client writes into X-Forwarded-For
 * itself is ignored), the proxies' addresses or CIDR ranges (comma-separated), or `true` (believe the
 * whole header: only where the proxy in front replaces it rather than appending to it).
 */
export function parseTrustProxy(value: string): boolean | number | string[] | null {
  const v = value.trim().toLowerCase();
  if (['', 'false', 'no', 'off'].includes(v)) return false;
  if (['true', 'yes', 'on'].includes(v)) return true;
  if (/^\d+$/.test(v)) return Number(v);
  const parts = v.split(',').map((part) => part.trim());
  return parts.every(isAddressOrRange) ? parts : null;
}

/** An IP address, a CIDR range, or one of the names proxy-addr knows (loopback, linklocal, uniquelocal). */
function isAddressOrRange(part: string) {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(part)) return true;
  const [address, bits, extra] = part.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}
