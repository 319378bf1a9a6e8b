import type { TCandidateConnection, TConnectionReason, TConnectionSummaries } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { rowsOf } from '../../../platform/db/ids.ts';
import type { CandidateScope } from '../../hiring/index.ts';
import { type ConnectionRow, connectionsSql } from './connections.sql.ts';
import { describeConnection } from './describe-connection.ts';

/** Worked together first (the most telling sentence), then the contact, then the colleague's own mark. */
function reasonsOf(row: ConnectionRow): TConnectionReason[] {
  const reasons: TConnectionReason[] = (row.worked ?? []).map((w) => ({ kind: 'worked_together', ...w }));
  if (row.matched_by) reasons.push({ kind: 'contact', matchedBy: row.matched_by });
  if (row.mark) reasons.push({ kind: 'marked', mark: row.mark });
  return reasons;
}

function connectionOf(row: ConnectionRow): TCandidateConnection {
  const connection = {
    colleague: { membershipId: row.member_id, name: row.name, email: row.email },
    strength: row.strength,
    reasons: reasonsOf(row),
  };
  return { ...connection, summary: describeConnection(connection, 'en', { candidate: row.candidate_first_name }) };
}

/**
 * The colleagues connected to one candidate of the company, strongest first. No access check: the
 * caller decides who may see the candidate (the routes, the referral request composer).
 */
export async function findCandidateConnections(
  db: Db,
  companyId: string,
  candidateId: string,
): Promise<TCandidateConnection[]> {
  const rows = rowsOf<ConnectionRow>(await db.execute(connectionsSql(companyId, [candidateId], { best: false })));
  return rows.map(connectionOf);
}

/**
 * The strongest connection and the count for each candidate of a page, in one statement. Ids the
 * caller may not see (another company's, or not on a hiring manager's jobs) are left out.
 */
export async function summarizeConnections(
  db: Db,
  companyId: string,
  candidateIds: string[],
  scope: CandidateScope,
): Promise<TConnectionSummaries> {
  const ids = [...new Set(candidateIds)];
  if (!ids.length) return { items: [] };
  const rows = rowsOf<ConnectionRow>(await db.execute(connectionsSql(companyId, ids, { best: true, scope })));
  const byId = new Map(rows.map((row) => [row.candidate_id, row]));
  // In the order asked for, which is the table's.
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ candidateId: id, count: row.total ?? 0, best: row.member_id ? connectionOf(row) : null }];
  });
  return { items };
}
