// tagStances (pipeline step 5): who gets a stance, what evidence it carries, how conflicts resolve.
import { describe, expect, test } from 'vitest';
import { segmentSentences } from '../../scripts/pipeline/04-segment-sentences';
import { tagStances } from '../../scripts/pipeline/05-tag-stances';
import type { DatasetDocument, DocumentKind, Statement } from '../../src/shared/dataset-schema';
import { actorCode, documentId, statementId } from '../../src/shared/ids';
import { codebook, registry } from './tagging-fixture';

function makeDocument(text: string, kind: DocumentKind = 'transcript'): DatasetDocument {
  return { id: documentId('doc.txt'), file: 'doc.txt', title: 'Doc', kind, format: 'txt', date: '2024-12-06', session: null, meeting: null, agenda: null, url: null, sha256: 'a'.repeat(64), text };
}

/** One turn per paragraph of `text`, each with the authors given for it. */
function turns(doc: DatasetDocument, authors: string[][], over: Partial<Statement> = {}): Statement[] {
  const out: Statement[] = [];
  let at = 0;
  doc.text.split('\n\n').forEach((para, i) => {
    const span: [number, number] = [at, at + para.length];
    at += para.length + 2;
    const codes = (authors[i] ?? []).map(actorCode);
    out.push({
      id: statementId(doc.id, i + 1),
      document: doc.id,
      order: i + 1,
      speaker: codes[0] ?? 'Chair',
      speakerSource: 'label',
      actor: codes[0] ?? actorCode('CHAIR'),
      authors: codes,
      onBehalfOf: [],
      alignedWith: [],
      aligned: [],
      date: '2024-12-06',
      session: null,
      meeting: null,
      span,
      sentences: segmentSentences(doc.text, span),
      words: para.split(/\s+/).length,
      ...over,
    });
  });
  return out;
}

const run = (doc: DatasetDocument, statements: Statement[]) => tagStances({ documents: [doc], statements, codebook, registry });

describe('tagStances', () => {
  test('gives a delegation its stance, quoting the exact sentence of the first evidence', () => {
    const doc = makeDocument('Thank you, Chair. We support a Programme of Action as the future mechanism.');
    const { stances } = run(doc, turns(doc, [['DEU']]));
    expect(stances).toHaveLength(1);
    const [s] = stances;
    expect(s).toMatchObject({ actors: ['DEU'], issue: 'mechanism-format', position: 'poa', source: 'tagger', override: null });
    expect(s!.quote).toBe('We support a Programme of Action as the future mechanism.');
    expect(doc.text.slice(s!.evidence[0]!.span[0], s!.evidence[0]!.span[1])).toBe(s!.quote);
    expect(s!.evidence[0]!.rule).toMatch(/^poa-/);
  });

  test('never gives the Chair a stance, even when it is listed as an author', () => {
    const doc = makeDocument('We support a Programme of Action.\n\nWe support a Programme of Action.');
    expect(run(doc, turns(doc, [[], ['CHAIR']])).stances).toEqual([]);
  });

  test('gives a joint statement\'s stance to every author and nothing to the countries that only align', () => {
    const doc = makeDocument('We oppose any bias in favour of the Programme of Action.', 'joint-statement');
    const [st] = turns(doc, [['BLR', 'CHN']], { aligned: [actorCode('NIC')] });
    const { stances } = run(doc, [st!]);
    expect(stances.map((s) => s.actors)).toEqual([['BLR', 'CHN']]);
  });

  test('gives one statement several issues', () => {
    const doc = makeDocument('We support a Programme of Action. Hybrid meetings must be limited and exceptional.');
    expect(run(doc, turns(doc, [['VNM']])).stances.map((s) => `${s.issue}:${s.position}`)).toEqual(['mechanism-format:poa', 'meeting-format:in-person']);
  });

  test('resolves conflicting cues to the most explicit one and keeps the evidence of both', () => {
    const doc = makeDocument('We prefer a limited number of thematic groups. Concretely, we propose three thematic groups.');
    const { stances } = run(doc, turns(doc, [['AUS']]));
    expect(stances).toHaveLength(1);
    const [s] = stances;
    expect(s).toMatchObject({ issue: 'thematic-group-count', position: 'value', value: 3 });
    expect(s!.quote).toBe('Concretely, we propose three thematic groups.');
    expect(s!.evidence.map((e) => doc.text.slice(e.span[0], e.span[1]))).toEqual(['Concretely, we propose three thematic groups.', 'We prefer a limited number of thematic groups.']);
  });

  test('a position repeated in several sentences is one stance with more evidence and more confidence', () => {
    const doc = makeDocument('We support a Programme of Action. We remain a strong supporter of the Programme of Action.');
    const once = run(makeDocument('We support a Programme of Action.'), turns(makeDocument('We support a Programme of Action.'), [['FRA']])).stances[0]!;
    const [twice] = run(doc, turns(doc, [['FRA']])).stances;
    expect(twice!.evidence).toHaveLength(2);
    expect(twice!.confidence).toBeGreaterThan(once.confidence);
  });

  test('gives nothing to a statement without authors', () => {
    const doc = makeDocument('We support a Programme of Action.');
    expect(run(doc, turns(doc, [[]])).stances).toEqual([]);
  });

  test('reads a narrative report\'s "These delegations" as the turn\'s authors', () => {
    const doc = makeDocument('Switzerland and New Zealand spoke on stakeholders. These delegations raised concerns about a single state being able to veto stakeholder participation.', 'report');
    const { stances } = run(doc, turns(doc, [['CHE', 'NZL']], { speakerSource: 'narrative' }));
    expect(stances.map((s) => [s.actors, s.issue, s.position])).toEqual([[['CHE', 'NZL'], 'stakeholder-veto', 'oppose']]);
  });

  // (The machine analysis of a digest is never a turn: tests/ingest/read-session-report.test.ts.)
  test('a session report written as a meeting summary is evidence for the representatives it reports', () => {
    const doc = makeDocument('The representative of Switzerland said that her delegation supported holding meetings in Geneva.', 'session-report');
    expect(run(doc, turns(doc, [['CHE']], { speakerSource: 'narrative' })).stances.map((s) => `${s.actors.join('+')} ${s.issue}:${s.position}`)).toEqual(['CHE meeting-venue:rotate']);
  });

  test('stance ids are unique', () => {
    const doc = makeDocument('We support a Programme of Action.\n\nWe support a Programme of Action. Meetings should also be held in Geneva.');
    const ids = run(doc, turns(doc, [['FRA'], ['DEU']])).stances.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('tagStances: "it", "such a tool", "this proposal" stand for the thing named just before', () => {
  const stancesOf = (text: string, author = 'DEU') => {
    const doc = makeDocument(text);
    return run(doc, turns(doc, [[author]])).stances.map((s) => ({ stance: `${s.issue}:${s.position}`, quote: s.quote }));
  };

  test("each of the codebook's referents: its example's second sentence yields its issue only through the first", () => {
    expect(codebook.referents.length).toBeGreaterThan(0);
    for (const r of codebook.referents) {
      const [, second] = r.example.match(/^(.+?[.!?])\s+(.+)$/)!.slice(1) as [string, string];
      expect(stancesOf(second).filter((s) => s.stance.startsWith(`${r.issue}:`)), `${r.id}: ${second}`).toEqual([]);
      const found = stancesOf(r.example).filter((s) => s.stance.startsWith(`${r.issue}:`));
      expect(found, r.id).toHaveLength(1);
      // The quote shows the sentence that names the thing with the one that takes the stance.
      expect(found[0]!.quote, r.id).toBe(r.example);
    }
  });

  test('a refusal of "it" is opposition to the thing named before', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. We are not in a position to support it.')).toEqual([
      { stance: 'threat-repository:oppose', quote: 'Kenya has proposed a global repository of threats. We are not in a position to support it.' },
    ]);
  });

  test('the thing named earlier in the same sentence is meant, and the quote is that sentence', () => {
    expect(stancesOf('As to the proposed repository, we are ready to support its establishment.')).toEqual([
      { stance: 'threat-repository:support', quote: 'As to the proposed repository, we are ready to support its establishment.' },
    ]);
    // "It" as the object of "in": "we see value in it".
    expect(stancesOf('Colombia has studied the proposed threat repository, and we see value in it.')).toEqual([
      { stance: 'threat-repository:support', quote: 'Colombia has studied the proposed threat repository, and we see value in it.' },
    ]);
  });

  test('"it" as a subject stands for nothing, and nothing named before means no stance', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. It would be useful to hear the views of others first.')).toEqual([]);
    expect(stancesOf('We have listened carefully to the debate. We support it.')).toEqual([]);
  });

  test('a thing named as the alternative turned down is not what "it" stands for', () => {
    expect(stancesOf('The text sets up a standing body, rather than the Programme of Action. We can support it.')).toEqual([]);
    expect(stancesOf('The text sets up the Programme of Action. We can support it.')).toEqual([
      { stance: 'mechanism-format:poa', quote: 'The text sets up the Programme of Action. We can support it.' },
    ]);
  });

  test('a sentence between that goes on about the thing keeps it in reach', () => {
    const text = 'On the repository of threats proposed by Kenya, we have consulted our operators. We see its value for national authorities. We can support it.';
    expect(stancesOf(text)).toEqual([{ stance: 'threat-repository:support', quote: text }]);
  });

  test('a sentence between about something else breaks the reach, and another speaker\'s turn never counts', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. The debate was long. We support it.')).toEqual([]);
    const doc = makeDocument('Kenya has proposed a global repository of threats.\n\nWe support it.');
    expect(run(doc, turns(doc, [['KEN'], ['DEU']])).stances.filter((s) => s.actors.includes(actorCode('DEU')))).toEqual([]);
  });

  test('in a report, a turn may refer to what the sentence before it named, in its paragraph or, opening a paragraph, at the end of the one before; not across a heading', () => {
    const text = 'A global repository of threats drew interest. Fiji and Chile supported it.\n\nPeru supported it.\n\nAFTERNOON: NORMS\n\nGhana supported it.';
    const doc = makeDocument(text, 'report');
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const turn = (id: number, codes: string[], span: [number, number]): Statement => ({
      ...turns(doc, [codes], { speakerSource: 'narrative' })[0]!,
      id: statementId(doc.id, id),
      order: id,
      span,
      sentences: [span],
    });
    const { stances } = run(doc, [turn(1, ['FJI', 'CHL'], at('Fiji and Chile supported it.')), turn(2, ['PER'], at('Peru supported it.')), turn(3, ['GHA'], at('Ghana supported it.'))]);
    expect(stances.map((s) => [s.actors.join('+'), `${s.issue}:${s.position}`, s.quote])).toEqual([
      ['CHL+FJI', 'threat-repository:support', 'A global repository of threats drew interest. Fiji and Chile supported it.'],
      ['PER', 'threat-repository:support', 'A global repository of threats drew interest. Fiji and Chile supported it.\n\nPeru supported it.'],
    ]);
  });

  test('what a delegation asks to delete from a draft, "its deletion", it is against; "its retention" it supports', () => {
    expect(stancesOf('Paragraph 16 refers to a global repository of threats. We propose its deletion.').map((s) => s.stance)).toEqual(['threat-repository:oppose']);
    expect(stancesOf('Paragraph 16 refers to a global repository of threats. We support its retention.').map((s) => s.stance)).toEqual(['threat-repository:support']);
  });

  test('in a group\'s statement, "The Group believes ..." is the group speaking; in a state\'s, it is not the speaker', () => {
    const text = 'The Group supports the establishment of the global threat repository proposed by Kenya.';
    expect(stancesOf(text, 'AFRICAN-GROUP').map((s) => s.stance)).toEqual(['threat-repository:support']);
    expect(stancesOf(text, 'GHA')).toEqual([]);
  });

  test('"The Movement remains open to ..." is the group speaking too', () => {
    const text = 'The Movement remains open to considering, in due course, the elaboration of legally binding obligations.';
    expect(stancesOf(text, 'NAM').map((s) => s.stance)).toEqual(['legally-binding-instrument:open']);
    expect(stancesOf(text, 'IDN')).toEqual([]);
  });

  test('a relative clause opening "the application of which" is read around: its hedge is not the sentence\'s', () => {
    const doc = makeDocument('The Group saw no need for a stand-alone group on international law, the application of which could be examined within each thematic group.', 'report');
    const { stances } = run(doc, turns(doc, [['ARAB-GROUP']], { speakerSource: 'narrative' }));
    expect(stances.map((s) => `${s.actors.join('+')} ${s.issue}:${s.position}`)).toEqual(['ARAB-GROUP international-law-group:integrated']);
  });

  test('a figure for the groups wins over "a small number" in the same statement', () => {
    expect(stancesOf('We want a small number of thematic groups, and in our view two or three would be sufficient.').map((s) => s.stance)).toEqual(['thematic-group-count:value']);
  });

  test('"the proposal" taken up by a verb of stance, or said to be supported by someone, is the thing named before; a fact about it is not', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. We support the proposal.').map((s) => s.stance)).toEqual(['threat-repository:support']);
    expect(stancesOf('Kenya has proposed a global repository of threats. The proposal was supported by Germany.', 'DEU').map((s) => s.stance)).toEqual(['threat-repository:support']);
    expect(stancesOf('Kenya has proposed a global repository of threats. We regret that the proposal has not gathered support.')).toEqual([]);
  });

  test('a stance that ends its sentence without an object ("remained opposed", "objected") takes the thing named before', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. We remain opposed.').map((s) => s.stance)).toEqual(['threat-repository:oppose']);
    expect(stancesOf('Kenya has proposed a global repository of threats. We are in favour.').map((s) => s.stance)).toEqual(['threat-repository:support']);
    expect(stancesOf('Kenya has proposed a global repository of threats. We objected.').map((s) => s.stance)).toEqual(['threat-repository:oppose']);
    // With nothing named before, it is a stance on nothing.
    expect(stancesOf('We have listened carefully to the debate. We remain opposed.')).toEqual([]);
  });

  test('championing or advocating "it" is support for the thing named before', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. We continue to champion it.').map((s) => s.stance)).toEqual(['threat-repository:support']);
  });

  test('consensus "wherever possible", with a vote as a last resort, is flexible: the more explicit cue wins', () => {
    expect(stancesOf('We think the future mechanism should take decisions by consensus wherever possible, with recourse to a vote as a last resort.').map((s) => s.stance)).toEqual(['decision-making:flexible']);
    expect(stancesOf('We think the future mechanism should take decisions by consensus.').map((s) => s.stance)).toEqual(['decision-making:consensus']);
  });

  test('"one" ending a clause as the object of a stance stands for the thing named before', () => {
    expect(stancesOf('Kenya has proposed a global repository of threats. We caution against creating one.').map((s) => s.stance)).toEqual(['threat-repository:oppose']);
    expect(stancesOf('Some states want a new treaty on ICT security. We do not see the need for one at this stage.').map((s) => s.stance)).toEqual(['legally-binding-instrument:oppose']);
    // A number, not a pronoun: no stance on the repository.
    expect(stancesOf('Kenya has proposed a global repository of threats. We support one group for each pillar.').map((s) => s.stance)).toEqual(['thematic-group-structure:pillar-based']);
  });

  test('the thing named last is meant', () => {
    expect(stancesOf('Some want a new treaty, others a Programme of Action. We support it.').map((s) => s.stance)).toEqual(['mechanism-format:poa']);
  });
});
