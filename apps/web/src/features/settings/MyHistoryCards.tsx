import { MAX_EDUCATION, MAX_WORK_HISTORY, type TEducationEntry, type TWorkHistoryEntry } from '@vouch/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryListCard } from './HistoryListCard.tsx';
import {
  importEducation,
  importPositions,
  myEducationQuery,
  myWorkHistoryQuery,
  saveMyEducation,
  saveMyWorkHistory,
} from './my-history.api.ts';

export function MyWorkHistoryCard() {
  const { t } = useTranslation();
  const fields = useMemo(
    () => [
      { name: 'companyName', label: t('myHistory.work.company'), required: true },
      { name: 'title', label: t('myHistory.work.title_') },
      { name: 'startDate', label: t('myHistory.start'), type: 'date' as const },
      { name: 'endDate', label: t('myHistory.end'), type: 'date' as const },
    ],
    [t],
  );
  return (
    <HistoryListCard
      title={t('myHistory.work.title')}
      hint={t('myHistory.work.hint')}
      empty={t('myHistory.work.empty')}
      fields={fields}
      max={MAX_WORK_HISTORY}
      query={myWorkHistoryQuery}
      save={(items) => saveMyWorkHistory(items as unknown as TWorkHistoryEntry[])}
      importer={{ label: t('myHistory.work.import'), hint: t('myHistory.work.importHint'), upload: importPositions }}
      testId="my-work-history"
    />
  );
}

export function MyEducationCard() {
  const { t } = useTranslation();
  const fields = useMemo(
    () => [
      { name: 'schoolName', label: t('myHistory.education.school'), required: true },
      { name: 'degree', label: t('myHistory.education.degree') },
      { name: 'fieldOfStudy', label: t('myHistory.education.field') },
      { name: 'startDate', label: t('myHistory.start'), type: 'date' as const },
      { name: 'endDate', label: t('myHistory.end'), type: 'date' as const },
    ],
    [t],
  );
  return (
    <HistoryListCard
      title={t('myHistory.education.title')}
      hint={t('myHistory.education.hint')}
      empty={t('myHistory.education.empty')}
      fields={fields}
      max={MAX_EDUCATION}
      query={myEducationQuery}
      save={(items) => saveMyEducation(items as unknown as TEducationEntry[])}
      importer={{
        label: t('myHistory.education.import'),
        hint: t('myHistory.education.importHint'),
        upload: importEducation,
      }}
      testId="my-education"
    />
  );
}
