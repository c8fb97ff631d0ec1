// What a document says about itself: its date, session and meeting, title and agenda item.
// Read only from the places that carry them (the header, the Chair's opening), never from
// the body, where "resolution 75/240 of 31 December 2020" or "the fifth session" refer to
// other days.
import type { Span } from '../../src/shared/dataset-schema';
import type { DocumentMeta } from '../pipeline/types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const ORDINAL = '(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)';
const SESSION = new RegExp(`\\b${ORDINAL}\\s+(?:substantive\\s+)?session\\b`, 'i');
const ORGANISATIONAL = /\borgani[sz]ational session\b/i;
const MEETING = new RegExp(`\\b${ORDINAL}\\s+(?:and\\s+(?:final|last)\\s+)?(?:plenary\\s+|formal\\s+)?meeting\\b`, 'i');
// "Session 2-8 Transcript": session 2, meeting 8 (how transcripts of the OEWG are titled).
const SESSION_MEETING = /\bSession\s+(\d{1,2})\s*[-–.]\s*(\d{1,2})\b/i;
const AGENDA_QUOTED = /^\s*On\s+["“](.+?)["”]/m;
const AGENDA_ITEM = /\bagenda item\s+(\d+(?:\s*\(?[a-z]\)?)?)/i;

export function ordinalNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+/.test(w)) return Number.parseInt(w, 10);
  return ORDINALS[w];
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

export function dateIn(s: string): string | undefined {
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return isoDate(Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return isoDate(Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  m = ISO.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

export function sessionIn(s: string): number | undefined {
  if (ORGANISATIONAL.test(s)) return 0;
  const m = SESSION.exec(s);
  return m ? ordinalNumber(m[1]!) : undefined;
}

/** The header's facts: the date, session and meeting it names, its first line as title. */
export function headerMeta(text: string, head: Span | null): DocumentMeta {
  if (!head || head[1] <= head[0]) return {};
  const s = text.slice(head[0], head[1]);
  const meta: DocumentMeta = {};
  const title = s.split('\n').map((l) => l.replace(/[*_#]+/g, '').trim()).find((l) => l.length > 0);
  if (title) meta.title = title.length > 200 ? `${title.slice(0, 197)}...` : title;
  const date = dateIn(s);
  if (date) meta.date = date;
  const sm = SESSION_MEETING.exec(s);
  if (sm) {
    meta.sessionNumber = Number(sm[1]);
    meta.meeting = String(Number(sm[2]));
  }
  const session = sessionIn(s);
  if (session !== undefined && meta.sessionNumber === undefined) meta.sessionNumber = session;
  const meeting = MEETING.exec(s);
  if (meeting && meta.meeting === undefined) meta.meeting = String(ordinalNumber(meeting[1]!));
  const agenda = AGENDA_QUOTED.exec(s)?.[1] ?? AGENDA_ITEM.exec(s)?.[0];
  if (agenda) meta.agenda = agenda;
  return meta;
}

/** The Chair's opening ("the tenth and final meeting of the ninth substantive session ...
 *  is now called to order"): only its first two sentences count. */
export function openingMeta(text: string, opening: Span | null): DocumentMeta {
  if (!opening) return {};
  const s = text.slice(opening[0], Math.min(opening[1], opening[0] + 600));
  const m = new RegExp(`${MEETING.source}\\s+of\\s+the\\s+${SESSION.source}`, 'i').exec(s);
  if (!m) return {};
  const session = ordinalNumber(m[2]!);
  const meeting = ordinalNumber(m[1]!);
  return { ...(session !== undefined ? { sessionNumber: session } : {}), ...(meeting !== undefined ? { meeting: String(meeting) } : {}) };
}

/** Earlier sources win field by field. */
export function mergeMeta(...metas: DocumentMeta[]): DocumentMeta {
  const out: DocumentMeta = {};
  for (const m of metas) for (const [k, v] of Object.entries(m)) if (v !== undefined && (out as Record<string, unknown>)[k] === undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
