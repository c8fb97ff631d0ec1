// The codebook is data; this test lints it the way a compiler would.
import { describe, expect, test } from 'vitest';
import { compileCodebook } from '../../scripts/tagging/compile-codebook';
import { loadCodebook } from '../../scripts/tagging/load-codebook';
import { codebook, compiled, hits, loadProblems, mentionCodes, normalised, CODEBOOK_TEXT } from './tagging-fixture';

// ../shared/codebook.md: the fixed issue and position ids the gold files use.
const SPEC: Record<string, string[]> = {
  'legally-binding-instrument': ['support', 'open', 'oppose'],
  'mechanism-format': ['poa', 'oewg', 'open'],
  'stakeholder-participation': ['expand', 'limit'],
  'stakeholder-veto': ['support', 'oppose'],
  'thematic-group-count': ['value', 'limited', 'none', 'flexible'],
  'thematic-group-structure': ['pillar-based', 'cross-cutting'],
  'international-law-group': ['dedicated', 'integrated'],
  'capacity-building-group': ['dedicated', 'cross-cutting'],
  'decision-making': ['consensus', 'flexible'],
  'norms-development': ['develop-new', 'implement-existing'],
  'meeting-format': ['in-person', 'hybrid'],
  'meeting-venue': ['rotate', 'new-york'],
  'threat-repository': ['support', 'oppose'],
  'capacity-building-coordination': ['support', 'oppose'],
};

const cues = codebook.issues.flatMap((issue) => issue.positions.flatMap((position) => position.cues.map((cue) => ({ issue, position, cue }))));
const frames = Object.entries(codebook.frames).flatMap(([kind, list]) => list.map((f) => ({ kind, frame: f })));

describe('data/codebook.yaml', () => {
  test('loads and compiles without a problem', () => {
    expect(loadProblems).toEqual([]);
    expect(compileCodebook(codebook).problems).toEqual([]);
  });

  test('has a version', () => {
    expect(codebook.version).toMatch(/^\d+\.\d+$/);
  });

  test('declares all 14 issues of the shared codebook with their fixed position ids', () => {
    const declared = Object.fromEntries(codebook.issues.map((i) => [i.id, i.positions.map((p) => p.id).sort()]));
    for (const [id, positions] of Object.entries(SPEC)) expect(declared[id], id).toEqual([...positions].sort());
  });

  test('every position has at least one cue rule', () => {
    const bare = codebook.issues.flatMap((i) => i.positions.filter((p) => p.cues.length === 0).map((p) => `${i.id}:${p.id}`));
    expect(bare).toEqual([]);
  });

  test('rule ids are unique across cues, frames and proposals', () => {
    const ids = [...cues.map((c) => c.cue.id), ...frames.map((f) => f.frame.id), ...codebook.proposals.map((p) => p.id)];
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  test('every negated, hedged and proposed position belongs to its issue', () => {
    const positions = new Map(codebook.issues.map((i) => [i.id, new Set(i.positions.map((p) => p.id))]));
    for (const { issue, cue } of cues) if (cue.negated) expect(positions.get(issue.id)!.has(cue.negated), cue.id).toBe(true);
    for (const issue of codebook.issues) if (issue.hedged) expect(positions.get(issue.id)!.has(issue.hedged), issue.id).toBe(true);
    for (const p of codebook.proposals) for (const y of p.yields) expect(positions.get(y.issue)?.has(y.position), `${p.id} ${y.issue}:${y.position}`).toBe(true);
  });

  test.each(cues.map((c) => [c.cue.id, c] as const))('cue %s: its example matches its own pattern', (_id, { cue }) => {
    const entry = compiled.byId.get(cue.id)!;
    entry.regex.lastIndex = 0;
    expect(entry.regex.test(normalised(cue.example, mentionCodes(cue.example)))).toBe(true);
  });

  test.each(cues.map((c) => [c.cue.id, c] as const))('cue %s: its example, said by the delegation it names, yields its own position', (_id, { issue, position, cue }) => {
    // Another cue of the issue may carry it (a longer match wins); the position must be there.
    const found = hits(cue.example, mentionCodes(cue.example)).filter((h) => h.issue === issue.id);
    const hedged = issue.hedged && found.some((h) => h.position === issue.hedged && h.confidence <= 0.6);
    expect(found.map((h) => h.position)).toContain(hedged ? issue.hedged : position.id);
  });

  test('no pattern compiles to a regular expression V8 would leave unoptimised (a source over 20 kB)', () => {
    const sources = [...compiled.byId.entries()].map(([id, e]) => [id, e.regex.source.length] as const);
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter(([, n]) => n > 20 * 1024)).toEqual([]);
  });

  test('the words each cue needs are in its example (the prefilter never hides a match)', () => {
    const missing = compiled.issues.flatMap((i) => i.rules).filter((r) => {
      const example = cues.find((c) => c.cue.id === r.id)!.cue.example;
      const text = normalised(example, mentionCodes(example));
      const words = new Set(text.split(/[^a-z0-9@'_]+/));
      return !r.needs.every((any) => any.some((w) => (w.endsWith('*') ? text.includes(w.slice(0, -1)) : words.has(w))));
    });
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  test.each(frames.map((f) => [f.frame.id, f] as const))('frame %s: its example contains it', (_id, { kind, frame }) => {
    const entry = compiled.byId.get(frame.id)!;
    entry.regex.lastIndex = 0;
    const self = kind === 'reported' || kind === 'reportedLead' || kind === 'echo' ? [] : mentionCodes(frame.example);
    expect(entry.regex.test(normalised(frame.example, self))).toBe(true);
  });

  test.each(codebook.proposals.map((p) => [p.id, p] as const))('proposal %s: endorsing it by name yields what it proposed', (_id, p) => {
    const date = p.after ?? '2024-01-01';
    const found = hits(p.example, 'XXX', { date }).map((h) => `${h.issue}:${h.position}`);
    for (const y of p.yields) expect(found).toContain(`${y.issue}:${y.position}`);
  });

  test('no pattern spells out more than six words in a row (rules are phrasing, not sentences)', () => {
    const long = cues.filter(({ cue }) => /(?:^|[\s(|])(?:[a-z']+ ){6}[a-z']+(?=$|[\s)|])/.test(cue.pattern.replace(/\{[^}]*\}|\.\.\d*|\*|\?/g, ' | ')));
    expect(long.map((c) => c.cue.id)).toEqual([]);
  });

  test('a bad pattern is a problem naming the file and the line, and the build goes on', () => {
    const broken = CODEBOOK_TEXT.replace('pattern: "voice ..2 not ..2 vote"', 'pattern: "voice ..2 (not ..2 vote"');
    const { codebook: cb, problems } = loadCodebook(broken, 'data/codebook.yaml');
    expect(cb).not.toBeNull();
    const line = broken.split('\n').findIndex((l) => l.includes('voice ..2 (not')) + 1;
    expect(problems).toEqual([{ file: 'data/codebook.yaml', line, message: expect.stringContaining('missing ")"') }]);
  });

  test('a referent of an unknown issue is a problem naming its line', () => {
    const broken = CODEBOOK_TEXT.replace('issue: threat-repository\n    mention:', 'issue: no-such-issue\n    mention:');
    expect(broken).not.toBe(CODEBOOK_TEXT);
    const line = broken.split('\n').findIndex((l) => l.includes('issue: no-such-issue')) + 1;
    expect(loadCodebook(broken, 'data/codebook.yaml').problems).toEqual([{ file: 'data/codebook.yaml', line, message: 'unknown issue "no-such-issue"' }]);
  });

  test('an unknown macro is a problem naming it', () => {
    const broken = CODEBOOK_TEXT.replace('pattern: "voice ..2 not ..2 vote"', 'pattern: "voice {no-such-macro}"');
    expect(loadCodebook(broken, 'data/codebook.yaml').problems.map((p) => p.message)).toEqual(['bad pattern: unknown macro {no-such-macro}']);
  });
});
