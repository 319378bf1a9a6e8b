import type { TNetworkMark, TTriageCard } from '@vouch/contracts';
import { useState } from 'react';
import { useMarkContact, useSkipContact, useTriageQueue, useWithdrawReferral } from './triage.api.ts';

export type MarkForm = { loveToWorkAgain: boolean; note: string; jobId: string | null; skills: string[] };

/** The one action Undo takes back. */
export type LastAction =
  | { kind: 'mark'; card: TTriageCard; mark: TNetworkMark; referralId: string }
  | { kind: 'skip'; card: TTriageCard };

const sameContact = (a: TTriageCard) => (b: TTriageCard) => a.contact.id === b.contact.id;

/**
 * The triage queue as the person works through it. The server's page is refetched after every
 * action; until it arrives, cards already acted on are hidden and an undone card is put back in
 * front, so the next card shows at once and the count never jumps.
 */
export function useTriageSession() {
  const queue = useTriageQueue();
  const mark = useMarkContact();
  const skip = useSkipContact();
  const withdraw = useWithdrawReferral();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [front, setFront] = useState<TTriageCard[]>([]);
  const [last, setLast] = useState<LastAction | null>(null);

  const fetched = queue.data?.items ?? [];
  const cards = [...front, ...fetched.filter((c) => !done.has(c.contact.id) && !front.some(sameContact(c)))];
  const remaining = queue.data
    ? queue.data.remaining -
      fetched.filter((c) => done.has(c.contact.id)).length +
      front.filter((f) => !fetched.some(sameContact(f))).length
    : 0;
  const busy = mark.isPending || skip.isPending || withdraw.isPending;

  const setAside = (card: TTriageCard) => {
    setDone((d) => new Set(d).add(card.contact.id));
    setFront((f) => f.filter((c) => !sameContact(card)(c)));
  };

  const markCard = async (card: TTriageCard, choice: TNetworkMark, form: MarkForm) => {
    const referral = await mark.mutateAsync({
      contactId: card.contact.id,
      mark: choice,
      ...form,
      note: form.note.trim() || null,
    });
    setAside(card);
    setLast({ kind: 'mark', card, mark: choice, referralId: referral.id });
  };

  const skipCard = async (card: TTriageCard) => {
    await skip.mutateAsync({ contactId: card.contact.id, skipped: true });
    setAside(card);
    setLast({ kind: 'skip', card });
  };

  /** Takes the last action back; false when a recruiter had already acted on the mark (it is closed instead). */
  const undo = async () => {
    if (!last) return true;
    setLast(null);
    if (last.kind === 'mark') {
      const result = await withdraw.mutateAsync(last.referralId);
      if (result.withdrawn === 'closed') return false;
    }
    // Withdrawing an unused mark sets its contact aside as skipped; bringing it back unskips it.
    await skip.mutateAsync({ contactId: last.card.contact.id, skipped: false });
    setDone((d) => {
      const next = new Set(d);
      next.delete(last.card.contact.id);
      return next;
    });
    setFront((f) => [last.card, ...f.filter((c) => !sameContact(last.card)(c))]);
    return true;
  };

  return { queue, cards, remaining, busy, last, markCard, skipCard, undo };
}
