import { z } from 'zod';
import { ZEmail, ZId, ZIsoDate, ZLanguage, ZName, ZOptionalText } from './common.ts';
import {
  ZCheckStallReason,
  ZCheckSummary,
  ZReferenceCheckSettings,
  ZReferenceCheckSettingsView,
  ZStepReferenceCheck,
} from './references.ts';
import { ZPersonRef } from './tenancy.ts';

export const JOB_STATUSES = ['open', 'archived'] as const;
export const ZJobStatus = z.enum(JOB_STATUSES);

/** What a step does beyond holding candidates; later issues attach behaviour (reference checks) to kinds. */
export const STEP_KINDS = ['standard', 'reference_check', 'offer', 'hired'] as const;
export const ZStepKind = z.enum(STEP_KINDS);

/**
 * How a candidate came onto a job: a recruiter put them there, they applied on the careers page
 * (`careers`) or through an employee's share link (`share_link`), an employee or agent referred them
 * for it, an ATS posted them (`api`), or a recruiter matched them from another job (`matched`).
 */
export const PLACEMENT_ORIGINS = ['recruiter', 'careers', 'share_link', 'referral', 'agent', 'api', 'matched'] as const;
export const ZPlacementOrigin = z.enum(PLACEMENT_ORIGINS);
export type TPlacementOrigin = z.infer<typeof ZPlacementOrigin>;

/** Files kept with a candidate; a CV is the only kind so far. */
export const CANDIDATE_FILE_KINDS = ['cv'] as const;

export const DEFAULT_PROCESS: { name: string; kind: (typeof STEP_KINDS)[number] }[] = [
  { name: 'Sourced', kind: 'standard' },
  { name: 'Applied', kind: 'standard' },
  { name: 'Screening', kind: 'standard' },
  { name: 'Interview', kind: 'standard' },
  { name: 'Reference check', kind: 'reference_check' },
  { name: 'Offer', kind: 'offer' },
  { name: 'Hired', kind: 'hired' },
];

export const ZJobStep = z.object({
  id: ZId,
  name: z.string(),
  kind: ZStepKind,
  position: z.number(),
  candidateCount: z.number(),
  /** A reference check step's settings; null for other kinds, or before they are chosen. */
  settings: ZReferenceCheckSettingsView.nullable(),
});
export type TJobStep = z.infer<typeof ZJobStep>;

/** A step as the editor sends it: an existing one keeps its id, a new one has none. */
export const ZJobStepInput = z.object({
  id: ZId.optional(),
  name: ZName(80),
  kind: ZStepKind.default('standard'),
  settings: ZReferenceCheckSettings.nullish().transform((v) => v ?? null),
});

const ZJobFields = {
  title: ZName(200),
  departmentId: ZId.nullish().transform((v) => v ?? null),
  location: ZOptionalText(200),
  hiringManagerId: ZId.nullish().transform((v) => v ?? null),
  recruiterIds: z.array(ZId).max(50).default([]),
  description: ZOptionalText(20000),
  /** Listed on the public careers page while open; left out, a new job is listed and an edit keeps the setting. */
  onCareersPage: z.boolean().optional(),
};

export const ZCreateJobRequest = z.object({
  ...ZJobFields,
  steps: z.array(ZJobStepInput).min(1, 'A process needs at least one step').max(30, 'At most 30 steps').optional(),
});
export const ZUpdateJobRequest = z.object(ZJobFields);
export const ZUpdateJobStepsRequest = z.object({
  steps: z.array(ZJobStepInput).min(1, 'A process needs at least one step').max(30, 'At most 30 steps'),
});

export const ZJob = z.object({
  id: ZId,
  title: z.string(),
  status: ZJobStatus,
  departmentId: ZId.nullable(),
  departmentName: z.string().nullable(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  onCareersPage: z.boolean(),
  hiringManager: ZPersonRef.nullable(),
  recruiters: z.array(ZPersonRef),
  steps: z.array(ZJobStep),
  candidateCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobListItem = ZJob.omit({ description: true, steps: true, recruiters: true });
export type TJobListItem = z.infer<typeof ZJobListItem>;

export const ZJobListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: ZJobStatus.optional(),
  departmentId: ZId.optional(),
  mine: z.stringbool().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZWorkHistoryEntry = z
  .object({
    companyName: ZName(200),
    title: ZOptionalText(200),
    startDate: ZIsoDate.nullish().transform((v) => v ?? null),
    endDate: ZIsoDate.nullish().transform((v) => v ?? null),
  })
  .refine((w) => !w.startDate || !w.endDate || w.startDate <= w.endDate, {
    message: 'The end comes before the start',
    path: ['endDate'],
  });
export type TWorkHistoryEntry = z.infer<typeof ZWorkHistoryEntry>;

/** A stored work history row as it leaves the API (plain: response schemas carry no transforms). */
export const ZWorkHistoryItem = z.object({
  id: ZId,
  companyName: z.string(),
  title: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

/** A place someone studied, as it is entered. */
export const ZEducationEntry = z
  .object({
    schoolName: ZName(200),
    degree: ZOptionalText(200),
    fieldOfStudy: ZOptionalText(200),
    startDate: ZIsoDate.nullish().transform((v) => v ?? null),
    endDate: ZIsoDate.nullish().transform((v) => v ?? null),
  })
  .refine((e) => !e.startDate || !e.endDate || e.startDate <= e.endDate, {
    message: 'The end comes before the start',
    path: ['endDate'],
  });
export type TEducationEntry = z.infer<typeof ZEducationEntry>;

/** A stored education row as it leaves the API. */
export const ZEducationItem = z.object({
  id: ZId,
  schoolName: z.string(),
  degree: z.string().nullable(),
  fieldOfStudy: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type TEducationItem = z.infer<typeof ZEducationItem>;

const ZTagList = z
  .array(z.string().trim().min(1).max(80))
  .max(100)
  .default([])
  .transform((list) => [...new Set(list)]);

export const ZCandidateInput = z.object({
  firstName: ZName(100),
  lastName: ZName(100),
  email: z
    .union([ZEmail, z.literal('')])
    .nullish()
    .transform((v) => (v ? v : null)),
  phone: ZOptionalText(40),
  linkedinUrl: ZOptionalText(300),
  currentCompany: ZOptionalText(200),
  currentTitle: ZOptionalText(200),
  location: ZOptionalText(200),
  language: ZLanguage.default('en'),
  skills: ZTagList,
  tags: ZTagList,
  notes: ZOptionalText(20000),
  workHistory: z.array(ZWorkHistoryEntry).max(50).default([]),
});
export type TCandidateInput = z.input<typeof ZCandidateInput>;

/** Likely duplicates only warn (the form checks as you type); a taken email is refused. */
export const ZCreateCandidateRequest = ZCandidateInput.extend({
  placement: z.object({ jobId: ZId, stepId: ZId.optional() }).optional(),
});
export const ZUpdateCandidateRequest = ZCandidateInput;

export const DUPLICATE_REASONS = ['email', 'phone', 'linkedin', 'name_company'] as const;
export const ZDuplicateMatch = z.object({
  candidateId: ZId,
  name: z.string(),
  reason: z.enum(DUPLICATE_REASONS),
});
export type TDuplicateMatch = z.infer<typeof ZDuplicateMatch>;
export const ZDuplicateCheckRequest = ZCandidateInput.partial().extend({ excludeId: ZId.optional() });
export const ZDuplicateCheck = z.object({ matches: z.array(ZDuplicateMatch) });

export const ZPlacement = z.object({
  id: ZId,
  jobId: ZId,
  jobTitle: z.string(),
  jobStatus: ZJobStatus,
  stepId: ZId,
  stepName: z.string(),
  updatedAt: z.string(),
  /** Only on a move or placement into a "Reference check" step: whether a check started. */
  referenceCheck: ZStepReferenceCheck.optional(),
});
export type TPlacement = z.infer<typeof ZPlacement>;

export const ZCandidate = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  currentCompany: z.string().nullable(),
  currentTitle: z.string().nullable(),
  location: z.string().nullable(),
  language: ZLanguage,
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  workHistory: z.array(ZWorkHistoryItem),
  /** Where they studied (the recruiter weighs it before asking for an introduction). */
  education: z.array(ZEducationItem),
  placements: z.array(ZPlacement),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TCandidate = z.infer<typeof ZCandidate>;

export const ZCandidateListItem = z.object({
  id: ZId,
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  currentCompany: z.string().nullable(),
  currentTitle: z.string().nullable(),
  location: z.string().nullable(),
  skills: z.array(z.string()),
  tags: z.array(z.string()),
  placements: z.array(ZPlacement.pick({ id: true, jobId: true, jobTitle: true, stepId: true, stepName: true })),
  /** The newest check that was not cancelled (for the listed job when the list is filtered by one). */
  referenceCheck: ZCheckSummary.nullable(),
  /** Set while the candidate sits in a "Reference check" step that could start no check (no contact details). */
  referenceCheckStall: ZCheckStallReason.nullable(),
  updatedAt: z.string(),
});
export type TCandidateListItem = z.infer<typeof ZCandidateListItem>;

export const CANDIDATE_SORTS = ['updated_desc', 'updated_asc', 'name_asc', 'name_desc', 'created_desc'] as const;
export const ZCandidateListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  jobId: ZId.optional(),
  stepId: ZId.optional(),
  tag: z.string().trim().max(80).optional(),
  skill: z.string().trim().max(80).optional(),
  sort: z.enum(CANDIDATE_SORTS).default('updated_desc'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZCreateCandidateResponse = z.object({ candidate: ZCandidate, duplicates: z.array(ZDuplicateMatch) });

export const ZPlaceCandidateRequest = z.object({ jobId: ZId, stepId: ZId.optional() });
export const ZMovePlacementRequest = z.object({
  stepId: ZId,
  /**
   * Into a "Reference check" step when the candidate already has a completed check for the job: true
   * starts a new one; by default the completed check (and its report) is kept and none is started.
   */
  startNewCheck: z.boolean().optional(),
});

export const ZPlacementEvent = z.object({
  id: ZId,
  jobTitle: z.string(),
  fromStepName: z.string().nullable(),
  toStepName: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export const ZPlacementHistory = z.object({ items: z.array(ZPlacementEvent) });

/** A file kept with a candidate (a CV), without its content: download it by its own route. */
export const ZCandidateFile = z.object({
  id: ZId,
  kind: z.enum(CANDIDATE_FILE_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  createdAt: z.string(),
});
export type TCandidateFile = z.infer<typeof ZCandidateFile>;
export const ZCandidateFileList = z.object({ items: z.array(ZCandidateFile) });
export const ZCandidateFileParams = z.object({ id: ZId, fileId: ZId });

export const ZSearchResult = z.object({
  candidates: z.array(z.object({ id: ZId, name: z.string(), detail: z.string().nullable() })),
  jobs: z.array(z.object({ id: ZId, title: z.string(), status: ZJobStatus })),
});

export const ZDashboard = z.object({
  role: z.string(),
  cards: z.array(
    z.object({
      key: z.string(),
      count: z.number(),
      href: z.string().nullable(),
      tone: z.enum(['neutral', 'attention']),
    }),
  ),
  recentCandidates: z.array(z.object({ id: ZId, name: z.string(), updatedAt: z.string() })),
  myJobs: z.array(z.object({ id: ZId, title: z.string(), candidateCount: z.number() })),
});
