import { ActionIcon } from '@mantine/core';

type Props = { index: number; count: number; upLabel: string; downLabel: string; onMove: (to: number) => void };

/** Up and down buttons: reordering that works with a keyboard and a screen reader. */
export function MoveButtons({ index, count, upLabel, downLabel, onMove }: Props) {
  return (
    <>
      <ActionIcon variant="default" aria-label={upLabel} disabled={index === 0} onClick={() => onMove(index - 1)}>
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label={downLabel}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        ↓
      </ActionIcon>
    </>
  );
}
