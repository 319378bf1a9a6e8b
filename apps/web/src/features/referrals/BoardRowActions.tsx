import { ActionIcon, Button, Popover, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TBoardReferral } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { useSetActive } from './board.api.ts';
import { BellIcon, BellOffIcon } from './icons.tsx';
import { fullName } from './parts.tsx';
import { StatusChange } from './ReferralActions.tsx';

type Referral = Pick<TBoardReferral, 'id' | 'firstName' | 'lastName' | 'active' | 'status' | 'source'>;

/**
 * The bell: makes a referral inactive by hand, or active again. An active one shows a ringing
 * bell; an inactive one a silenced bell.
 */
export function ActiveToggle({ referral, withLabel = false }: { referral: Referral; withLabel?: boolean }) {
  const { t } = useTranslation();
  const setActive = useSetActive();
  const name = fullName(referral);
  const label = referral.active ? t('board.bell.deactivate') : t('board.bell.activate');
  const toggle = () =>
    setActive.mutate(
      { id: referral.id, active: !referral.active },
      {
        onSuccess: (saved) =>
          notifySuccess(saved.active ? t('board.bell.activated', { name }) : t('board.bell.deactivated', { name })),
      },
    );
  const icon = referral.active ? <BellIcon /> : <BellOffIcon />;
  if (withLabel) {
    return (
      <Button
        size="compact-sm"
        variant="default"
        leftSection={icon}
        loading={setActive.isPending}
        onClick={toggle}
        data-testid="bell"
      >
        {label}
      </Button>
    );
  }
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="subtle"
        color={referral.active ? 'blue' : 'gray'}
        aria-label={`${label}: ${name}`}
        loading={setActive.isPending}
        onClick={(e) => {
          e.stopPropagation();
          toggle();
        }}
        onKeyDown={(e) => e.stopPropagation()}
        data-testid="bell"
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}

/** The pencil on a board row: the status and a note, without leaving the list. */
export function StatusPencil({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [opened, { close, toggle }] = useDisclosure(false);
  const label = t('board.pencil', { name: fullName(referral) });
  return (
    <Popover
      opened={opened}
      onChange={(open) => !open && close()}
      width={320}
      position="bottom-end"
      withArrow
      trapFocus
      shadow="md"
    >
      <Popover.Target>
        <Tooltip label={t('board.pencilHint')} withArrow>
          <ActionIcon
            variant="subtle"
            aria-label={label}
            aria-expanded={opened}
            onClick={(e) => {
              e.stopPropagation();
              toggle();
            }}
            onKeyDown={(e) => e.stopPropagation()}
            data-testid="pencil"
          >
            ✎
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      {/* Clicks and keys inside stay here: the row behind would open the drawer. */}
      <Popover.Dropdown onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
        <StatusChange referral={referral} onSaved={close} inPopover />
      </Popover.Dropdown>
    </Popover>
  );
}
