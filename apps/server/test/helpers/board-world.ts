import type { TReferralSource, TReferralStatus } from '@vouch/contracts';
import { companyKey } from '../../src/modules/hiring/normalize.ts';
import type { referrals } from '../../src/modules/referrals/referrals.tables.ts';
import type { Client, TestApp } from './app.ts';
import { makeCandidate, makeCompany, makeDepartment, makeJob, makeMember, makeReferral, unique } from './factories.ts';

const DAY = 86_400_000;
export const daysAgo = (days: number, now = Date.now()) => new Date(now - days * DAY);

/**
 * A company with referrals of every kind for the board: Claire recruits, Erik refers openly and
 * Cornelius Quillfeather passed on a cold prospect (his name, email and id must never reach her).
 */
export async function makeBoardWorld(t: TestApp) {
  const db = t.db;
  const company = await makeCompany(db, { timeZone: 'Europe/Stockholm' });
  const engineering = await makeDepartment(db, company.id, 'Engineering');
  const sales = await makeDepartment(db, company.id, 'Sales');
  const claire = await makeMember(db, company.id, 'recruiter', { name: 'Claire Recruiter' });
  const erik = await makeMember(db, company.id, 'employee', { name: 'Erik Employee' });
  const cornelius = await makeMember(db, company.id, 'employee', {
    name: 'Cornelius Quillfeather',
    email: `${unique('cornelius.quillfeather')}@staff.example`,
  });
  const { job: backend } = await makeJob(db, company.id, { title: 'Backend Engineer', departmentId: engineering.id });
  const { job: seller } = await makeJob(db, company.id, { title: 'Account Executive', departmentId: sales.id });
  const claireClient = await t.signIn(claire.email);

  type Fields = Partial<typeof referrals.$inferInsert> & {
    source?: TReferralSource;
    status?: TReferralStatus;
    at?: Date;
  };
  /** A referral on the board: a request by Claire through Erik unless told otherwise. */
  const refer = (fields: Fields = {}) => {
    const { at, source = 'referral_request', status = 'refer_request_sent', ...rest } = fields;
    const referrerId = source === 'cold_prospect' ? cornelius.membership.id : erik.membership.id;
    return makeReferral(db, company.id, rest.referrerMembershipId ?? referrerId, {
      contact: null,
      source,
      status,
      firstName: rest.firstName ?? 'Robin',
      lastName: rest.lastName ?? unique('Board'),
      recruiterMembershipId: source === 'referral_request' ? claire.membership.id : null,
      companyKey: rest.company ? companyKey(rest.company) : null,
      ...(at ? { createdAt: at, statusChangedAt: at } : {}),
      ...rest,
    });
  };
  const candidate = (fields: Parameters<typeof makeCandidate>[2] = {}) => makeCandidate(db, company.id, fields);
  return { company, engineering, sales, claire, erik, cornelius, backend, seller, claireClient, refer, candidate };
}

export type BoardWorld = Awaited<ReturnType<typeof makeBoardWorld>>;

export type BoardItem = { id: string; [key: string]: unknown };

/** Every page of a board view followed through its cursors. */
export async function allPages(client: Client, query: string, limit = 2) {
  const seen: BoardItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await client.get(`/api/referrals?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
    const body = res.json();
    if (pages > 0 && body.counts !== null) throw new Error('later pages carry no counts');
    seen.push(...body.items);
    cursor = body.nextCursor;
    pages++;
  } while (cursor);
  return seen;
}

export async function boardIds(client: Client, query: string) {
  const res = await client.get(`/api/referrals?${query}`);
  if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
  return (res.json().items as BoardItem[]).map((i) => i.id);
}
