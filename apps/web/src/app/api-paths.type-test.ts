/**
 * Checked by `npm run typecheck`, never run or bundled: what the typed `api` refuses. Each
 * `@ts-expect-error` fails the check if its line stops being an error, so the client stays strict.
 */
import type { TCandidate } from '@vouch/contracts';
import { api } from './api.ts';

export async function typedApiExamples() {
  // The answer is the document's: a candidate reads as one.
  const candidate: TCandidate = await api.get('/api/candidates/{id}', { path: { id: 'c1' } });

  // @ts-expect-error a path the API does not have
  await api.get('/api/candidate/{id}', { path: { id: 'c1' } });
  // @ts-expect-error a path written with its value instead of the template
  await api.get(`/api/candidates/${candidate.id}`);
  // @ts-expect-error the path parameter is missing
  await api.get('/api/candidates/{id}');
  // @ts-expect-error GET has no body
  await api.get('/api/jobs', { body: { title: 'x' } });
  // @ts-expect-error a body the operation does not take
  await api.put('/api/placements/{id}/step', { path: { id: 'p1' }, body: { step: 's1' } });
  // @ts-expect-error a required body left out
  await api.post('/api/jobs');
  // @ts-expect-error a query value outside the parameter's enum
  await api.get('/api/jobs', { query: { status: 'closed' } });

  const page = await api.get('/api/jobs', { query: { status: 'open', limit: 200 } });
  // @ts-expect-error the answer read as the wrong shape
  const wrong: string = page.items;
  return wrong;
}
