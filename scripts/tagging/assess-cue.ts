// How a sentence frames one cue match: negated (before, inside its gaps, or after it),
// hedged, cancelled by thanks or noting, reported of someone else, endorsed by the speaker.
// Frames are the codebook's `frames`; see match-sentence.ts for the order they are applied in.
import type { Clause } from './clauses';
import type { CompiledCodebook, FrameName } from './compile-codebook';

/** Every match of a global regex, as an array (a generator, or the copy `matchAll` makes of
 *  the regex, cost a measurable share of tagging). */
export function matches(regex: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m);
    if (m[0].length === 0) regex.lastIndex++;
  }
  return out;
}

/** What `matches` finds, trying only at `starts` (ascending; every place a match may start):
 *  `sticky` is the same pattern with the flag y. */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + Math.max(m[0].length, 1);
  }
  return out;
}

/** Whether `sticky` matches at one of `starts`. */
export function matchesAtAny(sticky: RegExp, text: string, starts: readonly number[]): boolean {
  return starts.some((at) => {
    sticky.lastIndex = at;
    return sticky.test(text);
  });
}

/** Whether any frame of this kind matches somewhere in `text`. */
export function anyFrame(cb: CompiledCodebook, kind: FrameName, text: string): boolean {
  return cb.framesAsOne[kind]?.test(text) ?? false;
}

/** Like anyFrame, but a match that negates itself ("we cannot support") does not count. */
export function anyAffirmed(cb: CompiledCodebook, kind: FrameName, text: string): boolean {
  if (!anyFrame(cb, kind, text)) return false;
  for (const f of cb.frames[kind]) for (const m of matches(f.regex, text)) if (!/(?<![a-z])(?:not|never|no longer)(?![a-z])/.test(m[0])) return true;
  return false;
}

const OPENING_CONDITION = /^ +(?:and |but |so )?(?:if|should|once|where) [^,;:]{3,120}, /;

/** Whether `text` opens a clause of the speaker's own that affirms ("..., and we think"). */
function ownClauseAfter(cb: CompiledCodebook, text: string): boolean {
  const m = OWN_CLAUSE.exec(text);
  return m !== null && anyAffirmed(cb, 'endorse', ' ' + text.slice(m.index + 2));
}
const OWN_CLAUSE = /[,;] (?:and |but |yet |so )?(?:@self|we|i|(?:my|our|this) (?:delegation|country|government)) /;

/** End offset of the last match of any frame of this kind in `text`, or -1. */
function lastFrameEnd(cb: CompiledCodebook, kind: FrameName, text: string): number {
  if (!anyFrame(cb, kind, text)) return -1;
  let end = -1;
  for (const f of cb.frames[kind]) {
    for (const m of matches(f.regex, text)) end = Math.max(end, m.index + m[0].length);
  }
  return end;
}

export interface Assessment {
  negated: boolean; // before the cue, or in the words its gaps skipped
  /** Negated only by a stance against the cue before it ("concerned about X"), not by a "not". */
  againstOnly: boolean;
  negatedAfter: boolean; // a negative judgement after the cue ("... is unacceptable")
  hedge: 'willing' | 'weak' | null;
  nonCommit: boolean;
  reported: boolean;
  endorsed: boolean;
}

/** Where a clause turns to the reason for what it says of its object ("X, which would ...",
 *  "X, as it would ...", "X, given the risks of ..."). */
const REASON = /,\s(?:which|as it|as they|as this|as such|since it|since they|because it|because they|because this|because of|given that it|given that they|given (?:the|its|their)|in view of|owing to|due to)\s/;

/** How the sentence frames the cue found at [start, end) with gap captures `gaps`. */
export function assess(cb: CompiledCodebook, text: string, clause: Clause, start: number, end: number, gaps: string[] = []): Assessment {
  const clauseText = ' ' + text.slice(clause[0], clause[1]) + ' ';
  const before = blankAcross(cb, blank(cb, ' ' + text.slice(clause[0], start) + ' '), clauseText);
  const after = blank(cb, ' ' + text.slice(end, clause[1]) + ' ');
  const inside = ' ' + gapsBlanked(cb, text.slice(clause[0], start), text.slice(start, end), gaps).join(' ') + ' ';
  const negatedInside = gaps.length > 0 && anyFrame(cb, 'negationInside', inside);
  const negated = anyFrame(cb, 'negationBefore', before) || negatedInside;
  const againstOnly = negated && !negatedInside && cb.frames.negationBefore.every((f) => f.against || !f.regex.test(before));
  // A negative judgement after the cue cancels a negation before it ("we do not think X would
  // be premature"), unless it only gives the reason for the refusal ("we do not support X,
  // which would duplicate Y"): then both are against X.
  const reason = negated ? after.search(REASON) : -1;
  // A stance against X before it ("concerned that X would divide us") agrees with a bad word after it.
  const negatedAfter = anyFrame(cb, 'negationAfter', reason >= 0 ? after.slice(0, reason) + ' ' : after) && !(negated && againstBefore(cb, before));
  const hedge = anyFrame(cb, 'hedgeWilling', clauseText) ? 'willing' : anyFrame(cb, 'hedgeWeak', clauseText) ? 'weak' : null;
  const lead = ' ' + text.slice(clause[0], start) + ' ';
  // A condition the sentence opens with is the premise of what follows it, not a doubt about it:
  // "If the mechanism has thematic groups, capacity building should run through all of them".
  const premise = OPENING_CONDITION.exec(lead);
  const committing = premise ? ' ' + lead.slice(premise[0].length) : lead;
  const nonCommitEnd = lastFrameEnd(cb, 'nonCommit', committing);
  // A clause that opens with "whether" is a question put, not answered ("the question before us:
  // whether we need a treaty"), unless the cue is the answer that it does not matter ("Whether
  // it is called a PoA or an OEWG is secondary for us").
  const question = OPENS_WITH_WHETHER.test(lead) && !DOES_NOT_MATTER.test(text.slice(start, end));
  // A non-committal frame ("we have listened to ...") is lifted by the speaker's own affirmation
  // after it, and by a clause of the speaker's own that opens after it inside the cue, which may
  // start before it ("We have listened to the debate on thematic groups, and we think that three ...").
  // So is one the cue spans: "we [have heard calls for] a new treaty".
  const nonCommit = (nonCommitEnd >= 0 && !anyAffirmed(cb, 'endorse', ' ' + committing.slice(nonCommitEnd)) && !ownClauseAfter(cb, (committing + text.slice(start, end) + ' ').slice(nonCommitEnd))) || question || (gaps.length > 0 && anyFrame(cb, 'nonCommitInside', ' ' + text.slice(start, end) + ' '));
  // An opening "As France proposed, ..." reaches the clauses that do not speak for themselves:
  // "Like Australia, we do not favour X" is the speaker's own position.
  // A reported phrase the cue itself spans ("we regret that [a few states] blocked ...") is the
  // speaker's judgement of others, not a position of theirs.
  // (The cue's words are masked, not removed, so that gaps still count them.)
  const outside = beneficiariesBlanked(' ' + text.slice(clause[0], start) + text.slice(start, end).replace(/[a-z0-9@'_]/g, 'x') + text.slice(end, clause[1]) + ' ');
  const reported = anyFrame(cb, 'reported', outside) || (anyFrame(cb, 'reportedLead', text) && !anyFrame(cb, 'endorse', clauseText));
  // "As Egypt said, decisions must be taken by consensus, and Brazil agrees": the speaker's
  // agreement may close the sentence, after what it takes up.
  const endorsed = reported && (anyAffirmed(cb, 'endorse', ' ' + text.slice(0, clause[1]) + ' ') || AGREES_AFTER.test(text.slice(clause[1])));
  return { negated, againstOnly, negatedAfter, hedge, nonCommit, reported, endorsed };
}

const AGREES_AFTER =
  /^[ ,;]*(?:and|which) (?:@self|we|i|(?:my|our) (?:delegation|country|government)) (?:fully |entirely |also |strongly |wholeheartedly )?(?:agrees?|concurs?|shares? (?:that|this) (?:view|point)|supports? (?:that|this|it))(?: with (?:that|this|it|him|her|them)(?: (?:point|view|proposal|assessment))?)?(?: (?:entirely|fully|completely|wholeheartedly))?[ .;]*$/;
const OPENS_WITH_WHETHER = /^[^a-z0-9@]*whether (?!or not)/;
const DOES_NOT_MATTER = /(?<![a-z])(?:secondary|less important|immaterial|matters? less|no preference|indifferent|agnostic|flexible|open to)(?![a-z])/;

/** Whether a negationBefore frame that takes a stance against the cue ends where it starts. */
function againstBefore(cb: CompiledCodebook, before: string): boolean {
  return cb.frames.negationBefore.some((f) => f.against && f.regex.test(before));
}

/** `s` with the `notNegation` frames' matches ("not only", "no doubt") blanked out. */
/** The gaps with what is no negation blanked, read in the whole of the clause up to the cue's
 *  end: a phrase such as "we regret that [capacity building] has not been given ..." may start
 *  before the cue and end in a gap. */
function gapsBlanked(cb: CompiledCodebook, lead: string, cue: string, gaps: string[]): string[] {
  const opening = ' ' + lead;
  const blanked = blank(cb, opening + cue + ' ').slice(opening.length);
  let from = 0;
  return gaps.map((g) => {
    const at = cue.indexOf(g, from);
    if (at < 0) return blank(cb, ` ${g} `);
    from = at + g.length;
    return blanked.slice(at, at + g.length);
  });
}

/** `before` (the clause up to the cue) with the part blanked of each `acrossCue` notNegation
 *  frame that starts in it and ends in the cue or after it, in `clause`: "we regret that
 *  [capacity building] has not been given ..." or "that [the repository] was deferred" regrets
 *  nothing of it. */
function blankAcross(cb: CompiledCodebook, before: string, clause: string): string {
  let out = before;
  for (const fr of cb.frames.notNegation) {
    if (!fr.acrossCue) continue;
    for (const m of matches(fr.regex, clause)) {
      if (m.index >= before.length - 1) continue;
      const to = Math.min(before.length, m.index + m[0].length);
      out = out.slice(0, m.index) + ' '.repeat(to - m.index) + out.slice(to);
    }
  }
  return out;
}

function blank(cb: CompiledCodebook, s: string): string {
  if (!anyFrame(cb, 'notNegation', s)) return s;
  let out = s;
  for (const fr of cb.frames.notNegation) {
    fr.regex.lastIndex = 0;
    out = out.replace(fr.regex, (m) => ' '.repeat(m.length));
  }
  return out;
}

// Other delegations named only as those a measure serves ("prohibitive for many developing
// countries", "beyond the means of many small delegations", "useful to several states") or as
// the reason for it ("..., as many delegations could not afford to travel") are no report of
// what they said: blanked before the `reported` frames look at the clause.
const BENEFICIARIES =
  /(?<![a-z])(?:for|to|among|across|of|(?<=, )(?:as|since|because)) (?:the )?(?:many|several|some|a number of|numerous|most|a few|the majority of|a majority of|all) (?:(?:small|smaller|developing|least developed|small island|island|medium sized|poorer|other|our)(?:,)? )*(?:delegations|states|countries|member states)(?![a-z])/g;

function beneficiariesBlanked(s: string): string {
  return s.replace(BENEFICIARIES, (m) => ' '.repeat(m.length));
}
