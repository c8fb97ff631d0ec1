// Where a stretch of text names an actor: runs of capitalised words ("the Islamic Republic
// of Iran", "Côte d’Ivoire", "Group of 77 and China", "the UK") looked up in the registry,
// longest first. Linear in the text; offsets are into the whole document.
import type { ActorCode } from '../../src/shared/ids';
import { normaliseName, type ActorRegistry } from './actor-registry';

export interface NameMention {
  start: number;
  end: number; // exclusive; a possessive "’s" is left outside
  code: ActorCode;
  /** The name as written. */
  text: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'.\-]*/gu;
// Lower-case words that may sit inside a name: "Bosnia and Herzegovina", "Côte d’Ivoire".
const CONNECTOR = /^(?:of|the|and|d[’']\p{L}+|de|del|la|du|et)$/u;
const MAX_TOKENS = 10;
// Between two words of one name only spaces (and the hyphen of "Guinea - Bissau") may stand.
const GAP = /^(?:[’']s)?[ \t\u00a0]+$|^\s*-\s*$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let t = m[0];
    if (m.index + t.length > end) t = t.slice(0, end - m.index);
    t = t.replace(/[.\-’']+$/u, '');
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(t)) t += '.'; // "U.S." keeps its final stop
    t = t.replace(/[’']s$/u, '');
    if (t) out.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return out;
}

const capitalised = (t: string) => /^[\p{Lu}\p{N}]/u.test(t);

export function findNames(text: string, registry: ActorRegistry, start = 0, end = text.length): NameMention[] {
  const toks = tokens(text, start, end);
  const out: NameMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!capitalised(toks[i]!.text)) continue;
    for (let n = Math.min(MAX_TOKENS, toks.length - i); n >= 1; n--) {
      const last = toks[i + n - 1]!;
      if (!capitalised(last.text) && !/^d[’']/u.test(last.text)) continue;
      let ok = true;
      for (let k = i + 1; k < i + n && ok; k++) {
        const t = toks[k]!.text;
        ok = (capitalised(t) || CONNECTOR.test(t)) && GAP.test(text.slice(toks[k - 1]!.end, toks[k]!.start));
      }
      if (!ok) continue;
      const written = text.slice(toks[i]!.start, last.end);
      const key = normaliseName(written);
      const code = registry.names.get(key);
      if (!code) continue;
      if (registry.acronyms.has(key) && written !== written.toUpperCase()) continue;
      out.push({ start: toks[i]!.start, end: last.end, code, text: written });
      i += n - 1;
      break;
    }
  }
  return out;
}
