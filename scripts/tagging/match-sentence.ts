// The matcher: one sentence -> the positions it commits its holder to, each with the rule
// that found it. Pure: the sentence, the actors it names, and whose sentence it is.
//
// Order of the checks for every cue match (each can drop it):
//   1. the sentence is a question, or commits no one (no `commit` or
//      `endorse` frame)                                                     -> nothing at all
//   2. the issue's `exclude` pattern matches the cue's clause               -> dropped
//   3. a `nonCommit` frame precedes the cue in its clause, with no
//      `endorse` frame in between ("we thank France for ..."), or a
//      `nonCommitInside` frame is in the words a cue with gaps spans
//      ("we have heard calls for ...")                                      -> dropped
//   4. a `reported` frame is in the clause ("Brazil's suggestion"), or the
//      sentence opens with a `reportedLead` ("As France proposed, ..."),
//      and no `endorse` frame is in the clause or before it               -> dropped
//   5. negation: `negationBefore` ending where the cue starts, `negationInside`
//      in the words its gaps skipped, or `negationAfter` (unless the cue says
//      `after: keep`); two of them cancel out. An affirmed cue then signals its
//      `negated` position (or nothing), a `when: negated` cue its position only then
//   6. hedges in the clause: the issue's `hedged` position if it has one;
//      otherwise a willing hedge lowers confidence and a weak one drops it
//   7. a cue lying inside a longer cue of the same issue gives way to it
//      (checks 2-6 read the frames: assess-cue.ts)
//      ("hybrid engagement" inside "hybrid engagement is not equivalent to ...")
import type { StanceValue } from '../../src/shared/dataset-schema';
import type { Mention } from './actor-mentions';
import { clauseAt, clausesOf, type Clause } from './clauses';
import { firstReference, resolveReferences, type Referent } from './anaphora';
import { anyAffirmed, anyFrame, assess, matches, matchesAt, matchesAtAny } from './assess-cue';
import type { Anchored, CompiledCodebook } from './compile-codebook';
import { candidates, containsAll, leadStarts, wordsOf, type SentenceWords } from './needs';
import { normaliseSentence, normaliseText } from './normalise-sentence';
import { parseCount } from './numbers';
import { GOING_ON_CONNECTIVES, GOING_ON_SUBJECTS } from '../ingest/reported-speech';

export interface Hit {
  issue: string;
  position: string;
  value: StanceValue | null;
  rule: string;
  confidence: number;
}

export interface SentenceContext {
  /** Actor codes the sentence speaks for (they become @self). */
  self: ReadonlySet<string>;
  /** The statement's date (YYYY-MM-DD) for date-bound proposals; null when unknown. */
  date: string | null;
  /** Reported speech: a sentence opening "These delegations ..." / "They ..." speaks for the authors. */
  narrative?: boolean;
  /** A group's statement: "The Group believes ...", "The Movement supports ..." is its voice. */
  group?: boolean;
  /** What "it", "such a tool" or "this proposal" stand for (anaphora.ts): the sentence is read
   *  with the thing in their place, for its issue's cues only. */
  referent?: Referent;
}

// A report goes on about the delegations just named (reported-speech.ts lists how, for this and
// for the reader of reports): "Moreover, they ...", "In their view, ...", "She added ...", and,
// read here only, "These delegations", "That delegation", "Both", "It" (the delegation, at the
// start of a turn).
const ANAPHOR = new RegExp(
  `^ (?:(?:${GOING_ON_CONNECTIVES.join('|')}),? )?(?:${GOING_ON_SUBJECTS.join('|')}|` +
    '(?:these|those|this|that|both|the two|such|the|all|all three|all four|some of these|most of these|the same) (?:delegations?|states|countries|groups?|speakers|members|delegates|representatives)|both|it),? ',
);

// In a group's statement, the group naming itself before a verb of stance or an attitude ("The
// Group believes that three groups ...", "The Union supports ...", "The Movement remains open to
// ...", "is of the view"); not "the Group" as the Working Group, which believes and supports nothing.
const GROUP_SPEAKING =
  / the (?:group|movement|union|community|forum|alliance|coalition)(?= (?:(?:also|further|firmly|strongly|fully|therefore|again|continues to|would|would also|will|can|could|remains|is) )*(?:believes|supports|welcomes|calls|favours|favors|prefers|reiterates|reaffirms|stresses|underlines|emphasi[sz]es|considers|welcome|support|opposes|rejects|wishes|hopes|wants|proposes|recommends|sees|attaches|looks forward|urges|encourages|notes|takes note|stands ready|is not convinced|open|ready|willing|prepared|convinced|committed|concerned|of the view)\b)/g;

// In a report, the representative's own delegation, wherever in the sentence ("She said her
// delegation would support ...").
const REPRESENTATIVES_OWN = / (?:his|her) (?:delegation|country|government) /g;

/** A report's text with the representative's own delegation as the speaker ("she said her
 *  delegation agreed with ..." -> "... @self agreed with ..."). */
export function withRepresentativesOwn(text: string): string {
  return text.replace(REPRESENTATIVES_OWN, ' @self ');
}

// In a report, the pronoun that opens what the delegation said is the delegation ("Russia
// indicated that it could not support ...", "Chile said they would accept ..."); "it" only before
// a verb that a thing would not take ("said it was premature" keeps its "it").
const SUBJECT_AGAIN = /( @self (?:[a-z]+ ){1,2}?(?:that )?)(?:(?:he|she|they) |it (?=(?:could|can|would|will|did|does|had|has|may|might|should|must|remained|remains|continued|continues|supported|supports|opposed|opposes|favoured|favored|preferred|prefers|wished|wishes|wanted|wants|believed|believes|considered|considers|saw|sees|shared|shares|rejected|rejects|welcomed|welcomes|accepted|accepts) (?!be )))/g;

// In a report, unnamed delegations the sentence then names are those named ("Some delegations,
// among them Chile and Peru, said ...", "others, such as Japan, preferred ..."): not a report of
// what others said, which the `reported` frames would take them for.
const NAMED_AMONG =
  /(?<![a-z@])(?:(?:some|several|many|a number of|a few|numerous|various|certain|other|most) (?:other )?(?:delegations|states|countries|member states|speakers)|others),? (?:among them|including|such as|notably|in particular|led by) (?:the )?@self(?: ?,? (?:the )?@self)*(?: ?,? and (?:the )?@self)? ?,?(?= )/g;

// In a report, "Opposing, Russia said ..." and "Iran, opposing, said ..." set a speaker against the
// one before, not against what it says.
const OPPOSING_ASIDE = /(?<=^|@\w+ ,|@\w+,) (?:opposing|objecting|dissenting|disagreeing|in (?:response|reply|contrast)|by contrast),(?= )/g;

// A question put as a topic: "views on X, on whether Y".
const ON_WHETHER = /(?<![a-z])(?:on|as to|about|over|regarding|concerning) whether(?![a-z])/;

/** Confidence of a position resolved through the table of known proposals. */
const PROPOSAL_CONFIDENCE = 0.65;
/** Hedged cues never claim more than this. */
const HEDGED_CONFIDENCE = 0.6;

/** The normalised form the patterns run on (with the leading separator they expect). */
export function patternText(sentence: string, mentions: Mention[], self: ReadonlySet<string>): string {
  return ' ' + normaliseSentence(sentence, mentions, self) + ' ';
}

export function matchSentence(cb: CompiledCodebook, sentence: string, mentions: Mention[], ctx: SentenceContext): Hit[] {
  return matchPatternText(cb, sentence, patternText(sentence, mentions, ctx.self), ctx);
}

/** matchSentence for a sentence already normalised (`text` is its patternText): step 5 keeps
 *  that text, which the reading of references needs too. */
export function matchPatternText(cb: CompiledCodebook, sentence: string, text: string, ctx: SentenceContext): Hit[] {
  if (isQuestion(sentence)) return [];
  // A sentence read through a referent touches its topic by the reference.
  if (ctx.referent) {
    const { issue } = ctx.referent;
    return cueHits(cb, text, ctx).filter((h) => h.issue === issue);
  }
  // A relative clause in the past perfect is a stance once held ("Brazil, which had long insisted
  // on an OEWG, signalled ..."): the sentence is read without it.
  // So is a main clause said to hold it earlier ("Peru had, at earlier sessions, argued for X"),
  // up to where the sentence turns, if it does ("had initially favoured five groups, one for each
  // pillar, but could now accept two").
  // So is one a sentence opens by dating it in the past ("Last year we argued for five groups;
  // today ..."), up to where the sentence turns to the present.
  const recent = withFrontedTopic(withNorAfterSubject(withCopula(throughDraftText(withRatherThan(withNotOpposed(text)))))).replace(ARGUED_BEFORE, ' ');
  // So are an aside and an opening participle that date a stance as earlier ("India, once
  // sceptical of hybrid formats, now supports ..."; "Having first argued for four groups at the
  // 7th session, Mexico now says ...").
  const now = FORMER_GATE.test(recent) ? recent.replace(FORMER_STANCE, ' ').replace(HELD_EARLIER, ' ').replace(FORMER_ASIDE, ', ').replace(FORMER_OPENING, ' ') : recent;
  // An aside set off by commas can part a topic from what is said of it: the sentence is read
  // without its asides too, for the issues it gave nothing on. An aside right after a negation
  // parts the negation from what it negates ("we are not, at this stage, convinced of the need
  // for X"): then the reading without asides comes first.
  const bare = withoutAsides(now);
  const [first, second] = bare !== now && NEGATION_THEN_ASIDE.test(now) ? [bare, now] : [now, bare];
  const hits = cueHits(cb, first, ctx);
  if (second !== first) for (const h of cueHits(cb, second, ctx)) if (!hits.some((o) => o.issue === h.issue)) hits.push(h);
  // So is a proposal named by its maker: "we support the French proposal to set up a PoA" holds
  // what "we support a PoA" holds, however far the maker's name pushes the thing from the verb.
  const proposed = withoutProposalFrame(bare);
  if (proposed !== bare) for (const h of cueHits(cb, proposed, ctx)) if (!hits.some((o) => o.issue === h.issue)) hits.push(h);
  // Nearly every sentence a delegation speaks touches some issue's topic, so the topic gate
  // is asked last, of the few sentences that yield something.
  return hits.length > 0 && touchesTopic(cb, sentence) ? hits : [];
}

function cueHits(cb: CompiledCodebook, normalised: string, ctx: SentenceContext): Hit[] {
  let text = normalised;
  if (ctx.group) text = text.replace(GROUP_SPEAKING, ' @self');
  if (ctx.narrative) text = presentTense(withRepresentativesOwn(text.replace(OPPOSING_ASIDE, ' ').replace(NAMED_AMONG, '@self').replace(ANAPHOR, ' @self ')).replace(SUBJECT_AGAIN, '$1@self '));
  if (ctx.referent) {
    if (firstReference(text) < 0) return [];
    text = resolveReferences(text, ctx.referent.phrase);
  }
  // Whether the sentence commits anyone is asked once, at the first cue found: most sentences
  // have none, and the question costs as much as two cue patterns.
  let commits: boolean | null = null;
  let clauses: Clause[] | null = null;
  const clauseOf = (at: number): Clause => clauseAt((clauses ??= clausesOf(text)), at);
  const words = wordsOf(cb.lexicon, text);
  const candidate = candidates(cb.ruleIndex, words);
  const topical = candidates(cb.topicIndex, words);
  const hits: (Hit & { at: [number, number] })[] = [];

  for (let k = 0; k < cb.issues.length; k++) {
    const issue = cb.issues[k]!;
    if (issue.topic && !(topical[k] && containsAll(text, words, issue.topicNeeds) && issue.topic.test(text))) continue;
    for (const rule of issue.rules) {
      if (!candidate[rule.ordinal] || !containsAll(text, words, rule.need)) continue;
      const found = matchesOf(rule, text, words);
      if (found.length === 0) continue;
      if (!(commits ??= commitsAnyone(cb, text, words))) return [];
      for (const m of found) {
        const start = m.index;
        const end = start + m[0].length;
        const clause = clauseOf(start + 1);
        if (issue.exclude && issue.exclude.test(' ' + text.slice(clause[0], clause[1]) + ' ')) continue;
        const gaps = m.slice(1).filter((g): g is string => typeof g === 'string' && g.length > 0);
        // A cue that takes in, across a gap, a question as its topic is asked, not held ("views on
        // the groups, on whether international law should have one").
        if (gaps.some((g) => / whether /.test(` ${g} `)) && ON_WHETHER.test(m[0])) continue;
        const a = assess(cb, text, clause, start, end, gaps);
        if (a.nonCommit || (a.reported && !a.endorsed)) continue;
        let position: string | null = rule.position;
        // A cue that is itself against its object ('keep') and says so in a relative clause agrees
        // with a stance against the object before it ("reservations about hybrid formats, which
        // should stay exceptional"); "caution against limiting hybrid formats" still reverses it.
        const negatedBefore = a.negated && !(rule.after === 'keep' && a.againstOnly && / which /.test(m[0]));
        const negated = negatedBefore !== (a.negatedAfter && rule.after === 'flip');
        if (rule.when === 'negated') {
          if (!negated) continue;
        } else if (negated) position = rule.negated;
        if (!position) continue;
        let confidence = rule.confidence;
        if (a.hedge) {
          if (issue.hedged) {
            position = issue.hedged;
            confidence = Math.min(confidence, HEDGED_CONFIDENCE);
          } else if (a.hedge === 'willing') confidence = Math.min(confidence, HEDGED_CONFIDENCE);
          else continue;
        }
        const value = rule.counts ? parseCount(m.groups?.count ?? '') : null;
        if (position === 'value' && value === null) continue;
        hits.push({ issue: issue.id, position, value: position === 'value' ? value : null, rule: rule.id, confidence, at: [start, end] });
      }
    }
  }

  // A named proposal counts only when the speaker endorses it (asked once, when some
  // proposal is found: most sentences have their words but not the proposal).
  const proposed = candidates(cb.proposalIndex, words);
  let endorses: boolean | null = null;
  for (const [k, p] of cb.proposals.entries()) {
    if (p.after && (!ctx.date || ctx.date < p.after)) continue;
    if (p.before && (!ctx.date || ctx.date >= p.before)) continue;
    if (!proposed[k] || !containsAll(text, words, p.needResolved)) continue;
    const found = matchesOf(p, text, words);
    if (found.length === 0) continue;
    if (!(commits ??= commitsAnyone(cb, text, words))) return [];
    if (!(endorses ??= anyFrame(cb, 'endorse', text))) break;
    for (const m of found) {
      const clause = clauseOf(m.index + 1);
      const gaps = m.slice(1).filter((g): g is string => typeof g === 'string' && g.length > 0);
      const a = assess(cb, text, clause, m.index, m.index + m[0].length, gaps);
      if (a.nonCommit || a.negated || a.negatedAfter || a.hedge === 'weak') continue;
      if (!anyAffirmed(cb, 'endorse', ' ' + text.slice(0, clause[1]))) continue;
      for (const y of p.yields) hits.push({ issue: y.issue, position: y.position, value: y.value, rule: p.id, confidence: PROPOSAL_CONFIDENCE, at: [m.index, m.index + m[0].length] });
    }
  }
  const turns = hits.length > 1 ? turnsIn(text) : [];
  const kept = hits.filter((h) => !hits.some((o) => o.issue === h.issue && inside(h.at, o.at)) && !conceded(h, hits, turns) && !deferred(h, text));
  return dedupe(kept.map(({ at: _at, ...h }) => h));
}

/** A rule's or proposal's matches, tried only where they may start when that is known. */
function matchesOf(p: { regex: RegExp; anchored: Anchored | null }, text: string, words: SentenceWords): RegExpExecArray[] {
  return p.anchored ? matchesAt(p.anchored.sticky, text, leadStarts(text, words, p.anchored.lead)) : matches(p.regex, text);
}

/** Whether a `commit` or `endorse` frame matches somewhere in the text. */
function commitsAnyone(cb: CompiledCodebook, text: string, words: SentenceWords): boolean {
  if (!cb.commitsAnchored) return cb.commits?.test(text) ?? false;
  const { sticky, lead } = cb.commitsAnchored;
  return matchesAtAny(sticky, text, leadStarts(text, words, lead));
}

// Reported speech shifts the speaker's tense back ("said that existing law was sufficient"): the
// cues, written for what delegations say, read it in the present.
const BACKSHIFT: Record<string, string> = { was: 'is', were: 'are' };
function presentTense(text: string): string {
  return text.replace(/ (was|were) /g, (_m, verb: string) => ` ${BACKSHIFT[verb]} `);
}

/** `text` without the asides set off by commas that part a topic from what is said of it: a
 *  relative clause ("international law, which remains the least developed area, merits a group
 *  of its own"), a list of examples ("civil society, including women's organisations, to have a
 *  voice") unless it names the speaker ("many delegations, in particular @self, called for"),
 *  a condition, and when, where or how soon. */
function withoutAsides(text: string): string {
  if (!text.includes(', ')) return text;
  return text
    .replace(RELATIVE_CLAUSE, ' ')
    .replace(EXAMPLES_ASIDE, (aside) => (aside.includes('@self') ? aside : ' '))
    .replace(CONDITION_ASIDE, ' ')
    .replace(CIRCUMSTANCE_ASIDE, ' ')
    .replace(MADE_HOW_ASIDE, ' ')
    .replace(QUALIFIER_ASIDE, ' ');
}

const NEGATION_THEN_ASIDE = / (?:not|never|no longer), /;

// Set off by commas, or by one comma at the end of the sentence ("its proposal for a repository,
// which Ghana supported."), after "several of", a preposition ("for which", "under which") or a
// noun ("the application of which").
const RELATIVE_CLAUSE = /, (?:(?:some|several|many|most|all|each|one|none|both|any|either|neither) of |(?:under|in|by|through|with|for|from|on|to|at|after|before) |the [a-z]+ of )?(?:which|who|whose|whom|where) [^,;:.]*(?:, |(?=\.? $))/g;
const EXAMPLES_ASIDE = /, (?:including|such as|notably|in particular|particularly|especially|among them|among others) [^,;:.]*(?:,(?! and | or )[^,;:.]*)*?, (?!and (?!not )|or )/g;
// A condition set off by commas ("such a repository, if kept voluntary, would be useful"): a
// position held on a condition is held (the codebook's hedges say how firmly).
const CONDITION_ASIDE = /, (?:if|provided(?: that)?|as long as|so long as|once|unless) [^,;:.]*, (?!and |or )/g;
// When, where or how soon, set off by commas ("supports the elaboration, at an appropriate time
// and under the auspices of the United Nations, of a binding instrument"; "the establishment, as
// soon as possible, of a repository").
const CIRCUMSTANCE_ASIDE =
  /, (?:(?:at|in|under|within|after|before|during|over|by|through) (?:an?|the|its|their|our|some|due|this|that|a later|the appropriate)|as (?:a matter of|soon as|early as|quickly as|of|from)|without|where (?:possible|appropriate|necessary)|when (?:possible|appropriate)|over time|in time) [^,;:.]*, (?!and |or )/g;
// How or where the thing is to be made ("a convention, negotiated under the United Nations, could
// fill the gaps").
const MADE_HOW_ASIDE =
  /, (?:negotiated|adopted|agreed|established|developed|elaborated|concluded|drafted|anchored|housed|convened|set up|created|built|launched|hosted|run|managed) (?:under|within|by|at|in|on|upon|through|among|between|from|after|before|with) [^,;:.]*, (?!and |or )/g;
// A qualifier set off by commas ("an objection by a single State should not, on its own, be
// sufficient"; "the groups, whatever their number, will be organised around ...").
const QUALIFIER_ASIDE = /, (?:on (?:its|their) own|by (?:itself|themselves)|alone|in (?:itself|themselves)|as such|per se|of course|in principle|whatever (?:its|their) (?:number|name|form|format|shape|size)),(?= )/g;
const EARLIER = '(?:once|earlier|previously|initially|originally|formerly|at first|until recently)';
const FORMER_STANCE = new RegExp(`, (?:which|who|whose) [^,;:.]*\\b(?:had|${EARLIER}) [^,;:.]*, `, 'g');
const FORMER_ASIDE = new RegExp(`, ${EARLIER} [^,;:.]*, `, 'g');
const FORMER_OPENING = new RegExp(`^ having [^,;:.]*\\b(?:${EARLIER}|first|at the [a-z0-9]+ session|last (?:year|session))\\b[^,;:.]*, `);
const FORMER_GATE = new RegExp(` had|, (?:which|who|whose) |^ having |, ${EARLIER} `);
const PAST_TIME =
  '(?:last (?:year|session|week|month|time|spring|summer|autumn|winter)|(?:in|at|during) (?:the |our )?(?:last|previous|past|earlier|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:years?|sessions?|meetings?|rounds?)|in (?:20\\d\\d|the past)|(?:a|one|two|three|several) (?:years?|sessions?) ago|previously|initially|at first|originally)';
const ARGUED_BEFORE = new RegExp(
  `^ ${PAST_TIME},?(?: [^,;.]*,)? (?:@self|we|i|(?:my|our|this) (?:delegation|country|government)) (?:argued|pushed|advocated|pleaded|called|insisted|proposed|favoured|favored|preferred|championed|supported|opposed|backed|stressed|emphasi[sz]ed|placed|put|laid|wanted|sought) (?:(?!(?:still|continue|continues|remain|remains|today|now|maintain|maintains|reiterate|reaffirm)\\b)[^;.])*?(?=; | (?:and|but|yet) (?:today|now|this year)|\\.? ?$)`,
);
const HELD_EARLIER = / (?:@self|we|i|it|they|he|she|(?:my|our|this|his|her|its) (?:delegation|country|government)) had,? (?:previously|earlier|once|initially|originally|formerly|(?:at|in|during) (?:earlier|previous|past|prior) (?:sessions|meetings|rounds|years)|in the past),? (?:[^;:.]*?(?=,? (?:but|yet) )|[^,;:.]*)/g;

/** `text` read through the way delegations point at a draft: where the words stand ("in
 *  paragraph 16", "of Annex C, paragraph 7", "in Rev.1") and what they are ("the reference to",
 *  "the words", "the bracketed language on") say nothing of the stance, and would part a verb
 *  from its object ("we would like to see the reference in paragraph B.3 to a dedicated group
 *  retained"; "we propose to delete the reference to a new portal"). */
function throughDraftText(text: string): string {
  const located = /paragraph|para\.? |element|annex|section|rev\.|draft|reference|language|wording|words?|phrase|formulation|provision|mention|sentence|addition|insertion/.test(text)
    ? text.replace(DRAFT_LOCATOR, ' ').replace(DRAFT_WORDING, ' ').replace(DRAFT_ADDITION, ' ')
    : text;
  // "replacing "X" with "Y"" asks for Y rather than X (the verb goes: what it would negate is Y).
  return located.includes('replac') ? located.replace(REPLACE_WITH, ' $2 rather than $1 ') : located;
}

const PLACE = '(?:[a-z]\\.)?\\d+(?:\\.\\d+)*(?:\\([a-z0-9]+\\))?';
const DRAFT_LOCATOR = new RegExp(
  ` (?:in|of|from|under|to|at) (?:the )?(?:(?:(?:operative|preambular|draft|current|new) )?(?:paragraphs?|paras?\\.?|elements?|sections?|subparagraphs?|annex [a-z]\\b,?(?: paragraphs?)?|annex) ${PLACE}(?:(?:,| and| or| to) ${PLACE})*|rev\\.? ?\\d|annex [a-z]\\b|the (?:zero|revised|first|second|current|previous|latest|chair's) (?:draft|text|version|elements paper)(?: of the (?:report|apr|final report|progress report))?)(?=[ ,])`,
  'g',
);
const DRAFT_WORDING =
  / (?:the|a|any|this|that) (?:(?:bracketed|current|new|proposed|existing|original|following|present|agreed|additional) )?(?:references?|language|wording|words?|phrase|formulation|provisions?|mention)(?: (?:to|on|about|regarding|concerning|providing for|that provides for|which provides for|calling for|referring to|of))?(?= )/g;

// "the addition of", "the insertion in the text of": accepting or refusing the addition of X is
// accepting or refusing X. ("the deletion of" is not: refusing it keeps X.) "the last sentence
// of", ", which refers to": the words a delegation points at.
const DRAFT_ADDITION =
  / (?:the|an|any|this|that) (?:addition|insertion)(?: (?:in|to|into) (?:the )?(?:text|draft|report))?(?: of)?(?= )| (?:the|a|this|that) (?:first|second|third|last|final|opening|closing) (?:sentence|clause|part|line)(?: of)?(?= )|,? which (?:refers|refer|relates|relate) to(?= )/g;
const REPLACE_WITH = / (?:replace|replaces|replacing|substitute|substitutes|substituting) ("[^"]{3,200}") (?:with|by) ("[^"]{3,200}")/g;

/** `text` with "the (maker's) proposal to establish" and the like taken out, so that what is
 *  said of the proposal is said of the thing proposed. */
function withoutProposalFrame(text: string): string {
  return PROPOSAL_NOUN.test(text) ? text.replace(PROPOSAL_FRAME, ' $1 ') : text;
}

// What every frame has, asked first: the frame itself is a long pattern, and most sentences
// with "call" or "plan" in them have no proposal in them.
const PROPOSAL_NOUN = / (?:proposal|idea|initiative|suggestion|call|plan|concept)(?:,? (?:to|for|of|on) | (?:made|put|presented|tabled|advanced|submitted|by|from) )/;
const MAKERS = "@\\w+(?: 's)?(?:(?: ,| and|, and) @\\w+(?: 's)?)*";
// Only after a verb of stance: "recalled the proposal by Mexico for four groups" holds nothing.
const STANCE_ON =
  '(?:support|supports|supported|supporting|endorse|endorses|endorsed|welcome|welcomes|welcomed|back|backs|backed|favour|favours|favoured|favor|favors|favored|oppose|opposes|opposed|reject|rejects|rejected|accept|accepts|accepted|(?:agree|agrees|agreed) with|join|joins|joined|second|seconds|seconded|share|shares|shared|echo|echoes|echoed|embrace|embraces|embraced|(?:subscribe|subscribes|subscribed) to|go along with|live with|comfortable with|fine with|support for|opposition to|objections? to|in (?:favour|favor|support) of|against)';
const PROPOSAL_FRAME = new RegExp(
  ` (${STANCE_ON}) (?:(?:the|this|that) (?:(?:recent|new|concrete|specific|interesting|useful|constructive|initial|revised|original|latest|joint) )?(?:${MAKERS} )?|${MAKERS} )` +
    `(?:proposal|idea|initiative|suggestion|call|plan|concept)(?: (?:made |put forward |presented |tabled |advanced |submitted )?(?:by|of|from) (?:the )?${MAKERS})?,? ` +
    '(?:to (?:establish|create|set up|launch|convene|develop|adopt|negotiate|elaborate|start|begin|hold|have|institute|introduce)|(?:for|of|on)(?: (?:the|a) (?:establishment|creation|adoption|launch|negotiation|elaboration|development|setting up) of)?)(?= )',
  'g',
);

/** `text` with the judgement a verb of opinion puts on its object said outright: "we consider a
 *  new treaty premature" and "considered the creation of such a body to be unnecessary" read as
 *  "... a new treaty is premature", which the cues and the negative judgements after them know. */
function withCopula(text: string): string {
  return / (?:consider|find|found|deem|judge)/.test(text) ? text.replace(OBJECT_COMPLEMENT, ' $1 $2is ') : text;
}

const JUDGEMENT =
  '(?:premature|unnecessary|necessary|essential|indispensable|unacceptable|acceptable|untenable|counterproductive|problematic|insufficient|sufficient|inadequate|adequate|inappropriate|appropriate|unrealistic|realistic|unworkable|workable|unhelpful|helpful|useful|valuable|important|crucial|vital|redundant|superfluous|undesirable|desirable|unfeasible|feasible|unjustified|justified|unwarranted|warranted)';
const OBJECT_COMPLEMENT = new RegExp(
  ` (consider|considers|considered|considering|find|finds|found|deem|deems|deemed|judge|judges|judged) ((?!that |whether |it |this |them |to )(?:[a-z@'-]+,? ){1,10}?)(?:to be )?(?=(?:(?:all|also|both|equally|entirely|largely|rather|still|too|very|wholly|highly|quite) )?${JUDGEMENT}[ ,.;])`,
  'g',
);

/** `text` with an opening "nor" put back after its subject: "Nor do we see a need for X" reads
 *  as "we do not see a need for X". */
function withNorAfterSubject(text: string): string {
  return text.startsWith(' nor ') || text.startsWith(' and nor ') ? text.replace(NOR_FIRST, ' $2 $1 not ') : text;
}

const NOR_FIRST = /^ (?:and )?nor (do|does|did|can|could|will|would|shall|should|are|is|am|have|has) (we|i|@self|it|they|my delegation|our delegation|this delegation|my country|our country|my government|our government)(?= )/;

/** `text` with a topic put first and taken up by "it", the subject of a passive, read in its
 *  place: "On international law, we consider that it should be addressed within each group"
 *  reads "we consider that international law should be addressed within each group". ("On the
 *  repository, it should be noted that ..." keeps its "it".) */
function withFrontedTopic(text: string): string {
  if (!text.startsWith(' on ')) return text;
  const m = FRONTED_TOPIC.exec(text);
  return m ? ' ' + text.slice(m[0].length).replace(TOPIC_IT, ` ${m[1]} `) : text;
}

const FRONTED_TOPIC = /^ on (?:the (?:question|issue|matter|subject|topic) of )?((?:the )?[a-z][a-z ]{2,60}?) ?, (?=[^,;:.]*? it (?:should|must|would|could|can|will|ought to|needs to|has to)(?: not)?(?: also)? (?:be|remain|stay) (?:[a-z]+(?:ed|en)|kept|held|set|built|run|made)(?! that)[ ,.;])/;
const TOPIC_IT = / it (?=(?:should|must|would|could|can|will|ought to|needs to|has to) )/;

/** `text` with a choice "would rather X than Y" put as "would X rather than Y", and a comparison
 *  "better served by X than by Y" as "better served by X rather than by Y": the form the cues and
 *  the negation of what is turned down know. */
function withRatherThan(text: string): string {
  if (!text.includes(' than ')) return text;
  return text.replace(RATHER_THAN, ' $1 $2rather than ').replace(BETTER_THAN, ' $1 $2rather than ');
}

const RATHER_THAN = / (would|we'd|i'd) rather ((?:[a-z@'-]+,? ){1,24}?)than /g;
const BETTER_THAN = / (better|more (?:effective|effectively|efficient|efficiently|useful|appropriate|productive|practical|inclusive)) ((?:[a-z@'-]+,? ){1,30}?)than (?=by |through |in |within |with |a |an |the |any )/g;

/** `text` with an objection denied read as the acceptance it is: "would not object to the threat
 *  repository", "would not stand in the way of" accept it. (Not before a doing, "would not object
 *  to discussing a treaty", which is openness, and the cues know it. "Not opposed to" was tried
 *  too and cost a never-tuned set a stance.) */
function withNotOpposed(text: string): string {
  return text.includes(' not ') || text.includes(' never ') ? text.replace(NOT_OPPOSED, ' accept ') : text;
}

const NOT_OPPOSED = / (?:not|never|no longer) (?:be )?(?:object to|stand in the way of)(?! (?:discuss|consider|explor|examin|look|study|debat|negotiat|work|engag|hear|any|all)[a-z]*)(?= )/g;

/** A question commits no one. */
function isQuestion(sentence: string): boolean {
  return /\?\s*["”’)]*\s*$/.test(sentence);
}

/** Whether the sentence, as written (names not replaced), touches some issue's topic or
 *  the words of a known proposal: a sentence that touches none yields nothing. */
function touchesTopic(cb: CompiledCodebook, sentence: string): boolean {
  const { plain, words, touches } = topicsOf(cb, sentence);
  if (cb.issues.some((_, k) => touches(k))) return true;
  // Names are not resolved yet: a proposal's actor placeholders (@...) are not among its `need`.
  const proposed = candidates(cb.proposalIndex, words);
  return cb.proposals.some((p, k) => proposed[k] && containsAll(plain, words, p.need));
}

/** The issues whose topic the text, as written, touches (an issue without a topic always). */
export function issuesTouched(cb: CompiledCodebook, text: string): Set<string> {
  const { touches } = topicsOf(cb, text);
  return new Set(cb.issues.filter((_, k) => touches(k)).map((i) => i.id));
}

/** The text as the topics read it, and whether it touches the k-th issue's topic. */
function topicsOf(cb: CompiledCodebook, text: string) {
  const plain = ' ' + normaliseText(text) + ' ';
  const words = wordsOf(cb.lexicon, plain);
  const topical = candidates(cb.topicIndex, words);
  const touches = (k: number) => {
    const issue = cb.issues[k]!;
    return !issue.topic || (topical[k] === 1 && containsAll(plain, words, issue.topicNeeds) && issue.topic.test(plain));
  };
  return { plain, words, touches };
}

/** Whether span `a` lies inside the longer span `b`. */
// Where a sentence turns from what it concedes to what it holds: the comma closing an opening
// "While ...", "Although ...", and "but", "yet", "; however".
const CONCESSION_OPENING = /^ (?:(?:and|but|so) )?(?:while|whilst|although|though|even though|even if|granted that)\b[^,;]*,/;
// (", however," inside a clause is an aside: "we do not, however, support X".)
const TURN = /(?:,|;) (?:but|yet)\b|; (?:however|nevertheless|nonetheless|still)\b| but (?:we|i|@self|my|our|it|they|this|that)\b/g;

/** Where the sentence `text` turns from what it concedes to what it holds. */
function turnsIn(text: string): number[] {
  const turns = [...text.matchAll(TURN)].map((m) => m.index);
  const opening = CONCESSION_OPENING.exec(text);
  if (opening) turns.push(opening[0].length - 1);
  return turns;
}

/** Whether `h` lies in what the sentence concedes, with a hit on the same issue, at another
 *  position, that reaches past one of its `turns` ("While we could accept three groups, our
 *  preference remains for two"; "we could accept three groups, but our preference remains for
 *  two"; "could accept two groups, but would prefer three", whose second cue starts at the
 *  groups named before the turn). */
function conceded(h: Hit & { at: [number, number] }, hits: readonly (Hit & { at: [number, number] })[], turns: readonly number[]): boolean {
  if (turns.length === 0) return false;
  const rivals = hits.filter((o) => o.issue === h.issue && o.at[1] > h.at[1] && (o.position !== h.position || JSON.stringify(o.value) !== JSON.stringify(h.value)));
  return turns.some((t) => t >= h.at[1] && rivals.some((o) => o.at[1] > t));
}

// What a sentence puts off until after something else is not what it asks for: "implement the
// agreed norms before developing new ones" asks for implementation, not new norms.
const BEFORE = / before(?: any| the)? ?$/;

/** Whether `h`'s cue is what the sentence puts off ("... before developing new ones"). */
function deferred(h: Hit & { at: [number, number] }, text: string): boolean {
  return BEFORE.test(text.slice(Math.max(0, h.at[0] - 12), h.at[0]));
}

function inside(a: [number, number], b: [number, number]): boolean {
  return b[0] <= a[0] && a[1] <= b[1] && (b[0] < a[0] || a[1] < b[1]);
}

/** One hit per (issue, position, value): the most confident, the first among equals. */
function dedupe(hits: Hit[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const h of hits) {
    const key = `${h.issue}|${h.position}|${JSON.stringify(h.value)}`;
    const b = best.get(key);
    if (!b || h.confidence > b.confidence) best.set(key, h);
  }
  return [...best.values()];
}

