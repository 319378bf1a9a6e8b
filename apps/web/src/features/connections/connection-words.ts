import type { TCandidateConnection, TConnectionReason } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

/** Reasons in the reader's language: the long form for the profile, the short one for the table. */
export function useConnectionWords() {
  const { t } = useTranslation();
  const duration = (months: number) =>
    months < 18
      ? t('connections.months', { count: Math.max(1, months) })
      : t('connections.years', { count: Math.round(months / 12) });
  // "2018–2021", "2019–now", or one year when it began and ended in the same one.
  const yearsOf = (from: string, to: string | null) => {
    const [first, last] = [from.slice(0, 4), to ? to.slice(0, 4) : t('connections.now')];
    return first === last ? first : `${first}–${last}`;
  };
  const reason = (r: TConnectionReason) => {
    switch (r.kind) {
      case 'worked_together':
        return t('connections.reasons.workedTogether', {
          company: r.company,
          years: yearsOf(r.from, r.to),
          duration: duration(r.months),
        });
      case 'contact':
        return t(`connections.reasons.contact_${r.matchedBy}`);
      case 'marked':
        return t(`connections.reasons.marked_${r.mark}`);
    }
  };
  const short = (connection: TCandidateConnection) => {
    const first = connection.reasons[0];
    if (!first) return '';
    if (first.kind === 'worked_together') return t('connections.short.workedTogether', { company: first.company });
    return t(`connections.short.${first.kind}`);
  };
  return { reason, short };
}
