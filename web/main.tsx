/** The browser app's entry: the styles, the language, the frame. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { LangProvider } from './app/lang.js';
import './styles/app.css';
import './styles/controls.css';
import './styles/map.css';
import './styles/charts.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
createRoot(root).render(
  <StrictMode>
    <LangProvider>
      <App />
    </LangProvider>
  </StrictMode>,
);
