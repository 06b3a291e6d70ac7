/** The browser app's entry: the styles, the language, who is signed in, the frame. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { LangProvider } from './app/lang.js';
import { SessionProvider } from './app/session.js';
import { ReauthProvider } from './app/reauth.js';
import './styles/app.css';
import './styles/controls.css';
import './styles/map.css';
import './styles/charts.css';
import './styles/pages.css';
import './styles/power.css';
import './styles/security.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <LangProvider>
      <SessionProvider>
        <ReauthProvider>
          <App />
        </ReauthProvider>
      </SessionProvider>
    </LangProvider>
  </StrictMode>,
);
