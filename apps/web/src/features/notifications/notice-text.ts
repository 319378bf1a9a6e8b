import type { TNotification } from '@vouch/contracts';
import type { TFunction } from 'i18next';

/** The notification's sentence in the reader's language (the same words as its email). */
export function noticeText(n: TNotification, t: TFunction): string {
  const person = n.personName || t('notifications.someone');
  const job = n.jobTitle ? t('notifications.forJob', { job: n.jobTitle }) : '';
  const values = { person, job, interpolation: { escapeValue: false } };
  switch (n.kind) {
    case 'referral_stage':
      return t('notifications.line.referral_stage', {
        ...values,
        stage: n.stage ? t(`notifications.stage.${n.stage}`) : '—',
      });
    case 'referral_owner_in':
      return t('notifications.line.referral_owner_in', values);
    case 'referral_owner_out':
      return t('notifications.line.referral_owner_out', values);
    case 'referral_bonus':
      return t('notifications.line.referral_bonus', {
        ...values,
        bonus: n.bonusState ? t(`notifications.bonus.${n.bonusState}`) : '—',
      });
    case 'request_answered':
      return t('notifications.line.request_answered', {
        ...values,
        colleague: n.colleagueName || t('notifications.colleague'),
        answer: n.answer ? t(`notifications.answer.${n.answer}`) : '—',
      });
    case 'check_attention':
      return t('notifications.line.check_attention', {
        ...values,
        why: t(`notifications.attention.${n.attention ?? 'referee_declined'}`),
      });
    case 'erasure_requested':
      return t('notifications.line.erasure_requested');
  }
}
