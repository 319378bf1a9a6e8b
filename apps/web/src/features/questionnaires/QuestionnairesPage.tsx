import { PageHeader } from '../../ui/PageHeader.tsx';

/** Placeholder until this page is built. */
export function QuestionnairesPage() {
  return <PageHeader title="QuestionnairesPage" />;
}
