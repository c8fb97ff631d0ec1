// Where a sentence names an actor: runs of capitalised words ("the Islamic Republic of Iran",
// "Brazil's", "the Mexican proposal") resolved through the actor registry, longest first.
import type { ActorRegistry } from '../ingest/actor-registry';
import { ACTOR_ALIASES } from './actor-aliases';

export interface Mention {
  start: number; // offset in the sentence
  end: number; // exclusive; a possessive "’s" is left outside
  code: string;
}

// Numbers are tokens too, so that a name with a figure inside ("the Group of 77 and China")
// stays one run; a run still starts with a capital.
const TOKEN = /[\p{L}\p{M}\d][\p{L}\p{M}\d’'.]*/gu;
const CONNECTOR = /^(?:of|the|and|\d+|d[’']\p{L}+)$/u;
const MAX_TOKENS = 7;

export type NameResolver = (name: string) => string | null;

/** A resolver over the registry plus the alias table, memoised (names repeat a lot). */
export function nameResolver(registry: ActorRegistry): NameResolver {
  const memo = new Map<string, string | null>();
  return (name) => {
    let code = memo.get(name);
    if (code !== undefined) return code;
    code = ACTOR_ALIASES[name.toLowerCase().replace(/[’]/g, "'")] ?? registry.resolve(name)?.actor.code ?? null;
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

export function findMentions(sentence: string, resolve: NameResolver): Mention[] {
  const tokens: { text: string; start: number; end: number }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) {
    const text = bareToken(m[0]);
    tokens.push({ text, start: m.index, end: m.index + text.length });
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.text;
    if (!/^\p{Lu}/u.test(first)) continue;
    // The run of capitalised words and connectors ("of", "the", "d'") with only spaces between.
    let run = 1;
    while (run < MAX_TOKENS && i + run < tokens.length) {
      const next = tokens[i + run]!;
      if (!/^\s+$/.test(sentence.slice(tokens[i + run - 1]!.end, next.start))) break;
      if (!/^\p{Lu}/u.test(next.text) && !CONNECTOR.test(next.text)) break;
      run++;
    }
    for (let n = run; n >= 1; n--) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && !/^(?:\p{Lu}|d[’']\p{Lu}|\d+$)/u.test(last.text)) continue;
      const code = resolve(sentence.slice(tokens[i]!.start, last.end));
      if (code) {
        out.push({ start: tokens[i]!.start, end: last.end, code });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
