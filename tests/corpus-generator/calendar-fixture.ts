// The real session calendar, as the generator's CLI reads it.
import { readFileSync } from 'node:fs';
import { parseSessions } from '../../scripts/corpus-generator/calendar';

export const SESSIONS = parseSessions(readFileSync('data/sessions.yaml', 'utf8'), 'data/sessions.yaml');
