import { Button, Group, SegmentedControl, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TExclusionKind, ZSaveExclusionRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { networkKeys } from '../../app/query-keys.ts';
import { addExclusion, type ExclusionGroup, KINDS_OF } from './exclusions.api.ts';

type Values = { kind: TExclusionKind; value: string; variants: string[]; reason: string };

// Variants belong to company names only; a switch of kind must not send stale ones.
const toRequest = (v: Values) => ({ ...v, variants: v.kind === 'company_name' ? v.variants : [] });

export function AddExclusionForm({ group }: { group: ExclusionGroup }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const kinds = KINDS_OF[group];
  const form = useForm<Values>({
    initialValues: { kind: kinds[0], value: '', variants: [], reason: '' },
    validate: zodValidate(ZSaveExclusionRequest, toRequest),
  });
  const add = useMutation({
    mutationFn: (values: Values) => addExclusion(toRequest(values)),
    onSuccess: async (saved) => {
      notifySuccess(t('exclusions.added', { value: saved.value }));
      form.setValues({ value: '', variants: [] });
      form.resetDirty();
      await client.invalidateQueries({ queryKey: networkKeys.exclusions() });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });
  const kind = form.getValues().kind;
  const variantError = Object.entries(form.errors).find(([key]) => key.startsWith('variants'))?.[1];

  return (
    <form onSubmit={form.onSubmit((values) => add.mutate(values))} noValidate>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('exclusions.fields.kind')}
          data={kinds.map((k) => ({ value: k, label: t(`exclusions.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
          onChange={(value) => {
            form.setFieldValue('kind', value as TExclusionKind);
            form.clearErrors();
          }}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t(`exclusions.valueLabel.${kind}`)}
            placeholder={t(`exclusions.valuePlaceholder.${kind}`)}
            required
            {...form.getInputProps('value')}
          />
          <TextInput
            label={t('exclusions.fields.reason')}
            placeholder={t('exclusions.reasonPlaceholder')}
            required
            {...form.getInputProps('reason')}
          />
        </Group>
        {kind === 'company_name' && (
          <TagsInput
            label={t('exclusions.fields.variants')}
            description={t('exclusions.variantsHint')}
            {...form.getInputProps('variants')}
            error={variantError}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={add.isPending}>
            {t('exclusions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
