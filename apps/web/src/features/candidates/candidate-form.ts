import type { TCandidate, TLanguage } from '@vouch/contracts';

export type WorkRow = { key: string; companyName: string; title: string; startDate: string; endDate: string };
export type CandidateFormValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  currentCompany: string;
  currentTitle: string;
  location: string;
  language: TLanguage;
  skills: string[];
  tags: string[];
  notes: string;
  workHistory: WorkRow[];
  /** Only on create: put the new candidate straight on a job. */
  placementJobId: string | null;
  placementStepId: string | null;
};

let counter = 0;
export function newRowKey() {
  counter += 1;
  return `row-${counter}`;
}

export function emptyWorkRow(): WorkRow {
  return { key: newRowKey(), companyName: '', title: '', startDate: '', endDate: '' };
}

export function emptyCandidate(language: TLanguage, jobId?: string): CandidateFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    linkedinUrl: '',
    currentCompany: '',
    currentTitle: '',
    location: '',
    language,
    skills: [],
    tags: [],
    notes: '',
    workHistory: [],
    placementJobId: jobId ?? null,
    placementStepId: null,
  };
}

export function candidateToForm(c: TCandidate): CandidateFormValues {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email ?? '',
    phone: c.phone ?? '',
    linkedinUrl: c.linkedinUrl ?? '',
    currentCompany: c.currentCompany ?? '',
    currentTitle: c.currentTitle ?? '',
    location: c.location ?? '',
    language: c.language,
    skills: c.skills,
    tags: c.tags,
    notes: c.notes ?? '',
    workHistory: c.workHistory.map((w) => ({
      key: w.id,
      companyName: w.companyName,
      title: w.title ?? '',
      startDate: w.startDate ?? '',
      endDate: w.endDate ?? '',
    })),
    placementJobId: null,
    placementStepId: null,
  };
}

/** The body ZCandidateInput expects: empty strings stay strings (the schema makes them null), dates become null. */
export function candidateRequest(v: CandidateFormValues) {
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email,
    phone: v.phone,
    linkedinUrl: v.linkedinUrl,
    currentCompany: v.currentCompany,
    currentTitle: v.currentTitle,
    location: v.location,
    language: v.language,
    skills: v.skills,
    tags: v.tags,
    notes: v.notes,
    workHistory: v.workHistory.map((w) => ({
      companyName: w.companyName,
      title: w.title,
      startDate: w.startDate || null,
      endDate: w.endDate || null,
    })),
  };
}

export function createCandidateRequest(v: CandidateFormValues) {
  const placement = v.placementJobId
    ? { jobId: v.placementJobId, ...(v.placementStepId ? { stepId: v.placementStepId } : {}) }
    : undefined;
  return { ...candidateRequest(v), ...(placement ? { placement } : {}) };
}

/** Server paths that differ from the form's. */
export const CANDIDATE_FIELD_MAP: Record<string, string> = {
  'placement.jobId': 'placementJobId',
  'placement.stepId': 'placementStepId',
};
