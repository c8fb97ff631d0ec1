// The codebook's patterns compiled once into regular expressions, with every problem named
// by its place in the YAML (a path the loader turns into a line).
import type { Codebook, FrameRule, Frames } from '../../src/shared/codebook-schema';
import type { StanceValue } from '../../src/shared/dataset-schema';
import { leadOf, lexiconOf, needIndexOf, needOf, type Lead, type Lexicon, type LexiconWords, type Need, type NeedIndex } from './needs';
import { compileRegexpsToMachineCode } from './native-regexps';
import { compilePatternSource, compileWithNeeds, PatternError, type MacroMemo } from './pattern-language';

export interface CompiledRule {
  id: string;
  issue: string;
  position: string;
  when: 'affirmed' | 'negated';
  negated: string | null;
  after: 'flip' | 'keep';
  confidence: number;
  regex: RegExp;
  /** The words a match starts with, and the pattern to try there (see Anchored). */
  anchored: Anchored | null;
  /** Strings the normalised sentence must contain (one of each list) before the regex is worth running. */
  needs: string[][];
  /** `needs` split for a fast check (see needs.ts). */
  need: Need[];
  /** Place among all the codebook's rules (see CompiledCodebook.ruleIndex). */
  ordinal: number;
  counts: boolean; // the pattern captures {count}
}

export interface CompiledIssue {
  id: string;
  topic: RegExp | null;
  /** Words (one of each list) the normalised sentence must contain before `topic` is worth testing. */
  topicNeeds: Need[];
  exclude: RegExp | null;
  hedged: string | null;
  positions: ReadonlySet<string>;
  rules: CompiledRule[];
}

/** A pattern tried only where its lead's words are (needs.ts leadStarts), not at every
 *  character: `sticky` is its regex with the flag y. */
export interface Anchored {
  lead: Lead;
  sticky: RegExp;
}

export interface CompiledProposal {
  id: string;
  regex: RegExp;
  anchored: Anchored | null;
  needs: string[][];
  /** The needs that do not depend on resolved names (a list with an actor placeholder is left out). */
  need: Need[];
  /** All the needs, the actor placeholders included: for a sentence whose names are resolved. */
  needResolved: Need[];
  after: string | null;
  before: string | null;
  yields: { issue: string; position: string; value: StanceValue | null }[];
}

/** See referentSchema: `mention` finds the thing named, `phrase` is read in place of "it". */
export interface CompiledReferent {
  id: string;
  issue: string;
  mention: RegExp;
  phrase: string;
}

export type FrameName = keyof Frames;
export interface CompiledFrame {
  id: string;
  regex: RegExp;
  /** See frameRuleSchema.against. */
  against: boolean;
  /** See frameRuleSchema.acrossCue. */
  acrossCue: boolean;
}

export interface CompiledCodebook {
  version: string;
  frames: Record<FrameName, CompiledFrame[]>;
  /** Each kind of frame as one pattern (null when the kind has none), for the questions that
   *  only ask whether any frame of a kind matches: one pass over the text, not one per frame
   *  (measured: the commit-or-endorse question takes 2 µs a sentence instead of 4.4). */
  framesAsOne: Record<FrameName, RegExp | null>;
  /** The `commit` and `endorse` frames as one pattern: whether a sentence commits anyone. */
  commits: RegExp | null;
  /** `commits`, tried only where one of those frames may start. */
  commitsAnchored: Anchored | null;
  issues: CompiledIssue[];
  proposals: CompiledProposal[];
  referents: CompiledReferent[];
  /** Every issue's rules by rule ordinal, the issues' topics and the proposals, each by a
   *  word they need: a sentence is checked only against what its words allow. */
  ruleIndex: NeedIndex;
  topicIndex: NeedIndex;
  proposalIndex: NeedIndex;
  /** Every whole word some rule, topic or proposal needs (their `need` lists hold its ids). */
  lexicon: Lexicon;
  /** Every rule, frame and proposal by id, for the lint and for explanations. */
  byId: Map<string, { kind: 'cue' | 'frame' | 'proposal'; regex: RegExp; example: string }>;
}

export interface CompileProblem {
  path: (string | number)[];
  message: string;
}

const FRAME_NAMES: FrameName[] = ['negationBefore', 'negationAfter', 'negationInside', 'notNegation', 'hedgeWilling', 'hedgeWeak', 'nonCommit', 'nonCommitInside', 'commit', 'reported', 'reportedLead', 'endorse', 'echo', 'sameView'];

export function compileCodebook(codebook: Codebook): { compiled: CompiledCodebook; problems: CompileProblem[] } {
  compileRegexpsToMachineCode();
  const problems: CompileProblem[] = [];
  const byId: CompiledCodebook['byId'] = new Map();
  // One memo of expanded macros for every pattern of the codebook.
  const memo: MacroMemo = new Map();
  const compile = (pattern: string, path: (string | number)[], flags = 'g', anchor: 'start' | 'end' | null = null): RegExp | null => {
    try {
      const src = compilePatternSource(pattern, { macros: codebook.macros, memo });
      return new RegExp(anchor === 'start' ? `^[^a-z0-9@'_]*${src}` : anchor === 'end' ? `${src}[^a-z0-9@'_]*$` : src, flags);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problems.push({ path, message: `bad pattern: ${e.message}` });
      return null;
    }
  };
  const claim = (id: string, path: (string | number)[], entry: { kind: 'cue' | 'frame' | 'proposal'; regex: RegExp; example: string }) => {
    if (byId.has(id)) problems.push({ path: [...path, 'id'], message: `duplicate rule id "${id}"` });
    else byId.set(id, entry);
  };

  for (const [name, body] of Object.entries(codebook.macros)) {
    try {
      compilePatternSource(body, { macros: codebook.macros, stack: [name] });
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      problems.push({ path: ['macros', name], message: `bad macro {${name}}: ${e.message}` });
    }
  }

  const frames = {} as Record<FrameName, CompiledFrame[]>;
  // The words the `commit` and `endorse` frames start with (null: a frame may start anywhere).
  let commitLead: string[] | null = [];
  for (const name of FRAME_NAMES) {
    frames[name] = [];
    codebook.frames[name].forEach((f: FrameRule, k) => {
      // Negation before a cue must end where the cue starts; negation after it must start where it ends.
      const anchor = name === 'negationBefore' ? 'end' : name === 'negationAfter' || name === 'reportedLead' ? 'start' : null;
      const regex = compile(f.pattern, ['frames', name, k, 'pattern'], anchor ? '' : 'g', anchor);
      if (!regex) return;
      frames[name].push({ id: f.id, regex, against: f.against, acrossCue: f.acrossCue });
      if (name === 'commit' || name === 'endorse') {
        const { lead } = compileWithNeeds(f.pattern, { macros: codebook.macros, memo });
        commitLead = commitLead && lead ? [...commitLead, ...lead] : null;
      }
      const loose = anchor ? new RegExp(compilePatternSource(f.pattern, { macros: codebook.macros, memo }), 'g') : regex;
      claim(f.id, ['frames', name, k], { kind: 'frame', regex: loose, example: f.example });
    });
  }

  const needsOf = (pattern: string): string[][] => {
    try {
      return compileWithNeeds(pattern, { macros: codebook.macros, memo }).needs;
    } catch (e) {
      if (e instanceof PatternError) return []; // reported where the pattern is compiled
      throw e;
    }
  };

  const lexicon: LexiconWords = new Map();
  let ordinal = 0;
  const issues: CompiledIssue[] = codebook.issues.map((issue, i) => {
    const positions = new Set(issue.positions.map((p) => p.id));
    if (issue.hedged && !positions.has(issue.hedged)) problems.push({ path: ['issues', i, 'hedged'], message: `unknown position "${issue.hedged}" of issue ${issue.id}` });
    const rules: CompiledRule[] = [];
    issue.positions.forEach((pos, j) => {
      pos.cues.forEach((cue, k) => {
        const path = ['issues', i, 'positions', j, 'cues', k];
        const regex = compile(cue.pattern, [...path, 'pattern']);
        if (cue.negated && !positions.has(cue.negated)) problems.push({ path: [...path, 'negated'], message: `unknown position "${cue.negated}" of issue ${issue.id}` });
        if (!regex) return;
        const counts = regex.source.includes('(?<count>');
        const { needs, lead } = compileWithNeeds(cue.pattern, { macros: codebook.macros, memo });
        if (pos.id === 'value' && !counts) problems.push({ path: [...path, 'pattern'], message: `a cue of the value position needs {count}` });
        claim(cue.id, path, { kind: 'cue', regex, example: cue.example });
        rules.push({ id: cue.id, issue: issue.id, position: pos.id, when: cue.when, negated: cue.negated, after: cue.after, confidence: cue.confidence, regex, anchored: anchoredOf(regex, lead, lexicon), needs, need: needOf(needs, lexicon), ordinal: ordinal++, counts });
      });
    });
    return {
      id: issue.id,
      topic: issue.topic ? compile(issue.topic, ['issues', i, 'topic'], '') : null,
      topicNeeds: issue.topic ? needOf(needsOf(issue.topic), lexicon) : [],
      exclude: issue.exclude ? compile(issue.exclude, ['issues', i, 'exclude'], '') : null,
      hedged: issue.hedged,
      positions,
      rules,
    };
  });

  const issueById = new Map(issues.map((i) => [i.id, i]));
  const proposals: CompiledProposal[] = [];
  codebook.proposals.forEach((p, k) => {
    const regex = compile(p.pattern, ['proposals', k, 'pattern']);
    p.yields.forEach((y, n) => {
      const issue = issueById.get(y.issue);
      if (!issue) problems.push({ path: ['proposals', k, 'yields', n, 'issue'], message: `unknown issue "${y.issue}"` });
      else if (!issue.positions.has(y.position)) problems.push({ path: ['proposals', k, 'yields', n, 'position'], message: `unknown position "${y.position}" of issue ${y.issue}` });
    });
    if (!regex) return;
    claim(p.id, ['proposals', k], { kind: 'proposal', regex, example: p.example });
    const { needs, lead } = compileWithNeeds(p.pattern, { macros: codebook.macros, memo });
    proposals.push({ id: p.id, regex, anchored: anchoredOf(regex, lead, lexicon), needs, need: needOf(needs.filter((any) => !any.some((w) => w.startsWith('@'))), lexicon), needResolved: needOf(needs, lexicon), after: p.after, before: p.before, yields: p.yields });
  });

  const referents: CompiledReferent[] = [];
  codebook.referents.forEach((r, k) => {
    if (!issueById.has(r.issue)) problems.push({ path: ['referents', k, 'issue'], message: `unknown issue "${r.issue}"` });
    const mention = compile(r.mention, ['referents', k, 'mention']);
    if (mention) referents.push({ id: r.id, issue: r.issue, mention, phrase: r.phrase });
  });

  const commits = oneOf([...frames.commit, ...frames.endorse]);
  const compiled: CompiledCodebook = {
    version: codebook.version,
    frames,
    framesAsOne: Object.fromEntries(FRAME_NAMES.map((name) => [name, oneOf(frames[name])])) as Record<FrameName, RegExp | null>,
    commits,
    commitsAnchored: commits && anchoredOf(commits, commitLead && [...new Set(commitLead)], lexicon),
    issues,
    proposals,
    referents,
    ruleIndex: needIndexOf(issues.flatMap((i) => i.rules.map((r) => r.need)), lexicon.size),
    topicIndex: needIndexOf(issues.map((i) => (i.topic ? i.topicNeeds : [])), lexicon.size),
    proposalIndex: needIndexOf(proposals.map((p) => p.need), lexicon.size),
    lexicon: lexiconOf(lexicon),
    byId,
  };
  return { compiled, problems };
}

function anchoredOf(regex: RegExp, lead: string[] | null, lexicon: LexiconWords): Anchored | null {
  const need = leadOf(lead, lexicon);
  return need ? { lead: need, sticky: new RegExp(regex.source, 'y') } : null;
}

/** A pattern that matches where any of `frames` does (their named groups unnamed, since one
 *  name may not appear twice; the pattern language writes no back-references, so renumbered
 *  groups change nothing). Only for frames: the cue patterns, joined so, ran 15 to 70
 *  times slower than one by one. */
function oneOf(frames: CompiledFrame[]): RegExp | null {
  if (frames.length === 0) return null;
  return new RegExp(frames.map((f) => `(?:${f.regex.source.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(?:')})`).join('|'));
}

const cache = new WeakMap<Codebook, CompiledCodebook>();

/** compileCodebook, remembered for this codebook object: loadCodebook compiles it to report
 *  its problems, and tagging then uses the same compiled form. */
export function compileOnce(codebook: Codebook): { compiled: CompiledCodebook; problems: CompileProblem[] } {
  const result = compileCodebook(codebook);
  cache.set(codebook, result.compiled);
  return result;
}

/** Compiled once per codebook object; problems are reported by loadCodebook, not here. */
export function compiledCodebook(codebook: Codebook): CompiledCodebook {
  let c = cache.get(codebook);
  if (!c) {
    c = compileCodebook(codebook).compiled;
    cache.set(codebook, c);
  }
  return c;
}

/** Takes `compiled` (made from `codebook` in another thread and copied here) as its compiled
 *  form, so a worker thread does not compile the codebook again. */
export function adoptCompiled(codebook: Codebook, compiled: CompiledCodebook): void {
  compileRegexpsToMachineCode();
  cache.set(codebook, compiled);
}
