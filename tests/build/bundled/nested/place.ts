// Imported by ../entry.ts, which reports where this module is.
export const place = { url: import.meta.url, dirname: import.meta.dirname, filename: import.meta.filename };
