import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openStores } from '../db/open-store';
import { App, createQueryClient } from './App';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  openStores().then((stores) => {
    createRoot(root).render(
      <StrictMode>
        <App stores={stores} client={createQueryClient()} />
      </StrictMode>,
    );
  });
}
