import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { open, parseSecretKey, SealedBoxError, seal } from './secret-box.ts';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const secret = 'https://vouch.test/reset-password?token=abc123 – åäö';

  test('what is sealed opens with the same key and context, and is not readable without them', () => {
    const sealed = seal(key, secret, 'message:1');
    assert.match(sealed, /^v1\.[A-Za-z0-9_-]+$/);
    assert.ok(!sealed.includes('abc123'));
    assert.equal(open(key, sealed, 'message:1'), secret);
    assert.notEqual(seal(key, secret, 'message:1'), sealed, 'a fresh nonce every time');
  });

  test('a changed byte anywhere is detected', () => {
    const sealed = seal(key, secret, 'message:1');
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    for (const position of [0, 12, 20, bytes.length - 1]) {
      const tampered = Buffer.from(bytes);
      tampered[position] ^= 0x01;
      assert.throws(
        () => open(key, `v1.${tampered.toString('base64url')}`, 'message:1'),
        SealedBoxError,
        `byte ${position}`,
      );
    }
    assert.throws(() => open(key, `v1.${bytes.subarray(0, 20).toString('base64url')}`, 'message:1'), SealedBoxError);
  });

  test('another key, another context or another format does not open it', () => {
    const sealed = seal(key, secret, 'message:1');
    assert.throws(() => open(randomBytes(32), sealed, 'message:1'), SealedBoxError);
    assert.throws(() => open(key, sealed, 'message:2'), SealedBoxError);
    for (const garbage of ['', 'v1.', 'v2.AAAA', sealed.replace('v1.', 'v0.'), `${sealed}.x`, 'plain text'])
      assert.throws(() => open(key, garbage, 'message:1'), SealedBoxError, garbage);
  });

  test('a key must be 32 bytes', () => {
    assert.throws(() => seal(randomBytes(16), secret, 'x'), /32 bytes/);
  });
});

describe('parseSecretKey', () => {
  const bytes = randomBytes(32);

  test('takes 64 hex digits or base64 in either alphabet, padded or not', () => {
    for (const text of [
      bytes.toString('hex'),
      bytes.toString('hex').toUpperCase(),
      bytes.toString('base64'),
      bytes.toString('base64url'),
      ` ${bytes.toString('base64')}\n`,
    ])
      assert.deepEqual(parseSecretKey(text), bytes, text);
  });

  test('refuses anything that is not exactly 32 bytes', () => {
    for (const text of [
      '',
      'correct horse battery staple',
      randomBytes(31).toString('base64'),
      randomBytes(33).toString('base64'),
      randomBytes(32).toString('hex').slice(1),
      `${bytes.toString('base64').slice(0, 40)}!!!=`,
    ])
      assert.equal(parseSecretKey(text), null, text);
  });
});
