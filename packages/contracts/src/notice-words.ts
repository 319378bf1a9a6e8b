import type { TLanguage } from './common.ts';
import type { TCheckAttentionReason, TReferrerStage, TRequestAnswer } from './notifications.ts';

type NoticeWords = {
  stage: Record<TReferrerStage, string>;
  answer: Record<TRequestAnswer, string>;
  attention: Record<TCheckAttentionReason, string>;
};

/**
 * The words a notice fills into its sentence, per language, shared by the email (server) and the
 * bell (web) so the two tell a stage, an answer or a reason for attention alike.
 */
export const NOTICE_WORDS: Record<TLanguage, NoticeWords> = {
  en: {
    stage: {
      received: 'received',
      introduction_requested: 'introduction requested',
      in_touch: 'in touch with the recruiter',
      applied: 'applied',
      interviewing: 'interviewing',
      offer: 'at the offer stage',
      hired: 'hired',
      closed: 'closed (not moving forward)',
    },
    answer: {
      will_reach_out: 'I’ll reach out',
      not_well_enough: 'I don’t know them well enough',
      introduced: 'I’ve introduced them',
      declined: 'I can’t introduce them',
    },
    attention: {
      referee_declined: 'a referee declined, and the candidate was asked to name a replacement',
      referee_bounced: 'a referee could not be reached, and the candidate was asked to correct or replace them',
      referee_silent: 'a referee has not answered after every reminder, and the candidate was asked for a replacement',
      candidate_silent: 'the candidate has not answered after every reminder',
      candidate_unreachable: 'a message to the candidate could not be delivered: check their contact details',
    },
  },
  sv: {
    stage: {
      received: 'mottaget',
      introduction_requested: 'presentation efterfrågad',
      in_touch: 'i kontakt med rekryteraren',
      applied: 'har sökt',
      interviewing: 'på intervju',
      offer: 'i erbjudandeskedet',
      hired: 'anställd',
      closed: 'avslutat (går inte vidare)',
    },
    answer: {
      will_reach_out: 'Jag hör av mig',
      not_well_enough: 'Jag känner dem inte tillräckligt väl',
      introduced: 'Jag har presenterat dem',
      declined: 'Jag kan inte presentera dem',
    },
    attention: {
      referee_declined: 'en referens tackade nej och kandidaten har ombetts ange en ersättare',
      referee_bounced: 'en referens gick inte att nå och kandidaten har ombetts rätta eller ersätta den',
      referee_silent: 'en referens har inte svarat trots alla påminnelser och kandidaten har ombetts ange en ersättare',
      candidate_silent: 'kandidaten har inte svarat trots alla påminnelser',
      candidate_unreachable: 'ett meddelande till kandidaten kunde inte levereras: kontrollera kontaktuppgifterna',
    },
  },
};
