import type { TLanguage, TRefereePage, TRelationship } from '@vouch/contracts';
import { CONSENT_TEXT_VERSION } from '@vouch/contracts/references-rules';
import { useCallback, useEffect, useState } from 'react';
import { call, deviceInfo, PageError, setPageLanguage } from '../api.ts';
import { stringsFor } from '../strings.ts';
import { ConsentBox, ErrorScreen, errorBranding, Loading, SelectField, Shell } from '../ui.tsx';
import { AnswerSteps } from './AnswerSteps.tsx';
import { CodeStep } from './CodeStep.tsx';
import { DeclineForm } from './DeclineForm.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

type Screen = 'intro' | 'answer' | 'decline' | 'thanks' | 'declined';

/** The referee's page: who asks and why, consent, the questions one section at a time, thanks. */
export function RefereePage({ token }: { token: string }) {
  const base = `/api/public/reference-referee/${encodeURIComponent(token)}`;
  const [page, setPage] = useState<TRefereePage | null>(null);
  const [error, setError] = useState<PageError | null>(null);
  const [screen, setScreen] = useState<Screen>('intro');
  const [busy, setBusy] = useState(false);
  const [consentError, setConsentError] = useState<string | null>(null);
  // What the referee says they were to the candidate: compared with the candidate's claim.
  const [relationship, setRelationship] = useState<TRelationship | ''>('');

  const load = useCallback(() => {
    setError(null);
    setPage(null);
    call<TRefereePage>('GET', base)
      .then((data) => {
        setPage(data);
        setScreen(
          data.status === 'answered'
            ? 'thanks'
            : data.status === 'declined'
              ? 'declined'
              : data.consentGiven
                ? 'answer'
                : 'intro',
        );
      })
      .catch((e: unknown) => setError(e instanceof PageError ? e : new PageError(0, {})));
  }, [base]);
  useEffect(load, [load]);

  const language = page?.language ?? (navigator.language.startsWith('sv') ? 'sv' : 'en');
  setPageLanguage(language);
  const s = stringsFor(language);

  if (error) {
    return (
      <Shell branding={page?.branding ?? errorBranding(error)} language={language} hideContact>
        <ErrorScreen error={error} s={s} onRetry={load} />
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

  const sender = page.branding.senderName;
  const company = page.branding.companyName;

  const consent = async () => {
    setBusy(true);
    setConsentError(null);
    try {
      const next = await call<TRefereePage>('POST', `${base}/consent`, {
        consentVersion: CONSENT_TEXT_VERSION,
        device: deviceInfo(),
        ...(relationship ? { relationship } : {}),
      });
      // Answers typed on another device meanwhile come with it.
      setPage({ ...next, consentGiven: true });
      setScreen('answer');
    } catch (e) {
      const problem = e instanceof PageError ? e : new PageError(0, {});
      if (problem.isGone) setError(problem);
      else setConsentError(problem.isNetwork ? s.networkBody : problem.message);
    } finally {
      setBusy(false);
    }
  };

  // Another language: the page and the questions come back in it.
  const chooseLanguage = async (next: TLanguage) => {
    setBusy(true);
    setConsentError(null);
    try {
      setPage(await call<TRefereePage>('POST', `${base}/language`, { language: next }));
    } catch (e) {
      const problem = e instanceof PageError ? e : new PageError(0, {});
      if (problem.isGone) setError(problem);
      else setConsentError(problem.isNetwork ? s.networkBody : problem.message);
    } finally {
      setBusy(false);
    }
  };

  let body: React.ReactNode;
  if (screen === 'thanks') {
    body = (
      <div className="vr-card vr-done" data-testid="referee-thanks">
        <div className="vr-done-mark" aria-hidden="true">
          ✓
        </div>
        <h1>{s.thanksTitle}</h1>
        <p>{s.thanksBody(page.candidateName)}</p>
      </div>
    );
  } else if (screen === 'declined') {
    body = (
      <div className="vr-card vr-done" data-testid="referee-declined">
        <h1>{s.declinedTitle}</h1>
        <p>{s.declinedBody}</p>
      </div>
    );
  } else if (screen === 'decline') {
    body = (
      <DeclineForm
        s={s}
        path={`${base}/decline`}
        onDone={() => setScreen('declined')}
        onCancel={() => setScreen(page.consentGiven ? 'answer' : 'intro')}
        onGone={setError}
      />
    );
  } else if (screen === 'answer') {
    body = (
      <AnswerSteps
        page={page}
        s={s}
        base={base}
        onSubmitted={() => setScreen('thanks')}
        onGone={setError}
        onDecline={() => setScreen('decline')}
      />
    );
  } else {
    body = (
      <div className="vr-card">
        <LanguageSwitch value={language} label={s.refLanguage} busy={busy} onChoose={chooseLanguage} />
        <h1>{s.refHello(page.refereeFirstName)}</h1>
        <p className="vr-lead" data-testid="referee-intro">
          {(page.namedBy === 'recruiter' ? s.refIntroByRecruiter : s.refIntro)(
            page.candidateName,
            sender,
            page.jobTitle,
          )}
        </p>
        <p data-testid="referee-time-promise">{s.refWhy(page.minutes)}</p>
        <p>{s.refWho(company)}</p>
        {page.verification && !page.verification.verified ? (
          <CodeStep
            verification={page.verification}
            base={base}
            s={s}
            onSent={setPage}
            onVerified={setPage}
            onGone={setError}
          />
        ) : (
          <>
            <SelectField<TRelationship | ''>
              label={s.refRelationship(page.candidateName)}
              value={relationship}
              onChange={setRelationship}
              options={[
                { value: '', label: s.refRelationshipPick },
                ...(Object.keys(s.refRelationships) as TRelationship[]).map((value) => ({
                  value,
                  label: s.refRelationships[value],
                })),
              ]}
            />
            <ConsentBox
              text={s.refConsentText(company)}
              s={s}
              busy={busy}
              error={consentError}
              onConsent={consent}
              buttonLabel={s.start}
            />
          </>
        )}
        <button type="button" className="vr-link-button" onClick={() => setScreen('decline')}>
          {s.decline}
        </button>
      </div>
    );
  }
  return (
    <Shell branding={page.branding} language={language} privacyHref={`/r/${encodeURIComponent(token)}/privacy`}>
      {body}
    </Shell>
  );
}
