import type { Answer } from "../../answer/ask";

/** Telegram's limit on a message's visible text (counted here in UTF-16 units, never fewer than Telegram counts). */
export const MAX_MESSAGE = 4096;
const MAX_SOURCES = 3;
/** Visible length limits of a source's title and evidence sentence. */
export const MAX_TITLE = 120;
export const MAX_EVIDENCE = 300;

/** Escapes text for `parse_mode: "HTML"`; Telegram needs only these three. */
export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Shortens plain text to at most `max` UTF-16 units, "…" included, cutting
 * only between graphemes (user-perceived characters): never inside a
 * surrogate pair, an emoji sequence or a letter with its combining marks.
 * Cut before escaping, so an HTML entity or tag is never split either.
 */
export function cutVisible(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = "";
  for (const { segment } of graphemes.segment(s)) {
    if (out.length + segment.length > max - 1) break;
    out += segment;
  }
  return `${out}…`;
}

/**
 * Renders an answer as Telegram HTML: the answer, then up to three sources
 * (title in italics, evidence sentence). Lengths are counted on the visible
 * text, as Telegram counts them, so the message always fits.
 */
export function formatAnswer(answer: Pick<Answer, "answer" | "sources">): string {
  const body = cutVisible(answer.answer, MAX_MESSAGE - 200);
  let visible = body.length;
  const parts = [escapeHtml(body)];
  const sources = answer.sources.slice(0, MAX_SOURCES);
  if (sources.length) {
    const header = "\n\nSources:";
    parts.push(`\n\n<b>Sources:</b>`);
    visible += header.length;
    for (const s of sources) {
      const title = cutVisible(s.title ?? "untitled article", MAX_TITLE);
      const evidence = cutVisible(s.evidence, MAX_EVIDENCE);
      const line = `\n• ${title}: ${evidence}`;
      if (visible + line.length > MAX_MESSAGE) break;
      visible += line.length;
      parts.push(`\n• <i>${escapeHtml(title)}</i>: ${escapeHtml(evidence)}`);
    }
  }
  return parts.join("");
}
