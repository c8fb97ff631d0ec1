// A module for bundle-sources.test.ts: where it is, where a module it imports is, a package
// used through an import, and its arguments when run as a script.
import { parse } from 'yaml';
import { place as nestedPlace } from './nested/place';

export const place = { url: import.meta.url, dirname: import.meta.dirname, filename: import.meta.filename };
export const nested = nestedPlace;
export const parsed = parse('answer: 42') as { answer: number };

if (process.argv[1] && import.meta.filename === process.argv[1]) process.stdout.write(JSON.stringify({ place, args: process.argv.slice(2) }));
