import { Alert, List } from '@mantine/core';
import type { TDuplicateMatch } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links.tsx';

export function DuplicateAlert({ matches }: { matches: TDuplicateMatch[] }) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  // One candidate can match on several reasons; list each person once with all the reasons.
  const byCandidate = new Map<string, { name: string; reasons: string[] }>();
  for (const m of matches) {
    const entry = byCandidate.get(m.candidateId) ?? { name: m.name, reasons: [] };
    entry.reasons.push(t(`candidates.duplicate.reason.${m.reason}`));
    byCandidate.set(m.candidateId, entry);
  }
  return (
    <Alert color="yellow" title={t('candidates.duplicate.title')} role="status" data-testid="duplicate-alert">
      <List size="sm" spacing={2}>
        {[...byCandidate].map(([id, entry]) => (
          <List.Item key={id}>
            <AnchorLink to="/candidates/$candidateId" params={{ candidateId: id }}>
              {entry.name}
            </AnchorLink>{' '}
            ({entry.reasons.join(', ')})
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
