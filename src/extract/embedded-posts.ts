import { MONTHS } from "../lexicon/calendar";
import { mentionsIn, type Analysis } from "./entities";
import type { Statement } from "./types";

/**
 * Stage 5b of extraction: posts embedded in a saved page. A social-media post pasted with its page ends with the
 * signature the embed prints — "… — Ana Lind (@AnaLindMP) November 10, 2022" — and everything before that
 * dash in the paragraph is the post: the words of the one the signature names (its name, else its handle). Returns
 * one direct statement per signed paragraph whose words no statement of that speaker holds yet.
 */
export function embeddedPostStatements(a: Analysis, found: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const p of a.parsed.paragraphs) {
    const m = POST_SIGNATURE.exec(p.text);
    if (!m) continue;
    const signatureStart = p.start + m.index + m[0].length - m[1]!.length;
    // The one who posted: named in the signature, else its handle ("— The HNU (@theHNU)").
    const speaker = mentionsIn(a, signatureStart, p.end).find((x) => x.end <= p.end)?.entity;
    if (speaker === undefined) continue;
    const words = p.text.slice(0, m.index).replace(TRAILING_LINKS, "").trim();
    if (words.length < 2) continue;
    const start = p.start, end = p.start + m.index;
    if (found.some((s) => s.speaker === speaker && (s.text.includes(words) || words.includes(s.text)))) continue;
    out.push({ speaker, text: words, kind: "direct", evidence: { text: a.parsed.text.slice(start, end), start, end }, rule: "embedded-post" });
  }
  return out;
}

const MONTH_ALT = Object.keys(MONTHS).sort((x, y) => y.length - x.length).map((k) => k[0]!.toUpperCase() + k.slice(1)).join("|");
/** The signature closing an embedded post: a dash, who posted, their handle in brackets, the day (group 1: from the name on). */
const POST_SIGNATURE = new RegExp(`\\s[—–-]{1,2}\\s*(\\S[^—–()\\n]{0,80}?\\s*\\(@[A-Za-z0-9_]{1,30}\\)\\s*(?:on\\s+)?(?:${MONTH_ALT})\\.?\\s+\\d{1,2},\\s+\\d{4})\\s*$`, "u");
/** Links an embed leaves at the end of a post ("pic.twitter.com/x8Yz", "https://t.co/…"). */
const TRAILING_LINKS = /(?:\s+(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u;
