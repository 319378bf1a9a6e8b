import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { RELATIONSHIPS, type TLanguage, type TReferee, type TRefereeInput, type TRelationship } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';

/** A referee as a form holds one: text fields are strings, empty when not given. */
export type RefereeFormValues = {
  name: string;
  email: string;
  phone: string;
  relationship: TRelationship;
  company: string;
  workedTogether: string;
  language: TLanguage;
};

export function emptyReferee(language: TLanguage): RefereeFormValues {
  return { name: '', email: '', phone: '', relationship: 'manager', company: '', workedTogether: '', language };
}

export function refereeToForm(r: TReferee): RefereeFormValues {
  return {
    name: r.name,
    email: r.email ?? '',
    phone: r.phone ?? '',
    relationship: r.relationship,
    company: r.company ?? '',
    workedTogether: r.workedTogether ?? '',
    language: r.language,
  };
}

export function refereeRequest(v: RefereeFormValues): TRefereeInput {
  return {
    name: v.name,
    email: v.email.trim() || null,
    phone: v.phone.trim() || null,
    relationship: v.relationship,
    company: v.company.trim() || null,
    workedTogether: v.workedTogether.trim() || null,
    language: v.language,
  };
}

type Props = {
  // biome-ignore lint/suspicious/noExplicitAny: used inside the start form's list and on its own
  form: UseFormReturnType<any>;
  /** Where the referee sits in the form's values, e.g. `referees.0`; empty when at the top. */
  path: string;
  idPrefix: string;
  autoFocus?: boolean;
};

/** Name, contact, relationship, company, when they worked together and the referee's language. */
export function RefereeFields({ form, path, idPrefix, autoFocus }: Props) {
  const { t } = useTranslation();
  const at = (key: keyof RefereeFormValues) => (path ? `${path}.${key}` : key);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('referenceChecks.referee.name')}
        required
        autoFocus={autoFocus}
        data-testid={`${idPrefix}-name`}
        {...form.getInputProps(at('name'))}
      />
      <Select
        label={t('referenceChecks.referee.relationship')}
        data={RELATIONSHIPS.map((r) => ({ value: r, label: t(`referenceChecks.relationships.${r}`) }))}
        allowDeselect={false}
        data-testid={`${idPrefix}-relationship`}
        {...form.getInputProps(at('relationship'))}
      />
      <TextInput
        label={t('referenceChecks.referee.email')}
        type="email"
        data-testid={`${idPrefix}-email`}
        {...form.getInputProps(at('email'))}
      />
      <TextInput
        label={t('referenceChecks.referee.phone')}
        type="tel"
        data-testid={`${idPrefix}-phone`}
        {...form.getInputProps(at('phone'))}
      />
      <TextInput
        label={t('referenceChecks.referee.company')}
        data-testid={`${idPrefix}-company`}
        {...form.getInputProps(at('company'))}
      />
      <TextInput
        label={t('referenceChecks.referee.workedTogether')}
        placeholder={t('referenceChecks.referee.workedTogetherPlaceholder')}
        {...form.getInputProps(at('workedTogether'))}
      />
      <LanguageSelect label={t('referenceChecks.referee.language')} {...form.getInputProps(at('language'))} />
    </SimpleGrid>
  );
}
