import type { TRefereePage } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { openLink, pageOf } from '../referee-link.ts';
import { updateRefereeInStatus } from '../referee-page.repo.ts';
import { referees } from '../references.tables.ts';

/** The page; the first view marks the referee `opened` (also after a bounce: the link reached them). */
export async function refereePage(db: Db, token: string): Promise<TRefereePage> {
  const opened = await openLink(db, token);
  if (opened.referee.status === 'invited' || opened.referee.status === 'bounced') {
    const updated = await updateRefereeInStatus(
      db,
      opened.referee.companyId,
      opened.referee.id,
      ['invited', 'bounced'],
      {
        status: 'opened',
        openedAt: sql`coalesce(${referees.openedAt}, now())`,
        updatedAt: sql`now()`,
      },
    );
    if (updated) opened.referee = updated;
  }
  return pageOf(db, opened);
}
