import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { withdrawInfo, withdrawReferral } from './intake.api.ts';

/** A referred person's page from their email: opening it changes nothing; the button withdraws. */
export function WithdrawReferralPage({ token }: { token?: string }) {
  const { t } = useTranslation();
  const info = useQuery({
    queryKey: ['withdraw-referral', token],
    queryFn: () => withdrawInfo(token ?? ''),
    enabled: !!token,
    retry: false,
  });
  const withdraw = useMutation({ mutationFn: () => withdrawReferral(token ?? '') });
  return (
    <Container size="xs" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('withdraw.title')}
        </Title>
        {info.error && <Alert color="red">{errorMessage(info.error)}</Alert>}
        {withdraw.error && <Alert color="red">{errorMessage(withdraw.error)}</Alert>}
        {withdraw.isSuccess ? (
          <Alert color="green">{t('withdraw.done')}</Alert>
        ) : (
          info.data && (
            <>
              <Text>{t('withdraw.intro', { referrer: info.data.referrerName, company: info.data.companyName })}</Text>
              <Button color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
                {t('withdraw.button')}
              </Button>
            </>
          )
        )}
      </Stack>
    </Container>
  );
}
