import { PageHeader } from '../../ui/PageHeader.tsx';

/** Placeholder until this page is built. */
export function ReferenceChecksPage() {
  return <PageHeader title="ReferenceChecksPage" />;
}
