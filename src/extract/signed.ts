import { nameTokens, type Analysis } from "./entities";
import type { Statement } from "./types";

/**
 * Statements signed below their paragraphs, as government releases print them:
 *
 *     I truly appreciated the open discussion. We agreed the work is a priority.
 *
 *     ~ Ana Lind, Premier of Kessmere
 *
 * A line of its own (a heading to the parser) opening with "~", "—" or "–", then a name and maybe ", title",
 * signs the paragraphs right above it that speak in the first person ("I", "we", "our", …), at most three, up to
 * the previous heading: one statement per sentence, for the person the article knows by that name (by its last
 * word: "Lind" for "Ana Lind"). Unquoted words in the first person with no signature are no one's.
 */
export function signedStatements(a: Analysis): Statement[] {
  const { headings, paragraphs } = a.parsed;
  if (!headings?.length) return [];
  const out: Statement[] = [];
  // (One pass: headings and paragraphs both in text order, the sentences grouped by paragraph once.)
  const bySentence = new Map<number, Analysis["sentences"]>();
  for (const s of a.sentences) { const list = bySentence.get(s.paragraph); if (list) list.push(s); else bySentence.set(s.paragraph, [s]); }
  let above = -1;
  headings.forEach((h, k) => {
    while (above + 1 < paragraphs.length && paragraphs[above + 1]!.end <= h.start) above++;
    const sig = SIGNATURE.exec(a.parsed.text.slice(h.start, h.end));
    if (!sig) return;
    const speaker = personNamed(a, sig[1]!);
    if (speaker === undefined) return;
    // (The heading before ends the block: it signs, or titles, what is above it.)
    const floor = k > 0 ? headings[k - 1]!.end : -1;
    const block: number[] = [];
    for (let i = above; i >= 0 && block.length < MAX_SIGNED && paragraphs[i]!.start >= floor && FIRST_PERSON.test(paragraphs[i]!.text); i--) block.unshift(i);
    // One statement per sentence: a signed paragraph is a release's set of claims, each quoted on its own.
    for (const i of block) {
      for (const s of bySentence.get(i) ?? []) if (s.text.trim().split(/\s+/).length >= 3) out.push({ speaker, text: s.text.trim(), kind: "direct", rule: "signed-paragraph", evidence: { text: s.text, start: s.start, end: s.end } });
    }
  });
  return out;
}

/** How many paragraphs above a signature it may sign. */
const MAX_SIGNED = 3;
/** A dash or tilde, then a name of two to five capitalised words, then maybe ", title…", alone on its line. */
// (Not a hyphen: "- Ana Lind, Harbour Minister" is a list's bullet.)
const SIGNATURE = /^\s*[~—–]\s*((?:\p{Lu}[\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}’'-]+)\s*(?:,\s*[^.!?]{2,120})?\s*$/u;
/** A pronoun of the first person: the paragraph is someone's own words. */
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|we|We|our|Our|my|My|me|us)\b/;

/**
 * The person entity whose name's words all stand in the signature and whose last word is the signature's last
 * ("Lind" or "Ana Lind" for "~ Ana Lind", not "Kari Lind"), one only; else undefined.
 */
function personNamed(a: Analysis, name: string): number | undefined {
  const signed = nameTokens(name);
  const last = signed.at(-1);
  if (!last) return undefined;
  const found = a.entities.flatMap((e, i) => { const t = nameTokens(e.name); return e.type === "person" && t.at(-1) === last && t.every((w) => signed.includes(w)) ? [i] : []; });
  return found.length === 1 ? found[0] : undefined;
}
