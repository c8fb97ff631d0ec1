// A small record for brief tests: what each delegation said, when, on which issue. Each
// line of the script becomes one document whose text contains the sentence, one statement
// and one stance whose quote is that sentence, so every quote is exact by construction.
import { assembleDataset } from '../../scripts/pipeline/06-assemble';
import type { Actor, Dataset, Issue, Session, Stance, StanceValue, Statement } from '../../src/shared/dataset-schema';
import { actorCode, documentId, issueId, positionId, sessionId, statementId, type ActorCode } from '../../src/shared/ids';

export const A = actorCode;

export const SESSIONS: Session[] = [
  { id: sessionId('oewg-s1'), process: 'OEWG 2021-2025', number: 1, label: '1st substantive session', start: '2021-12-13', end: '2021-12-17', venue: 'New York' },
  { id: sessionId('oewg-s2'), process: 'OEWG 2021-2025', number: 2, label: '2nd substantive session', start: '2022-03-28', end: '2022-04-01', venue: 'New York' },
  { id: sessionId('oewg-s3'), process: 'OEWG 2021-2025', number: 3, label: '3rd substantive session', start: '2023-07-24', end: '2023-07-28', venue: 'New York' },
  { id: sessionId('oewg-s4'), process: 'OEWG 2021-2025', number: 4, label: '4th substantive session', start: '2024-12-02', end: '2024-12-06', venue: 'New York' },
];

export const ACTORS: Actor[] = [
  { code: A('FRA'), name: 'France', kind: 'state', region: 'WEOG', eu: true, members: [] },
  { code: A('DEU'), name: 'Germany', kind: 'state', region: 'WEOG', eu: true, members: [] },
  { code: A('USA'), name: 'United States', kind: 'state', region: 'WEOG', eu: false, members: [] },
  { code: A('BRA'), name: 'Brazil', kind: 'state', region: 'GRULAC', eu: false, members: [] },
  { code: A('CUB'), name: 'Cuba', kind: 'state', region: 'GRULAC', eu: false, members: [] },
  { code: A('CHN'), name: 'China', kind: 'state', region: 'Asia-Pacific', eu: false, members: [] },
  { code: A('IRN'), name: 'Iran', kind: 'state', region: 'Asia-Pacific', eu: false, members: [] },
  { code: A('RUS'), name: 'Russian Federation', kind: 'state', region: 'Eastern European', eu: false, members: [] },
  { code: A('ZAF'), name: 'South Africa', kind: 'state', region: 'African', eu: false, members: [] },
  { code: A('EU'), name: 'European Union', kind: 'eu', region: null, eu: false, members: [] },
  { code: A('NAM'), name: 'Non-Aligned Movement', kind: 'group', region: null, eu: false, members: [A('CUB'), A('IRN'), A('ZAF')] },
  { code: A('CHAIR'), name: 'Chair', kind: 'chair', region: null, eu: false, members: [] },
];

function ordinal(id: string, label: string, question: string, positions: Array<[string, string, number | null]>): Issue {
  return {
    id: issueId(id),
    label,
    question,
    scale: 'ordinal',
    range: null,
    positions: positions.map(([p, l, score]) => ({ id: positionId(p), label: l, description: `${l}.`, score })),
  };
}

export const PARTICIPATION = ordinal('stakeholder-participation', 'Stakeholder participation', 'How far should stakeholders take part?', [
  ['expand', 'Broader participation', 1],
  ['limit', 'Strictly intergovernmental', -1],
]);
export const VETO = ordinal('stakeholder-veto', 'Veto on stakeholders', 'Should a single state be able to block a stakeholder?', [
  ['support', 'Keep the no-objection basis', 1],
  ['oppose', 'No single-state veto', -1],
]);
export const MECHANISM = ordinal('mechanism-format', 'Mechanism format', 'Which vehicle should carry the future dialogue?', [
  ['poa', 'Programme of Action', 1],
  ['open', 'Any consensual single track', 0],
  ['oewg', 'OEWG-style body', -1],
]);
export const GROUP_COUNT: Issue = {
  id: issueId('thematic-group-count'),
  label: 'Number of thematic groups',
  question: 'How many thematic groups?',
  scale: 'numeric',
  range: [0, 6],
  positions: [
    { id: positionId('value'), label: 'A number', description: 'a number', score: null },
    { id: positionId('limited'), label: 'A limited number', description: 'limited', score: null },
    { id: positionId('none'), label: 'No standing groups', description: 'none', score: null },
    { id: positionId('flexible'), label: 'Flexible', description: 'flexible', score: null },
  ],
};
export const ISSUES = [PARTICIPATION, VETO, MECHANISM, GROUP_COUNT];

export interface Line {
  by: string | string[]; // one actor, or the signatories of a joint statement
  session: number; // 1..4
  issue: Issue;
  position: string;
  value?: StanceValue;
  sentence: string;
  confidence?: number;
  date?: string | null; // default: the session's last day
  title?: string;
}

/** A dataset from a script of lines; line i becomes document `d<i>.txt`. */
export function briefDataset(lines: readonly Line[], over: { actors?: Actor[]; issues?: Issue[] } = {}): Dataset {
  const documents: Dataset['documents'] = [];
  const statements: Statement[] = [];
  const stances: Stance[] = [];
  const actors = over.actors ?? ACTORS;
  const name = (code: string) => actors.find((a) => a.code === code)?.name ?? code;
  lines.forEach((line, i) => {
    const by = (Array.isArray(line.by) ? line.by : [line.by]).map((c) => A(c));
    const session = SESSIONS.find((s) => s.number === line.session)!;
    const date = line.date === undefined ? session.end : line.date;
    const doc = documentId(`d${String(i).padStart(2, '0')}.txt`);
    const speaker = by.length > 1 ? 'Joint statement' : name(by[0]!);
    const lead = `${speaker}: Thank you, Chair. `;
    const text = `${lead}${line.sentence} We thank the Chair.`;
    const start = lead.length;
    const end = start + line.sentence.length;
    documents.push({
      id: doc,
      file: `d${i}.txt`,
      title: line.title ?? `Statement ${i} by ${speaker}`,
      kind: by.length > 1 ? 'joint-statement' : 'statement',
      format: 'txt',
      date,
      session: session.id,
      meeting: null,
      agenda: null,
      url: null,
      sha256: String(i).padStart(64, '0'),
      text,
    });
    const st = statementId(doc, 1);
    statements.push({
      id: st,
      document: doc,
      order: 1,
      speaker,
      speakerSource: by.length > 1 ? 'signatories' : 'label',
      actor: by.length > 1 ? null : by[0]!,
      authors: by,
      onBehalfOf: [],
      alignedWith: [],
      aligned: [],
      date,
      session: session.id,
      meeting: null,
      span: [0, text.length],
      sentences: [[start, end]],
      words: text.split(/\s+/).length,
    });
    stances.push({
      id: `${st}/${line.issue.id}`,
      statement: st,
      document: doc,
      actors: by as ActorCode[],
      issue: line.issue.id,
      position: positionId(line.position),
      value: line.value ?? null,
      confidence: line.confidence ?? 0.8,
      source: 'tagger',
      evidence: [{ span: [start, end], rule: 'test-rule' }],
      quote: line.sentence,
      override: null,
    });
  });
  return assembleDataset({
    codebookVersion: 'test',
    sessions: SESSIONS,
    actors,
    issues: over.issues ?? ISSUES,
    documents,
    statements,
    stances,
    warnings: [],
  });
}

/** A room that converges on broader participation between sessions 2 and 4. */
export function convergingRoom(): Dataset {
  return briefDataset([
    { by: 'FRA', session: 2, issue: PARTICIPATION, position: 'expand', sentence: 'France supports meaningful participation of stakeholders.', confidence: 0.9 },
    { by: 'DEU', session: 2, issue: PARTICIPATION, position: 'expand', sentence: 'Germany calls for inclusive participation.', confidence: 0.7 },
    { by: 'BRA', session: 2, issue: PARTICIPATION, position: 'limit', sentence: 'Brazil wants a strictly intergovernmental process.' },
    { by: 'CUB', session: 2, issue: PARTICIPATION, position: 'limit', sentence: 'Cuba says the process must remain intergovernmental.' },
    { by: 'CHN', session: 2, issue: PARTICIPATION, position: 'limit', sentence: 'China says the role of stakeholders should not be overestimated.' },
    { by: 'ZAF', session: 2, issue: PARTICIPATION, position: 'expand', sentence: 'South Africa supports voice, not vote.' },
    { by: 'BRA', session: 4, issue: PARTICIPATION, position: 'expand', sentence: 'Brazil now supports broader participation.', confidence: 0.95 },
    { by: 'CUB', session: 4, issue: PARTICIPATION, position: 'expand', sentence: 'Cuba can accept broader participation.' },
    { by: 'FRA', session: 4, issue: PARTICIPATION, position: 'expand', sentence: 'France again supports meaningful participation.', confidence: 0.9 },
    { by: ['USA', 'DEU', 'FRA'], session: 3, issue: VETO, position: 'oppose', sentence: 'No single state should be able to veto a stakeholder.', title: 'Joint statement on stakeholders' },
    { by: 'RUS', session: 3, issue: VETO, position: 'support', sentence: 'Each state must keep its right to object.' },
    { by: 'IRN', session: 1, issue: MECHANISM, position: 'oewg', sentence: 'Iran prefers a permanent OEWG.' },
  ]);
}
