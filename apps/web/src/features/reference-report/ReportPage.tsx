import { PageHeader } from '../../ui/PageHeader.tsx';

/** Placeholder until this page is built. */
export function ReportPage() {
  return <PageHeader title="ReportPage" />;
}
