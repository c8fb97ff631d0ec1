// The build report printed at the end of a data build.
import type { PipelineOutput } from '../pipeline/run-pipeline';

export function formatReport(output: PipelineOutput, input: string): string {
  const { report, problems } = output;
  const lines: string[] = [];
  lines.push(`Build report for ${input}`);
  const kinds = Object.entries(report.documentsByKind).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`  documents: ${kinds || 'none'}`);
  lines.push(`  turns: ${report.turns}; stances: ${report.stances}`);
  const top = Object.entries(report.statementsByActor).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(`  statements by actor (${top.length}): ${top.map(([a, n]) => `${a} ${n}`).join(', ')}`);
  if (report.unresolvedNames.length) lines.push(`  unresolved names: ${report.unresolvedNames.join(', ')}`);
  lines.push(`  warnings: ${problems.length}`);
  for (const p of problems) lines.push(`    ${p.file}:${p.line}: ${p.message}`);
  return lines.join('\n') + '\n';
}
