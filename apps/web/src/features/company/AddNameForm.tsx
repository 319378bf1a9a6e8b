import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { handleFormError, zodValidate } from '../../app/errors.ts';

type Props = {
  label: string;
  placeholder: string;
  /** Validates `{ name }` the way the server will. */
  schema: z.ZodType;
  /** Sends the new name to the server. */
  add: (values: { name: string }) => Promise<unknown>;
  onAdded: () => Promise<unknown>;
};

/** One name and an Add button; the field clears once the server has it. */
export function AddNameForm({ label, placeholder, schema, add, onAdded }: Props) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { name: '' }, validate: zodValidate(schema) });
  const create = useMutation({
    mutationFn: add,
    onSuccess: async () => {
      form.reset();
      await onAdded();
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput label={label} placeholder={placeholder} style={{ flex: 1 }} {...form.getInputProps('name')} />
        <Button type="submit" loading={create.isPending}>
          {t('common.add')}
        </Button>
      </Group>
    </form>
  );
}
