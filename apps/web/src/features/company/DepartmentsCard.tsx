import { ActionIcon, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type TDepartment, ZCreateDepartmentRequest } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { AddNameForm } from './AddNameForm.tsx';
import { addDepartment, renameDepartment, useRefreshDepartments, useRemoveDepartment } from './company.api.ts';

function RenameRow({ department, onDone }: { department: TDepartment; onDone: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshDepartments();
  const form = useForm({ initialValues: { name: department.name }, validate: zodValidate(ZCreateDepartmentRequest) });
  const rename = useMutation({
    mutationFn: (values: { name: string }) => renameDepartment(department.id, values),
    onSuccess: async () => {
      await refresh();
      onDone();
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });
  return (
    <form onSubmit={form.onSubmit((values) => rename.mutate(values))} noValidate>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          aria-label={t('company.renameDepartment', { name: department.name })}
          autoFocus
          style={{ flex: 1 }}
          onKeyDown={(e) => e.key === 'Escape' && onDone()}
          {...form.getInputProps('name')}
        />
        <Button type="submit" size="sm" loading={rename.isPending}>
          {t('common.save')}
        </Button>
        <Button variant="default" size="sm" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </form>
  );
}

export function DepartmentsCard({ departments }: { departments: TDepartment[] }) {
  const { t } = useTranslation();
  const refresh = useRefreshDepartments();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useRemoveDepartment();
  const askRemove = async (d: TDepartment) => {
    const ok = await confirmAction({
      message: t('company.deleteDepartmentConfirm', { name: d.name }),
      confirmLabel: t('common.delete'),
    });
    if (ok) remove.mutate(d);
  };

  return (
    <Card withBorder padding="lg">
      <Stack>
        <AddNameForm
          label={t('company.newDepartment')}
          placeholder={t('company.departmentName')}
          schema={ZCreateDepartmentRequest}
          add={addDepartment}
          onAdded={refresh}
        />
        {departments.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('company.noDepartments')}
          </Text>
        )}
        <Stack gap="xs">
          {departments.map((d) =>
            editing === d.id ? (
              <RenameRow key={d.id} department={d} onDone={() => setEditing(null)} />
            ) : (
              <Group key={d.id} justify="space-between" wrap="nowrap">
                <Text size="sm">{d.name}</Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('company.renameDepartment', { name: d.name })}
                    onClick={() => setEditing(d.id)}
                  >
                    ✎
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('company.deleteDepartment', { name: d.name })}
                    loading={remove.isPending && remove.variables?.id === d.id}
                    onClick={() => askRemove(d)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
            ),
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
