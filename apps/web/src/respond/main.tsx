import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CandidatePage } from './candidate/CandidatePage.tsx';
import { PrivacyPage } from './privacy/PrivacyPage.tsx';
import { RefereePage } from './referee/RefereePage.tsx';
import { stringsFor } from './strings.ts';
import { Shell } from './ui.tsx';
import './respond.css';

/**
 * The candidate's (`/c/<token>`) and referee's (`/r/<token>`) pages, and the privacy page behind each
 * (`/c/<token>/privacy`, `/r/<token>/privacy`): no router, no account.
 */
function RespondApp() {
  const match = /^\/(c|r)\/([^/?#]+)(\/privacy)?\/?$/.exec(window.location.pathname);
  const language = navigator.language.startsWith('sv') ? 'sv' : 'en';
  if (!match) {
    const s = stringsFor(language);
    return (
      <Shell language={language}>
        <div className="vr-card" data-testid="link-unknown">
          <h1>{s.notFoundTitle}</h1>
          <p>{s.notFoundBody}</p>
        </div>
      </Shell>
    );
  }
  const token = decodeURIComponent(match[2]);
  if (match[3]) return <PrivacyPage subject={match[1] === 'c' ? 'candidate' : 'referee'} token={token} />;
  return match[1] === 'c' ? <CandidatePage token={token} /> : <RefereePage token={token} />;
}

const root = document.getElementById('root');
if (!root) throw new Error('respond.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <RespondApp />
  </StrictMode>,
);
