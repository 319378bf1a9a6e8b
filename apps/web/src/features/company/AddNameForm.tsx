import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { handleFormError, zodValidate } from '../../app/errors.ts';

type Props = {
  label: string;
  placeholder: string;
  /** Validates `{ name }` the way the server will. */
  schema: z.ZodType;
  /** Where the new name is POSTed. */
  url: string;
  onAdded: () => Promise<unknown>;
};

/** One name and an Add button; the field clears once the server has it. */
export function AddNameForm({ label, placeholder, schema, url, onAdded }: Props) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { name: '' }, validate: zodValidate(schema) });
  const create = useMutation({
    mutationFn: (values: { name: string }) => api(url, { method: 'POST', body: values }),
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
