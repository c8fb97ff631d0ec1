// "It", "its establishment", "such a tool", "this proposal": a sentence that takes a stance on
// a thing named just before ("Kenya proposed a threat repository. We are not in a position to
// support it."). The codebook's `referents` say which things can be meant and in what words
// the cues read them; the thing named last, earlier in the same sentence or else in the
// sentence before, is read in place of the reference. Pure: normalised text in, text out.
import type { CompiledCodebook } from './compile-codebook';

export interface Referent {
  issue: string;
  phrase: string;
}

// A pronoun as the object of a verb or preposition (never a subject: "it is important that
// ..." stands for nothing), its noun ("its establishment"), or a demonstrative noun phrase.
const OBJECT_IT =
  / (support|supports|supported|supporting|oppose|opposes|opposed|opposing|accept|accepts|accepted|reject|rejects|rejected|endorse|endorses|endorsed|back|backs|backed|favour|favours|favoured|favor|favors|favored|welcome|welcomes|welcomed|champion|champions|championed|championing|advocate|advocates|advocated|advocating|consider|considering|examine|examining|explore|exploring|discuss|discussing|pursue|pursuing|negotiate|negotiating|establish|establishing|create|creating|see|keep|keeping|retain|retaining|maintain|maintaining|preserve|preserving|extend|extending|to|for|in|against|towards|toward|about) it(?![a-z0-9@'_])/g;
const RULE_IT_OUT = / (rule|rules|ruled|ruling) it out(?![a-z0-9@'_])/g;
const ITS_NOUN = / its (establishment|creation|development|negotiation|elaboration|adoption|launch|operationalisation|operationalization|conclusion|deletion|removal|retention|inclusion|reinstatement)(?![a-z0-9@'_])/g;
const THINGS = '(?:tool|body|repository|database|instrument|treaty|convention|platform|idea|proposal|initiative|suggestion|concept|undertaking|project)';
// "The proposal was supported by ...", "Ghana backed the idea": a proposal, idea or initiative
// named by "the" alone, as what a stance is taken on (not "the proposal to/for/of ...", which
// says what it is, and not "the proposal had not gathered support", a fact about it).
const STANCE_VERB = '(?:support|supports|supported|back|backs|backed|endorse|endorses|endorsed|welcome|welcomes|welcomed|oppose|opposes|opposed|reject|rejects|rejected|favour|favours|favoured|favor|favors|favored|echo|echoes|echoed|second|seconds|seconded|share|shares|shared)';
const THE_THING = `the (?:proposal|idea|initiative|suggestion)(?= (?:was|were|is|has been|had been) (?:also |widely |strongly |broadly )?${STANCE_VERB} by )`;
const THING_TAKEN_UP = `(?<= ${STANCE_VERB}) the (?:proposal|idea|initiative|suggestion)(?= *[.,;]| (?:and|but|as|which|while|because|since)(?![a-z0-9@'_]))`;
const THIS_THING = new RegExp(` (?:(?:such an?|this|that) ${THINGS}|${THE_THING})(?![a-z0-9@'_])|${THING_TAKEN_UP}`, 'g');
// A stance that ends its sentence without an object takes the thing named before as its object:
// "Russia and China remained opposed.", "Chile was in favour.", "Iran objected."
const OBJECTLESS = / (opposed|against|in favour|in favor|supportive|sceptical|skeptical|objected|disagreed)(?= ?[.;!]? $)/g;
const OBJECT_WORD: Record<string, string> = { opposed: 'opposed to', against: 'against', 'in favour': 'in favour of', 'in favor': 'in favor of', supportive: 'supportive of', sceptical: 'sceptical of', skeptical: 'skeptical of', objected: 'objected to', disagreed: 'disagreed with' };
// "One" standing for a thing named before, as the object that ends a clause: "Kenya backed a
// repository, while the United States cautioned against creating one."; not a number ("one
// group for each pillar").
const ONE_OBJECT =
  / (establish|establishing|established|create|creating|created|set up|setting up|build|building|launch|launching|negotiate|negotiating|need|needs|needed|want|wants|wanted|support|supports|supported|oppose|opposes|opposed|against|for) one(?= ?[.,;!]| (?:and|but|or|yet|now|unless|if|until|because|while|at this stage)(?![a-z0-9@'_]))/g;
const ANY = new RegExp(`${OBJECT_IT.source}|${RULE_IT_OUT.source}|${ITS_NOUN.source}|${THIS_THING.source}|${OBJECTLESS.source}|${ONE_OBJECT.source}`);

/** Where the first reference to something named before is in `text`, or -1. */
export function firstReference(text: string): number {
  const m = ANY.exec(text);
  return m ? m.index : -1;
}

/** A cheap test on the sentence as written, before it is normalised: whether it may hold a
 *  reference firstReference would find. */
export function mayRefer(sentence: string): boolean {
  return MAY_REFER.test(sentence) || OBJECTLESS_END.test(sentence.slice(-16));
}
const MAY_REFER = new RegExp(`\\bits?\\b|\\bone\\s*[.,;!]|\\bone\\s+(?:and|but|or|yet|now|unless|if|until|because|while|at)\\b|\\b(?:such\\s+an?|this|that)\\s+${THINGS}\\b|\\bthe\\s+(?:proposal|idea|initiative|suggestion)\\b`, 'i');
// Asked of the sentence's end only: a pattern anchored at the end is tried at every position.
const OBJECTLESS_END = /(?:opposed|against|favou?r|supportive|sceptical|skeptical|objected|disagreed)\W*$/i;

// A thing named as the alternative turned down ("an open-ended body, rather than the programme
// of action") is not what a later "we can support it" stands for.
const REJECTED_ALTERNATIVE = /(?:rather than|instead of|as opposed to|in place of|not) (?:(?:the|a|an|any|so called) )?(?:[a-z]+ )?$/;

/** The thing named last in `text` before offset `end`, among the codebook's referents (not one
 *  turned down). */
export function lastNamed(cb: CompiledCodebook, text: string, end = text.length): Referent | null {
  let best: Referent | null = null;
  let at = -1;
  for (const r of cb.referents) {
    r.mention.lastIndex = 0;
    for (let m = r.mention.exec(text); m && m.index < end; m = r.mention.exec(text)) {
      if (m.index > at && !REJECTED_ALTERNATIVE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
        at = m.index;
        best = { issue: r.issue, phrase: r.phrase };
      }
      if (m[0].length === 0) r.mention.lastIndex++;
    }
  }
  return best;
}

/** `text` with each reference replaced by `phrase`. */
export function resolveReferences(text: string, phrase: string): string {
  return text
    .replace(OBJECT_IT, ` $1 ${phrase}`)
    .replace(RULE_IT_OUT, ` $1 out ${phrase}`)
    .replace(ITS_NOUN, ` the $1 of ${phrase}`)
    .replace(THIS_THING, ` ${phrase}`)
    .replace(ONE_OBJECT, ` $1 ${phrase}`)
    .replace(OBJECTLESS, (_m, word: string) => ` ${OBJECT_WORD[word]} ${phrase}`);
}
