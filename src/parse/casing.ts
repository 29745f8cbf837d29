import { COMMON_LOWER_WORDS, LOWER_SUFFIXES } from "../lexicon/common-words";
import { NON_NAME_WORDS } from "../lexicon/stopwords";
import { SPEECH_VERBS } from "../lexicon/verbs";
import { isHonorific, isRoleHead } from "../lexicon/titles";

const LOWER = new Set([...NON_NAME_WORDS, ...SPEECH_VERBS, ...COMMON_LOWER_WORDS]);
const WORD = /\p{L}[\p{L}'’\-]*/gu;

/** How the mixed-case parts of the article write each word: in lower case, capitalised, or in capitals (an acronym). */
export interface CaseEvidence {
  lower: Set<string>;
  capitalised: Set<string>;
  acronym: Set<string>;
}

/**
 * Collects how words are written outside ALL-CAPS stretches: lower case
 * anywhere, capitalised only when not opening a sentence, capitals as acronyms.
 */
export function caseEvidence(text: string): CaseEvidence {
  const ev: CaseEvidence = { lower: new Set(), capitalised: new Set(), acronym: new Set() };
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const key = w.toLowerCase();
    if (/^\p{Ll}/u.test(w)) ev.lower.add(key);
    else if (/^\p{Lu}[\p{Ll}'’\-]/u.test(w)) {
      const before = text.slice(Math.max(0, m.index! - 3), m.index!);
      if (!/(?:^|[.!?:"“”]\s*)$/u.test(before) && m.index! > 0) ev.capitalised.add(key);
    } else if (w.length >= 2 && w.length <= 5 && /^\p{Lu}+$/u.test(w)) ev.acronym.add(w);
  }
  return ev;
}

/**
 * A case-folded reading of an ALL-CAPS stretch, of the same length so that
 * offsets stay valid: a word the article writes in lower case elsewhere, a
 * function word, a frequent verb or a word with a verb/noun suffix goes to
 * lower case; an acronym the article uses elsewhere (or a short unknown word)
 * stays in capitals; anything else — names, titles — is capitalised. The
 * first word of each sentence is capitalised.
 * "PRESIDENT SAMIR ALAOUI MET GENERAL DAVID OKORO IN RABAT" →
 * "President Samir Alaoui met General David Okoro in Rabat".
 */
export function foldCaps(s: string, ev: CaseEvidence): string {
  let sentenceStart = true;
  let out = "";
  let last = 0;
  for (const m of s.matchAll(WORD)) {
    const gap = s.slice(last, m.index!);
    if (/[.!?]["”’']?\s*$/u.test(gap) || (last === 0 && !/\p{L}/u.test(gap)) || /^\s*["“‘]$/u.test(gap) && last === 0) sentenceStart = true;
    // After a colon or an opening quote a sentence starts; after a closing one ('…," SAID BERG') it goes on.
    else if (/:\s*$|(?:^|[\s(\[])["“‘]\s*$|“\s*$/u.test(gap)) sentenceStart = true;
    out += gap;
    const w = m[0];
    let folded = w;
    if (/^\p{Lu}[\p{Lu}'’\-]*$/u.test(w)) folded = foldWord(w, ev);
    if (sentenceStart) folded = folded[0]!.toUpperCase() + folded.slice(1);
    out += folded.length === w.length ? folded : w; // never change the length (offsets point into this text)
    sentenceStart = false;
    last = m.index! + w.length;
  }
  return out + s.slice(last);
}

function foldWord(w: string, ev: CaseEvidence): string {
  const key = w.toLowerCase();
  const cap = key.replace(/(^|[-'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  if (key === "i") return "I";
  if (ev.acronym.has(w) && !ev.lower.has(key)) return w;
  if (ev.capitalised.has(key) && !ev.lower.has(key)) return cap;
  if (isRoleHead(key) || isHonorific(key)) return cap; // titles before names read as in running text: "General David Okoro"
  if (ev.lower.has(key) || LOWER.has(key)) return key;
  if (key.length > 5 && LOWER_SUFFIXES.test(key)) return key;
  if (w.length <= 3 && !/[AEIOUY]/.test(w)) return w; // "UN", "EU", "BBC": acronyms keep their capitals
  return cap;
}
