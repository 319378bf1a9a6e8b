import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { parseSecretKey, SECRET_KEY_BYTES } from './secret-box.ts';

/**
 * The server's secret key seals what must not be readable at rest (the links in queued messages).
 * Every process that writes or sends messages must hold the same key:
 *
 * 1. `VOUCH_SECRET_KEY` when set: always, and required for PostgreSQL in production, where several
 *    processes (servers, workers, maybe on several machines) share one database.
 * 2. Tests (`NODE_ENV=test`) without one: a random key for this process.
 * 3. Otherwise a key generated once into `DATA_DIR/secret.key` (0600): the embedded database's own
 *    folder, which is locked to one process anyway; and, outside production, a local PostgreSQL set-up.
 */
export const SECRET_KEY_FILE = 'secret.key';

export type ResolvedSecretKey = { key: Buffer; source: 'environment' | 'test process' | 'file' | 'generated file' };

export class MissingSecretKeyError extends Error {
  constructor() {
    super(
      'VOUCH_SECRET_KEY is not set. With PostgreSQL in production every Vouch process (servers and workers) ' +
        'must share one secret key: generate one with `openssl rand -base64 32` and set it in the environment ' +
        'of each process.',
    );
    this.name = 'MissingSecretKeyError';
  }
}

type KeyConfig = Pick<Config, 'env' | 'secretKey' | 'dataDir'> & { database: Pick<Config['database'], 'driver'> };

let processTestKey: Buffer | null = null;

export function resolveSecretKey(config: KeyConfig): ResolvedSecretKey {
  if (config.secretKey) return { key: config.secretKey, source: 'environment' };
  if (config.env === 'test') {
    processTestKey ??= randomBytes(SECRET_KEY_BYTES);
    return { key: processTestKey, source: 'test process' };
  }
  if (config.env === 'production' && config.database.driver === 'postgres') throw new MissingSecretKeyError();
  return readOrCreateKeyFile(path.join(config.dataDir, SECRET_KEY_FILE));
}

function readOrCreateKeyFile(file: string): ResolvedSecretKey {
  if (fs.existsSync(file)) return { key: readKeyFile(file), source: 'file' };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and linked into place: link fails if another process got there first, and nobody
  // ever reads a half-written key.
  const draft = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(draft, `${randomBytes(SECRET_KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
    return { key: readKeyFile(file), source: 'generated file' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: readKeyFile(file), source: 'file' };
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

function readKeyFile(file: string): Buffer {
  const key = parseSecretKey(fs.readFileSync(file, 'utf8'));
  if (!key) throw new Error(`${file} does not hold a ${SECRET_KEY_BYTES}-byte key in base64: restore it, or remove it`);
  return key;
}

/**
 * One key per process, installed at start (`buildApp`, the worker) and read by the outbox when it
 * seals and opens messages, so the modules that queue messages need not carry it around.
 */
let installed: Buffer | null = null;

export function installSecretKey(key: Buffer) {
  installed = key;
}

export function serverSecretKey(): Buffer {
  if (!installed) throw new Error('No secret key is loaded: buildApp() or the worker loads it at start');
  return installed;
}

type KeyLog = { info: (message: string) => void; warn: (message: string) => void };

/** Resolves and installs the key at start, saying where it came from when that needs attention. */
export function loadSecretKey(config: KeyConfig, log: KeyLog): ResolvedSecretKey {
  const resolved = resolveSecretKey(config);
  installSecretKey(resolved.key);
  const file = path.join(config.dataDir, SECRET_KEY_FILE);
  if (resolved.source === 'generated file') log.info(`Generated the secret key that seals message links: ${file}`);
  if (config.database.driver === 'postgres' && resolved.source !== 'environment' && resolved.source !== 'test process')
    log.warn(
      `The secret key comes from ${file}: every process using this database must have the same key. ` +
        'Set VOUCH_SECRET_KEY instead (required in production).',
    );
  return resolved;
}
