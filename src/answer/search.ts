/**
 * Answering from the text: a question no intent covers (or one whose facts are
 * not on record) is turned into weighted search terms, the candidate sentences
 * the full-text index returns are re-ranked, and the best one to three are
 * given verbatim. Pure: the store runs the search (store/sentence-search.ts).
 */
import { datesIn } from "../extract/dates";
import { ROLE_HEADS } from "../lexicon/titles";
import { MEETING_HINTS } from "../lexicon/verbs";
import type { SentenceRow } from "../store/sentence-search";
import { normaliseKey } from "../util/normalise";
import { speechVerbOf } from "./relations";

/** What the question asks for, read from its first words: it favours sentences that hold that kind of answer. */
export type Wh = "who_is" | "who" | "when" | "where" | "why" | "how_long" | "how_many" | "how" | "what" | "yes_no" | "other";

export type TermKind = "entity" | "trigger" | "topic";

/** A search term: a question word (normalised), its kind and weight. */
export interface Term {
  word: string;
  kind: TermKind;
  weight: number;
  /** The linked name an entity word belongs to: a sentence naming "Oduya" names "Carl Oduya" (counted once). */
  group?: string;
}

/** Weights: a stored name the question mentions counts most, then topic words, then relation triggers. */
const WEIGHT: Record<TermKind, number> = { entity: 3, topic: 1.5, trigger: 1.5 };

/**
 * Words that carry no topic in a question (English function words, question
 * words, auxiliaries, pronouns, and verbs of asking). Lower case.
 */
const QUESTION_STOPWORDS = new Set([
  "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "about", "into", "as",
  "than", "then", "so", "if", "that", "this", "these", "those", "there", "here", "it", "its", "is", "are", "was", "were",
  "be", "been", "being", "am", "do", "does", "did", "done", "has", "have", "had", "having", "will", "would", "shall",
  "should", "can", "could", "may", "might", "must", "who", "whom", "whose", "what", "which", "when", "where", "why",
  "how", "he", "she", "they", "them", "his", "her", "their", "him", "we", "us", "our", "you", "your", "i", "me", "my",
  "any", "anything", "some", "something", "all", "each", "both", "other", "else", "also", "just", "very", "much",
  "many", "more", "most", "not", "no", "yes", "ever", "yet", "still", "tell", "told", "say", "said", "know", "please",
  "article", "articles", "story", "report", "reported", "according", "happen", "happened", "thing", "things",
  "get", "got", "give", "gave", "make", "made", "take", "took", "go", "went", "come", "came", "s", "hold", "held",
]);

/** Words that say how long ("how long did it last") or how many: the answer is a number or a span, not a topic. */
const HOW_WORDS = new Set(["long", "many", "much", "often", "times", "last", "lasted", "take", "took"]);

/** Light stemming for re-ranking, so that the words the index matched by porter stems also match here. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("i")) w = `${w.slice(0, -1)}y`;
  return w;
}

/** "What was the aim of …", "what's the reason for …": a why-question in other words. */
const PURPOSE_QUESTION = /^what(?:'s|’s| was| is| were| are) the (?:main |real )?(?:purpose|aim|goal|objective|reason|point)s? (?:of|for|behind)\b/;

/** "According to union officials, the meeting started at 10am": a lead-in before a sentence's reference to what came before. */
const LEAD_IN = /^(?:according to [^,]{1,80},|(?:meanwhile|however|earlier|later|then|also|in (?:the )?meantime),)\s*/i;

/**
 * Words that find one another in the text (counted once): a question's word finds a sentence that says the same
 * in another word. Each set with an example question and the sentence it must find (test/answer/search.test.ts).
 */
export const WORD_SETS: ReadonlyArray<{ id: string; forms: readonly string[]; example: readonly [question: string, sentence: string] }> = [
  { id: "start", forms: ["start", "begin", "began", "begun", "commence", "open"], example: ["When did the talks begin?", "The talks started at 9am in the port office."] },
  { id: "end", forms: ["end", "finish", "conclude", "close", "wrap"], example: ["When did the talks finish?", "The talks ended shortly before midnight."] },
  { id: "purpose", forms: ["purpose", "aim", "goal", "objective"], example: ["What was the purpose of the dinner?", "The aim of the dinner was to meet investors."] },
  { id: "request", forms: ["request", "initiate", "propose", "arrange", "seek", "sought"], example: ["Who requested the meeting?", "Lena Park said the meeting was initiated by the ministers."] },
];

/** The question word: what kind of answer the question wants. */
export function whOf(question: string): Wh {
  const q = question.trim().toLowerCase();
  if (/^how long\b/.test(q)) return "how_long";
  // "What time did the meeting start?" asks when.
  if (/^(?:at |by )?what time\b/.test(q)) return "when";
  if (/^(?:who(?: is|'s|’s| was| are)|tell me about)\b/.test(q)) return "who_is";
  if (/^how (?:many|much|often)\b/.test(q)) return "how_many";
  // "What was the purpose of the visit?", "What is the reason for the strike?" ask why.
  if (PURPOSE_QUESTION.test(q)) return "why";
  const m = /^(who|whom|whose|when|where|why|how|what|which)\b/.exec(q) ?? /\b(who|whom|when|where|why|how|what|which)\b/.exec(q.slice(0, 40));
  if (m) {
    const w = m[1]!;
    return w === "whom" || w === "whose" ? "who" : w === "which" ? "what" : (w as Wh);
  }
  return /^(?:did|does|do|has|have|had|is|are|was|were|will|can|could)\b/.test(q) ? "yes_no" : "other";
}

const TRIGGER_STEMS = new Set([...MEETING_HINTS, "meeting", "talk", "visit", "call", "discus", "discussion", "negotiat"].map(stem));
const isTrigger = (w: string) => TRIGGER_STEMS.has(stem(w)) || speechVerbOf(w) !== null;

/**
 * Search terms of a question: its content words (stopwords removed), each
 * marked as a stored entity's name word (from the names linked in the
 * question), a relation trigger of the lexicon, or a topic word.
 */
export function questionTerms(question: string, linked: LinkedName[], aboutWords = false): Term[] {
  const groupOf = new Map<string, string>();
  const usable = (w: string) => w.length > 1 && !QUESTION_STOPWORDS.has(w);
  // The words the question typed come first: "Rai" groups the words of the name it links to ("Arjun Rai").
  for (const { key } of linked) for (const w of key.split(/[\s-]+/)) if (usable(w) && !groupOf.has(w)) groupOf.set(w, key);
  for (const { key, name } of linked) for (const w of normaliseKey(name).split(/[\s-]+/)) if (w.length > 2 && usable(w) && !groupOf.has(w)) groupOf.set(w, key);
  // "take place" is a verb, not a place.
  const words = normaliseKey(question.replace(/\b(?:take|took|taking|takes|taken) place\b/gi, " ")).split(/[\s-]+/).filter(usable);
  const how = /^\s*how\s+(?:long|many|much|often)\b/i.test(question);
  const out = new Map<string, Term>();
  const add = (w: string, group = groupOf.get(w)) => {
    if (out.has(w)) return;
    // (A question's tense, "planned", "scheduled", ranks like a meeting verb: it helps a sentence that has it, and one
    // without it still answers — "When is the summit planned?" is answered by "the summit in June".)
    const kind: TermKind = group && groupOf.has(w) ? "entity" : isTrigger(w) || TENSE_WORDS.has(w) ? "trigger" : "topic";
    out.set(w, { word: w, kind, weight: WEIGHT[kind], ...(group ? { group } : {}) });
  };
  for (const w of words) {
    if (how && HOW_WORDS.has(w)) continue;
    for (const set of WORD_SETS) if (set.forms.includes(w) || set.forms.some((f) => stem(f) === stem(w))) for (const f of set.forms) add(f, `~${set.id}`);
    // "What time …": the time is the answer, not a word to find.
    if (w === "time" && /^\s*(?:at |by )?what time\b/i.test(question)) continue;
    add(w);
    // A meeting word finds the others: "met" finds "meeting", "talks" finds "met" (counted once).
    if (MEET_FORMS.includes(w)) for (const f of MEET_FORMS) add(f, "~meet");
  }
  // Every word of a linked name is searched, so that a sentence naming only the surname is found.
  for (const w of groupOf.keys()) add(w);
  // "What did X say?": sentences that report words are what is asked for.
  // A question with its own speech verb ("What did X deny?") looks for that verb only.
  if (aboutWords && ![...out.values()].some((t) => speechVerbOf(t.word))) for (const f of SAY_FORMS) add(f, "~say");
  return [...out.values()];
}

/** Words that put a question's event in the future or the past plan, not its topic. */
const TENSE_WORDS: ReadonlySet<string> = new Set(["planned", "scheduled", "slated", "due", "expected", "originally", "supposed"]);

/** Verbs of saying that a question about someone's words looks for (counted once). */
const SAY_FORMS = ["said", "says", "told", "stated", "added"];

/** Forms of "meet" that find one another in the search. */
const MEET_FORMS = ["met", "meet", "meeting", "meetings", "talks"];

/** A name the question mentions: the words typed (the key) and the stored entity's name. */
export interface LinkedName {
  key: string;
  name: string;
}

/** Relations that say who someone is ("the mayor's brother"). */
const KIN = ["brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "widow", "nephew", "niece", "cousin", "uncle", "aunt", "predecessor", "successor", "counterpart", "member"];

/** Patterns of a sentence that holds the kind of answer a question word asks for. */
const ANSWER_SHAPE: Partial<Record<Wh, RegExp>> = {
  when: /\d(?:\s?[ap]\.?m\b|:\d\d)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|tomorrow|week|month|year|\d{1,2}(?:st|nd|rd|th)?|\d{4})\b/i,
  where: /\b(?:in|at|to|from)\s+(?:the\s+)?\p{Lu}/u,
  how_long: /\b(?:[\d.]+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|few)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\bhalf an hour\b|\ban hour\b/i,
  how_many: /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|once|dozens?|several|second|third)\b/i,
  who: /(?:^|\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/u,
  // "Who is X?": a sentence giving X a title or a relation.
  who_is: new RegExp(`\\b(?:${[...ROLE_HEADS, ...KIN].join("|")})s?\\b`, "i"),
  why: /\b(?:because|due to|in order to|so that|after|amid|over|following|to (?:discuss|express|congratulate|thank|apologi[sz]e|seek|ask|offer|check)|for)\b/i,
};

/**
 * A sentence opening with a pronoun or a definite reference to an event or
 * group ("He denied …", "The meeting lasted an hour", "The two leaders then
 * held talks") is about what the sentence before it names.
 */
const PRONOUN_START = new RegExp(`^["“]?(?:he|she|they|his|her|their|it|both|the two(?: \\w+)?|the (?:leaders|ministers|officials|delegations?|sides|meeting|meetings|talks|call|visit|discussions?|dinner|conversation|session|encounter|team|contingent|group|panel)|the (?:[\\w-]+ )?(?:${ROLE_HEADS.join("|")}))\\b`, "i");

/** '“We will appeal again,” the firm said.', 'The port will reopen, she said, once …': words attributed by a pronoun or a definite reference. */
const QUOTE_BY_REFERENCE = /["”],?\s+(?:he|she|they|it|the (?:[\w-]+ )?[\w-]+)\s+(?:said|says|told|added|wrote|stated)\b|,\s+(?:he|she|they)\s+(?:said|says|added|noted|stressed|stated)\s*,/i;

/** One re-ranked sentence. */
export interface Passage extends SentenceRow {
  score: number;
  /** The sentence before, when this one ("He denied …") is about the names it gives. */
  before?: string;
  /** Share of the question's entity and topic weight this sentence holds (0..1). */
  coverage: number;
}

/** A passage is relevant only if it holds at least this share of the question's entity and topic weight. */
export const MIN_COVERAGE = 0.5;

/**
 * Re-ranks candidate sentences: the sum of the weights of the question's terms
 * each holds, each weighted by how rare the term is among the candidates,
 * favouring sentences of the shape the question word asks for. Only relevant
 * passages are returned (see MIN_COVERAGE), best first.
 */
export function rankPassages(rows: SentenceRow[], terms: Term[], wh: Wh): Passage[] {
  if (!rows.length || !terms.length) return [];
  const stems = rows.map((r) => new Set(normaliseKey(r.text).split(/[\s-]+/).map(stem)));
  // The names a sentence speaks of by any mention ("the Chairman" is Tomas Bell): a name term holds there too.
  const nameStems = rows.map((r) => new Set(r.names ? normaliseKey(r.names).split(/[\s-]+/).map(stem) : []));
  const termStem = terms.map((t) => stem(t.word));
  const df = termStem.map((s) => stems.filter((set) => set.has(s)).length);
  const idf = df.map((d) => Math.log(1 + rows.length / Math.max(1, d)));
  // Words of one linked name count once, as their best match.
  const unit = terms.map((t, i) => t.weight * idf[i]!);
  const groups = [...new Set(terms.map((t, i) => t.group ?? `#${i}`))];
  const groupTerms = groups.map((g) => terms.map((t, i) => ((t.group ?? `#${i}`) === g ? i : -1)).filter((i) => i >= 0));
  const value = groupTerms.map((ix) => Math.max(...ix.map((i) => unit[i]!)));
  const content = groupTerms.map((ix, g) => (terms[ix[0]!]!.kind === "trigger" ? 0 : value[g]!));
  const total = content.reduce((a, b) => a + b, 0);
  const shape = ANSWER_SHAPE[wh];
  const at = new Map(rows.map((r, ri) => [`${r.article_id}:${r.idx}`, ri]));
  const out: Array<Passage & { trigger: boolean }> = rows.map((r, ri) => {
    let score = 0;
    let covered = 0;
    // "He denied …": a sentence opening with a pronoun is about the names of the sentence before it.
    const before = PRONOUN_START.test(r.text.replace(LEAD_IN, "")) || QUOTE_BY_REFERENCE.test(r.text) ? at.get(`${r.article_id}:${r.idx - 1}`) : undefined;
    let inherited = false;
    let trigger = false;
    groupTerms.forEach((ix, g) => {
      let hit = ix.some((i) => stems[ri]!.has(termStem[i]!) || (terms[i]!.kind === "entity" && nameStems[ri]!.has(termStem[i]!)));
      let share = 1;
      if (!hit && before !== undefined && terms[ix[0]!]!.kind !== "trigger") {
        hit = ix.some((i) => stems[before]!.has(termStem[i]!));
        share = 0.8;
        inherited ||= hit;
      }
      if (!hit) return;
      // Any word of a name counts as the whole name: "Vella" alone is as good as "Clara Vella".
      score += share * value[g]!;
      covered += share * content[g]!;
      if (terms[ix[0]!]!.kind === "trigger") trigger = true;
    });
    const coverage = total > 0 ? covered / total : score > 0 ? 1 : 0;
    // The title (idx 0) restates the story; a body sentence saying the same is preferred.
    const text = inherited ? `${rows[before!]!.text} ${r.text}` : r.text;
    // A bare name or heading ("Tom Hale") answers nothing.
    const fit = (shape && shape.test(text) ? 1.3 : 1) * (r.idx === 0 ? 0.8 : 1) * (r.text.split(/\s+/).length < 5 ? 0.5 : 1);
    return { ...r, score: score * fit - r.rank * 0.01, coverage, trigger, ...(inherited ? { before: rows[before!]!.text } : {}) };
  });
  // "How long did the talks between Holt and Kessler last?" — "During the 25-minute talks, …": a sentence of the
  // right shape with the question's trigger counts when other sentences of its article hold the question's names.
  const onTopic = new Set(out.filter((p) => p.coverage >= MIN_COVERAGE).map((p) => p.article_id));
  const bySpan = (p: Passage & { trigger: boolean }) => (wh === "how_long" || wh === "how_many") && p.trigger && !!shape?.test(p.text) && onTopic.has(p.article_id);
  // "How long did it last?" is answered by a span of time or not at all.
  const mustFit = wh === "how_long" ? shape : undefined;
  const fits = (p: Passage) => !!shape?.test(`${p.before ?? ""} ${p.text}`);
  const kept = out.filter((p) => (p.coverage >= MIN_COVERAGE || bySpan(p)) && p.score > 0 && (!mustFit || fits(p)));
  // "When …?": a passage that says no time answers nothing, when another one as much about the question does ("Lee told Park on Thursday that …").
  const best = (ps: Passage[]) => Math.max(0, ...ps.map((p) => p.coverage));
  // (Not against the title: a headline restates the story in the question's words and never says when.)
  const timed = wh === "when" && kept.some(fits) && best(kept.filter(fits)) >= best(kept.filter((p) => !fits(p) && p.idx !== 0)) ? kept.filter(fits) : kept;
  return timed.sort((a, b) => b.score - a.score).map(({ trigger: _t, ...p }) => p);
}

/**
 * "Who is Rafael Moraru?": when a full name was typed, the passages that name it
 * in full, if any do; a sentence naming only the surname may be about another
 * person of that surname ("chairperson Ines Moraru"). A sentence giving a
 * relation ("Moraru's brother") is kept: it describes without naming.
 */
export function whoIsFullName(ranked: Passage[], wh: Wh, linked: LinkedName[]): Passage[] {
  const full = linked.map((l) => l.key).filter((k) => k.split(/\s+/).length >= 2);
  if (wh !== "who_is" || !full.length) return ranked;
  // "Marisol Tervo's brother": a relation to someone else describes the person without naming them, and is kept.
  const kin = new RegExp(`['’]s (?:[\\w-]+ )?(?:${KIN.join("|")})s?\\b`, "i");
  const names = (p: Passage) => full.some((k) => ` ${normaliseKey(`${p.before ?? ""} ${p.text}`)} `.includes(` ${k} `)) || kin.test(p.text);
  return ranked.some(names) ? ranked.filter(names) : ranked;
}

/** The best one to three passages: the best, and those close to it. */
export function bestPassages(ranked: Passage[], max = 3): Passage[] {
  const best = ranked[0];
  if (!best) return [];
  const chosen: Passage[] = [];
  for (const p of ranked) {
    if (p.score < best.score * 0.75 || chosen.length >= max) break;
    // A sentence already shown as another's lead-in, or the lead-in of one shown, is shown once.
    if (chosen.some((c) => c.text === p.text || c.before === p.text)) continue;
    const i = chosen.findIndex((c) => p.before === c.text);
    if (i >= 0) chosen[i] = p;
    else chosen.push(p);
  }
  return chosen;
}

/** The lead-in of every search answer. */
export const SEARCH_LEAD = "The closest passages I found:";
export const NOTHING_FOUND = "I found nothing in the stored articles about that.";

/** The text of a search answer: the lead-in and each passage verbatim, with its article's title when the scope is the whole store. */
export function composePassages(passages: Passage[], withTitles: boolean, wh: Wh = "other"): string {
  // "When …?": a passage's "on Tuesday" is read against its article's date, so the date is given.
  // Its relative dates are read too ("last night" in an article of 3 June = 2 June), so the day is said even when the record lacks the meeting.
  const dated = (p: Passage) => (wh === "when" && p.published ? `, article of ${p.published}${relativeDates(`${p.before ?? ""} ${p.text}`, p.published)}` : "");
  const about = (p: Passage) => [withTitles && p.title && p.idx !== 0 ? p.title : "", dated(p).slice(2)].filter(Boolean).join(", ");
  return [SEARCH_LEAD, ...passages.map((p) => `• “${p.before ? `${p.before} ` : ""}${p.text}”${about(p) ? ` (${about(p)})` : ""}`)].join("\n");
}

/** "; “last night” = 2023-06-02": the passage's date words that are not already a written date, resolved against its article's date (at most two). */
function relativeDates(text: string, published: string): string {
  const found = datesIn(text, published)
    .map((d) => ({ words: text.slice(d.start, d.end).trim(), value: d.value }))
    .filter((d) => d.words && !/\d{4}/.test(d.words) && d.words !== d.value)
    .slice(0, 2);
  return found.map((d) => `; “${d.words}” = ${d.value}`).join("");
}
