// Serves the production build (npm start): http://localhost:4173, PORT overrides.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, strictPort: true, host: 'localhost' } });
process.stdout.write(`Common Ground is served at http://localhost:${port}/ (Ctrl+C to stop)\n`);
void server;
