import { PageHeader } from '../../ui/PageHeader.tsx';

/** Placeholder until this page is built. */
export function FiguresPage() {
  return <PageHeader title="FiguresPage" />;
}
