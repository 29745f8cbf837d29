import type { Span } from "../parse/parse-article";

/** A sentence with offsets into the article text; captions are kept apart from body text. */
export interface Sentence extends Span {
  paragraph: number;
  caption: boolean;
}

/** Words whose final dot does not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "jr", "sr", "lt", "col", "maj", "capt", "sgt", "prof", "rt", "h.e",
  "inc", "corp", "ltd", "co", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "mt", "ft", "adm", "gov", "pres", "rev", "hon", "messrs", "approx", "est", "dept", "univ", "a.m", "p.m",
  // Honorifics written with a dot in West African and South Asian papers ("Engr. Ada Bello", "Smt. Lalitha Rao", "Alh. Musa Idris").
  "engr", "barr", "arc", "smt", "alh", "cllr",
]);

// A sentence end: terminal punctuation, optional closing quotes/brackets, space, then an opening quote or a capital/digit.
// Pasted text sometimes loses the space ("met President-elect Ana Lind.In reality, …"): a dot between a
// lower-case word (or a number: "in Tokyo on May 30.At the meeting") and a capitalised word ends a sentence too
// (not "U.S.", "2.5", "Node.js", "www.Harbour.com").
const BOUNDARY = /([.!?]+)(["”’')\]]*)(\s+|(?<=(?:\p{Ll}{2}|\p{N})[.!?]+)(?=\p{Lu}\p{Ll}*(?:[\s,;:!?]|\.(?:\s|$))))(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(before: string): boolean {
  // Only the last word matters; a bounded tail keeps this $-anchored pattern linear on long runs.
  const m = /(?:^|[\s(“"])([\p{L}.]+)$/u.exec(before.slice(-40));
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (/^\p{L}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // "U.S", "E.U" — the last dot is the one being tested
}

/** Splits one paragraph (or caption) into sentences, keeping offsets. */
export function splitSentences(span: Span, paragraph: number, caption: boolean): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const text = span.text;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const cut = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === "." && endsWithAbbreviation(text.slice(from, m.index))) continue;
    push(out, text.slice(from, cut), span.start + from, paragraph, caption);
    from = cut + m[3]!.length;
  }
  push(out, text.slice(from), span.start + from, paragraph, caption);
  return out;
}

function push(out: Sentence[], text: string, start: number, paragraph: number, caption: boolean) {
  const trimmed = text.trimEnd();
  if (trimmed) out.push({ text: trimmed, start, end: start + trimmed.length, paragraph, caption });
}
