import type { TPrivacyPage, TPrivacySubject } from '@vouch/contracts';
import { useCallback, useEffect, useState } from 'react';
import { call, PageError, setPageLanguage } from '../api.ts';
import { stringsFor } from '../strings.ts';
import { ErrorScreen, errorBranding, Loading, Shell } from '../ui.tsx';
import { ConfirmAction } from './ConfirmAction.tsx';
import { formatDate, type PrivacyStrings, privacyStringsFor } from './privacy-strings.ts';

/**
 * The privacy page of a candidate (`/c/<token>/privacy`) or referee (`/r/<token>/privacy`): what
 * they gave, withdrawing their consent, asking to be erased. Reached from their page and from the
 * "manage your data" link in every email they get.
 */
export function PrivacyPage({ subject, token }: { subject: TPrivacySubject; token: string }) {
  const base = `/api/public/privacy/${subject}/${encodeURIComponent(token)}`;
  const [page, setPage] = useState<TPrivacyPage | null>(null);
  const [error, setError] = useState<PageError | null>(null);

  const load = useCallback(() => {
    setError(null);
    call<TPrivacyPage>('GET', base)
      .then(setPage)
      .catch((e: unknown) => setError(e instanceof PageError ? e : new PageError(0, {})));
  }, [base]);
  useEffect(load, [load]);

  const language = page?.language ?? (navigator.language.startsWith('sv') ? 'sv' : 'en');
  setPageLanguage(language);
  const s = stringsFor(language);
  const p = privacyStringsFor(language);

  if (error) {
    return (
      <Shell branding={errorBranding(error)} language={language} hideContact>
        {error.status === 404 ? (
          <div className="vr-card" data-testid="privacy-gone">
            <h1>{p.goneTitle}</h1>
            <p>{p.goneBody}</p>
          </div>
        ) : (
          <ErrorScreen error={error} s={s} onRetry={load} />
        )}
      </Shell>
    );
  }
  if (!page) {
    return (
      <Shell language={language}>
        <Loading s={s} />
      </Shell>
    );
  }
  const act = (path: string) => async () => setPage(await call<TPrivacyPage>('POST', `${base}/${path}`));
  const date = (iso: string) => formatDate(iso, language);
  const company = page.branding.senderName;
  return (
    <Shell branding={page.branding} language={language}>
      <div className="vr-card" data-testid="privacy-page">
        <h1>{p.title}</h1>
        <p className="vr-lead">{p.intro(company, page.jobTitle)}</p>
        {page.candidateName && <p>{p.aboutCandidate(page.candidateName)}</p>}

        <h2>{p.detailsTitle}</h2>
        <dl className="vr-facts" data-testid="privacy-details">
          {[
            [p.name, page.name],
            [p.email, page.email ?? p.none],
            [p.phone, page.phone ?? p.none],
          ].map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>

        <h2>{p.consentTitle}</h2>
        <p data-testid="privacy-consent">
          {page.consent.withdrawnAt
            ? p.consentWithdrawn(date(page.consent.withdrawnAt))
            : page.consent.givenAt
              ? p.consentGiven(date(page.consent.givenAt), page.consent.textVersion)
              : p.consentNotGiven}
        </p>

        {page.subject === 'referee' ? <Answers page={page} p={p} /> : <Referees page={page} p={p} />}

        {page.canWithdraw && (
          <section className="vr-privacy-act">
            <h2>{p.withdrawTitle}</h2>
            <p>{page.subject === 'referee' ? p.withdrawReferee : p.withdrawCandidate}</p>
            <ConfirmAction
              label={p.withdraw}
              confirmLabel={p.withdrawConfirm}
              cancelLabel={p.cancel}
              failedText={p.failed}
              onConfirm={act('withdraw')}
              testId="privacy-withdraw"
            />
          </section>
        )}

        <section className="vr-privacy-act">
          <h2>{p.erasureTitle}</h2>
          {page.erasure ? (
            <p data-testid="privacy-erasure-asked">
              {page.erasure.kept
                ? p.erasureKept(company)
                : p.erasureAsked(date(page.erasure.requestedAt), date(page.erasure.dueAt))}
            </p>
          ) : (
            <>
              <p>{p.erasureBody(company)}</p>
              <ConfirmAction
                label={p.erasureAsk}
                confirmLabel={p.erasureConfirm}
                cancelLabel={p.cancel}
                failedText={p.failed}
                onConfirm={act('erasure')}
                testId="privacy-erasure"
              />
            </>
          )}
        </section>
        <p className="vr-privacy-back">
          <a href={`/${page.subject === 'candidate' ? 'c' : 'r'}/${encodeURIComponent(token)}`}>{p.backToPage}</a>
        </p>
      </div>
    </Shell>
  );
}

function Answers({ page, p }: { page: TPrivacyPage; p: PrivacyStrings }) {
  return (
    <>
      <h2>{p.answersTitle}</h2>
      {page.answers.length ? (
        <dl className="vr-facts" data-testid="privacy-answers">
          {page.answers.map((a) => (
            <div key={a.question}>
              <dt>{a.question}</dt>
              <dd>{a.answer}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p data-testid="privacy-no-answers">{page.consent.withdrawnAt ? p.answersWithdrawn : p.answersNone}</p>
      )}
    </>
  );
}

function Referees({ page, p }: { page: TPrivacyPage; p: PrivacyStrings }) {
  return (
    <>
      <h2>{p.refereesTitle}</h2>
      {page.referees.length ? (
        <ul className="vr-steps-list">
          {page.referees.map((r) => (
            <li key={`${r.name}-${r.email ?? r.phone}`}>
              {r.name} ({[r.email, r.phone].filter(Boolean).join(', ')}) — {p.status[r.status]}
            </li>
          ))}
        </ul>
      ) : (
        <p>{p.refereesNone}</p>
      )}
    </>
  );
}
