import { mentionsIn, type Analysis } from "./entities";
import type { Statement } from "./types";

/**
 * Statements of a transcript: a paragraph opened by a speaker label
 * ("Mr. SATO Kenji, Minister for Foreign Affairs: I am aware …") and the
 * unlabelled paragraphs after it, up to the next label or heading, are the
 * labelled speaker's words, one statement per paragraph. An unlabelled
 * paragraph that is a question ends the turn; a turn that asks questions ("?")
 * is a reporter's and makes none; Q/A labels name nobody.
 */
export function transcriptStatements(a: Analysis): Statement[] {
  const { labels, paragraphs, headings } = a.parsed;
  if (!labels?.length) return [];
  const out: Statement[] = [];
  labels.forEach((label, k) => {
    const named = mentionsIn(a, label.start, label.end).filter((m) => m.end <= label.end);
    const who = named.find((m) => a.entities[m.entity]!.type === "person") ?? named[0];
    if (!who) return;
    const next = labels[k + 1]?.paragraph ?? paragraphs.length;
    const block: typeof paragraphs = [];
    for (let i = label.paragraph; i < next; i++) {
      const p = paragraphs[i]!;
      // A heading between two paragraphs ends the speaker's turn.
      if (i > label.paragraph && headings?.some((h) => h.start > paragraphs[i - 1]!.end && h.end <= p.start)) break;
      // So does an unlabelled question (a reporter's, its "QUESTION:" label gone with the page's clutter).
      if (i > label.paragraph && /\?["”’]?\s*$/.test(p.text)) break;
      block.push(p);
    }
    if (block.some((p) => p.text.includes("?"))) return;
    for (const p of block) {
      const start = p === block[0] ? Math.max(p.start, label.end + 1) : p.start;
      const text = a.parsed.text.slice(start, p.end).replace(/^[\s:]+/, "").trim();
      // A line without a sentence's end is a heading the page left in the text, not words said.
      if (text.split(/\s+/).length < 3 || !/[.!?"”’)]$/.test(text)) continue;
      out.push({ speaker: who.entity, text, kind: "direct", rule: "transcript-label", evidence: { text: a.parsed.text.slice(p.start, p.end), start: p.start, end: p.end } });
    }
  });
  return out;
}
