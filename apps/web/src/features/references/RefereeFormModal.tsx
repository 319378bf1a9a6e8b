import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TReferee, ZRefereeInput } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import {
  emptyNamedConsent,
  NamedConsentFields,
  type NamedConsentValues,
  namedConsentMissing,
  namedConsentRequest,
} from './NamedConsentFields.tsx';
import {
  emptyReferee,
  RefereeFields,
  type RefereeFormValues,
  refereeRequest,
  refereeToForm,
} from './RefereeFields.tsx';
import type { useCheckActions } from './references.api.ts';

type Props = {
  actions: ReturnType<typeof useCheckActions>;
  /** The referee to edit; a new one is added when absent. */
  referee: TReferee | null;
  language: RefereeFormValues['language'];
  /** The check does not ask the candidate: a new referee needs how the candidate agreed to them. */
  askConsent?: boolean;
  onClose: () => void;
};

/** Adds a referee to a running check, or corrects one who has not started answering. */
export function RefereeFormModal({ actions, referee, language, askConsent = false, onClose }: Props) {
  const { t } = useTranslation();
  const withConsent = askConsent && !referee;
  const form = useForm<RefereeFormValues & { consent: NamedConsentValues }>({
    initialValues: { ...(referee ? refereeToForm(referee) : emptyReferee(language)), consent: emptyNamedConsent() },
    validate: (values) => {
      const errors = zodValidate(ZRefereeInput, refereeRequest)(values);
      if (withConsent && !values.consent.method) errors['consent.method'] = namedConsentMissing();
      return errors;
    },
  });
  const mutation = referee ? actions.editReferee : actions.addReferee;

  const submit = (values: RefereeFormValues & { consent: NamedConsentValues }) => {
    const body = refereeRequest(values);
    const done = {
      onSuccess: () => {
        notifySuccess(t(referee ? 'referenceChecks.referee.saved' : 'referenceChecks.referee.added'));
        onClose();
      },
      onError: (error: unknown) => handleFormError(form, error),
    };
    if (referee) actions.editReferee.mutate({ refereeId: referee.id, body }, done);
    else
      actions.addReferee.mutate(
        { ...body, consent: withConsent ? namedConsentRequest(values.consent) : undefined },
        done,
      );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t(referee ? 'referenceChecks.referee.editTitle' : 'referenceChecks.referee.addTitle')}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="referee-form">
        <Stack>
          <RefereeFields form={form} path="" idPrefix="referee" autoFocus />
          {withConsent && <NamedConsentFields form={form} path="consent" idPrefix="referee" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="referee-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
