import { Badge, Group, Stack, Text, Textarea, TextInput, UnstyledButton } from '@mantine/core';
import { REFERRAL_REQUEST_VARIABLES } from '@vouch/contracts';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** `candidate.first_name` → `candidate_first_name`: i18next reads a dot as a level, so the words are keyed with `_`. */
type VariableKey<V extends string> = V extends `${infer Head}.${infer Tail}` ? `${Head}_${Tail}` : V;
const variableKey = <V extends string>(variable: V) => variable.replace('.', '_') as VariableKey<V>;

export type TemplateText = { subject: string; body: string };
type Field = keyof TemplateText;

type Props = {
  value: TemplateText;
  onChange: (value: TemplateText) => void;
  errors: Partial<Record<Field, string | null>>;
  bodyRows?: number;
};

/**
 * Subject and body of a referral request in the template language, with the variables listed below:
 * a click (or Enter) inserts one where the cursor was in the field last edited.
 */
export function TemplateFields({ value, onChange, errors, bodyRows = 12 }: Props) {
  const { t } = useTranslation();
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<Field>('body');

  const insert = (variable: string) => {
    const field = lastField.current;
    const element = field === 'subject' ? subjectRef.current : bodyRef.current;
    const text = value[field];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const token = `{{ ${variable} }}`;
    onChange({ ...value, [field]: text.slice(0, start) + token + text.slice(end) });
    // Back to the field, the cursor after the variable, once React has written the new value.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Stack gap="sm">
      <TextInput
        ref={subjectRef}
        label={t('referralRequests.template.subject')}
        value={value.subject}
        onFocus={() => {
          lastField.current = 'subject';
        }}
        onChange={(e) => onChange({ ...value, subject: e.currentTarget.value })}
        error={errors.subject}
        required
      />
      <Textarea
        ref={bodyRef}
        label={t('referralRequests.template.body')}
        value={value.body}
        onFocus={() => {
          lastField.current = 'body';
        }}
        onChange={(e) => onChange({ ...value, body: e.currentTarget.value })}
        error={errors.body}
        autosize
        minRows={bodyRows}
        maxRows={30}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        required
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('referralRequests.template.variables')}
        </Text>
        <Text size="xs" c="dimmed" mb={6}>
          {t('referralRequests.template.variablesHint')}
        </Text>
        <Group gap={6}>
          {REFERRAL_REQUEST_VARIABLES.map((variable) => (
            <UnstyledButton
              key={variable}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(variable)}
              title={t(`referralRequests.variables.${variableKey(variable)}`)}
              aria-label={t('referralRequests.template.insert', { variable })}
            >
              <Badge variant="light" tt="none" style={{ cursor: 'pointer' }}>{`{{ ${variable} }}`}</Badge>
            </UnstyledButton>
          ))}
        </Group>
      </div>
    </Stack>
  );
}
