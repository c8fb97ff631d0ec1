// A held position put into one sentence, in a given voice.
import { numberWord } from '../calendar';
import type { HeldPosition } from '../drift';
import type { IssueId } from '../issues';
import type { Rng } from '../prng';
import { PHRASEBOOK } from './phrasebook';
import type { PositionPhrases } from './phrase-types';
import { FIRST_PERSON, JOINT, REPORTED, type FrameSet } from './stance-frames';

export type Voice =
  | { kind: 'first'; self: string } // self as it stands mid-sentence: "Kenya", "the EU"
  | { kind: 'joint' }
  | { kind: 'reported'; subject: string; plural: boolean };

type Form = 'clause' | 'favour' | 'against' | 'open' | 'denied' | 'own';

const WEIGHT: Record<Form, number> = { clause: 5, favour: 3, against: 2, open: 3, denied: 1, own: 4 };

export function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** 3 -> "three", [2, 3] -> "two or three"; sometimes in digits, as delegations also write. */
export function groupCount(rng: Rng, value: number | [number, number] | undefined): string {
  if (value === undefined) return 'a limited number of';
  const digits = rng.chance(0.12);
  const say = (n: number) => (digits ? String(n) : numberWord(n));
  if (typeof value === 'number') return say(value);
  return rng.chance(0.75) ? `${say(value[0])} or ${say(value[1])}` : `between ${say(value[0])} and ${say(value[1])}`;
}

function positionPhrases(issue: IssueId, position: string): PositionPhrases {
  const p = PHRASEBOOK[issue].positions[position];
  if (!p) throw new Error(`phrasebook: no phrases for ${issue}: ${position}`);
  return p;
}

/** The forms a position can take in this voice. */
function formsOf(p: PositionPhrases, voice: Voice): Form[] {
  const forms: Form[] = ['clause'];
  if (p.favour?.length) forms.push('favour');
  if (p.against?.length) forms.push('against');
  if (p.open?.length) forms.push('open');
  if (p.denied?.length) forms.push('denied');
  const own = voice.kind === 'reported' ? p.own?.reported : p.own?.first;
  if (own?.length && voice.kind !== 'joint') forms.push('own');
  return forms;
}

/** One sentence committing the voice's speaker(s) to `held`. `leadIn` may prefix "On {topic}, ". */
export function renderStance(rng: Rng, held: Pick<HeldPosition, 'issue' | 'position' | 'value'>, voice: Voice, leadIn = false): string {
  const p = positionPhrases(held.issue, held.position);
  const form = rng.weighted(formsOf(p, voice), (f) => WEIGHT[f]);
  const frames: FrameSet = voice.kind === 'first' ? FIRST_PERSON : voice.kind === 'joint' ? JOINT : REPORTED;
  let frame: string;
  let slot: string;
  if (form === 'own') {
    frame = rng.pick((voice.kind === 'reported' ? p.own?.reported : p.own?.first) ?? []);
    slot = '';
  } else {
    frame = rng.pick(frames[form]);
    slot = rng.pick((form === 'clause' ? p.clauses : p[form]) ?? p.clauses);
  }
  if (held.value !== undefined || slot.includes('{n}')) slot = slot.replaceAll('{n}', groupCount(rng, held.value));
  let sentence = frame.replace('{c}', slot).replace('{C}', capitalise(slot)).replace('{np}', slot);
  if (voice.kind === 'first') sentence = sentence.replaceAll('{self}', voice.self);
  if (voice.kind === 'reported') {
    sentence = sentence
      .replaceAll('{S}', voice.subject)
      .replaceAll('{its}', voice.plural ? 'their' : 'its')
      .replaceAll('{it}', voice.plural ? 'they' : 'it')
      .replaceAll('{was}', voice.plural ? 'were' : 'was');
  }
  if (leadIn && voice.kind !== 'reported' && /^(We |My |It is our|Our )/.test(sentence)) {
    const topic = rng.pick(PHRASEBOOK[held.issue].topic);
    sentence = `${rng.pick(['On', 'With regard to', 'Turning to', 'As for', 'Regarding', 'Concerning'])} ${topic}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
  }
  return capitalise(sentence);
}

/** A short argument title for the analysis layer ("Three dedicated thematic groups"). */
export function headline(rng: Rng, held: Pick<HeldPosition, 'issue' | 'position' | 'value'>): string {
  const p = positionPhrases(held.issue, held.position);
  const n = groupCount(rng, held.value);
  return capitalise(rng.pick(p.headlines).replaceAll('{N}', capitalise(n)).replaceAll('{n}', n));
}
