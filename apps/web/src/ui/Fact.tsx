import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { label: string; children: ReactNode; breakAnywhere?: boolean };

/** A small labelled value on a detail page. `breakAnywhere` lets long emails and links wrap. */
export function Fact({ label, children, breakAnywhere }: Props) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={breakAnywhere ? { overflowWrap: 'anywhere' } : undefined}>
        {children}
      </Text>
    </div>
  );
}
