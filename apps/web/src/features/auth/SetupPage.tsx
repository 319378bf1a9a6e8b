import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { TMe, TVerificationSent } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adoptMe } from '../../app/auth.ts';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { CheckInbox } from './CheckInbox.tsx';
import { NewCompanyForm } from './NewCompanyForm.tsx';
import { setupQuery } from './setup-status.ts';

/** First run: no company exists yet, so the first person creates one and becomes its admin. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<TVerificationSent | null>(null);

  const done = async (result: TMe | TVerificationSent) => {
    if (!('csrfToken' in result)) return setSent(result);
    adoptMe(result);
    await queryClient.invalidateQueries({ queryKey: setupQuery.queryKey });
    await navigate({ to: '/', replace: true });
  };

  return (
    <AuthCard title={t('auth.setupTitle')} intro={sent ? undefined : t('auth.setupIntro')}>
      {sent ? (
        <CheckInbox sent={sent} />
      ) : (
        <NewCompanyForm url="/api/setup" submitLabel={t('auth.setupSubmit')} onDone={done} />
      )}
    </AuthCard>
  );
}
