// Lookup tables over a dataset, each built once per dataset on first use (plain maps, no I/O).
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
  /** Per session id, the latest date of a dated statement in it. */
  latestDateOfSession: Map<string, string>;
}

export function indexDataset(dataset: ClientDataset): DatasetIndex {
  // Each table is built on first use: the first screen needs a few of them, and at 100x the
  // seed corpus the statement and stance tables alone hold some 60 000 entries.
  const lazy = <T,>(build: () => T) => {
    let value: T | undefined;
    return () => (value ??= build());
  };
  const statementsOf = lazy(() => {
    const map = new Map<string, StatementMeta[]>();
    for (const s of dataset.statements) {
      if (s.actor && !s.authors.includes(s.actor)) push(map, s.actor, s);
      for (let i = 0; i < s.authors.length; i++) {
        const c = s.authors[i]!;
        if (s.authors.indexOf(c) === i) push(map, c, s);
      }
    }
    return map;
  });
  const stances = lazy(() => {
    const ofStatement = new Map<string, Stance[]>();
    const ofActor = new Map<string, Stance[]>();
    for (const st of dataset.stances) {
      push(ofStatement, st.statement, st);
      for (const a of st.actors) push(ofActor, a, st);
    }
    return { ofStatement, ofActor };
  });
  const latestDateOfSession = lazy(() => {
    const map = new Map<string, string>();
    for (const s of dataset.statements) {
      if (!s.date || !s.session) continue;
      const known = map.get(s.session);
      if (!known || s.date > known) map.set(s.session, s.date);
    }
    return map;
  });
  const actor = lazy(() => new Map(dataset.actors.map((a) => [a.code as string, a])));
  const document = lazy(() => new Map(dataset.documents.map((d) => [d.id as string, d])));
  const statement = lazy(() => new Map(dataset.statements.map((s) => [s.id as string, s])));
  const session = lazy(() => new Map(dataset.sessions.map((s) => [s.id as string, s])));
  const issue = lazy(() => new Map(dataset.issues.map((i) => [i.id as string, i])));
  return {
    dataset,
    get actor() {
      return actor();
    },
    get document() {
      return document();
    },
    get statement() {
      return statement();
    },
    get session() {
      return session();
    },
    get issue() {
      return issue();
    },
    get statementsOf() {
      return statementsOf();
    },
    get stancesOfStatement() {
      return stances().ofStatement;
    },
    get stancesOfActor() {
      return stances().ofActor;
    },
    get latestDateOfSession() {
      return latestDateOfSession();
    },
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
