import { z } from 'zod';
import { ZId } from './common.ts';
import { ZVerification } from './references.ts';

const ZV1DisagreementEnd = z.object({
  referee_id: ZId,
  referee_name: z.string(),
  value: z.union([z.number(), z.boolean()]).describe('The score, or the yes/no answer.'),
});

/** The report's summary block for `/api/v1`: the same figures as the app's report page and PDF. */
export const ZV1ReportSummary = z.object({
  referees_wanted: z.number().int(),
  referees_answered: z.number().int(),
  referees_declined: z.number().int(),
  referees_bounced: z.number().int(),
  overall: z
    .object({
      scale: z.number().int().nullable().describe('The scale most rating questions use; every rating is put on it.'),
      mean: z.number().nullable().describe('All ratings averaged on `scale`; null without ratings.'),
      spread: z.number().nullable().describe('Highest minus lowest referee mean; null with fewer than two.'),
      referees: z.array(z.object({ referee_id: ZId, referee_name: z.string(), mean: z.number().nullable() })),
    })
    .describe('The overall rating.'),
  rehire: z
    .object({ label: z.string(), yes: z.number().int(), no: z.number().int(), unanswered: z.number().int() })
    .nullable()
    .describe('The "would you hire them again" question (id `rehire`); null when the questionnaire has none.'),
  disagreements: z
    .array(
      z.object({
        question_id: z.string(),
        label: z.string(),
        kind: z.enum(['rating', 'yes_no']),
        scale: z.number().int().nullable(),
        spread: z.number().nullable().describe('Highest minus lowest score; null for yes/no.'),
        low: ZV1DisagreementEnd,
        high: ZV1DisagreementEnd,
      }),
    )
    .describe('Questions the referees disagree on, the widest first (at most five).'),
  response_hours: z
    .object({ median: z.number().nullable(), fastest: z.number().nullable(), slowest: z.number().nullable() })
    .describe('Hours from each answering referee’s invitation to their answer.'),
  verification: z
    .array(z.object({ state: ZVerification, count: z.number().int() }))
    .describe('How many named referees are in each verification state.'),
  verified_by_code: z
    .object({ email: z.number().int(), phone: z.number().int() })
    .describe('How many referees proved their work email or phone with a one-time code.'),
});
export type TV1ReportSummary = z.infer<typeof ZV1ReportSummary>;

export const EXAMPLE_V1_REPORT_SUMMARY: TV1ReportSummary = {
  referees_wanted: 2,
  referees_answered: 2,
  referees_declined: 0,
  referees_bounced: 0,
  overall: { scale: 5, mean: 4.5, spread: 1, referees: [] },
  rehire: { label: 'Would you hire them again?', yes: 2, no: 0, unanswered: 0 },
  disagreements: [],
  response_hours: { median: 20.5, fastest: 3.25, slowest: 37.75 },
  verification: [{ state: 'work_email_matches_company', count: 2 }],
  verified_by_code: { email: 1, phone: 0 },
};
