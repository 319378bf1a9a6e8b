import { Button, Card, Group, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { canManageHiring, useMe } from '../../app/auth.ts';
import { useFormat } from '../../i18n/format.ts';
import { Fact } from '../../ui/Fact.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { FraudSignals } from './FraudSignals.tsx';
import { FreeTextAnswers } from './FreeTextAnswers.tsx';
import { RatingComparison } from './RatingComparison.tsx';
import { RefereeSections } from './RefereeSections.tsx';
import { ReportSummary } from './ReportSummary.tsx';
import { reportPdfUrl, reportQuery } from './report.api.ts';
import { ShareLinksButton } from './ShareLinks.tsx';
import './report-print.css';

const route = getRouteApi('/_app/reference-checks/$checkId/report');

/** A check's report: fraud signals first, then the ratings side by side, the written answers, each referee. */
export function ReportPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const { checkId } = route.useParams();
  const report = useQuery(reportQuery(checkId));

  if (isApiError(report.error, 'not_found')) return <NotFound />;
  if (!report.data) return <QueryState error={report.error} isLoading={report.isLoading} onRetry={report.refetch} />;
  const { check } = report.data;

  return (
    <Stack gap="xl" data-testid="reference-report">
      <PageHeader
        before={
          canManageHiring(me.role) && (
            <AnchorLink to="/references" size="sm" data-print="hide">
              ← {t('referenceReport.backToChecks')}
            </AnchorLink>
          )
        }
        title={`${t('referenceReport.title')}: ${check.candidateName}`}
        subtitle={check.jobTitle ?? t('referenceReport.facts.noJob')}
        actions={
          <Group gap="sm" data-print="hide">
            <Button component="a" href={reportPdfUrl(checkId)} download data-testid="download-pdf">
              {t('referenceReport.downloadPdf')}
            </Button>
            <Button variant="default" onClick={() => window.print()}>
              {t('referenceReport.print')}
            </Button>
            {(me.role === 'admin' || me.role === 'recruiter') && <ShareLinksButton checkId={checkId} />}
          </Group>
        }
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Fact label={t('referenceReport.facts.status')}>{t(`referenceReport.status.${check.status}`)}</Fact>
          <Fact label={t('referenceReport.facts.referees')}>
            {t('referenceReport.facts.refereesValue', { answered: check.answered, wanted: check.refereesWanted })}
          </Fact>
          <Fact label={t('referenceReport.facts.questionnaire')}>
            {t('referenceReport.facts.version', { name: check.templateName, version: check.templateVersion })}
          </Fact>
          {check.subAccountName && <Fact label={t('referenceReport.facts.subAccount')}>{check.subAccountName}</Fact>}
          <Fact label={t('referenceReport.facts.started')}>{fmt.date(check.createdAt)}</Fact>
          {check.completedAt && <Fact label={t('referenceReport.facts.completed')}>{fmt.date(check.completedAt)}</Fact>}
        </SimpleGrid>
      </Card>
      <ReportSummary summary={report.data.summary} />
      <FraudSignals report={report.data} canReview={canManageHiring(me.role)} />
      <RatingComparison report={report.data} />
      <FreeTextAnswers report={report.data} />
      <RefereeSections report={report.data} />
    </Stack>
  );
}
