import { AUTHORED_DOCUMENTS } from "../lexicon/authored-documents";
import { isHonorific, isRoleHead } from "../lexicon/titles";
import { normaliseKey } from "../util/normalise";
import type { Analysis } from "./entities";
import { findNames } from "./names";
import type { Statement } from "./types";

/** "I", "we" and their other cases, outside quotes: the author speaking ("US" in capitals is the country). */
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)(?![\p{L}’'])/u;
/** A quotation mark: a sentence with one holds someone's quoted words, which other rules attribute. */
const QUOTE_MARK = /[“”"]/;

/**
 * Stage 5 of extraction: a text whose headline says it is one person's own words ("Statement by President X
 * following her meeting with Y", AUTHORED_DOCUMENTS). Each body paragraph's first-person sentences that no
 * other rule attributed are that person's direct statement, one per paragraph. The author is the person the
 * headline names: an entity of the body with that name or surname, else a new one (a headline is seldom
 * repeated in the body of a press office's text). Returns the statements to add (none for any other text);
 * may append the author to `a.entities`.
 */
export function authoredStatements(a: Analysis, found: readonly Statement[]): Statement[] {
  const by = authorOf(a);
  if (by === undefined) return [];
  const { author, from } = by;
  const taken = (start: number, end: number) => found.some((s) => s.evidence.start < end && start < s.evidence.end);
  const byParagraph = new Map<number, { start: number; end: number; parts: string[] }>();
  for (const s of a.sentences) {
    if (s.start < from || s.caption || taken(s.start, s.end) || QUOTE_MARK.test(s.text) || !FIRST_PERSON.test(s.text)) continue;
    const p = byParagraph.get(s.paragraph);
    if (p) { p.end = s.end; p.parts.push(s.text); } else byParagraph.set(s.paragraph, { start: s.start, end: s.end, parts: [s.text] });
  }
  return [...byParagraph.values()].map((p) => ({
    speaker: author, text: p.parts.join(" "), kind: "direct" as const,
    evidence: { text: a.parsed.text.slice(p.start, p.end), start: p.start, end: p.end }, rule: "authored-document",
  }));
}

/** How far into the body a line introducing an author's words is looked for (characters). */
const INTRO_REACH = 1500;

/**
 * The person a headline (or a line opening the body) names as the text's author: their entity index, and the
 * offset in the text from which the words are theirs (0 for a headline). Undefined when no such cue names a person.
 */
export function authorOf(a: Analysis): { author: number; from: number } | undefined {
  let phrase: string | undefined, from = 0;
  const title = a.parsed.title?.trim();
  for (const d of AUTHORED_DOCUMENTS) {
    if (d.where === "headline") { phrase = title ? d.re.exec(title)?.[1] : undefined; }
    else {
      const bodyStart = a.sentences[0]?.start ?? 0;
      const m = d.re.exec(a.parsed.text.slice(bodyStart, bodyStart + INTRO_REACH));
      phrase = m?.[1];
      from = m ? bodyStart + m.index + m[0].length : 0;
    }
    if (phrase) break;
  }
  if (!phrase) return undefined;
  const author = authorNamed(a, phrase);
  return author === undefined ? undefined : { author, from };
}

/** The entity of the person named in `phrase` (title words and all), added to `a.entities` when the body has none. */
function authorNamed(a: Analysis, phrase: string): number | undefined {
  // The person named in the phrase, its title words before it ("President Ines Moreau's").
  const run = findNames(phrase.replace(/[’']s\s*$/, "")).find((r) => r.kind === "person");
  if (!run) return undefined;
  const key = normaliseKey(run.name);
  const surname = run.name.split(/\s+/).pop()!;
  const known = a.entities.findIndex((e) => e.type === "person" && (normaliseKey(e.name) === key || (e.name.endsWith(` ${surname}`) && (!/\s/.test(run.name) || normaliseKey(e.name).includes(key)))));
  if (known >= 0) return known;
  const role = run.prefix.split(/\s+/).filter((w) => w && !isHonorific(w)).join(" ");
  return a.entities.push({ name: run.name, type: "person", role: role && isRoleHead(role.split(" ").pop()!) ? role.toLowerCase() : null, affiliation: null, aliases: [], mentions: 1 }) - 1;
}
