import { MONTHS, MONTH_PATTERN } from "../lexicon/calendar";

/** A calendar date as the text gives it; month/day may be missing. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2023-06-25", "2023-06" or "2023" for the parts present; null without a year. */
export function formatIso(d: DateParts): string | null {
  if (!d.year) return null;
  if (!d.month) return String(d.year);
  if (!d.day) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, "")];
const valid = (d: DateParts) =>
  (!d.month || (d.month >= 1 && d.month <= 12)) && (!d.day || (d.day >= 1 && d.day <= 31));

// Each form: a regex and how to read its groups. Tried in order; the earliest match in the text wins.
const FORMS: ReadonlyArray<{ id: string; re: RegExp; read: (m: RegExpExecArray) => DateParts }> = [
  { id: "iso", re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { id: "us-numeric", re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, read: (m) => ({ year: +m[3]!, month: +m[1]!, day: +m[2]! }) },
  {
    id: "month-day-year",
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b`),
    read: (m) => ({ year: +m[3]!, month: monthOf(m[1]!), day: +m[2]! }),
  },
  {
    id: "day-month-year",
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`),
    read: (m) => ({ year: +m[3]!, month: monthOf(m[2]!), day: +m[1]! }),
  },
  {
    id: "month-year",
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`),
    read: (m) => ({ year: +m[2]!, month: monthOf(m[1]!) }),
  },
];

/** The first full date (with a year) in the text, with where it was found. */
export function findDate(text: string): { parts: DateParts; index: number; length: number } | null {
  let best: { parts: DateParts; index: number; length: number } | null = null;
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const parts = form.read(m);
    if (!valid(parts)) continue;
    if (!best || m.index < best.index) best = { parts, index: m.index, length: m[0].length };
  }
  return best;
}

/** ISO form of the first full date in the text, or null. */
export function parseDate(text: string): string | null {
  const found = findDate(text);
  return found ? formatIso(found.parts) : null;
}
