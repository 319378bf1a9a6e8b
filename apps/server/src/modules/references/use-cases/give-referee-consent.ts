import { CONSENT_TEXT_VERSION, type TRefereeDevice, type TRefereePage, type TRelationship } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldProblem } from '../../../platform/errors.ts';
import { needsCode } from '../referee-code.ts';
import { ACTIVE, alreadyDone, assertActive, openLink, pageOf } from '../referee-link.ts';
import { updateRefereeInStatus } from '../referee-page.repo.ts';
import { referees } from '../references.tables.ts';
import { detectFraudSignals } from './detect-fraud-signals.ts';

export async function giveConsent(
  db: Db,
  token: string,
  input: {
    consentVersion: string;
    device: TRefereeDevice;
    ip: string;
    /** The browser's first-party cookie, so the same-device rule tells two phones of one model apart. */
    browserId: string;
    /** What the referee says they were to the candidate. */
    relationship?: TRelationship;
  },
): Promise<TRefereePage> {
  if (input.consentVersion !== CONSENT_TEXT_VERSION)
    throw new AppError(
      'referee_page.consent_text_changed',
      {},
      {
        fieldErrors: [fieldProblem('consentVersion', 'referee_page.consent_text_changed')],
      },
    );
  return db.transaction(async (tx) => {
    const opened = await openLink(tx, token);
    assertActive(opened);
    if (needsCode(opened.check.refereeVerification, opened.referee)) throw new AppError('referee_page.verify_first');
    const updated = await updateRefereeInStatus(tx, opened.referee.companyId, opened.referee.id, ACTIVE, {
      consentAt: sql`now()`,
      consentVersion: input.consentVersion,
      ip: input.ip,
      device: { ...input.device, browserId: input.browserId },
      ...(input.relationship ? { statedRelationship: input.relationship } : {}),
      status: 'opened',
      openedAt: sql`coalesce(${referees.openedAt}, now())`,
      updatedAt: sql`now()`,
    });
    if (!updated) throw alreadyDone(opened.referee.status);
    await detectFraudSignals(tx, opened.check.companyId, opened.check.id);
    return pageOf(tx, { ...opened, referee: updated });
  });
}
