import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { fieldErrorText } from '../../app/errors.ts';
import { ClearFiltersButton } from '../../ui/Empty.tsx';
import { Filters, ScopeLine } from './Filters.tsx';
import { ReferralsTable } from './ReferralsTable.tsx';
import { useNetworkReferrals } from './referrals.api.ts';
import type { ReferralsSearch } from './referrals-search.ts';
import { SearchBox } from './SearchBox.tsx';

type Props = {
  search: ReferralsSearch & { tab: 'introductions' | 'prospects' };
  onChange: (patch: Partial<ReferralsSearch>) => void;
  onReset: (search: ReferralsSearch) => void;
};

/** Email introductions or prospects: what employees passed on, with the boolean search. */
export function NetworkTab({ search, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const list = useNetworkReferrals(search);
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  // A query the server could not read (422) or would not take (too long, 400) is shown under the
  // box, in the person's language; the list keeps its last answer.
  const queryProblem = isApiError(list.error) ? list.error.errors.find((e) => e.field === 'q') : undefined;
  const queryError = queryProblem ? fieldErrorText(queryProblem) : null;
  const narrowed = !!(
    search.q ||
    search.mark ||
    search.referrerId ||
    search.departmentId ||
    search.from ||
    search.to ||
    search.overdue
  );

  return (
    <>
      <SearchBox value={search.q} onSearch={(q) => onChange({ q })} error={queryError} />
      <Filters search={search} onChange={onChange} />
      <ScopeLine scope={pages[0]?.scope} onChange={onChange} />
      <ReferralsTable
        list={{ ...list, error: queryError ? null : list.error }}
        items={queryError ? [] : items}
        highlights={pages[0]?.highlights ?? []}
        emptyTitle={narrowed ? t('referralsArea.empty.noMatch') : t(`referralsArea.empty.${search.tab}`)}
        emptyAction={
          narrowed ? <ClearFiltersButton onClick={() => onReset({ tab: search.tab, scope: search.scope })} /> : null
        }
        onOpen={(open) => onChange({ open })}
      />
    </>
  );
}
