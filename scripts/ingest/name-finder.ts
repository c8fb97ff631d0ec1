// Where a stretch of text names an actor: runs of capitalised words ("the Islamic Republic
// of Iran", "Côte d’Ivoire", "Group of 77 and China", "the UK") looked up in the registry,
// longest first. Only capitalised words can start a name, and only words that start some
// known name are tried, so the scan stays linear and cheap on long speeches.
import type { ActorCode } from '../../src/shared/ids';
import { normaliseName, type ActorRegistry } from './actor-registry';

export interface NameMention {
  start: number;
  end: number; // exclusive; a possessive "’s" is left outside
  code: ActorCode;
  /** The name as written. */
  text: string;
}

// The start of a capitalised word (not inside another word).
const CAPITAL = /(?<![\p{L}\p{M}\p{N}’'.\-])[\p{Lu}\p{N}]/gu;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/uy;
// Between two words of one name only spaces (and the hyphen of "Guinea - Bissau") may stand;
// "People's Republic" keeps its possessive.
const GAP = /(?:[’']s)?[ \t\u00a0]+|[ \t]*-[ \t]*/y;
// Lower-case words that may sit inside a name: "Bosnia and Herzegovina", "Côte d’Ivoire".
const CONNECTOR = /^(?:of|the|and|d[’']\p{L}+|de|del|la|du|et)$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
// A lower-case word that may end a group's name: "the Nordic countries", "the Benelux countries".
const GROUP_WORD = /^(?:countries|states|nations|members)$/;
const ELISION = /^d[’']/u;
const ASCII = /^[\x20-\x7e]*$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** For each registry, the first words of its names and the most words a name has after each. */
const firstWords = new WeakMap<ActorRegistry, Map<string, number>>();
function startsOf(registry: ActorRegistry): Map<string, number> {
  let map = firstWords.get(registry);
  if (!map) {
    map = new Map();
    for (const name of registry.names.keys()) {
      const words = name.split(' ');
      map.set(words[0]!, Math.max(map.get(words[0]!) ?? 0, words.length));
    }
    firstWords.set(registry, map);
  }
  return map;
}

/** The first word of a word's normalised form ("Non-Aligned" -> "non"), as names are keyed. */
const keyOf = (word: string) => (ASCII.test(word) ? word.toLowerCase().replace(/[^a-z0-9']+/g, ' ') : normaliseName(word)).trim().split(' ')[0]!;

function tokenAt(text: string, at: number, end: number): Token | null {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  if (!m) return null;
  let t = m[0];
  if (at + t.length > end) t = t.slice(0, end - at);
  t = t.replace(/[.\-’']+$/u, '');
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(t)) t += '.'; // "U.S." keeps its final stop
  t = t.replace(/[’']s$/u, '');
  return t ? { text: t, start: at, end: at + t.length } : null;
}

export function findNames(text: string, registry: ActorRegistry, start = 0, end = text.length): NameMention[] {
  const starts = startsOf(registry);
  const out: NameMention[] = [];
  const re = new RegExp(CAPITAL.source, 'gu');
  re.lastIndex = start;
  for (let c = re.exec(text); c && c.index < end; c = re.exec(text)) {
    const first = tokenAt(text, c.index, end);
    if (!first) continue;
    const most = starts.get(keyOf(first.text));
    if (most === undefined) continue;
    // The words that may belong to the name, as far as the longest name could reach.
    const toks: Token[] = [first];
    let pos = first.end;
    while (toks.length < most) {
      GAP.lastIndex = pos;
      const gap = GAP.exec(text);
      if (!gap || gap.index !== pos) break;
      const t = tokenAt(text, pos + gap[0].length, end);
      if (!t || !(CAPITALISED.test(t.text) || CONNECTOR.test(t.text) || GROUP_WORD.test(t.text))) break;
      toks.push(t);
      pos = t.end;
    }
    for (let n = toks.length; n >= 1; n--) {
      const last = toks[n - 1]!;
      if (!CAPITALISED.test(last.text) && !ELISION.test(last.text) && !GROUP_WORD.test(last.text)) continue;
      const written = text.slice(first.start, last.end);
      const key = normaliseName(written);
      const code = registry.names.get(key);
      if (!code) continue;
      if (registry.acronyms.has(key) && written !== written.toUpperCase()) continue;
      out.push({ start: first.start, end: last.end, code, text: written });
      re.lastIndex = last.end;
      break;
    }
  }
  return out;
}

/** A group named in lower case where only a group can stand ("speaking on behalf of the least
 *  developed countries"): findNames looks for capitals, so the whole phrase between `start`
 *  and `end` is looked up. Nothing for a state, a near match or a phrase that names no one. */
export function groupInLowerCase(text: string, registry: ActorRegistry, start: number, end: number): NameMention[] {
  const phrase = text.slice(start, end).trim();
  if (!/^[a-z]/.test(phrase) || phrase.length > 60) return [];
  const found = registry.resolve(phrase);
  if (!found || found.near || found.actor.kind === 'state') return [];
  const at = start + text.slice(start, end).indexOf(phrase);
  return [{ start: at, end: at + phrase.length, code: found.actor.code, text: phrase }];
}

