// Where a sentence names an actor: runs of capitalised words ("the Islamic Republic of Iran",
// "Brazil's", "the Mexican proposal") resolved through the actor registry, longest first.
import type { ActorRegistry } from '../ingest/actor-registry';
import { delegationNamed } from '../ingest/actor-aliases';
import { reportingVerbAt, subjectGovernments } from '../ingest/reported-speech';

export interface Mention {
  start: number; // offset in the sentence
  end: number; // exclusive; a possessive "’s" is left outside
  code: string;
}

// Numbers are tokens too, so that a name with a figure inside ("the Group of 77 and China")
// stays one run; a run still starts with a capital. A hyphen between letters stays inside its
// token: "Guinea-Bissau" is not Guinea, and "Non-Aligned Movement" is one name.
const CONNECTOR = /^(?:of|the|and|\d+|d[’']\p{L}+)$/u;
const MAX_TOKENS = 7;

export type NameResolver = (name: string) => string | null;

/** A resolver over the registry, the alias table and the states' adjectives, memoised (names repeat a lot). */
export function nameResolver(registry: ActorRegistry): NameResolver {
  const memo = new Map<string, string | null>();
  return (name) => {
    let code = memo.get(name);
    if (code !== undefined) return code;
    code = delegationNamed(registry, name) ?? null;
    memo.set(name, code);
    return code;
  };
}

/** A token without its trailing full stops and possessive: "Brazil’s" -> "Brazil", "States’" -> "States".
 *  (Plain string tests first: this runs on every word of every sentence worth tagging.) */
function bareToken(token: string): string {
  let text = token;
  while (text.endsWith('.')) text = text.slice(0, -1);
  if (text.endsWith('’s') || text.endsWith("'s")) text = text.slice(0, -2);
  if (text.endsWith('’') || text.endsWith("'")) text = text.slice(0, -1);
  return text;
}

/** Could the token starting at `at` be part of a name: a capital first, or one of the
 *  connectors (whose first letters are o, t, a, d or a digit)? Others only end a run. Asked of
 *  the first character, so that most words are never made into strings. */
function mayJoinNameAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c === 111 || c === 116 || c === 97 || c === 100 || (c >= 48 && c <= 57)) return true; // o t a d 0-9
  return c > 127 && CAPITAL.test(s.slice(at, at + 2));
}

const CAPITAL = /^\p{Lu}/u;

/** Whether the character at `i` may start a token (a letter, a mark or a digit), and its length. */
function startAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const wide = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return LETTER.test(s.slice(i, i + wide)) ? wide : 0;
}
const LETTER = /^[\p{L}\p{M}\d]$/u;

/** The end of the token starting at `start`: /[\p{L}\p{M}\d](?:[\p{L}\p{M}\d’'.]|-(?=[\p{L}\p{M}\d]))*\/u,
 *  scanned without a match object per word (this runs on every word of every sentence). */
function tokenEnd(s: string, start: number): number {
  let i = start + startAt(s, start);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 46 || c === 0x2019) i++; // ' . ’
    else if (c === 45) {
      if (i + 1 < s.length && startAt(s, i + 1) > 0) i++; // a hyphen between letters
      else break;
    } else {
      const n = startAt(s, i);
      if (n === 0) break;
      i += n;
    }
  }
  return i;
}

const COLLECTIVE_NOUN = /^ (?:countries|states|nations|members|delegations)(?![\p{L}\p{M}\d])/u;

export function findMentions(sentence: string, resolve: NameResolver): Mention[] {
  // Tokens that may be part of a name; null for a run of others (they only break runs).
  const tokens: ({ text: string; start: number; end: number } | null)[] = [];
  for (let at = 0; at < sentence.length; ) {
    if (startAt(sentence, at) === 0) {
      at++;
      continue;
    }
    const end = tokenEnd(sentence, at);
    if (!mayJoinNameAt(sentence, at)) {
      if (tokens.length > 0 && tokens[tokens.length - 1] !== null) tokens.push(null);
    } else {
      const text = bareToken(sentence.slice(at, end));
      tokens.push({ text, start: at, end: at + text.length });
    }
    at = end;
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !CAPITAL.test(first.text)) continue;
    // The run of capitalised words and connectors ("of", "the", "d'") with only spaces between.
    let run = 1;
    while (run < MAX_TOKENS && i + run < tokens.length) {
      const next = tokens[i + run];
      if (!next) break;
      if (!/^\s+$/.test(sentence.slice(tokens[i + run - 1]!.end, next.start))) break;
      if (!CAPITAL.test(next.text) && !CONNECTOR.test(next.text)) break;
      run++;
    }
    // A group whose name ends in a common noun ("the Nordic countries", "the Benelux countries"):
    // the run with the noun after it, first.
    const runEnd = tokens[i + run - 1]!.end;
    const noun = CAPITAL.test(tokens[i + run - 1]!.text) ? COLLECTIVE_NOUN.exec(sentence.slice(runEnd, runEnd + 16)) : null;
    const grouped = noun ? resolve(sentence.slice(first.start, runEnd + noun[0].length)) : null;
    if (grouped) {
      out.push({ start: first.start, end: runEnd + noun![0].length, code: grouped });
      i += run - 1;
      continue;
    }
    for (let n = run; n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && !/^(?:\p{Lu}|d[’']\p{Lu}|\d+$)/u.test(last.text)) continue;
      const code = resolve(sentence.slice(first.start, last.end));
      if (code) {
        out.push({ start: first.start, end: last.end, code });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The actors a sentence names; in reported speech, also the capitals or the people that are the
 *  whole subject of its first reporting verb ("Beijing, however, reiterated that ...", "The
 *  Russians want ..."), for their government. */
export function sentenceMentions(sentence: string, resolve: NameResolver, registry: ActorRegistry, narrative: boolean): Mention[] {
  const mentions = findMentions(sentence, resolve);
  const verb = narrative ? reportingVerbAt(sentence) : -1;
  const governments = verb > 0 ? subjectGovernments(sentence.slice(0, verb), registry) : [];
  const named = governments.filter((c) => !mentions.some((m) => m.start < c.at + c.name.length && m.end > c.at));
  return named.length ? [...named.map((c) => ({ start: c.at, end: c.at + c.name.length, code: c.code })), ...mentions] : mentions;
}
