import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption for small secrets kept at rest (a queued email's links): AES-256-GCM with
 * a random 96-bit nonce per seal. `context` is bound as associated data, so a sealed value copied
 * onto another row (another message id or recipient) fails to open instead of being used there.
 *
 * Format: `v1.` + base64url(nonce ‖ tag ‖ ciphertext). The version lets a later format sit beside it.
 */
const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_BYTES = 32;

/** Thrown for a wrong key, a changed context, a tampered or truncated value: all look the same. */
export class SealedBoxError extends Error {
  constructor() {
    super('The sealed content could not be opened: another secret key (VOUCH_SECRET_KEY) sealed it, or it was changed');
    this.name = 'SealedBoxError';
  }
}

/**
 * A key as people write it down: 64 hex digits, or base64 (standard or URL-safe, padded or not).
 * Null unless it is exactly 32 bytes, so a typo or a password-like string is refused, not stretched.
 */
export function parseSecretKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return null;
  const key = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return key.length === SECRET_KEY_BYTES ? key : null;
}

function checkKey(key: Buffer) {
  if (key.length !== SECRET_KEY_BYTES) throw new Error(`A secret key is ${SECRET_KEY_BYTES} bytes, not ${key.length}`);
}

export function seal(key: Buffer, plaintext: string, context: string): string {
  checkKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([nonce, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
}

export function open(key: Buffer, sealed: string, context: string): string {
  checkKey(key);
  const [version, payload, ...rest] = sealed.split('.');
  if (version !== VERSION || payload === undefined || rest.length) throw new SealedBoxError();
  const bytes = Buffer.from(payload, 'base64url');
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new SealedBoxError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(bytes.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedBoxError();
  }
}
