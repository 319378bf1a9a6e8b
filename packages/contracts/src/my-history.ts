import { z } from 'zod';
import { ZEducationEntry, ZEducationItem, ZWorkHistoryEntry, ZWorkHistoryItem } from './hiring.ts';

/** Most entries a member keeps (the save requests' limits). */
export const MAX_WORK_HISTORY = 50;
export const MAX_EDUCATION = 30;

/** A member's own work history and education (My settings), each edited as a whole list. */
export const ZMyWorkHistory = z.object({ items: z.array(ZWorkHistoryItem) });
export const ZSaveMyWorkHistoryRequest = z.object({ items: z.array(ZWorkHistoryEntry).max(MAX_WORK_HISTORY) });
export const ZMyEducation = z.object({ items: z.array(ZEducationItem) });
export const ZSaveMyEducationRequest = z.object({ items: z.array(ZEducationEntry).max(MAX_EDUCATION) });

/** LinkedIn's Positions.csv or Education.csv as text (the files are a few kilobytes). */
export const ZLinkedinCsvImportRequest = z.object({ csv: z.string().max(1_000_000, 'At most 1 MB') });

/** Why a row of an imported file was left out. */
export const HISTORY_ROW_PROBLEMS = ['missing_name', 'bad_date', 'end_before_start', 'too_long', 'too_many'] as const;
export const ZHistoryRowProblem = z.enum(HISTORY_ROW_PROBLEMS);
export type THistoryRowProblem = z.infer<typeof ZHistoryRowProblem>;

export const ZLinkedinCsvImportResult = z.object({
  imported: z.number(),
  /** Rows already in the list (same name, title or degree, and dates), not added twice. */
  duplicates: z.number(),
  rejected: z.array(z.object({ line: z.number(), problem: ZHistoryRowProblem })),
});
export type TLinkedinCsvImportResult = z.infer<typeof ZLinkedinCsvImportResult>;
