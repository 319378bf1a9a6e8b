import { DEFAULT_PROCESS, type TJob, type ZStepKind } from '@vouch/contracts';
import type { z } from 'zod';

export type StepRow = { key: string; id?: string; name: string; kind: z.infer<typeof ZStepKind> };
export type JobFormValues = {
  title: string;
  departmentId: string | null;
  location: string;
  hiringManagerId: string | null;
  recruiterIds: string[];
  description: string;
  steps: StepRow[];
};

let counter = 0;
/** React needs a stable key per row, also for steps that have no id yet. */
export function newStepKey() {
  counter += 1;
  return `new-${counter}`;
}

export function emptyJob(): JobFormValues {
  return {
    title: '',
    departmentId: null,
    location: '',
    hiringManagerId: null,
    recruiterIds: [],
    description: '',
    steps: DEFAULT_PROCESS.map((s) => ({ key: newStepKey(), name: s.name, kind: s.kind })),
  };
}

export function jobToForm(job: TJob): JobFormValues {
  return {
    title: job.title,
    departmentId: job.departmentId,
    location: job.location ?? '',
    hiringManagerId: job.hiringManager?.id ?? null,
    recruiterIds: job.recruiters.map((r) => r.id),
    description: job.description ?? '',
    steps: [...job.steps]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ key: s.id, id: s.id, name: s.name, kind: s.kind })),
  };
}

export function jobFields(v: JobFormValues) {
  return {
    title: v.title,
    departmentId: v.departmentId,
    location: v.location,
    hiringManagerId: v.hiringManagerId,
    recruiterIds: v.recruiterIds,
    description: v.description,
  };
}

export function stepsRequest(v: JobFormValues) {
  return v.steps.map((s) => (s.id ? { id: s.id, name: s.name, kind: s.kind } : { name: s.name, kind: s.kind }));
}

export function createRequest(v: JobFormValues) {
  return { ...jobFields(v), steps: stepsRequest(v) };
}

/** Saving steps is a separate call that can refuse (409); skip it when nothing changed. */
export function stepsChanged(before: JobFormValues, after: JobFormValues) {
  return JSON.stringify(stepsRequest(before)) !== JSON.stringify(stepsRequest(after));
}
