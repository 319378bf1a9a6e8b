import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TCandidateConnection } from '@vouch/contracts';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { canManageHiring, useMe } from '../../app/auth.ts';

// The composer brings the template engine along; it loads when first opened.
const ReferralRequestComposer = lazy(() =>
  import('./ReferralRequestComposer.tsx').then((m) => ({ default: m.ReferralRequestComposer })),
);

export type RequestReferralButtonProps = {
  candidateId: string;
  connection: TCandidateConnection;
};

/** "Request referral" for one colleague connected to a candidate: opens the composer. Recruiters and admins only. */
export function RequestReferralButton({ candidateId, connection }: RequestReferralButtonProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { open, close }] = useDisclosure(false);
  if (!canManageHiring(me.role) || connection.colleague.membershipId === me.membershipId) return null;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        onClick={open}
        aria-label={t('referralRequests.requestFrom', { name: connection.colleague.name })}
      >
        {t('referralRequests.request')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <ReferralRequestComposer candidateId={candidateId} connection={connection} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
