import { useDebouncedCallback } from '@mantine/hooks';
import { type ChangeEvent, useState } from 'react';

/** A text filter that writes to the URL a moment after typing stops. Spread the result on the input. */
export function useDebouncedText(initial: string | undefined, commit: (value: string | undefined) => void) {
  const [value, setValue] = useState(initial ?? '');
  const debounced = useDebouncedCallback((v: string) => commit(v.trim() || undefined), 300);
  return {
    value,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setValue(e.currentTarget.value);
      debounced(e.currentTarget.value);
    },
  };
}
