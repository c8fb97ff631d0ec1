// generateCorpus as benchmarks use it: deterministic, every shape, linear in size, every
// state present, and a ground truth that matches what the text says.
import { describe, expect, test } from 'vitest';
import { generateCorpus, groundTruth, type GeneratedCorpus } from '../../scripts/corpus-generator/corpus';
import { samePosition } from '../../scripts/corpus-generator/drift';
import { delegation, STATES } from '../../scripts/corpus-generator/roster';
import { SESSIONS } from './calendar-fixture';

const memo = new Map<string, GeneratedCorpus>();
function corpus(scale: number, seed: number | string = 1): GeneratedCorpus {
  const key = `${scale}|${seed}`;
  let c = memo.get(key);
  if (!c) memo.set(key, (c = generateCorpus({ scale, seed, sessions: SESSIONS })));
  return c;
}
const bytes = (c: GeneratedCorpus) => c.files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
const textOf = (c: GeneratedCorpus, kind: string) => c.files.filter((_, i) => c.sources[i]?.kind === kind).map((f) => f.text);

describe('generateCorpus', () => {
  test('the same scale and seed give identical files; another seed gives others', () => {
    const a = corpus(1, 5);
    const b = generateCorpus({ scale: 1, seed: 5, sessions: SESSIONS });
    expect(b.files).toEqual(a.files);
    expect(b.sources).toEqual(a.sources);
    const other = corpus(1, 6);
    expect(other.files.map((f) => f.text).join('')).not.toBe(a.files.map((f) => f.text).join(''));
  });

  test('at scale 1 it is about the size of data/raw/ (0.3 MB)', () => {
    const mb = bytes(corpus(1)) / 1e6;
    expect(mb).toBeGreaterThan(0.2);
    expect(mb).toBeLessThan(0.45);
  });

  test('its size grows linearly with the scale', () => {
    const one = bytes(corpus(1));
    const four = bytes(corpus(4));
    const ten = bytes(corpus(10));
    expect(four / one).toBeGreaterThan(3.2);
    expect(four / one).toBeLessThan(4.8);
    expect(ten / four).toBeGreaterThan(2.2);
    expect(ten / four).toBeLessThan(2.8);
  });

  test('writes all five shapes at scale 1, in the record’s proportions', () => {
    const kinds = corpus(1).sources.map((s) => s.kind);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect(count('statement')).toBe(6);
    expect(count('joint-statement')).toBe(1);
    expect(count('session-report')).toBe(1);
    expect(count('transcript')).toBe(1);
    expect(count('report')).toBe(2);
  });

  test('each shape carries the marks of its kind', () => {
    const c = corpus(2);
    for (const t of textOf(c, 'statement')) {
      expect(t).toMatch(/^Statement by |^STATEMENT BY |Permanent Mission of|Please check against delivery|Check against delivery|CHECK AGAINST DELIVERY/);
      expect(t).toMatch(/New York, \d{1,2} [A-Z][a-z]+ 20\d\d/);
    }
    for (const t of textOf(c, 'joint-statement')) expect(t.slice(0, 400)).toMatch(/Joint [Ss]tatement by \*?the [A-Z].*, .* and /);
    for (const t of textOf(c, 'session-report')) {
      expect(t).toMatch(/^.+\n\n\d{1,2} [A-Z][a-z]{2} 20\d\d \d\d:00h - \d\d:00h\n\nSession at a Glance\n\nSummary/);
      for (const mark of ['\nSpeakers\n', '\nFull session report\n', '\nSession Transcript\n', '\nChair: ', '\nSpeech speed\n', '\nAgreed with\n', '\nDisclaimer: ']) expect(t).toContain(mark);
    }
    for (const t of textOf(c, 'transcript')) {
      expect(t).toMatch(/^Session \d+-\d+ Transcript\s\(OEWG 2021-25\)\n\nThis is an unofficial transcript/);
      expect(t).toMatch(/, to be followed by |to be followed by .+\. .+, please\./);
      expect(t).toMatch(/\n\n\n[A-Z]/); // a turn without a name line
      expect(t).toMatch(/(Leave a Reply|Share this:|Post navigation)/);
    }
    for (const t of textOf(c, 'report')) {
      expect(t).toMatch(/(highlighted|stressed|argued|underlined|emphasised|reiterated|supported|opposed|called for) /);
      expect(t).not.toMatch(/\bI (thank|give)\b/);
    }
  });

  test('dates every document within its session’s dates and names the session as sources.yaml does', () => {
    const byName = new Map(SESSIONS.map((s) => [`${s.process}, ${s.label}`, s]));
    for (const s of corpus(4).sources) {
      const session = byName.get(s.session);
      expect(session, s.session).toBeDefined();
      expect(s.date >= (session?.start ?? '') && s.date <= (session?.end ?? ''), `${s.file} ${s.date}`).toBe(true);
    }
    expect(new Set(corpus(10).sources.map((s) => s.session)).size).toBe(12);
  });

  test('every one of the 193 member states speaks or is named at scale 10', () => {
    const c = corpus(10);
    const speaking = new Set(c.stances.map((s) => s.actor));
    const text = c.files.map((f) => f.text).join('\n');
    const missing = STATES.filter((s) => !speaking.has(s.code) && !s.names.some((n) => text.includes(n))).map((s) => s.code);
    expect(missing).toEqual([]);
    expect(STATES.filter((s) => speaking.has(s.code)).length).toBeGreaterThan(185);
  });

  test('most sentences carry no stance', () => {
    const c = corpus(4);
    const sentences = c.files.reduce((a, f) => a + (f.text.match(/[.!?](\s|$)/g)?.length ?? 0), 0);
    const stanceSentences = new Set(c.stances.map((s) => `${s.doc}\u0000${s.quote}`)).size;
    expect(stanceSentences / sentences).toBeGreaterThan(0.04);
    expect(stanceSentences / sentences).toBeLessThan(0.25);
  });
});

describe('the ground truth', () => {
  test('groundTruth(seed) depends on the seed only, and generateCorpus reports the same positions', () => {
    const held = groundTruth(1, SESSIONS);
    expect(corpus(1).truth.map(({ expressed: _e, ...h }) => h)).toEqual(held);
    expect(corpus(4).truth.map(({ expressed: _e, ...h }) => h)).toEqual(held);
    expect(groundTruth(2, SESSIONS)).not.toEqual(held);
  });

  test('every stated stance is the position its actors hold at that session, quoted verbatim', () => {
    const c = corpus(4);
    const held = new Map(c.truth.map((t) => [`${t.session}|${t.actor}|${t.issue}`, t]));
    const text = new Map(c.files.map((f) => [f.name, f.text]));
    for (const s of c.stances) {
      const h = held.get(`${s.session}|${s.actor}|${s.issue}`);
      expect(samePosition(h, { ...s, issue: s.issue as never }), `${s.doc}: ${s.actor} ${s.issue} ${s.position}`).toBe(true);
      expect(text.get(s.doc)?.includes(s.quote), `${s.doc}: ${s.quote}`).toBe(true);
    }
    const expressed = c.truth.reduce((a, t) => a + t.expressed, 0);
    expect(expressed).toBe(c.stances.length);
  });

  test('a joint statement commits all its signatories, a group statement the group', () => {
    const c = corpus(4);
    const joint = c.sources.filter((s) => s.kind === 'joint-statement').map((s) => s.file);
    const jointStances = c.stances.filter((s) => joint.includes(s.doc));
    const perQuote = new Map<string, Set<string>>();
    for (const s of jointStances) perQuote.set(s.quote, (perQuote.get(s.quote) ?? new Set()).add(s.actor));
    expect(jointStances.length).toBeGreaterThan(0);
    for (const actors of perQuote.values()) expect(actors.size).toBeGreaterThanOrEqual(3);
    const groups = c.stances.filter((s) => delegation(s.actor).kind !== 'state');
    expect(groups.length).toBeGreaterThan(0);
  });

  test('the west and middle blocs converge: they agree more at the last session than at the first', () => {
    const truth = groundTruth(1, SESSIONS);
    const agreement = (session: number) => {
      let same = 0;
      let pairs = 0;
      for (const issue of ['mechanism-format', 'stakeholder-participation', 'meeting-format', 'capacity-building-coordination']) {
        const at = truth.filter((t) => t.session === session && t.issue === issue);
        const west = at.filter((t) => delegation(t.actor).bloc === 'west' && delegation(t.actor).kind === 'state');
        const middle = at.filter((t) => delegation(t.actor).bloc === 'middle' && delegation(t.actor).kind === 'state');
        for (const w of west) for (const m of middle) {
          pairs++;
          if (samePosition(w, m)) same++;
        }
      }
      return same / pairs;
    };
    expect(agreement(11) - agreement(3)).toBeGreaterThan(0.25);
  });
});
