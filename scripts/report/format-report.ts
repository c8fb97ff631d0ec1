// The build report printed at the end of a data build: documents by shape (and the cue
// that decided each), turns, statements per delegation, unresolved names, warnings.
import type { PipelineOutput } from '../pipeline/run-pipeline';

export function formatReport(output: PipelineOutput, input: string): string {
  const { report, problems } = output;
  const lines: string[] = [];
  lines.push(`Build report for ${input}`);
  const kinds = Object.entries(report.documentsByKind).sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`  documents by shape: ${kinds || 'none'}`);
  for (const d of report.documents) lines.push(`    ${d.file}: ${d.kind} (${d.cue || 'no cue'}), ${d.turns} turn${d.turns === 1 ? '' : 's'}`);
  lines.push(`  turns: ${report.turns}; stances: ${report.stances}`);
  const top = Object.entries(report.statementsByActor).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(`  statements per delegation (${top.length}): ${top.map(([a, n]) => `${a} ${n}`).join(', ')}`);
  if (report.unresolved.length) {
    lines.push(`  unresolved names (${report.unresolved.length}): ${report.unresolved.map((u) => `"${u.name}"${u.count > 1 ? ` x${u.count}` : ''} (${u.first})`).join(', ')}`);
  } else lines.push('  unresolved names: none');
  lines.push(`  warnings: ${problems.length}`);
  for (const p of problems) lines.push(`    ${p.file}:${p.line}: ${p.message}`);
  return lines.join('\n') + '\n';
}
