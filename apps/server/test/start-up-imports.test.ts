import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { onFirstUse } from '../src/platform/on-first-use.ts';

const app = path.resolve(import.meta.dirname, '../src/app.ts');

/**
 * Libraries that one rare action needs, loaded on its first use: together they were a fifth of the
 * time every process (server, worker, each test file) spent importing the app before it could start.
 */
const LOADED_ON_FIRST_USE = ['pdfkit', 'undici', 'nodemailer', '@zone-eu/mailsplit', 'file-type'];

/**
 * What a fresh process loads when it imports the app: every module resolved through `import` (a
 * resolve hook sees ES modules and CommonJS ones alike) and every file `require` loaded after that.
 */
const LIST_LOADED_MODULES = `
  import { createRequire, register } from 'node:module';
  import { MessageChannel } from 'node:worker_threads';
  const { port1, port2 } = new MessageChannel();
  const resolved = [];
  port1.on('message', (url) => resolved.push(url));
  const hook = 'let port; export function initialize(data) { port = data.port; }' +
    'export async function resolve(specifier, context, next) {' +
    ' const found = await next(specifier, context); port.postMessage(found.url); return found; }';
  register('data:text/javascript,' + encodeURIComponent(hook), { data: { port: port2 }, transferList: [port2] });
  await import(process.env.APP_MODULE);
  await new Promise((settle) => setTimeout(settle, 100));
  const required = Object.keys(createRequire(import.meta.url).cache);
  console.log(JSON.stringify([...resolved, ...required]));
  port1.close();
`;

test('importing the app loads none of the libraries that wait for their first use', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', LIST_LOADED_MODULES], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', APP_MODULE: app },
    timeout: 60_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const loaded: string[] = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
  assert.ok(
    loaded.some((file) => file.includes('/node_modules/fastify/')),
    'the child did not load the app: its module list is not what this test reads',
  );
  for (const library of LOADED_ON_FIRST_USE) {
    const files = loaded.filter((file) => file.includes(`/node_modules/${library}/`));
    assert.deepEqual(files, [], `${library} is loaded when the app starts`);
  }
});

test('a module waiting for its first use is loaded once, however many ask at once', async () => {
  let loads = 0;
  const library = onFirstUse(async () => {
    loads += 1;
    return { answer: 42 };
  });
  assert.equal(loads, 0, 'loaded before anyone asked');
  const [first, second] = await Promise.all([library(), library()]);
  assert.equal(first, second);
  assert.equal((await library()).answer, 42);
  assert.equal(loads, 1);
});
