// YAML parse errors and schema paths -> problems with file and line.
import type { Document, LineCounter } from 'yaml';
import type { Problem } from '../pipeline/types';

export function yamlProblems(doc: Document, lines: LineCounter, file: string): Problem[] {
  return doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0]?.line ?? (e.pos ? lines.linePos(e.pos[0]).line : 0),
    message: e.message.split('\n')[0] ?? 'YAML error',
  }));
}

/** The line where the node at `path` starts, or 0 when the path does not exist. */
export function lineOfPath(doc: Document, lines: LineCounter, path: PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line;
  }
  return 0;
}
