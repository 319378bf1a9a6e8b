import { PageHeader } from '../../ui/PageHeader.tsx';

/** Placeholder until this page is built. */
export function QuestionnaireEditorPage() {
  return <PageHeader title="QuestionnaireEditorPage" />;
}
