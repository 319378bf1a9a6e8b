import { DEFAULT_PROCESS, type TJob, type TJobStep, type ZStepKind } from '@vouch/contracts';
import type { z } from 'zod';
import { currentLanguage } from '../../i18n/index.ts';
import {
  defaultSettings,
  type SettingsFormValues,
  settingsRequest,
  settingsToForm,
} from '../references/ReferenceCheckSettingsFields.tsx';

export type StepRow = {
  key: string;
  id?: string;
  name: string;
  kind: z.infer<typeof ZStepKind>;
  /** A reference check step's settings (kept while the kind changes, sent only for that kind). */
  settings: SettingsFormValues | null;
};

/** The settings a step starts with in the form: its own, or the defaults for a reference check step. */
export function stepSettings(kind: StepRow['kind'], settings: TJobStep['settings'] = null): SettingsFormValues | null {
  if (settings) return settingsToForm(settings);
  return kind === 'reference_check' ? defaultSettings(currentLanguage()) : null;
}
export type JobFormValues = {
  title: string;
  departmentId: string | null;
  location: string;
  hiringManagerId: string | null;
  recruiterIds: string[];
  description: string;
  onCareersPage: boolean;
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
    onCareersPage: true,
    steps: DEFAULT_PROCESS.map((s) => ({
      key: newStepKey(),
      name: s.name,
      kind: s.kind,
      settings: stepSettings(s.kind),
    })),
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
    onCareersPage: job.onCareersPage,
    steps: [...job.steps]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ key: s.id, id: s.id, name: s.name, kind: s.kind, settings: stepSettings(s.kind, s.settings) })),
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
    onCareersPage: v.onCareersPage,
  };
}

export function stepsRequest(v: JobFormValues) {
  return v.steps.map((s) => {
    const step = {
      name: s.name,
      kind: s.kind,
      settings: s.kind === 'reference_check' ? settingsRequest(s.settings) : null,
    };
    return s.id ? { id: s.id, ...step } : step;
  });
}

export function createRequest(v: JobFormValues) {
  return { ...jobFields(v), steps: stepsRequest(v) };
}

/** Saving steps is a separate call that can refuse (409); skip it when nothing changed. */
export function stepsChanged(before: JobFormValues, after: JobFormValues) {
  return JSON.stringify(stepsRequest(before)) !== JSON.stringify(stepsRequest(after));
}
