import { Card, NumberInput, Select, Stack, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { OWNERSHIP_MODES, type TOwnershipMode, type TUpdateReferralPolicyRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/errors.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { referralPolicyQuery, useSavePolicy } from './intake.api.ts';

/** Company settings → Referral policy (admins): seed 001's five settings, each saved as it changes. */
export function ReferralPolicyCard() {
  const { t } = useTranslation();
  const policy = useQuery(referralPolicyQuery);
  const save = useSavePolicy();
  const change = (body: TUpdateReferralPolicyRequest) =>
    save.mutate(body, { onSuccess: () => notifySuccess(t('policy.saved')), onError: notifyError });
  const p = policy.data;
  return (
    <Card withBorder padding="lg">
      <QueryState isLoading={policy.isLoading} error={policy.error} onRetry={() => policy.refetch()} />
      {p && (
        <Stack>
          <Switch
            label={t('policy.acceptKnownFromEmployees')}
            checked={p.acceptKnownFromEmployees}
            onChange={(e) => change({ acceptKnownFromEmployees: e.currentTarget.checked })}
          />
          <Switch
            label={t('policy.acceptKnownFromAgents')}
            checked={p.acceptKnownFromAgents}
            onChange={(e) => change({ acceptKnownFromAgents: e.currentTarget.checked })}
          />
          <Select
            label={t('policy.ownershipMode')}
            data={OWNERSHIP_MODES.map((m) => ({ value: m, label: t(`policy.modes.${m}`) }))}
            value={p.ownershipMode}
            allowDeselect={false}
            onChange={(v) => v && change({ ownershipMode: v as TOwnershipMode })}
          />
          <NumberInput
            label={t('policy.maxAgent')}
            min={0}
            max={1000}
            value={p.maxAgentSubmissionsPerJob}
            onBlur={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n !== p.maxAgentSubmissionsPerJob) change({ maxAgentSubmissionsPerJob: n });
            }}
          />
          <Switch
            label={t('policy.showSelfApplied')}
            checked={p.showSelfAppliedToReferrer}
            onChange={(e) => change({ showSelfAppliedToReferrer: e.currentTarget.checked })}
          />
        </Stack>
      )}
    </Card>
  );
}
