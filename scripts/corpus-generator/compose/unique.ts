// Neutral filler drawn afresh until it differs from what the document already said
// (a few tries, then whatever comes: variety, not a guarantee).
export function unique(said: Set<string>, draw: () => string, tries = 5): string {
  let s = draw();
  for (let i = 1; i < tries && said.has(s); i++) s = draw();
  said.add(s);
  return s;
}
