import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { detectFormat, ImportFormatError, parseContacts } from './index.ts';
import { chunksOf, collect, fixturePath, parseFixture } from './test-helpers.ts';

const fixture = (name: string) => readFile(fixturePath(name));

test('recognises each format from its first bytes', async () => {
  assert.equal(detectFormat(await fixture('linkedin-connections.csv')), 'linkedin');
  assert.equal(detectFormat(await fixture('swedish-contacts.csv')), 'csv');
  assert.equal(detectFormat(await fixture('contacts-v3.vcf')), 'vcard');
  assert.equal(detectFormat(await fixture('contacts-v4.vcf')), 'vcard');
  assert.equal(detectFormat(await fixture('image.png')), 'binary');
  assert.equal(detectFormat(await fixture('empty.csv')), 'empty');
});

test('treats a byte order mark and blank lines alone as empty, and a header without notes as LinkedIn', () => {
  assert.equal(detectFormat(Buffer.from('\uFEFF\r\n \n\t\n')), 'empty');
  assert.equal(detectFormat(Buffer.from('"First Name","Last Name","URL","Email Address"\n')), 'linkedin');
  assert.equal(detectFormat(Buffer.from('First Name,Last Name,E-mail Address,Web Page\n')), 'csv');
});

test('recognises a sample that ends halfway through a multi-byte character as text', () => {
  const bytes = Buffer.from('Förnamn;Efternamn\nÅsa;Öberg\n李雷');
  assert.equal(detectFormat(bytes.subarray(0, bytes.length - 1)), 'csv');
});

test('refuses binary and empty files with a message for the uploader, whatever the format asked for', async () => {
  await assert.rejects(parseFixture('image.png', { format: 'linkedin' }), (error: unknown) => {
    assert.ok(error instanceof ImportFormatError);
    assert.equal(error.code, 'unprocessable');
    assert.match(error.message, /not a text file/);
    return true;
  });
  await assert.rejects(parseFixture('empty.csv', { format: 'auto' }), /^ImportFormatError: The file is empty\.$/);
  const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(64, 7)]);
  await assert.rejects(collect(parseContacts(chunksOf(xlsx), { format: 'csv' })), /Save it as CSV/);
});

test('says so when a vCard is uploaded as a CSV', async () => {
  await assert.rejects(parseFixture('contacts-v3.vcf', { format: 'linkedin' }), /This is a vCard/);
});
