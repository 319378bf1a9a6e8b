import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildApp } from '../../src/app.ts';
import { runDueMessages } from '../../src/modules/messaging/index.ts';
import { memberships, users } from '../../src/modules/tenancy/tenancy.tables.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/db.ts';
import { openTestDatabase } from '../helpers/database.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'vouch-demo';
export const screenshotDir = path.resolve(import.meta.dirname, '../../../../test-results');

/**
 * Browser tests need Debian's Chromium. Outside CI they skip, saying how to get it; in CI
 * (VOUCH_REQUIRE_BROWSER=1) a missing browser fails the run.
 */
export function browserSkipReason(): string | false {
  if (fs.existsSync(CHROMIUM)) return false;
  const hint =
    'Chromium not found at /usr/bin/chromium: install it with `sudo apt-get install chromium` to run the browser tests';
  if (process.env.VOUCH_REQUIRE_BROWSER) throw new Error(hint);
  console.log(`# ${hint}`);
  return hint;
}

export type BrowserWorld = {
  app: FastifyInstance;
  database: Database;
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
};

/**
 * The real server with the demo company on a fresh database, on a free port, and a headless Chromium.
 * `env` adds configuration, e.g. SMTP_URL of a test mail catcher; `seedDemo: false` leaves the
 * database empty, as a fresh production install is.
 */
export async function startBrowserWorld(
  env: Record<string, string> = {},
  options: { seedDemo?: boolean } = {},
): Promise<BrowserWorld> {
  // The demo is seeded once per run (test/prepare.ts) and copied, as the empty database is.
  const database = await openTestDatabase({ demo: options.seedDemo !== false });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', ...env });
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(screenshotDir, { recursive: true });
  return {
    app,
    database,
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** The membership of a demo login (`recruiter@acme.example` is Acme's recruiter), for tests that add rows to it. */
export async function demoMember(world: BrowserWorld, email: string) {
  const [row] = await world.database.db
    .select({ companyId: memberships.companyId, membershipId: memberships.id, userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(users.email, email));
  if (!row) throw new Error(`the demo has no login ${email}`);
  return row;
}

/** The company of a demo login. */
export async function demoCompanyId(world: BrowserWorld, email: string): Promise<string> {
  return (await demoMember(world, email)).companyId;
}

/** A demo login signed in through the API: it POSTs as that member, as a drawer or composer of the app would. */
export async function demoPoster(world: BrowserWorld, email: string) {
  const res = await world.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password: DEMO_PASSWORD },
  });
  const cookie = `vouch_session=${res.cookies.find((c) => c.name === 'vouch_session')!.value}`;
  const csrf = res.json().csrfToken as string;
  return (url: string, payload: object) =>
    world.app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrf } });
}

export async function signInAs(world: BrowserWorld, email: string): Promise<Page> {
  const context = await world.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  trackProblems(page);
  await page.goto(`${world.baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('nav-home').waitFor();
  return page;
}

/**
 * Script errors and Content-Security-Policy refusals are collected per page; `assertNoPageProblems`
 * fails a test that caused any, so the app is proven to run under the CSP the server sends.
 */
const problems = new WeakMap<Page, string[]>();
export function trackProblems(page: Page) {
  const list: string[] = [];
  problems.set(page, list);
  page.on('pageerror', (error) => list.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) list.push(`CSP: ${message.text()}`);
  });
}
export const pageProblems = (page: Page) => problems.get(page) ?? [];

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

/** What the screen shows now, without scrolling: a sticky header stays where the eye sees it. */
export const shotView = (page: Page, name: string) =>
  page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

/** How wide the page is laid out: wider than the viewport means sideways scrolling. */
export const scrollWidthOf = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );

export { runDueMessages };

/**
 * Polls `read` until it returns `expected` (or the time is up, then returns what it read last), for
 * values a page fills in after a query answers, e.g. a select whose options load later.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
