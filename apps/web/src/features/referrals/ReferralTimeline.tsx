import { Text, Timeline } from '@mantine/core';
import { BONUS_STATES, type TBonusState, type TReferralEvent, type TReferralSource } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

type Props = { source: TReferralSource; events: TReferralEvent[] };

/**
 * What happened to a referral, oldest first, with who and when: status moves in the statuses'
 * words, and the referral made inactive or active again (by hand, or with its role) in words of its own.
 * A referrer's answer from the email is quoted, also one that came after the referral had moved on.
 */
export function ReferralTimeline({ source, events }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  // A cold prospect's own marking has no actor: the employee is not shown, not "the system".
  // A bonus line's note is the bonus's new state, or `none` when no tier covered the hired job.
  const bonusNote = (note: string) =>
    BONUS_STATES.includes(note as TBonusState)
      ? t(`payouts.states.${note as TBonusState}`)
      : note === 'none'
        ? t('bonusRule.noTier')
        : note;
  const nobody = source === 'cold_prospect' ? t('referralsArea.drawer.notShown') : t('referralsArea.drawer.system');
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="referral-timeline">
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          title={
            event.kind === 'status' ? t(`referralsArea.status.${event.toStatus}`) : t(`board.events.${event.kind}`)
          }
        >
          <Text size="xs" c="dimmed">
            {event.actor?.name ?? nobody} · {fmt.dateTime(event.createdAt)}
          </Text>
          {event.answer && (
            <Text size="sm" mt={4} data-testid="timeline-answer">
              {event.kind === 'late_answer'
                ? t('board.lateAnswer', {
                    answer: t(`board.answers.${event.answer}`),
                    status: t(`referralsArea.status.${event.toStatus}`),
                  })
                : t('board.answeredFromEmail', { answer: t(`board.answers.${event.answer}`) })}
            </Text>
          )}
          {event.note && (
            <Text size="sm" mt={4}>
              {event.kind === 'bonus' ? bonusNote(event.note) : event.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
