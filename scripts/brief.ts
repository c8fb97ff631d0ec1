// The chair's brief from the command line, for scripted use:
//   npm run brief -- --issues ID,ID --from SESSION --to SESSION --format md|docx --out FILE
//                    [--data public/data/dataset.json] [--region R] [--eu] [--group CODE]
// SESSION is a session number (0 organisational, 1..11 substantive) or a session id
// (oewg-2021-2025-s9). --from and --to default to the calendar's first and last session,
// --format to the extension of --out, --out to a name that says what and when.
// The only file of the brief that touches argv and the disk; the brief itself is src/brief/.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { sessionWindow } from '../src/analysis/session-window';
import { briefFileName } from '../src/brief/brief-file-name';
import { plural } from '../src/brief/brief-format';
import { buildBrief, chosenIssues } from '../src/brief/build-brief';
import { REGIONS, resolveDelegations } from '../src/brief/delegation-filter';
import { toDocx } from '../src/brief/to-docx';
import { toMarkdown } from '../src/brief/to-markdown';
import { parseDataset, type Dataset, type Region } from '../src/shared/dataset-schema';
import { commandLineOptions } from './command-line';

const USAGE =
  'usage: npm run brief -- --issues ID,ID [--from SESSION] [--to SESSION] [--format md|docx] [--out FILE] [--data FILE] [--region GROUP] [--eu] [--group CODE]';

class UsageError extends Error {}

/** A session number or id -> its number; throws naming the value and the calendar. */
function sessionNumber(dataset: Pick<Dataset, 'sessions'>, value: string, flag: string): number {
  const byId = dataset.sessions.find((s) => s.id === value);
  if (byId) return byId.number;
  if (/^\d+$/.test(value) && dataset.sessions.some((s) => s.number === Number(value))) return Number(value);
  const known = dataset.sessions.map((s) => `${s.number} (${s.id})`).join(', ') || 'none';
  throw new UsageError(`${flag}: unknown session "${value}" (known: ${known})`);
}

async function main(): Promise<number> {
  const values = commandLineOptions(
    {
      issues: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string', default: 'public/data/dataset.json' },
      region: { type: 'string' },
      eu: { type: 'boolean', default: false },
      group: { type: 'string' },
    },
    USAGE,
  );
  if (!values.issues) throw new UsageError(`--issues is required\n${USAGE}`);
  const format = values.format ?? (values.out ? extname(values.out).slice(1) : 'md');
  if (format !== 'md' && format !== 'docx') throw new UsageError(`--format: expected md or docx, got "${format}"`);
  if (values.region !== undefined && !REGIONS.includes(values.region as Region)) {
    throw new UsageError(`--region: unknown regional group "${values.region}" (known: ${REGIONS.join(', ')})`);
  }

  const dataPath = resolve(values.data);
  if (!existsSync(dataPath)) throw new UsageError(`--data: ${values.data} does not exist (run npm run build:data first)`);
  let dataset: Dataset;
  try {
    dataset = parseDataset(JSON.parse(await readFile(dataPath, 'utf8')));
  } catch (e) {
    throw new UsageError(`${values.data}: ${(e as Error).message}`);
  }

  const ids = values.issues.split(',').map((s) => s.trim()).filter(Boolean);
  let issues: ReturnType<typeof chosenIssues>;
  try {
    issues = chosenIssues(dataset, ids);
  } catch (e) {
    throw new UsageError(`--issues: ${(e as Error).message}`);
  }
  const numbers = dataset.sessions.map((s) => s.number);
  const from = values.from === undefined ? Math.min(...numbers) : sessionNumber(dataset, values.from, '--from');
  const to = values.to === undefined ? Math.max(...numbers) : sessionNumber(dataset, values.to, '--to');
  if (from > to) throw new UsageError(`--from ${values.from} comes after --to ${values.to}`);
  let delegations: ReturnType<typeof resolveDelegations>;
  try {
    delegations = resolveDelegations(dataset, { region: (values.region as Region | undefined) ?? null, eu: values.eu, group: values.group ?? null });
  } catch (e) {
    throw new UsageError(`--group: ${(e as Error).message}`);
  }

  const brief = buildBrief(dataset, {
    issues: issues.map((i) => i.id),
    window: sessionWindow(from, to),
    ...(delegations.actors ? { groups: delegations.actors, groupsLabel: delegations.label } : {}),
  });
  const out = resolve(values.out ?? briefFileName(brief, format));
  await writeFile(out, format === 'md' ? toMarkdown(brief) : await toDocx(brief));
  process.stdout.write(`wrote ${out} (${plural(brief.issues.length, 'issue')}, ${plural(brief.annex.rows.length, 'delegation')} with a position)\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(e instanceof UsageError ? `error: ${e.message}\n` : `error: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
