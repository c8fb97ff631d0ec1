// Who a sentence of reported speech credits: "France highlighted that ...", "Delegates
// from Chile, Thailand and Kenya reiterated ...", "Indonesia, on behalf of NAM, stressed",
// "According to Brazil, ...", "... was supported by India and Egypt". Names inside the
// subject that belong to something else ("the proposal of France") are not credited.
import type { Span } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from './actor-registry';
import { delegationNamed } from './actor-aliases';
import { findNames, groupInLowerCase, type NameMention } from './name-finder';

// Lower-case only: reported speech puts the verb after its subject, and a capital "Aligned"
// is part of a name ("Non-Aligned Movement").
const REPORTING = new RegExp(
  '(?<![-\\p{L}])(?:' +
    [
      'highlight', 'note', 'stress', 'emphasi[sz]e', 'underline', 'underscore', 'reiterate', 'recall', 'call', 'urge', 'propose',
      'suggest', 'support', 'oppose', 'reject', 'welcome', 'express', 'voice', 'argue', 'state', 'add', 'observe', 'raise',
      'ask', 'question', 'insist', 'maintain', 'advocate', 'favou?r', 'prefer', 'caution', 'warn', 'acknowledge',
      'recogni[sz]e', 'affirm', 'reaffirm', 'agree', 'disagree', 'endorse', 'back', 'share', 'echo', 'mention', 'explain',
      'describe', 'report', 'announce', 'request', 'invite', 'encourage', 'object', 'believe', 'consider', 'view', 'want',
      'hope', 'comment', 'clarif', 'indicate', 'signal', 'flag', 'lament', 'regret', 'deplore', 'condemn', 'commend',
      'appreciate', 'join', 'align', 'present', 'outline', 'introduce', 'assert', 'contend', 'challenge', 'critici[sz]e',
      'push', 'press', 'champion', 'defend', 'refuse', 'accept', 'insist', 'remind', 'point', 'doubt', 'seek', 'inform',
      'repeat', 'restate', 'renew', 'resist', 'recommend', 'cite', 'contest', 'dispute', 'applaud', 'second', 'counter', 'tell',
      'deliver', 'associate', 'thank', 'wonder', 'wish', 'regard', 'think',
    ]
      // A verb ending in -e drops it before -ing: "arguing", "noting", "proposing".
      .map((v) => (v.endsWith('e') ? `${v.slice(0, -1)}(?:e|es|ed|ing)` : `${v}(?:s|es|d|ed|ied|ies|led|red|ing)?`))
      .join('|') +
    // -red: "preferred", "referred"; -ing: "insisting", "repeating" (a participle clause).
    ')\\b|(?<![-\\p{L}])(?:would (?:still |also |really |very much )?like|said|says|told|saw|sees|felt|feels|held|holds|thought|sought|spoke|took the view|(?:come|comes|came|coming) (?:a)?round to|(?:make|makes|making) (?:the|a|its|their) case|(?:was|were) among (?:those|the (?:delegations|states|countries)) (?:who|that)|put forward|puts forward|took up|takes? up|(?:went|gone) (?:a step |one step )?further|go(?:es)? (?:a step )?further|returned to|sided (?:firmly )?with|made (?:clear|the case|it clear)|made (?:the|a|this|that|its|his|her) (?:[a-z]+ )?(?:point|case|argument|plea|appeal)|took (?:a|an|the) (?:[a-z]+ )?(?:line|position|stance|view)|(?:was|were|is|are|remain|remained|remains|has been|have been|had been) (?:the )?(?:(?:equally|also|particularly|very|quite|firmly|strongly|deeply|broadly|entirely|fully|likewise|no less|just as|more|most|less|rather) )?(?:of the view|in favou?r|opposed|against|supportive|keen|concerned|open|cautious|sceptical|skeptical|firm|clear|adamant|reluctant|hesitant|guarded|emphatic|categorical|content|satisfied|pleased|unhappy|dissatisfied|unconvinced|convinced|insistent|vocal|outspoken|forceful|(?:not )?persuaded|unpersuaded|wary|doubtful|uneasy|sympathetic|receptive|hostile|comfortable|lukewarm|enthusiastic|attached|committed)|would (?:also |rather |much )?have liked|(?:put|puts|placed|places|laid|lays) (?:(?:the|an|a|particular|special|great|strong|more|its|their) )*(?:emphasis|stress|accent|premium) on)\\b' +
    // An analyst's possessive: "Thailand's call for four groups", "Türkiye's preference for none".
    "|[’']s (?:call|calls|preference|insistence|push|plea|demand|demands) (?:for|on)\\b",
  'gu',
);

// A verb's form after a determiner or a preposition is an adjective or a noun ("On the proposed
// repository, several delegations ...", "with regard to"); a form in -s after a quantifier or an
// adjective of states is a plural noun ("Delegations from small island developing states,
// including Fiji, stressed").
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|these|those|its|their|his|her|our|my|any|each|every|such|of|by|for|from|among|between|with|in|on|at)\s+$/iu;
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:some|many|several|few|all|other|both|most|to|member|developing|island|small|smaller|sovereign|individual|participating|interested|affected|neighbou?ring|like-minded|arab|african)\s+$/iu;

/** The first reporting verb of `s` used as a verb. */
function reportingVerb(s: string): RegExpExecArray | null {
  REPORTING.lastIndex = 0;
  for (let m = REPORTING.exec(s); m; m = REPORTING.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 40), m.index);
    if (DETERMINER_BEFORE.test(before)) continue;
    if (/[^s]s$/.test(m[0]) && NOUN_BEFORE.test(before)) continue;
    return m;
  }
  return null;
}
const PASSIVE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:joined(?:\s+(?:on|in)\s+(?:that|this|the\s+same)\s+(?:point|view|call|position|line))?|supported|echoed|proposed|raised|backed|endorsed|suggested|opposed|shared|welcomed|highlighted|emphasi[sz]ed|stressed|noted|put forward|advanced|made|voiced|expressed|favou?red|championed|questioned|rejected|called for|reiterated|seconded|presented|introduced|sought|requested|advocated|defended|resisted|contested|criticised|criticized)\s+by\s+|\b(?:drew|draws|drawn|received|receives|found|finds|gained|gains|won|wins|attracted|attracts|enjoyed|enjoys|met\s+with|meets\s+with)\s+(?:[\w-]+\s+){0,2}(?:support|backing|endorsement|opposition|objections?|criticism|resistance)\s+(?:from|of|by|among)\s+/i;
// An apposition crediting others with the view just reported: "..., a point echoed by El Salvador
// and Papua New Guinea", "..., a call that Iran supported from the floor". The names run from
// the match to the clause's end (SHARED_VIEW_BY) or to the verb (SHARED_VIEW_THAT).
const SHARED_THING = String.raw`(?:a|an)\s+(?:point|view|call|concern|position|proposal|idea|suggestion|argument|demand|plea)`;
// The verbs, in the participle ("echoed by") and in the past ("that Iran echoed") at once.
const SHARED_VERB = String.raw`(?:also\s+)?(?:echoed|shared|supported|seconded|backed|endorsed|welcomed|taken\s+up|took\s+up|made)`;
const SHARED_VIEW_BY = String.raw`${SHARED_THING}\s+${SHARED_VERB}\s+by\s+`;
const SHARED_VIEW_THAT = String.raw`${SHARED_THING}\s+(?:that|which)\s+(?=\p{Lu})`;
/** The apposition's opening, as a pattern (the reader of reports makes a clause of it). */
// "..., which Ghana and Cote d'Ivoire supported": a relative clause whose subject is named.
const SHARED_VIEW_WHICH = String.raw`which\s+(?=\p{Lu}[^,;.]{0,80}?\s${SHARED_VERB}\b)`;
export const SHARED_VIEW_OPENING = `(?:${SHARED_VIEW_BY}|${SHARED_VIEW_THAT}|${SHARED_VIEW_WHICH})`;
const SHARED_VIEW = new RegExp(String.raw`^\W*${SHARED_VIEW_OPENING}`, 'u');
const SHARED_VIEW_VERB = new RegExp(String.raw`\s${SHARED_VERB}\b`);
const ACCORDING = /^(?:\W*)(?:according\s+to|for|in\s+the\s+view\s+of|in\s+the\s+opinion\s+of)\s+(?:the\s+)?(?:delegation\s+of\s+)?/i;
// A name after one of these in the subject belongs to a thing, not a speaker.
const BELONGS = /\b(?:proposal|statement|idea|suggestion|position|view|paper|initiative|approach|plan|draft|resolution|concept|model|submission|working paper|presentation|remarks|intervention|call)s?\s+(?:of|by|from|put\s+forward\s+by|tabled\s+by|made\s+by)\s+(?:the\s+)?$/i;

const CARRIER = /\b(?:through|via|represented\s+by|delivered\s+by)\s+(?:the\s+)?(?:(?:delegation|representative|ambassador)\s+of\s+(?:the\s+)?)?$/i;

export interface Credit {
  names: NameMention[];
  /** Where the reporting verb (or the passive's "by") is: the clause is the subject's. */
  verbAt: number;
  /** The names are those the subject speaks for ("on behalf of A, B and C"). */
  spokenFor?: boolean;
}

function speakers(registry: ActorRegistry, list: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of list) if (registry.carriesStances(m.code) && !out.some((o) => o.code === m.code)) out.push(m);
  return out;
}

// Speakers named after the verb: "Also speaking in favour of a repository were the representatives
// of Mexico and Chile", "Also speaking were ...", "Also expressing support for X were ...".
const SPEAKERS_AFTER = /^\W*(?:also\s+)?(?:speaking|expressing|voicing|supporting|opposing|echoing|favou?ring|backing|endorsing|calling|stressing|taking)\b[^.;]{0,120}?\s(?:was|were)\s+(?:the\s+)?(?:representatives?|delegates?|delegations?|ambassadors?)\s+(?:of|from)\s+/i;

// A representative who spoke for a group goes on for their own country: "In his national
// capacity, he said Malawi ...", "Speaking nationally, she added that Nigeria ...".
const NATIONAL = /\b(?:in\s+(?:his|her|its|their)\s+(?:own\s+)?national\s+capacity|speaking\s+(?:nationally|for\s+(?:his|her|its)\s+own\s+(?:country|delegation)))\b/i;

/** The credited names of a clause, or null when it reports no one. */
export function creditOf(text: string, clause: Span, registry: ActorRegistry): Credit | null {
  const s = text.slice(clause[0], clause[1]);
  const after = SPEAKERS_AFTER.exec(s);
  if (after) {
    const names = speakers(registry, findNames(text, registry, clause[0] + after[0].length, clause[1]));
    if (names.length) return { names, verbAt: clause[0] + after.index };
  }
  const shared = SHARED_VIEW.exec(s);
  if (shared) {
    const from = clause[0] + shared[0].length;
    const verb = /by\s+$/.test(shared[0]) ? null : SHARED_VIEW_VERB.exec(s.slice(shared[0].length));
    const names = speakers(registry, findNames(text, registry, from, verb ? from + verb.index : clause[1]));
    if (names.length) return { names, verbAt: clause[0] + shared.index };
  }
  const passive = PASSIVE.exec(s);
  if (passive) {
    const from = clause[0] + passive.index + passive[0].length;
    const names = speakers(registry, findNames(text, registry, from, clause[1]));
    if (names.length) return { names, verbAt: clause[0] + passive.index };
  }
  const according = ACCORDING.exec(s);
  if (according) {
    const comma = s.indexOf(',', according[0].length);
    if (comma > 0) {
      const names = speakers(registry, findNames(text, registry, clause[0] + according[0].length, clause[0] + comma));
      if (names.length) return { names, verbAt: clause[0] + comma };
    }
  }
  // An opening participle is no verb of the subject, and names in it are not the subject:
  // "Echoing that view, the speaker for Egypt said", "Associating herself with the EU, the
  // representative of Ireland said".
  const lead = PARTICIPLE_LEAD.exec(s)?.[0].length ?? 0;
  const found = subjectVerb(s.slice(lead));
  if (!found) return null;
  const verb = { index: lead + found.index, 0: found[0] };
  const verbAt = clause[0] + verb.index;
  let subject = findNames(text, registry, clause[0] + lead, verbAt);
  let spokenFor = false;
  const behalf = /\b(?:on\s+behalf\s+of|speaking\s+(?:also\s+)?for)\s+/i.exec(s.slice(0, verb.index));
  if (behalf) {
    // The parties run to the comma that closes the phrase: "Speaking on behalf of ASEAN, Malaysia
    // said"; a list, to the comma after its "and": "speaking on behalf of Australia, Canada and
    // New Zealand, said". Parties that are no names ("on behalf of its member States") leave the
    // subject as it is.
    const from = clause[0] + behalf.index;
    const start = behalf.index + behalf[0].length;
    // "The observer for the European Union, speaking also on behalf of the candidate countries
    // Albania, ... and, in addition, Georgia, said": countries that align, not speakers.
    if (ALIGNING_PARTIES.test(s.slice(start, verb.index))) {
      const names = speakers(registry, subject.filter((m) => m.start < from));
      return names.length > 0 ? { names, verbAt } : null;
    }
    const list = /\s(?:and|as\s+well\s+as)\s[^,]*,/.exec(s.slice(start, verb.index));
    const comma = list ? start + list.index + list[0].length - 1 : s.indexOf(',', start);
    const to = comma >= 0 && comma < verb.index ? clause[0] + comma : verbAt;
    const named = subject.filter((m) => m.start >= from && m.start < to);
    const parties = named.length > 0 ? named : groupInLowerCase(text, registry, clause[0] + start, to);
    // "The representative of Australia, also speaking for Canada and New Zealand": the speaker too.
    const alsoSelf = ALSO_FOR.test(s.slice(0, start));
    if (parties.length > 0) [subject, spokenFor] = [[...(alsoSelf ? subject.filter((m) => m.start < from) : []), ...parties], true];
  }
  // A possessor is no speaker ("Brazil's proposal, which Kenya backed"), unless the possessive is
  // the clause's verb ("Thailand's call for four groups").
  subject = subject.filter((m) => !BELONGS.test(text.slice(Math.max(clause[0], m.start - 60), m.start)) && (!/^[’']s\b/.test(text.slice(m.end, m.end + 3)) || m.end === verbAt));
  // A delegation set against the subject is not the subject: "India, unlike Egypt, considered",
  // "Unlike Egypt, India considered".
  subject = subject.filter((m) => !UNLIKE.test(text.slice(Math.max(clause[0], m.start - 20), m.start)));
  // The state that carries a group's words is not their author: "The Arab Group, through
  // Morocco, held ...", "Fiji, for the Pacific Islands Forum, and the Maldives called ...".
  const carriers = subject.filter((m, i) => CARRIER.test(text.slice(Math.max(clause[0], m.start - 40), m.start)) || speaksForNext(text, m, subject[i + 1], registry));
  if (carriers.length > 0 && carriers.length < subject.length) subject = subject.filter((m) => !carriers.includes(m));
  if (subject.length === 0) subject = delegateOf(text, clause[0], verbAt, registry);
  if (subject.length === 0 && NATIONAL.test(s.slice(0, verb.index))) subject = nationalSubject(text, registry, verbAt + verb[0].length, clause[1]);
  const names = speakers(registry, subject);
  return names.length ? { names, verbAt, ...(spokenFor ? { spokenFor } : {}) } : null;
}

const ALIGNING_PARTIES = /^(?:the\s+)?(?:(?:candidate|potential\s+candidate|accession|associated|efta|stabili[sz]ation\s+and\s+association\s+process)\s+(?:countr(?:y|ies)|states?)\b|(?:the\s+)?countries\s+that\s+align)/i;
const UNLIKE = /\b(?:unlike|contrary\s+to|in\s+contrast\s+(?:to|with)|as\s+opposed\s+to)\s+(?:the\s+)?$/i;
const ALSO_FOR = /\balso\s+(?:speaking\s+)?(?:on\s+behalf\s+of|for)\s+$/i;
const FOR_GROUP = /^\s*,\s*(?:speaking\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$/i;

function speaksForNext(text: string, m: NameMention, next: NameMention | undefined, registry: ActorRegistry): boolean {
  if (!next || next.start - m.end > 40 || !FOR_GROUP.test(text.slice(m.end, next.start))) return false;
  const kind = registry.byCode(next.code)?.kind;
  return kind === 'group' || kind === 'organisation';
}

// Delegations named in an aside after the subject speak with it: "Brazil, supported by Argentina
// and Chile, called for ...", "Kenya, with the support of Ghana, proposed ...".
const SUPPORTERS = /^(?:(?:supported|backed|joined|seconded|echoed|endorsed)\s+by|support\s+(?:of|from))\s+[^,;]{1,150},\s*/i;

const PARTICIPLE_LEAD = /^\W*(?:Echoing|Taking|Sharing|Endorsing|Supporting|Agreeing|Disagreeing|Welcoming|Responding|Reacting|Recalling|Noting|Stressing|Underlining|Emphasi[sz]ing|Reiterating|Expressing|Voicing|Highlighting|Acknowledging|Associating)\b[^,;]{0,100},\s*/;

/** The reporting verb of the clause `s`, past an aside of supporters. */
function subjectVerb(s: string): { index: number; 0: string } | null {
  const verb = reportingVerb(s);
  if (!verb || !/,\s*(?:with\s+the\s+)?$/i.test(s.slice(0, verb.index))) return verb;
  const aside = SUPPORTERS.exec(s.slice(verb.index));
  const next = aside ? reportingVerb(s.slice(verb.index + aside[0].length)) : null;
  return next ? { index: verb.index + aside![0].length + next.index, 0: next[0] } : verb;
}

// A phrase put before a report's subject: "On capacity building, Canberra argued", "On the other
// side of the room, the British delegation called".
const FRONTED = String.raw`^\W*(?:(?:On|In|At|By|During|For|As for|As regards|Regarding|Turning to)\b[^,]{0,60},\s*)?`;

// An aside between a subject and its verb: a connective ("however", "for its part"), a comparison
// ("like most of the Western group"), an apposition ("the original author of the idea") or a
// relative clause ("which had floated a fallback"), none with a comma of its own.
const ASIDE = String.raw`[^,;:.]{1,100}?`;
// Words between a subject and its verb: adverbs and auxiliaries ("Tehran never saw", "Havana has
// made clear", "Moscow, Beijing and Tehran keep pressing").
const BEFORE_VERB = String.raw`(?:\s+(?:also|further|then|again|likewise|too|later|once again|firmly|strongly|instead|in turn|for its part|still|both|all|continue to|continues to|continued to|keep|keeps|kept|never|not|always|now|long|consistently|has|have|had|been|does|do|did|would|will|is|are|was|were))*`;

// A subject that is only a capital or a people, as a pattern around `core`: a fronted phrase, a
// connective, the core, an aside ("Beijing, however, reiterated", "Tokyo, for its part, warned")
// and adverbs ("Moscow, Beijing and Tehran keep pressing").
const wholeSubject = (core: string) =>
  new RegExp(
    FRONTED +
      String.raw`(?:(?:But|And|However|Meanwhile|Similarly|Likewise|Instead|Yet)\s*,?\s+)?${core}(?:\s*,\s*(?<aside>${ASIDE})\s*,)?${BEFORE_VERB}[\s,]*$`,
    'u',
  );

// Capitals, each one to three capitalised words, alone or in a list ("Moscow, Beijing and Tehran",
// "Washington and its allies").
const CAPITAL = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}`;
const CAPITAL_SUBJECT = wholeSubject(String.raw`(${CAPITAL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${CAPITAL})*)(?:\s+and\s+(?:its|their)\s+(?:allies|partners|friends))?`);
// A people: "The Russians want ...", "The Chinese, for their part, insisted".
const PEOPLE_SUBJECT = wholeSubject(String.raw`[Tt]he\s+(\p{Lu}[\p{L}\p{M}-]+)`);

export interface SubjectGovernment {
  name: string;
  /** Offset in the subject. */
  at: number;
  code: string;
}

/** The governments that are the whole of `subject` (the words before a reporting verb), each with
 *  its offset in `subject`: a people ("The Russians", "the Swiss") or capitals (none unless every
 *  one of a list is a capital). */
export function subjectGovernments(subject: string, registry: ActorRegistry): SubjectGovernment[] {
  const people = PEOPLE_SUBJECT.exec(subject);
  if (people) {
    const name = people[1]!;
    const code = delegationNamed(registry, name) ?? (name.endsWith('s') ? delegationNamed(registry, name.slice(0, -1)) : undefined);
    if (code && registry.byCode(code)) return [{ name, at: people.index + people[0].lastIndexOf(name), code }];
  }
  const m = CAPITAL_SUBJECT.exec(subject);
  if (!m) return [];
  const listAt = m.index + m[0].indexOf(m[1]!);
  const out = capitals(m[1]!, listAt, registry);
  // A comparison with capitals credits them too, as it does states: "Minsk, like Moscow, wants".
  const aside = m.groups?.['aside'];
  const like = aside ? /^like\s+/.exec(aside) : null;
  if (out.length === 0 || !like) return out;
  const asideAt = subject.indexOf(aside!, listAt + m[1]!.length);
  return [...out, ...capitals(aside!.slice(like[0].length), asideAt + like[0].length, registry)];
}

/** The governments of a list of capitals at `at`; none unless every one is a capital. */
function capitals(list: string, at: number, registry: ActorRegistry): SubjectGovernment[] {
  const out: SubjectGovernment[] = [];
  for (const part of list.matchAll(/[^,]+?(?=\s*,|\s+and\s+|$)/gu)) {
    const name = part[0].replace(/^\s*(?:and\s+)?/, '');
    const code = registry.capitalOf(name);
    if (!code || !registry.byCode(code)) return [];
    out.push({ name, at: at + part.index! + part[0].length - name.length, code });
  }
  return out;
}

// A subject that is only a delegation named by its adjective: "The French delegate added",
// "The American delegation also resisted", "The Islamic Republic of Iran's representative", with
// an aside ("The Swiss delegation, unsurprisingly, welcomed"; "The Kenyan delegation, the idea's
// keenest advocate, presented", where the verb found may lie in the aside); or
// only a capital: "Beijing, however, reiterated". A delegation's paper speaks for it as its
// delegate does: "Sweden's paper argues", "The Brazilian submission favours".
const PAPER = String.raw`(?:(?:written|national|position|working|concept|non)[\s-]+)?(?:submissions?|papers?|contributions?|inputs?|replies|reply|responses?|statements?|interventions?|remarks)`;
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}-]*(?:(?:\s+(?:of|the|and))*\s+\p{Lu}[\p{L}\p{M}-]*){0,5}?)`;
const SUBJECT_END = String.raw`(?:\s*,[^,]{1,120}(?:,[^,]{1,120})?)?${BEFORE_VERB}[\s,]*$`;
const DELEGATE = new RegExp(FRONTED + String.raw`(?:[Tt]he\s+)?${NAME}(?:[’']s)?\s+(?:delegates?|delegations?|representatives?|ambassadors?|envoys?|diplomats?|${PAPER})${SUBJECT_END}`, 'u');
// "The submission of the African Group stresses", "The paper by Brazil argues".
const PAPER_OF = new RegExp(FRONTED + String.raw`(?:[Tt]he|[Aa])\s+${PAPER}\s+(?:of|by|from)\s+(?:the\s+)?${NAME}${SUBJECT_END}`, 'u');

function delegateOf(text: string, from: number, to: number, registry: ActorRegistry): NameMention[] {
  const governments = subjectGovernments(text.slice(from, to), registry);
  // The registry's names, so that the turn's names resolve as any other.
  if (governments.length) {
    return governments.map((g) => {
      const actor = registry.byCode(g.code)!;
      return { start: from + g.at, end: from + g.at + g.name.length, code: actor.code, text: actor.name };
    });
  }
  const m = DELEGATE.exec(text.slice(from, to)) ?? PAPER_OF.exec(text.slice(from, to));
  // "The French delegate", or "Iran's delegate" (a possessive is otherwise someone else's thing).
  const code = m ? (delegationNamed(registry, m[1]!) ?? registry.capitalOf(m[1]!)) : undefined;
  const actor = code ? registry.byCode(code) : undefined;
  if (!m || !actor) return [];
  const start = from + m.index + m[0].indexOf(m[1]!);
  // The registry's name, so that the turn's name resolves as any other.
  return [{ start, end: start + m[1]!.length, code: actor.code, text: actor.name }];
}

/** The country named as the subject of what a representative said in their national capacity:
 *  the name right after the verb ("he said Malawi had", "she added that the Philippines"). */
function nationalSubject(text: string, registry: ActorRegistry, from: number, to: number): NameMention[] {
  const lead = /^\s+(?:that\s+)?(?:the\s+)?/i.exec(text.slice(from, to))?.[0].length ?? 0;
  const first = findNames(text, registry, from, to)[0];
  return first && first.start <= from + lead ? [first] : [];
}

export const hasReportingVerb = (s: string) => reportingVerb(s) !== null;

/** Where the first reporting verb of `s` is, or -1. */
export function reportingVerbAt(s: string): number {
  return reportingVerb(s)?.index ?? -1;
}

// The speaker said again in a parenthetical: "The Programme should be action-oriented, he added."
// "It was essential, she continued, that ...", "The right to object was, for his delegation, a red line".
export const SAID_AGAIN = /,\s+(?:he|she|they)\s+(?:also\s+|further\s+|then\s+)?(?:said|added|continued|stressed|noted|argued|went\s+on|insisted|explained|warned|observed|recalled|concluded|maintained|emphasi[sz]ed|underlined|suggested|cautioned)\b|,\s+(?:for|in\s+the\s+view\s+of|according\s+to)\s+(?:his|her|their)\s+(?:delegation|country|government)\s*,/i;

// A sentence whose subject is someone the report does not name ("One delegation suggested",
// "A number of States stressed", "Others cautioned", "The Chair observed"): the turn before has ended.
export const UNNAMED_SPEAKER = /^(?:(?:on|as\s+to|as\s+for|regarding|concerning|with\s+regard\s+to|turning\s+to|in\s+(?:response|reply))\b[^,]{0,60},\s+)?(?:(?:one|another|a\s+(?:few|number\s+of|small\s+number\s+of|large\s+number\s+of|majority\s+of|minority\s+of|handful\s+of|group\s+of)|some|several|many|most|other|various|certain|numerous|few)\s+(?:other\s+)?(?:delegations?|states|member\s+states|countries|speakers|delegates|participants|representatives|members)\b|others\b|the\s+(?:chair|chairperson|chairman|chairwoman|secretariat|facilitator|moderator|president|rapporteur)\b(?![’']s\b|\s+of\b))/i;

// How a report goes on about the delegations just named, as one list of phrases (words one space
// apart) that both readings render: this reader asks whether a sentence goes on with the turn
// (raw text), the matcher replaces the phrase by @self (normalised text, match-sentence.ts).
/** Connectives that may open such a sentence: "Moreover, they ...". */
export const GOING_ON_CONNECTIVES = ['however', 'moreover', 'in addition', 'furthermore', 'additionally', 'also', 'meanwhile', 'similarly', 'likewise', 'nevertheless', 'further', 'at the same time'];
/** Subjects that name no one but the delegations just named (a report speaks of a
 *  representative as he or she, and of a group as the Movement, the Union, the Community or the
 *  Forum): "She added", "Later that day, he said", "The statement also welcomed". */
export const GOING_ON_SUBJECTS = [
  'the latter',
  'the former',
  'they',
  '(?:(?:in|at|on|during|later|earlier|when|after|before)\\b[^,]{0,50}, )?(?:he|she)',
  '(?:the|this|that|its|their) statement',
  'the (?:movement|union|community|forum)',
  '(?:his|her) (?:delegation|country|government)',
  '(?:its|their) (?:delegates?|representatives?|delegations?|ambassadors?)',
  'in (?:their|its|his|her) (?:view|opinion)',
];

/** The phrases as a pattern over raw text: any run of white space between words. */
export const rawPhrases = (phrases: readonly string[]) => phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');

// The sentence goes on about the delegations just named: the shared subjects, and what only a
// reader of the raw text needs ("These ...", "It also ...", "Its proposal", "For them").
export const ANAPHOR = new RegExp(
  `^(?:(?:${rawPhrases(GOING_ON_CONNECTIVES)}),\\s+)?(?:(?:${rawPhrases(GOING_ON_SUBJECTS)})\\b|` +
    String.raw`(?:these|those|both|such|the\s+two|the\s+same|all\s+(?:three|four|five|of\s+them))\b|(?:the|this|that)\s+(?:delegations?|states?|countries|groups?|speakers?|delegates?|representatives?|group)\b|it\s+(?:also|further|additionally|then|noted|stressed|added|said|argued|called|urged|proposed|suggested|emphasi[sz]ed|highlighted|underlined|reiterated|welcomed|expressed|believed|considered|supported|opposed)\b|(?:(?:in|from)\s+)?(?:its|their|his|her)\s+(?:delegations?|delegates?|representatives?|ambassadors?|country|government|proposal|view|views|opinion|position|words)\b|in\s+the\s+(?:view|opinion)\s+of\s+(?:its|their|his|her)\s+delegation\b|for\s+them\b)`,
  'i',
);
