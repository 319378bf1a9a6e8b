import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Kbd,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { NETWORK_MARKS, type TNetworkMark, type TTriageCard } from '@vouch/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobOptions } from '../jobs/jobs.api.ts';
import { TriageReasons } from './TriageReasons.tsx';
import type { MarkForm } from './useTriageSession.ts';

type Props = {
  card: TTriageCard;
  busy: boolean;
  /** A message for the job field from the server, e.g. the job closed meanwhile. */
  jobError: string | null;
  onMark: (mark: TNetworkMark, form: MarkForm) => void;
  onSkip: () => void;
};

const KEY_OF: Record<TNetworkMark, string> = { email_introduction: '1', warm_prospect: '2', cold_prospect: '3' };

/**
 * One contact and the choices for them. Keys 1–3 mark, S skips, L toggles "would love to work with
 * them again", N goes to the note; none of them fire while typing in a field (Esc leaves it).
 * Rendered with the contact's id as key, so every card starts with a fresh form.
 */
export function TriageCard({ card, busy, jobError, onMark, onSkip }: Props) {
  const { t } = useTranslation();
  const jobs = useJobOptions();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [form, setForm] = useState<MarkForm>({
    loveToWorkAgain: false,
    note: '',
    jobId: card.suggestedJob?.id ?? null,
    skills: [],
  });
  const { contact } = card;
  const name = `${contact.firstName} ${contact.lastName}`.trim();

  const mark = (choice: TNetworkMark) => {
    if (!busy) onMark(choice, form);
  };
  const skip = () => {
    if (!busy) onSkip();
  };
  useHotkeys([
    ...NETWORK_MARKS.map((choice) => [KEY_OF[choice], () => mark(choice)] as [string, () => void]),
    ['s', skip],
    ['l', () => setForm((f) => ({ ...f, loveToWorkAgain: !f.loveToWorkAgain }))],
    ['n', () => noteRef.current?.focus()],
  ]);

  // The suggested job stays selectable even if the first 200 open jobs do not include it.
  const jobOptions = [...(jobs.data ?? [])];
  if (card.suggestedJob && !jobOptions.some((o) => o.value === card.suggestedJob?.id))
    jobOptions.unshift({ value: card.suggestedJob.id, label: card.suggestedJob.title });

  return (
    <Card withBorder padding="lg" data-testid="triage-card">
      <Stack gap="md">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={3} data-testid="triage-name">
              {name}
            </Title>
            {contact.linkedinUrl && (
              <Anchor href={contact.linkedinUrl} target="_blank" rel="noopener noreferrer" size="sm">
                {t('triage.linkedin')}
              </Anchor>
            )}
          </Group>
          <Text>{[contact.position, contact.company].filter(Boolean).join(' · ') || t('common.none')}</Text>
          <TriageReasons card={card} />
        </Stack>

        <Select
          label={t('triage.job')}
          placeholder={t('triage.noJob')}
          data={jobOptions}
          value={form.jobId}
          onChange={(jobId) => setForm((f) => ({ ...f, jobId }))}
          error={jobError}
          clearable
          searchable
          data-testid="triage-job"
        />
        <Textarea
          ref={noteRef}
          label={
            <>
              {t('triage.note')} <Kbd size="xs">N</Kbd>
            </>
          }
          description={t('triage.noteHint')}
          placeholder={t('triage.notePlaceholder')}
          value={form.note}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(e) => {
            const note = e.currentTarget.value;
            setForm((f) => ({ ...f, note }));
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') e.currentTarget.blur();
          }}
          data-testid="triage-note"
        />
        <TagsInput
          label={t('triage.skills')}
          placeholder={t('triage.skillsPlaceholder')}
          value={form.skills}
          onChange={(skills) => setForm((f) => ({ ...f, skills }))}
          maxTags={20}
          splitChars={[',']}
        />
        <Checkbox
          label={
            <>
              {t('triage.love')} <Kbd size="xs">L</Kbd>
            </>
          }
          checked={form.loveToWorkAgain}
          onChange={(e) => {
            const loveToWorkAgain = e.currentTarget.checked;
            setForm((f) => ({ ...f, loveToWorkAgain }));
          }}
          data-testid="triage-love"
        />

        <Stack gap="xs">
          {NETWORK_MARKS.map((choice, index) => (
            <Button
              key={choice}
              size="md"
              variant={index === 0 ? 'filled' : 'light'}
              justify="flex-start"
              leftSection={<Kbd>{KEY_OF[choice]}</Kbd>}
              onClick={() => mark(choice)}
              disabled={busy}
              data-testid={`triage-mark-${choice}`}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              h="auto"
              py="xs"
            >
              {t(`triage.marks.${choice}`)}
            </Button>
          ))}
          <Button
            variant="default"
            justify="flex-start"
            leftSection={<Kbd>S</Kbd>}
            onClick={skip}
            disabled={busy}
            data-testid="triage-skip"
          >
            {t('triage.skip')}
          </Button>
        </Stack>
      </Stack>
    </Card>
  );
}
