import type { TWebhookBonusData } from '@vouch/contracts';
import type { DomainEvents } from '../../../platform/events.ts';
import { findBonusForEvent, hasSubscriber } from '../webhook-events.repo.ts';
import { emitWebhookEvent } from './emit-webhook-event.ts';

const WEBHOOK_OF_STATE = { eligible: 'bonus.eligible', paid: 'bonus.paid' } as const;

/**
 * A referral bonus that became eligible (the waiting period ended) or was paid is a webhook event
 * for the company's endpoints (payroll and HR systems), written in the change's transaction. Like
 * the referral events, it never names the employee who referred.
 */
export function registerBonusWebhooks(events: DomainEvents) {
  events.subscribe('referral.bonus_changed', async (tx, event) => {
    if (event.state !== 'eligible' && event.state !== 'paid') return;
    const type = WEBHOOK_OF_STATE[event.state];
    if (!(await hasSubscriber(tx, event.companyId, [type]))) return;
    const row = await findBonusForEvent(tx, event.companyId, event.bonusId);
    if (!row) return;
    const data: TWebhookBonusData = {
      id: row.id,
      referral_id: row.referralId,
      state: row.state,
      candidate_id: row.candidateId,
      job_id: row.jobId,
      value: row.value,
      amount: row.amount,
      currency: row.currency,
      start_date: row.startDate,
      eligible_on: row.eligibleOn,
      paid_on: row.paidOn,
      paid_amount: row.paidAmount,
      payroll_reference: row.payrollReference,
    };
    await emitWebhookEvent(tx, event.companyId, type, data, { subAccountId: null });
  });
}
