import { PageHeader } from '../../ui/PageHeader.tsx';

/** Placeholder until this page is built. */
export function SubAccountsPage() {
  return <PageHeader title="SubAccountsPage" />;
}
