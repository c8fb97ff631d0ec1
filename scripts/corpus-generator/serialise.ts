// The generated corpus as text files: sources.yaml in the format of data/sources.yaml, and
// the ground truth as JSON lines.
import type { SourceRecord, TruthRow } from './corpus';

/** A YAML scalar: plain when safe, otherwise double-quoted (JSON strings are valid YAML). */
function scalar(value: string): string {
  const plain = /^[A-Za-z(][^:#"'\n]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

export function sourcesYaml(sources: readonly SourceRecord[], header: string): string {
  const lines = header.split('\n').map((l) => `# ${l}`.trimEnd());
  for (const s of sources) {
    lines.push(`- file: ${s.file}`, `  title: ${scalar(s.title)}`, `  kind: ${s.kind}`, `  date: ${s.date}`, `  session: ${scalar(s.session)}`);
    if (s.meeting !== undefined) lines.push(`  meeting: "${s.meeting}"`);
    if (s.agenda !== undefined) lines.push(`  agenda: ${scalar(s.agenda)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One JSON object per line, keys in a fixed order. */
export function truthJsonl(rows: readonly TruthRow[]): string {
  let out = '';
  for (const r of rows) {
    out += JSON.stringify({ session: r.session, actor: r.actor, issue: r.issue, position: r.position, ...(r.value !== undefined ? { value: r.value } : {}), expressed: r.expressed });
    out += '\n';
  }
  return out;
}
