import { Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField.tsx';
import { useDepartments } from '../jobs/jobs.api.ts';
import { useMembers } from './referrals.api.ts';
import type { ReferralsSearch } from './referrals-search.ts';

/**
 * Filter fields the board and the Referrals area's tabs both show. Each takes its labels and test ids
 * from the caller, because the two lists keep their own translations and tests.
 */

type SearchProps = { search: ReferralsSearch; onChange: (patch: Partial<ReferralsSearch>) => void };

/** When the referral was made: from and to dates, each bounding the other's picker. */
export function DateRangeFields({
  search,
  onChange,
  labels,
  testIds,
}: SearchProps & { labels: { from: string; to: string }; testIds: { from: string; to: string } }) {
  return (
    <>
      <DateField
        label={labels.from}
        value={search.from}
        max={search.to}
        onChange={(day) => onChange({ from: day || undefined })}
        w={150}
        data-testid={testIds.from}
      />
      <DateField
        label={labels.to}
        value={search.to}
        min={search.from}
        onChange={(day) => onChange({ to: day || undefined })}
        w={150}
        data-testid={testIds.to}
      />
    </>
  );
}

type PickerProps = {
  label: string;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  w?: number;
  testId: string;
};

/** Who referred: the company's members by name. */
export function ReferrerSelect({
  label,
  placeholder,
  description,
  value,
  onChange,
  w,
  testId,
}: PickerProps & { placeholder: string; description: string | undefined }) {
  const members = useMembers();
  return (
    <Select
      label={label}
      placeholder={placeholder}
      description={description}
      data={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      searchable
      clearable
      // Names are rendered only while the list is open, so a page showing a cold prospect never holds them.
      comboboxProps={{ keepMounted: false }}
      w={w}
      data-testid={testId}
    />
  );
}

/** The company's departments; empty means all of them. */
export function DepartmentSelect({
  label,
  value,
  onChange,
  w,
  testId,
  placeholder,
  description,
}: PickerProps & { placeholder?: string; description?: string }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('common.all')}
      data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      value={value ?? null}
      onChange={(id) => onChange(id ?? undefined)}
      clearable
      w={w}
      data-testid={testId}
    />
  );
}

/** An on/off filter that is left out of the address while off. */
export function FilterSwitch({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (on: true | undefined) => void;
  testId: string;
}) {
  return (
    <Switch
      label={label}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked || undefined)}
      // The filter row aligns to the bottom; this lifts the switch level with the inputs' boxes.
      mb={8}
      data-testid={testId}
    />
  );
}
