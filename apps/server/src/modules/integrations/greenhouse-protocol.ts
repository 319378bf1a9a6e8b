import type { TCheckStatus, TQuestionnaireContent } from '@vouch/contracts';
import type { Config } from '../../platform/config.ts';

/**
 * Greenhouse's assessment partner protocol, with Vouch as the partner: a test is a questionnaire
 * template, a test instance (`partner_interview_id`) is a reference check. See greenhouse.routes.ts
 * for the field-by-field notes. The use cases are in use-cases/ (list, send, status).
 */

export const GREENHOUSE = 'greenhouse';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type GreenhouseTest = { partner_test_id: string; partner_test_name: string };

export type SendTestInput = {
  partner_test_id: string;
  candidate: {
    first_name: string;
    last_name: string;
    email: string;
    phone_number?: string | null;
    resume_url?: string | null;
    greenhouse_profile_url?: string | null;
  };
  url: string;
};

export type GreenhouseTestStatus = {
  partner_status: string;
  partner_profile_url?: string;
  partner_score?: number;
  metadata: Record<string, string>;
};

/** Greenhouse's person and application ids from `greenhouse_profile_url` (`/people/<id>?application_id=<id>`). */
export function greenhouseIds(profileUrl: string | null | undefined) {
  if (!profileUrl) return { personId: null, applicationId: null };
  try {
    const url = new URL(profileUrl);
    const person = /\/people\/(\d+)/.exec(url.pathname)?.[1] ?? null;
    const application = url.searchParams.get('application_id');
    return { personId: person, applicationId: application && /^\d+$/.test(application) ? application : null };
  } catch {
    return { personId: null, applicationId: null };
  }
}

/** Vouch's check statuses as `partner_status`; Greenhouse only defines `complete`, the rest are ours. */
export const PARTNER_STATUS: Record<TCheckStatus, string> = {
  awaiting_referees: 'pending',
  in_progress: 'in_progress',
  completed: 'complete',
  cancelled: 'cancelled',
  expired: 'expired',
};

/**
 * The mean of every answered rating, each normalised to 0–100 (r on a 1..scale question is
 * (r − 1) / (scale − 1) × 100), rounded; null when no rating was answered.
 */
export function ratingScore(content: TQuestionnaireContent, answerSets: Record<string, unknown>[]): number | null {
  const ratings = content.sections.flatMap((s) => s.questions).filter((q) => q.type === 'rating');
  const values: number[] = [];
  for (const answers of answerSets) {
    for (const q of ratings) {
      const r = answers[q.id];
      if (typeof r === 'number' && r >= 1 && r <= q.scale) values.push(((r - 1) / (q.scale - 1)) * 100);
    }
  }
  if (!values.length) return null;
  return Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

export const reportUrlOf = (config: Pick<Config, 'publicUrl'>, checkId: string) =>
  `${config.publicUrl}/reference-checks/${checkId}/report`;
