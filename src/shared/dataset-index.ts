// Lookup tables over a dataset, built once per dataset (plain maps, no I/O).
import type { Actor, Issue, Session, Stance } from './dataset-schema';
import type { ClientDataset, DocumentMeta, StatementMeta } from './client-dataset';

export interface DatasetIndex {
  dataset: ClientDataset;
  actor: Map<string, Actor>;
  document: Map<string, DocumentMeta>;
  statement: Map<string, StatementMeta>;
  session: Map<string, Session>;
  issue: Map<string, Issue>;
  /** Statements a delegation spoke or co-signed (speaker or author), in document order. */
  statementsOf: Map<string, StatementMeta[]>;
  stancesOfStatement: Map<string, Stance[]>;
  stancesOfActor: Map<string, Stance[]>;
}

export function indexDataset(dataset: ClientDataset): DatasetIndex {
  const statementsOf = new Map<string, StatementMeta[]>();
  for (const s of dataset.statements) {
    if (s.actor && !s.authors.includes(s.actor)) push(statementsOf, s.actor, s);
    for (let i = 0; i < s.authors.length; i++) {
      const c = s.authors[i]!;
      if (s.authors.indexOf(c) === i) push(statementsOf, c, s);
    }
  }
  const stancesOfStatement = new Map<string, Stance[]>();
  const stancesOfActor = new Map<string, Stance[]>();
  for (const st of dataset.stances) {
    push(stancesOfStatement, st.statement, st);
    for (const a of st.actors) push(stancesOfActor, a, st);
  }
  return {
    dataset,
    actor: new Map(dataset.actors.map((a) => [a.code, a])),
    document: new Map(dataset.documents.map((d) => [d.id, d])),
    statement: new Map(dataset.statements.map((s) => [s.id, s])),
    session: new Map(dataset.sessions.map((s) => [s.id, s])),
    issue: new Map(dataset.issues.map((i) => [i.id, i])),
    statementsOf,
    stancesOfStatement,
    stancesOfActor,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Text of a span of a document's text. */
export function spanText(text: string, span: readonly [number, number]): string {
  return text.slice(span[0], span[1]);
}
