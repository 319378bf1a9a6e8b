import type { TCandidatePage } from '@vouch/contracts';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts/references-rules';
import { useCallback, useEffect, useState } from 'react';
import { call, deviceInfo, PageError, setPageLanguage } from '../api.ts';
import { stringsFor } from '../strings.ts';
import { ConsentBox, ErrorScreen, errorBranding, Loading, Shell } from '../ui.tsx';
import { NewRefereesForm } from './NewRefereesForm.tsx';
import { RefereeList } from './RefereeList.tsx';

/** The candidate's page: what happens and who sees what, consent, then their referees. */
export function CandidatePage({ token }: { token: string }) {
  const base = `/api/public/reference-candidate/${encodeURIComponent(token)}`;
  const [page, setPage] = useState<TCandidatePage | null>(null);
  const [error, setError] = useState<PageError | null>(null);
  const [busy, setBusy] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    setPage(null);
    return call<TCandidatePage>('GET', base)
      .then(setPage)
      .catch((e: unknown) => setError(e instanceof PageError ? e : new PageError(0, {})));
  }, [base]);
  useEffect(() => {
    void load();
  }, [load]);

  const language = page?.language ?? (navigator.language.startsWith('sv') ? 'sv' : 'en');
  setPageLanguage(language);
  const s = stringsFor(language);

  if (error) {
    return (
      <Shell branding={page?.branding ?? errorBranding(error)} language={language} hideContact>
        <ErrorScreen error={error} s={s} onRetry={() => void load()} />
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

  const company = page.branding.companyName;
  const onGone = (problem: PageError) => setError(problem);

  const consent = async () => {
    setBusy(true);
    setConsentError(null);
    try {
      setPage(
        await call<TCandidatePage>('POST', `${base}/consent`, {
          consentVersion: CONSENT_TEXT_VERSION,
          device: deviceInfo(),
        }),
      );
    } catch (e) {
      const problem = e instanceof PageError ? e : new PageError(0, {});
      if (problem.isGone) setError(problem);
      else setConsentError(problem.isNetwork ? s.networkBody : problem.message);
    } finally {
      setBusy(false);
    }
  };

  const active = page.referees.filter((r) => r.status !== 'removed');
  // A referee declined, bounced or never answered: the candidate is to name someone else, not thanked.
  const inPlay = active.filter((r) => ['invited', 'opened', 'answered'].includes(r.status) && !r.attention);
  const replacementNeeded = page.checkOpen && inPlay.length < page.refereesWanted;
  // The process step's own words to the candidate, as the recruiter wrote them (shown as text).
  const instruction = page.instruction && (
    <p className="vr-instruction" data-testid="candidate-instruction">
      {page.instruction}
    </p>
  );
  let body: React.ReactNode;
  if (!page.consentGiven) {
    body = (
      <div className="vr-card">
        <h1>{s.candHello(page.candidateFirstName)}</h1>
        <p className="vr-lead">{s.candIntro(page.branding.senderName, page.jobTitle)}</p>
        {instruction}
        <h2>{s.candWhatTitle}</h2>
        <ol className="vr-steps-list">
          <li>{s.candWhat1(page.refereesWanted)}</li>
          <li>{s.candWhat2}</li>
          <li>{s.candWhat3(company)}</li>
        </ol>
        <ConsentBox
          text={s.candConsentText(company)}
          s={s}
          busy={busy}
          error={consentError}
          onConsent={consent}
          buttonLabel={s.continue}
        />
      </div>
    );
  } else if (!active.length && page.checkOpen) {
    body = (
      <div className="vr-card">
        <h1>{s.candRefereesTitle}</h1>
        <p>{s.candRefereesHelp}</p>
        {instruction}
        <NewRefereesForm
          count={page.refereesWanted}
          language={page.language}
          s={s}
          path={`${base}/referees`}
          onSaved={setPage}
          onGone={onGone}
        />
      </div>
    );
  } else {
    body = (
      <div className="vr-card">
        <h1>{replacementNeeded ? s.candReplaceTitle : page.checkOpen ? s.candSentTitle : s.candRefereesTitle}</h1>
        <p>{replacementNeeded ? s.candReplaceBody : page.checkOpen ? s.candSentBody : s.checkClosed}</p>
        <RefereeList page={page} s={s} base={base} onPage={setPage} onGone={onGone} />
      </div>
    );
  }
  return (
    <Shell branding={page.branding} language={language} privacyHref={`/c/${encodeURIComponent(token)}/privacy`}>
      {body}
    </Shell>
  );
}
