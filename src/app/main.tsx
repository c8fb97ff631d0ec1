import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openStores } from '../db/open-store';
import { App, createQueryClient } from './App';
import { registerServiceWorker } from './register-service-worker';
import { useTransitionLocation, useTransitionSearch } from './transition-location';
import './styles.css';

const root = document.getElementById('root');
registerServiceWorker();
if (root) {
  openStores().then((stores) => {
    createRoot(root).render(
      <StrictMode>
        <App stores={stores} client={createQueryClient()} location={{ hook: useTransitionLocation, searchHook: useTransitionSearch }} />
      </StrictMode>,
    );
  });
}
