import type { TEducationEntry, TWorkHistoryEntry } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { myHistoryKeys } from '../../app/query-keys.ts';

export const myWorkHistoryQuery = {
  queryKey: myHistoryKeys.work(),
  queryFn: () => api.get('/api/me/work-history').then((r) => r.items),
};

export const myEducationQuery = {
  queryKey: myHistoryKeys.education(),
  queryFn: () => api.get('/api/me/education').then((r) => r.items),
};

export const saveMyWorkHistory = (items: TWorkHistoryEntry[]) =>
  api.put('/api/me/work-history', { body: { items } }).then((r) => r.items);
export const saveMyEducation = (items: TEducationEntry[]) =>
  api.put('/api/me/education', { body: { items } }).then((r) => r.items);
export const importPositions = (csv: string) => api.post('/api/me/work-history/import', { body: { csv } });
export const importEducation = (csv: string) => api.post('/api/me/education/import', { body: { csv } });
