import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './app/app.css';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
