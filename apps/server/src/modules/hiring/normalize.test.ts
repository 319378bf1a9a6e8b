import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { candidateKeys, companyKey, emailKey, linkedinKey, nameCompanyKey, phoneKey } from './normalize.ts';

describe('emailKey', () => {
  test('folds case and removes every space', () => {
    assert.equal(emailKey('  Jane.Doe@Example.COM '), 'jane.doe@example.com');
    assert.equal(emailKey('jane .doe@ example.com'), 'jane.doe@example.com');
  });
  test('empty, blank and missing emails have no key', () => {
    assert.equal(emailKey(''), null);
    assert.equal(emailKey('   '), null);
    assert.equal(emailKey(null), null);
    assert.equal(emailKey(undefined), null);
  });
});

describe('phoneKey', () => {
  test('a Swedish number written locally and internationally is one E.164 key', () => {
    const expected = '+46701234567';
    for (const written of ['070-123 45 67', '0701234567', '+46 70 123 45 67', '+46701234567', '0046 70 123 45 67'])
      assert.equal(phoneKey(written), expected, written);
  });
  test('numbers with a country code keep it whatever the default country', () => {
    assert.equal(phoneKey('+44 20 7946 0958'), '+442079460958');
    assert.equal(phoneKey('+1 (415) 555-2671'), '+14155552671');
  });
  test('the default country reads numbers without a code', () => {
    assert.equal(phoneKey('020 7946 0958', 'GB'), '+442079460958');
    assert.equal(phoneKey('(415) 555-2671', 'US'), '+14155552671');
  });
  test('what cannot be a phone number has no key', () => {
    for (const junk of ['12', 'not a phone', '', '+', '0000000000000000000000'])
      assert.equal(phoneKey(junk), null, junk);
    assert.equal(phoneKey(null), null);
  });
});

describe('linkedinKey', () => {
  test('scheme, www, country subdomain, case, query, fragment and trailing slash do not matter', () => {
    const expected = 'linkedin.com/in/jane-doe';
    for (const written of [
      'linkedin.com/in/jane-doe',
      'https://www.linkedin.com/in/Jane-Doe/?trk=x',
      'http://se.linkedin.com/in/jane-doe#about',
      'HTTPS://LINKEDIN.COM/IN/JANE-DOE//',
      '  www.linkedin.com/in/jane-doe/details/experience/ ',
      'https://www.linkedin.com/pub/jane-doe',
    ])
      assert.equal(linkedinKey(written), expected, written);
  });
  test('percent-encoded profile slugs are decoded so both spellings match', () => {
    assert.equal(linkedinKey('https://www.linkedin.com/in/j%C3%B6rgen'), linkedinKey('linkedin.com/in/jörgen'));
  });
  test('different profiles stay different', () => {
    assert.notEqual(linkedinKey('linkedin.com/in/jane-doe'), linkedinKey('linkedin.com/in/jane-doe-2'));
  });
  test('other URLs are kept as host and path, lower-cased', () => {
    assert.equal(linkedinKey('https://GitHub.com/JaneDoe/'), 'github.com/janedoe');
    assert.equal(linkedinKey('https://notlinkedin.com/in/jane-doe'), 'notlinkedin.com/in/jane-doe');
  });
  test('blank or missing URLs have no key, and a malformed one does not throw', () => {
    assert.equal(linkedinKey('   '), null);
    assert.equal(linkedinKey(null), null);
    assert.equal(typeof linkedinKey('http://%%%'), 'string');
    assert.equal(typeof linkedinKey('https://www.linkedin.com/in/%E0%A4%A'), 'string');
  });
});

describe('companyKey', () => {
  test('"Dentons", "Dentons LLP" and "DENTONS" are one', () => {
    assert.equal(companyKey('Dentons'), 'dentons');
    assert.equal(companyKey('Dentons LLP'), 'dentons');
    assert.equal(companyKey('DENTONS'), 'dentons');
  });
  test('legal suffixes, punctuation, accents and ampersands are folded', () => {
    assert.equal(companyKey('Volvo Car AB (publ)'), 'volvo car');
    assert.equal(companyKey('Ericsson, Inc.'), 'ericsson');
    assert.equal(companyKey('Skåne Bygg AB'), 'skane bygg');
    assert.equal(companyKey('Procter & Gamble Co.'), 'procter and gamble');
    assert.equal(companyKey('  Acme   Holding Group  '), 'acme');
  });
  test('a name made only of a suffix keeps it rather than becoming empty', () => {
    assert.equal(companyKey('Group'), 'group');
    assert.equal(companyKey('AB'), 'ab');
  });
  test('different companies stay different', () => {
    assert.notEqual(companyKey('Dentons'), companyKey('Denton'));
    assert.notEqual(companyKey('Acme Consulting'), companyKey('Acme'));
  });
  test('missing names give an empty key', () => {
    assert.equal(companyKey(null), '');
    assert.equal(companyKey('  '), '');
    assert.equal(companyKey('!!!'), '');
  });
});

describe('nameCompanyKey', () => {
  test('the same name at the same company, however written, is one key', () => {
    const key = nameCompanyKey('Jane', 'Doe', 'Dentons');
    assert.equal(key, 'jane doe|dentons');
    assert.equal(nameCompanyKey(' JANE ', 'doe', 'Dentons LLP'), key);
  });
  test('a different name or company gives a different key', () => {
    assert.notEqual(nameCompanyKey('Jane', 'Doe', 'Dentons'), nameCompanyKey('John', 'Doe', 'Dentons'));
    assert.notEqual(nameCompanyKey('Jane', 'Doe', 'Dentons'), nameCompanyKey('Jane', 'Doe', 'Acme'));
  });
  test('without a current company there is no key, so names alone never match', () => {
    assert.equal(nameCompanyKey('Jane', 'Doe', null), null);
    assert.equal(nameCompanyKey('Jane', 'Doe', ''), null);
  });
});

describe('candidateKeys', () => {
  test('computes every key from one candidate', () => {
    assert.deepEqual(
      candidateKeys({
        firstName: 'Jane',
        lastName: 'Doe',
        email: 'Jane@Example.com',
        phone: '070-123 45 67',
        linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
        currentCompany: 'Dentons LLP',
      }),
      {
        emailKey: 'jane@example.com',
        phoneKey: '+46701234567',
        linkedinKey: 'linkedin.com/in/jane-doe',
        nameCompanyKey: 'jane doe|dentons',
      },
    );
  });
});
