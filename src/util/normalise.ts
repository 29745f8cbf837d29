/**
 * Normalises article text for identity and parsing: Unicode NFC, line endings
 * folded to \n, surrounding whitespace removed. The same article pasted from
 * Windows or macOS hashes to the same id.
 */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}

const FOLD: Record<string, string> = { đ: "d", ø: "o", ł: "l", ß: "ss", æ: "ae", ı: "i" };

/**
 * Look-up key for names and phrases: lower case, accents removed, curly quotes
 * straightened, a trailing possessive and a leading "the" dropped.
 * "Beijing’s Foreign Ministry" → "beijing foreign ministry".
 */
export function normaliseKey(text: string): string {
  let key = keyMemo.get(text);
  if (key === undefined) {
    if (keyMemo.size > 20_000) keyMemo.clear();
    keyMemo.set(text, (key = computeKey(text)));
  }
  return key;
}

// Names recur sentence after sentence; a bounded memo saves recomputing their keys.
const keyMemo = new Map<string, string>();

function computeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[đøłßæı]/g, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/'s\b/g, "")
    .replace(/[^a-z0-9\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}
