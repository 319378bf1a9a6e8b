import { ZReferSomeoneRequest } from '@vouch/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { readFormWithCv } from '../hiring/index.ts';

/**
 * "Refer someone" sent as a form with a CV (`multipart/form-data`): the text fields are read as the
 * JSON route's body would be (jobs repeated as `jobIds`, the yes/no as `true`/`false`/empty) and
 * checked by the same schema; the CV by its content (PDF or Word, 10 MB).
 */
export async function readReferForm(request: FastifyRequest) {
  const { fields, lists, cv } = await readFormWithCv(request);
  const aware = fields.candidateAware;
  const body = {
    ...fields,
    jobIds: [...(lists.jobIds ?? []), ...(lists['jobIds[]'] ?? [])].filter(Boolean),
    candidateAware: aware === 'true' ? true : aware === 'false' ? false : null,
  };
  const parsed = ZReferSomeoneRequest.safeParse(body);
  if (parsed.success) return { input: parsed.data, cv };
  const errors = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
  throw new AppError(
    'validation_failed',
    {},
    { fieldErrors: errors, detail: `${errors[0].field}: ${errors[0].message}` },
  );
}
