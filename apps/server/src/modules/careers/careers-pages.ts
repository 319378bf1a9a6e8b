import type { TCareersFieldMessage, TLanguage } from '@vouch/contracts';
import type { CareersCompany, CareersJob } from './careers.repo.ts';
import { esc, fill, page } from './careers-layout.ts';
import { CAREERS_WORDS, FIELD_MESSAGES } from './careers-words.ts';

/** The careers pages themselves: the job list, a job with its apply form, the thank-you, not found. */

export type FormField = 'name' | 'email' | 'phone' | 'linkedinUrl' | 'cv' | 'consent';
export type ApplyForm = {
  values: { name: string; email: string; phone: string; linkedinUrl: string; consent: boolean };
  errors: Partial<Record<FormField | 'form', TCareersFieldMessage>>;
  csrf: string;
  /** The share link's token when the visitor came through one. */
  ref: string | null;
};

export const emptyForm = (csrf: string, ref: string | null = null): ApplyForm => ({
  values: { name: '', email: '', phone: '', linkedinUrl: '', consent: false },
  errors: {},
  csrf,
  ref,
});

const careersPath = (company: CareersCompany) => `/careers/${encodeURIComponent(company.slug)}`;
export const jobPath = (company: CareersCompany, jobId: string) => `${careersPath(company)}/jobs/${jobId}`;

export function renderJobList(
  publicUrl: string,
  language: TLanguage,
  company: CareersCompany,
  jobs: CareersJob[],
  location: string | null,
): string {
  const w = CAREERS_WORDS[language];
  const locations = [...new Set(jobs.map((j) => j.location).filter((l): l is string => !!l))].sort((a, b) =>
    a.localeCompare(b, language),
  );
  const shown = location ? jobs.filter((j) => j.location === location) : jobs;
  const groups = new Map<string, CareersJob[]>();
  for (const job of shown) {
    const key = job.departmentName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  const filter = locations.length
    ? `<form class="filter" method="get" action="${esc(careersPath(company))}">
<div><label for="location">${esc(w.location)}</label>
<select id="location" name="location"><option value="">${esc(w.allLocations)}</option>${locations
        .map((l) => `<option${l === location ? ' selected' : ''}>${esc(l)}</option>`)
        .join('')}</select></div>
<button type="submit">${esc(w.filter)}</button>
</form>`
    : '';
  const list = [...groups.entries()]
    .map(
      ([department, items]) => `<section>
<h2>${esc(department || w.otherJobs)}</h2>
<ul class="jobs">${items
        .map(
          (j) =>
            `<li><a href="${esc(jobPath(company, j.id))}">${esc(j.title)}</a>${j.location ? `<p class="meta">${esc(j.location)}</p>` : ''}</li>`,
        )
        .join('\n')}</ul>
</section>`,
    )
    .join('\n');
  const empty = location ? fill(w.noJobsThere, { location }) : esc(w.noJobs);
  const title = fill(w.jobsAt, { company: company.name });
  return page(
    {
      language,
      title: w.jobsAt.replace('{company}', company.name),
      description: w.listDescription.replace('{company}', company.name),
      canonical: `${publicUrl}${careersPath(company)}`,
    },
    `<header><h1>${title}</h1></header>
${filter}
${list || `<p>${empty}</p>`}`,
  );
}

function field(
  language: TLanguage,
  form: ApplyForm,
  name: 'name' | 'email' | 'phone' | 'linkedinUrl',
  type: string,
  extra: { required?: boolean; autocomplete: string; hint?: string },
) {
  const w = CAREERS_WORDS[language];
  const error = form.errors[name];
  const described = [extra.hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return `<label for="${name}">${esc(w[name])}${extra.required ? '' : ` <span class="hint">(${esc(w.optional)})</span>`}${
    extra.hint ? `<span class="hint" id="${name}-hint">${esc(extra.hint)}</span>` : ''
  }</label>
<input type="${type}" id="${name}" name="${name}" value="${esc(form.values[name])}" autocomplete="${extra.autocomplete}"${
    extra.required ? ' required aria-required="true"' : ''
  }${error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}>
${error ? `<p class="error" id="${name}-error">${esc(FIELD_MESSAGES[language][error])}</p>` : ''}`;
}

function applyForm(language: TLanguage, company: CareersCompany, jobId: string, form: ApplyForm): string {
  const w = CAREERS_WORDS[language];
  const m = FIELD_MESSAGES[language];
  const errors = Object.entries(form.errors) as [FormField | 'form', TCareersFieldMessage][];
  const summary = errors.length
    ? `<div class="summary" role="alert"><p>${esc(w.errorSummary)}</p><ul>${errors
        .map(([f, code]) => `<li>${f === 'form' ? esc(m[code]) : `<a href="#${f}">${esc(m[code])}</a>`}</li>`)
        .join('')}</ul></div>`
    : '';
  const cvError = form.errors.cv;
  const consentError = form.errors.consent;
  return `<h2 id="apply">${esc(w.apply)}</h2>
${summary}
<form method="post" action="${esc(`${jobPath(company, jobId)}/apply`)}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="${esc(form.csrf)}">
${form.ref ? `<input type="hidden" name="ref" value="${esc(form.ref)}">` : ''}
${field(language, form, 'name', 'text', { required: true, autocomplete: 'name' })}
${field(language, form, 'email', 'email', { required: true, autocomplete: 'email' })}
${field(language, form, 'phone', 'tel', { autocomplete: 'tel' })}
${field(language, form, 'linkedinUrl', 'url', { autocomplete: 'url', hint: w.linkedinHint })}
<label class="check" for="consent"><input type="checkbox" id="consent" name="consent" required aria-required="true"${
    form.values.consent ? ' checked' : ''
  }${consentError ? ' aria-invalid="true" aria-describedby="consent-error"' : ''}><span>${fill(w.consent, { company: company.name })}</span></label>
${consentError ? `<p class="error" id="consent-error">${esc(m[consentError])}</p>` : ''}
<label for="cv">${esc(w.cv)} <span class="hint">(${esc(w.optional)})</span><span class="hint" id="cv-hint">${esc(w.cvHint)}</span></label>
<input type="file" id="cv" name="cv" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-describedby="cv-hint${cvError ? ' cv-error' : ''}"${cvError ? ' aria-invalid="true"' : ''}>
${cvError ? `<p class="error" id="cv-error">${esc(m[cvError])}</p>` : ''}
<p><button type="submit">${esc(w.send)}</button></p>
</form>`;
}

export function renderJobPage(
  publicUrl: string,
  language: TLanguage,
  company: CareersCompany,
  job: CareersJob,
  form: ApplyForm,
): string {
  const w = CAREERS_WORDS[language];
  const facts = [job.departmentName, job.location].filter(Boolean).map(esc).join(' · ');
  const summary = (job.description ?? '').replace(/\s+/g, ' ').trim().slice(0, 155);
  return page(
    {
      language,
      title: `${job.title} – ${company.name}`,
      description: summary || `${job.title}, ${company.name}${job.location ? `, ${job.location}` : ''}`,
      canonical: `${publicUrl}${jobPath(company, job.id)}`,
      jsonLd: {
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: job.title,
        description: job.description ?? job.title,
        datePosted: job.createdAt.toISOString().slice(0, 10),
        directApply: true,
        hiringOrganization: { '@type': 'Organization', name: company.name },
        ...(job.location
          ? { jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: job.location } } }
          : {}),
      },
    },
    `<a class="back" href="${esc(careersPath(company))}">${fill(w.allJobs, { company: company.name })}</a>
<h1>${esc(job.title)}</h1>
${facts ? `<p class="meta">${facts}</p>` : ''}
${job.description ? `<div class="description">${esc(job.description)}</div>` : ''}
${applyForm(language, company, job.id, form)}`,
  );
}

export function renderThanks(publicUrl: string, language: TLanguage, company: CareersCompany, job: CareersJob) {
  const w = CAREERS_WORDS[language];
  return page(
    {
      language,
      title: `${w.thanksTitle} – ${company.name}`,
      description: w.thanksTitle,
      canonical: `${publicUrl}${jobPath(company, job.id)}`,
      noindex: true,
    },
    `<h1>${esc(w.thanksTitle)}</h1>
<p>${fill(w.thanksText, { company: company.name, job: job.title })}</p>
<p><a href="${esc(careersPath(company))}">${fill(w.allJobs, { company: company.name })}</a></p>`,
  );
}

export function renderNotFound(publicUrl: string, language: TLanguage) {
  const w = CAREERS_WORDS[language];
  return page(
    { language, title: w.notFoundTitle, description: w.notFoundText, canonical: `${publicUrl}/`, noindex: true },
    `<h1>${esc(w.notFoundTitle)}</h1>\n<p>${esc(w.notFoundText)}</p>`,
  );
}
