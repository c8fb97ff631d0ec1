// Web pages saved as text end with the site's furniture: comment forms, share buttons,
// "previous post" links. None of it is part of the meeting; the reader stops before it.

// A line that opens the furniture. Each is how blog and news platforms label it.
const FURNITURE = [
  /^leave a (?:reply|comment)\b/i,
  /^your email address will not be published/i,
  /^(?:post|submit) comment$/i,
  /^cancel reply$/i,
  /^save my name, email/i,
  /^share this(?: article| post)?:?$/i,
  /^like this:?$/i,
  /^related(?: posts| articles| content)?:?$/i,
  /^(?:posted|filed) (?:in|under)\b/i,
  /^tags?:/i,
  /^(?:previous|next|older|newer) (?:post|article|entry)\b/i,
  /^\d+ (?:comments?|responses?|replies)$/i,
  /^comments? \(\d+\)$/i,
  /^(?:no comments yet|be the first to comment)/i,
  /^subscribe to (?:our|the) newsletter/i,
  /^(?:©|copyright ©?)\s*\d{4}/i,
  /^powered by wordpress/i,
];

/** Offset where trailing web furniture starts (the text's length when there is none). Only
 *  the last third of the text is searched, so a delegate saying "related:" is safe. */
export function contentEnd(text: string): number {
  const from = Math.floor(text.length * 0.66);
  let pos = text.lastIndexOf('\n', from) + 1;
  while (pos < text.length) {
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    const line = text.slice(pos, e).trim();
    if (line && line.length < 120 && FURNITURE.some((re) => re.test(line))) return pos;
    pos = e + 1;
  }
  return text.length;
}
