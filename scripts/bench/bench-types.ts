// One measured quantity of `npm run bench`: every run's value, in `unit`.
export interface BenchRow {
  group: string; // "ingest", "tagging", "analysis", "client"
  name: string;
  unit: string; // "ms", "MB/s", "MB", "statements/s", "kB gzip", "ratio"
  runs: number[];
  note?: string;
}
