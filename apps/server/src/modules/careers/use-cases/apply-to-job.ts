import {
  CAREERS_FIELD_MESSAGES,
  type TCareersFieldMessage,
  type TLanguage,
  ZCareersApplication,
} from '@vouch/contracts';
import { AppError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import {
  addApplicant,
  type CvFile,
  inspectCv,
  phoneKey,
  recordCandidateConsent,
  saveCandidateCv,
} from '../../hiring/index.ts';
import type { ApplicationUpload } from '../application-upload.ts';
import { type CareersCompany, type CareersJob, findCareersJob, findCompanyBySlug } from '../careers.repo.ts';
import type { ApplyForm, FormField } from '../careers-pages.ts';
import { CAREERS_CONSENT_VERSION, consentText } from '../careers-words.ts';
import { countShareLinkApplication, findShareLinkByToken } from '../share-links.repo.ts';

export type ApplyResult =
  | { kind: 'not_found' }
  | { kind: 'invalid'; company: CareersCompany; job: CareersJob; form: Omit<ApplyForm, 'csrf'>; tooLarge: boolean }
  | { kind: 'applied'; company: CareersCompany; job: CareersJob; candidateId: string; placementId: string | null };

/** The CV checked by hiring's rules (content sniffed, zip bombs refused), or the form's message. */
async function checkCv(cv: {
  fileName: string;
  bytes: Buffer;
}): Promise<{ file: CvFile } | { problem: TCareersFieldMessage }> {
  try {
    return { file: await inspectCv(cv.bytes, cv.fileName) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.reason === 'cv.too_large') return { problem: 'cv_too_large' };
    if (error.reason === 'cv.unsupported_type') return { problem: 'cv_type' };
    return { problem: 'cv_unreadable' };
  }
}

/** "Ada Lovelace King" → first "Ada Lovelace", last "King"; one word is a first name. */
export function splitName(name: string) {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { firstName: words[0], lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] };
}

/**
 * Someone applies on the careers page, directly or through an employee's share link (`ref`). A form
 * with problems comes back with each field's message and what was typed; otherwise, in one
 * transaction, the candidate is found or created and placed (hiring's `addApplicant`, which publishes
 * `placement.created`), the share link counts the application, the CV is kept with the candidate, and
 * so is their consent (when, which text version, the words they saw).
 * A `ref` that is not a live link to this job is ignored: the application stands as a direct one.
 */
export async function applyToJob(
  ctx: PublicCtx,
  input: { slug: string; jobId: string; upload: ApplicationUpload; csrfOk: boolean; language: TLanguage },
): Promise<ApplyResult> {
  const company = await findCompanyBySlug(ctx.db, input.slug);
  const job = company ? await findCareersJob(ctx.db, company.id, input.jobId) : null;
  if (!company || !job) return { kind: 'not_found' };

  const { fields, cv, cvTooLarge } = input.upload;
  const values = {
    name: (fields.name ?? '').slice(0, 500),
    email: (fields.email ?? '').slice(0, 500),
    phone: (fields.phone ?? '').slice(0, 500),
    linkedinUrl: (fields.linkedinUrl ?? '').slice(0, 500),
    consent: fields.consent === 'on',
  };
  const ref = fields.ref && /^[A-Za-z0-9_-]{16,100}$/.test(fields.ref) ? fields.ref : null;
  const errors: ApplyForm['errors'] = {};
  const parsed = ZCareersApplication.safeParse({
    name: fields.name ?? '',
    email: fields.email ?? '',
    phone: fields.phone ?? '',
    linkedinUrl: fields.linkedinUrl ?? '',
    consent: fields.consent,
    ref: ref ?? undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'form') as FormField;
      const known = (CAREERS_FIELD_MESSAGES as readonly string[]).includes(issue.message);
      errors[name] ??= known ? (issue.message as TCareersFieldMessage) : 'too_long';
    }
  }
  if (parsed.success && parsed.data.phone && !phoneKey(parsed.data.phone)) errors.phone = 'phone_invalid';
  let cvFile: CvFile | null = null;
  if (cvTooLarge) errors.cv = 'cv_too_large';
  else if (cv) {
    const checked = await checkCv(cv);
    if ('problem' in checked) errors.cv = checked.problem;
    else cvFile = checked.file;
  }
  if (!input.csrfOk) errors.form = 'form_expired';
  if (!parsed.success || Object.keys(errors).length) {
    return { kind: 'invalid', company, job, form: { values, errors, ref }, tooLarge: cvTooLarge };
  }

  const data = parsed.data;
  const link = ref ? await findShareLinkByToken(ctx.db, ref) : null;
  const liveLink =
    link && link.companyId === company.id && link.jobId === job.id && link.memberActive && link.jobListed ? link : null;
  const outcome = await ctx.db.transaction(async (tx) => {
    const placed = await addApplicant(tx, company.id, {
      jobId: job.id,
      applicant: {
        ...splitName(data.name),
        email: data.email,
        phone: data.phone || null,
        linkedinUrl: data.linkedinUrl || null,
        language: input.language,
      },
      origin: liveLink ? 'share_link' : 'careers',
      ...(liveLink ? { shareLinkId: liveLink.id } : {}),
    });
    if (liveLink && placed.placementId) await countShareLinkApplication(tx, company.id, liveLink.id);
    if (cvFile) await saveCandidateCv(tx, company.id, placed.candidateId, cvFile, null);
    // The form cannot be sent without the box ticked: keep when, and to which words.
    await recordCandidateConsent(tx, company.id, {
      candidateId: placed.candidateId,
      purpose: 'careers_application',
      textVersion: CAREERS_CONSENT_VERSION,
      text: consentText(input.language, company.name),
      language: input.language,
      jobId: job.id,
    });
    return placed;
  });
  if (outcome.duplicates.length)
    ctx.log.info(
      { candidateId: outcome.candidateId, duplicates: outcome.duplicates.length },
      'applicant flagged as a possible duplicate',
    );
  return { kind: 'applied', company, job, candidateId: outcome.candidateId, placementId: outcome.placementId };
}
