// A normalised sentence -> its clauses, the scope of negation, hedges and reported speech.
// A clause ends at ; : or a dash, before a contrasting conjunction ("but", "while",
// "whereas", "although", ", and", ", rather than", ", thereby") and before a comma that opens a new subject
// (", we ...", ", it ...") so that "if X, we would support Y" keeps X and Y apart.
export type Clause = [number, number];

const BOUNDARY =
  /[;:]|\s-\s|,\s(?=(?:and|but|while|whereas|although|though|however|yet|so|whilst|rather than|instead of|thereby|thus)\s)|\s(?=(?:but|whereas|although|though|however|whilst)\s)|,\s(?=(?:we|i|@self|my delegation|our delegation|this delegation|my country|it|they|there|this|these)\s)/g;

export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length || out.length === 0) out.push([start, text.length]);
  return out;
}

/** The clause containing offset `at` (the last one when `at` is past the end). */
export function clauseAt(clauses: Clause[], at: number): Clause {
  for (const c of clauses) if (at < c[1]) return c;
  return clauses[clauses.length - 1] ?? [0, 0];
}
