import type { TVerificationSent } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthCard } from '../../ui/AuthCard.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { CheckInbox } from './CheckInbox.tsx';
import { NewCompanyForm } from './NewCompanyForm.tsx';

/** Open sign-up (when the operator allows it): a new company, created once the address is verified. */
export function NewCompanyPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState<TVerificationSent | null>(null);
  return (
    <AuthCard
      title={t('auth.newCompanyTitle')}
      intro={sent ? undefined : t('auth.newCompanyIntro')}
      footer={
        <AnchorLink to="/sign-in" size="sm">
          {t('auth.haveAccount')}
        </AnchorLink>
      }
    >
      {sent ? (
        <CheckInbox sent={sent} />
      ) : (
        <NewCompanyForm
          url="/api/auth/new-company"
          submitLabel={t('auth.newCompanySubmit')}
          onDone={(result) => setSent(result as TVerificationSent)}
        />
      )}
    </AuthCard>
  );
}
