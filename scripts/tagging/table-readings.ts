// A cell of a delegation's row in a position table, read as the sentence it stands for: under
// "Binding instrument", "opposes" is "We oppose a binding instrument"; under "Thematic groups",
// "three" is "We want three thematic groups"; under "Stakeholders", "Supports wider access" is
// "We support wider access". The cue rules then read those sentences as they read prose.
// Pure: a header and a cell in, the sentences out.

// Abbreviations briefs use in column headings, spelled out for the cues.
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bIL\b/g, 'international law'],
  [/\bCB\b/g, 'capacity building'],
  [/\bLBI\b/g, 'legally binding instrument'],
  [/\bCBMs?\b/g, 'confidence building measures'],
  [/\bTGs?\b/g, 'thematic groups'],
];

// A cell that only gives a verdict on its column's question.
const VERDICTS: [RegExp, (topic: string) => string[]][] = [
  [/^(?:supports?|supported|supportive|yes|in favou?r|favou?rs?|favou?red|backs?|backed|for|pro|✓|✔|✅)$/, (t) => [`We support ${t}.`]],
  [/^(?:opposes?|opposed|against|no|rejects?|rejected|✗|✘|❌)$/, (t) => [`We oppose ${t}.`]],
  [/^(?:open|flexible|open to it)$/, (t) => [`We are open to ${t}.`, `We are flexible on ${t}.`]],
];

// Cells that say nothing: a dash, "n/a", "not stated", "undecided", a question mark.
const SILENT = /^(?:[-–—‐?]+|n\/?a|none stated|not (?:stated|known|clear)|unclear|unknown|undecided|no (?:clear )?(?:position|view|statement)|tbd|\.{3}|…)$/i;

// A cell that opens with what the delegation does ("Supports wider access", "rejects the PoA").
const VERB_FIRST = /^(?:supports?|opposes?|rejects?|wants?|favou?rs?|prefers?|backs?|accepts?|calls? for|insists? on|seeks?|opposed to|open to|against|no preference|would|could|can|cannot|does not|is|are)\b/i;

/** The column heading as the cues read a topic: emphasis dropped, abbreviations spelled out. */
export function columnTopic(header: string): string {
  let t = plain(header);
  for (const [re, full] of ABBREVIATIONS) t = t.replace(re, full);
  return t.toLowerCase();
}

function plain(s: string): string {
  return s.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

/** The position of `positions` (codebook ids) a cell names outright, in the codebook's own
 *  words: "PoA", "OEWG", "open", "limited", "none (ad hoc only)", "in person", "supports". */
export function namedPosition(cell: string, positions: Iterable<string>): string | null {
  const text = ` ${plain(cell).toLowerCase().replace(/[-‐–]/g, ' ')} `;
  if (SILENT.test(text.trim())) return null;
  for (const id of positions) {
    if (id === 'value') continue;
    if (new RegExp(`^ ${id.replace(/-/g, ' ')}(?:s|d|ed)?[ ,;(.]`).test(text)) return id;
  }
  return null;
}

/** The sentences a cell under `header` stands for; none for a silent cell. */
export function cellReadings(header: string, cell: string): string[] {
  const topic = columnTopic(header);
  const out: string[] = [];
  for (const part of plain(cell).split(/\s*;\s*/)) {
    const text = part.replace(/[.]+$/, '').trim();
    if (!text || SILENT.test(text)) continue;
    const lower = text.toLowerCase();
    const verdict = VERDICTS.find(([re]) => re.test(lower));
    if (verdict) {
      out.push(...verdict[1](topic));
      continue;
    }
    if (VERB_FIRST.test(text)) {
      out.push(`We ${lower}.`);
      continue;
    }
    out.push(`The ${topic} should be ${lower}.`, `We want ${lower} ${topic}.`, `We want ${lower}.`);
  }
  return out;
}
