import { Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { i18n } from '../../i18n/index.ts';

export type CompletedCheckChoice = 'keep' | 'new';

/**
 * Moving a candidate back into a "Reference check" step when their check for the job completed:
 * asks whether to start a new check. Keeping the completed one (and its report) is the default
 * button; closing the dialog cancels the move (null).
 */
export function askAboutCompletedCheck(name: string): Promise<CompletedCheckChoice | null> {
  return new Promise((resolve) => {
    let chosen: CompletedCheckChoice | null = null;
    const choose = (choice: CompletedCheckChoice) => () => {
      chosen = choice;
      modals.close(id);
    };
    const id = modals.open({
      // Wide enough for both choices side by side.
      size: 'lg',
      title: i18n.t('referenceChecks.completedExists.title'),
      onClose: () => resolve(chosen),
      children: (
        <Stack>
          <Text size="sm">{i18n.t('referenceChecks.completedExists.message', { name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={choose('new')}>
              {i18n.t('referenceChecks.completedExists.startNew')}
            </Button>
            <Button onClick={choose('keep')} data-autofocus>
              {i18n.t('referenceChecks.completedExists.keep')}
            </Button>
          </Group>
        </Stack>
      ),
    });
  });
}
