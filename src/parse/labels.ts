import { isHonorific, isRoleHead } from "../lexicon/titles";
import { PAGE_LABELS } from "../lexicon/page-residue";
import type { Span } from "./lines";

/** A transcript speaker label opening a paragraph ("SECRETARY POMPEO:", "Q:"); offsets cover the name, not the colon. */
export interface Label {
  name: string;
  start: number;
  end: number;
  /** Index into `paragraphs` of the paragraph the label opens (whose words the labelled speaker says). */
  paragraph: number;
}

const LABEL = /^((?:Q|A|Question|Answer)|\p{Lu}[\p{L}.'’\-]*(?:(?:\s+|,\s*)(?:\p{Lu}[\p{L}.'’\-]*|of|for|the|and|de|al|bin)){0,6})\s*:\s+(?=\S)/u;
const QA = /^(?:Q|A|Question|Answer)$/i;

/**
 * Transcript labels: a paragraph opening with a capitalised name or role and
 * a colon. Recorded when the label is Q/A, names a role or honorific
 * ("MINISTER SATO:", "Mr. Smith:"), is in capitals of two words or more,
 * or when two or more paragraphs open with labels (a transcript).
 */
export function findLabels(paragraphs: Span[]): Label[] {
  const found: Label[] = [];
  paragraphs.forEach((p, i) => {
    const m = LABEL.exec(p.text);
    // ("Announcement: …", "Please note: …": a page's own labels name no speaker.)
    if (!m || m[1]!.length > 60 || PAGE_LABELS.has(m[1]!.toLowerCase())) return;
    found.push({ name: m[1]!, start: p.start, end: p.start + m[1]!.length, paragraph: i });
  });
  const transcript = found.length >= 2;
  return found.filter((l) => {
    const words = l.name.split(/[\s,]+/);
    return transcript || QA.test(l.name) || words.some((w) => isRoleHead(w) || isHonorific(w)) || (words.length >= 2 && l.name === l.name.toUpperCase());
  });
}
