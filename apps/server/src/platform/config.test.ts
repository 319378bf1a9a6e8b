import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './config.ts';

test('TRUST_PROXY takes false, true, a number of hops or the proxies’ addresses, and refuses anything else', () => {
  const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(trust('false'), false);
  assert.equal(trust('true'), true);
  assert.equal(trust('1'), 1);
  assert.equal(trust('2'), 2);
  assert.deepEqual(trust('10.0.0.0/8, 127.0.0.1,::1,loopback'), ['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
  for (const bad of ['maybe', '10.0.0.0/40', '10.0.0.1/8/2', 'proxy.internal'])
    assert.throws(() => trust(bad), /TRUST_PROXY/, bad);
});

test('PG_POOL_SIZE sets each process’s PostgreSQL pool (10 unless told) and refuses nonsense', () => {
  const pool = (env: NodeJS.ProcessEnv) => {
    const { database } = loadConfig({ DATABASE_URL: 'postgres://vouch@db/vouch', ...env });
    return database.driver === 'postgres' ? database.poolSize : null;
  };
  assert.equal(pool({}), 10);
  assert.equal(pool({ PG_POOL_SIZE: '25' }), 25);
  for (const bad of ['0', '-3', 'many', '2.5']) assert.throws(() => pool({ PG_POOL_SIZE: bad }), /PG_POOL_SIZE/, bad);
});
