/**
 * The relation a question asks about, read with the extractor's own lexicons
 * (src/lexicon/verbs.ts): a question's verb is put in the past tense and the
 * clause tried against the meeting triggers the extractor uses on articles,
 * so that every trigger it knows ("held discussions with", "paid a courtesy
 * call on") is also understood in a question. Pure.
 */
import { MEETING_VERBS, SPEECH_VERB_LEXICON } from "../lexicon/verbs";

/** Irregular past tenses of verbs that questions put in the base form ("did X meet"). */
const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  meet: "met", hold: "held", have: "had", speak: "spoke", sit: "sat", shake: "shook", pay: "paid", take: "took",
  make: "made", get: "got", say: "said", tell: "told", write: "wrote", give: "gave", sit_down: "sat",
};

/** "meet" → "met", "visit" → "visited", "receive" → "received", "pay" → "paid". */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR_PAST[v]) return IRREGULAR_PAST[v]!;
  if (/e$/.test(v)) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  return `${v}ed`;
}

/** Every form of every speech verb of the lexicon (lemma included) → its lemma. */
const SPEECH = new Map(SPEECH_VERB_LEXICON.flatMap((v) => [v.lemma, ...v.forms].map((f) => [f, v.lemma] as const)));

/** The lemma of a speech verb as a question may type it ("express", "lauded", "say"), or null. */
export function speechVerbOf(word: string): string | null {
  return SPEECH.get(word.toLowerCase()) ?? null;
}

const MAX_CLAUSE_WORDS = 30;
const TRIGGERS = MEETING_VERBS.map((v) => ({ ...v, at: new RegExp(`^(?:${v.re})(?=[\\s,]|$)`, "iu") }));

/** A clause read as "subject <meeting trigger> object". */
export interface MeetingClause {
  subject: string;
  trigger: string;
  object: string;
  kind: "in_person" | "call";
}

/**
 * Splits "Mabunda hold discussions with Quaye" at the first word where a
 * meeting trigger of the lexicon starts (that word put in the past tense):
 * { subject: "Mabunda", trigger: "held discussions with", object: "Quaye" }.
 * Null when no trigger is found.
 */
export function meetingClause(clause: string): MeetingClause | null {
  const words = clause.trim().split(/\s+/);
  // A question's clause is short; a long text is no such question (and stays linear).
  if (words.length > MAX_CLAUSE_WORDS) return null;
  for (let i = 1; i < words.length; i++) {
    const rest = [pastTense(words[i]!), ...words.slice(i + 1)].join(" ");
    for (const t of TRIGGERS) {
      const m = t.at.exec(rest);
      if (m) return { subject: words.slice(0, i).join(" "), trigger: t.id, object: rest.slice(m[0].length).trim(), kind: t.kind };
    }
  }
  return null;
}
