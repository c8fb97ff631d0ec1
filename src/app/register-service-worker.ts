// Registers the service worker that precaches the app shell, so every view opens offline
// after one online load. Failure to register never stops the app.
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registerSW({ immediate: true, onRegisterError: () => undefined });
}
