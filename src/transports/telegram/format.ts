import type { Answer } from "../../answer/ask";

/** Telegram's limit on a message's visible text. */
export const MAX_MESSAGE = 4096;
const MAX_SOURCES = 3;
const MAX_EVIDENCE = 300;

/** Escapes text for `parse_mode: "HTML"`; Telegram needs only these three. */
export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Renders an answer as Telegram HTML: the answer, then up to three sources
 * (title in italics, evidence sentence). Lengths are counted on the visible
 * text, as Telegram counts them, so the message always fits.
 */
export function formatAnswer(answer: Pick<Answer, "answer" | "sources">): string {
  const body = cut(answer.answer, MAX_MESSAGE - 200);
  let visible = body.length;
  const parts = [escapeHtml(body)];
  const sources = answer.sources.slice(0, MAX_SOURCES);
  if (sources.length) {
    const header = "\n\nSources:";
    parts.push(`\n\n<b>Sources:</b>`);
    visible += header.length;
    for (const s of sources) {
      const title = cut(s.title ?? "untitled article", 120);
      const evidence = cut(s.evidence, MAX_EVIDENCE);
      const line = `\n• ${title}: ${evidence}`;
      if (visible + line.length > MAX_MESSAGE) break;
      visible += line.length;
      parts.push(`\n• <i>${escapeHtml(title)}</i>: ${escapeHtml(evidence)}`);
    }
  }
  return parts.join("");
}
