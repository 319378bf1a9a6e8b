import type { TCandidatePage } from '@vouch/contracts';
import { useState } from 'react';
import { call, fieldErrorsUnder, PageError } from '../api.ts';
import type { Strings } from '../strings.ts';
import { NewRefereesForm } from './NewRefereesForm.tsx';
import { draftProblems, draftToInput, type RefereeDraft, RefereeFields } from './RefereeFields.tsx';

type Referee = TCandidatePage['referees'][number];

const toDraft = (r: Referee): RefereeDraft => ({
  name: r.name,
  email: r.email ?? '',
  phone: r.phone ?? '',
  relationship: r.relationship,
  company: r.company ?? '',
  workedTogether: r.workedTogether ?? '',
  language: r.language,
});

/** The referees after sending: status, corrections while allowed, and what needs the candidate's attention. */
export function RefereeList({
  page,
  s,
  base,
  onPage,
  onGone,
}: {
  page: TCandidatePage;
  s: Strings;
  base: string;
  onPage: (page: TCandidatePage) => void;
  onGone: (error: PageError) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const active = page.referees.filter((r) => r.status !== 'removed');
  // Declined and bounced referees may be replaced: only those still in play count, as on the server.
  const inPlay = active.filter((r) => r.status === 'invited' || r.status === 'opened' || r.status === 'answered');
  const canAdd = page.checkOpen && inPlay.length < page.refereesWanted;

  const fail = (e: unknown) => {
    const error = e instanceof PageError ? e : new PageError(0, {});
    if (error.isGone) onGone(error);
    else setProblem(error.isNetwork ? s.networkBody : error.message);
  };

  const remove = async (referee: Referee, thenAdd: boolean) => {
    setProblem(null);
    try {
      onPage(await call<TCandidatePage>('DELETE', `${base}/referees/${referee.id}`));
      if (thenAdd) setAdding(true);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div>
      <ul className="vr-referee-list">
        {active.map((referee) =>
          editing === referee.id ? (
            <li key={referee.id} className="vr-referee-item">
              <EditReferee
                referee={referee}
                others={active.filter((r) => r.id !== referee.id).map(toDraft)}
                s={s}
                path={`${base}/referees/${referee.id}`}
                onDone={(next) => {
                  onPage(next);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
                onGone={onGone}
              />
            </li>
          ) : (
            <li key={referee.id} className="vr-referee-item" data-testid="referee-item">
              <div className="vr-referee-head">
                <strong className="vr-referee-name">{referee.name}</strong>
                <span className={`vr-badge vr-badge-${referee.status}`}>
                  {s.refereeStatus[referee.status] ?? referee.status}
                </span>
              </div>
              <div className="vr-referee-meta">
                {s.relationships[referee.relationship]}
                {referee.company ? ` · ${referee.company}` : ''}
              </div>
              <div className="vr-referee-meta">{[referee.email, referee.phone].filter(Boolean).join(' · ')}</div>
              {referee.attention && (
                <p className="vr-attention" role="note">
                  {referee.attention === 'email_bounced' ? s.attentionBounced : s.attentionNotAnswering}
                </p>
              )}
              {page.checkOpen && (referee.editable || referee.attention) && (
                <div className="vr-actions vr-actions-inline">
                  <button
                    type="button"
                    className="vr-button vr-button-secondary"
                    onClick={() => {
                      setAdding(false);
                      setEditing(referee.id);
                    }}
                  >
                    {s.edit}
                  </button>
                  {referee.attention ? (
                    <button
                      type="button"
                      className="vr-button vr-button-secondary"
                      onClick={() => void remove(referee, true)}
                    >
                      {s.replace}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="vr-button vr-button-secondary"
                      onClick={() => void remove(referee, false)}
                    >
                      {s.remove}
                    </button>
                  )}
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {problem && (
        <p className="vr-error vr-summary" role="alert">
          {problem}
        </p>
      )}
      {canAdd &&
        (adding ? (
          <NewRefereesForm
            count={1}
            language={page.language}
            s={s}
            path={`${base}/referees`}
            existing={active.map(toDraft)}
            onSaved={(next) => {
              onPage(next);
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
            onGone={onGone}
          />
        ) : (
          <button
            type="button"
            className="vr-button"
            onClick={() => {
              setEditing(null);
              setAdding(true);
            }}
          >
            {s.addReferee}
          </button>
        ))}
    </div>
  );
}

function EditReferee({
  referee,
  others,
  s,
  path,
  onDone,
  onCancel,
  onGone,
}: {
  referee: Referee;
  others: RefereeDraft[];
  s: Strings;
  path: string;
  onDone: (page: TCandidatePage) => void;
  onCancel: () => void;
  onGone: (error: PageError) => void;
}) {
  const [draft, setDraft] = useState(() => toDraft(referee));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      className="vr-referee-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const found = draftProblems(draft, s, others);
        setErrors(found);
        setSummary(null);
        if (Object.keys(found).length) return;
        setBusy(true);
        try {
          onDone(await call<TCandidatePage>('PATCH', path, draftToInput(draft)));
        } catch (e) {
          const problem = e instanceof PageError ? e : new PageError(0, {});
          if (problem.isGone) return onGone(problem);
          // The field names may come bare (`email`) or as the list's (`referees.0.email`).
          const mapped = {
            ...fieldErrorsUnder(problem.errors, ''),
            ...fieldErrorsUnder(problem.errors, 'referees.0.'),
          };
          if (problem.errors.length) setErrors(mapped);
          else setSummary(problem.isNetwork ? s.networkBody : problem.message);
        } finally {
          setBusy(false);
        }
      }}
    >
      <RefereeFields draft={draft} onChange={setDraft} errors={errors} s={s} />
      {summary && (
        <p className="vr-error vr-summary" role="alert">
          {summary}
        </p>
      )}
      <div className="vr-actions">
        <button type="button" className="vr-button vr-button-secondary" onClick={onCancel}>
          {s.cancel}
        </button>
        <button type="submit" className="vr-button" disabled={busy}>
          {busy ? s.sending : s.save}
        </button>
      </div>
    </form>
  );
}
