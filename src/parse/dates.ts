import { MONTHS, MONTH_PATTERN_CASED as MONTH_PATTERN, OTHER_LANGUAGE_MONTHS } from "../lexicon/calendar";

/** A calendar date as the text gives it; month/day may be missing. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/**
 * How an all-numeric date whose two first fields could both be the month is
 * read: "dmy" (06/12/2024 = 6 December, most of the world) or "mdy" (US).
 */
export type NumericOrder = "dmy" | "mdy";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2023-06-25", "2023-06" or "2023" for the parts present; null without a year. */
export function formatIso(d: DateParts): string | null {
  if (!d.year) return null;
  if (!d.month) return String(d.year);
  if (!d.day) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

const monthOf = (name: string) => MONTHS[name.toLowerCase().replace(/\.$/, "")];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const valid = (d: DateParts) =>
  (!d.year || (d.year >= 1900 && d.year <= 2100)) &&
  (!d.month || (d.month >= 1 && d.month <= 12)) &&
  (!d.day || (d.day >= 1 && d.day <= (d.month ? DAYS_IN_MONTH[d.month - 1]! : 31)));

const ORDINAL = "(?:st|nd|rd|th)?";

/**
 * Reads a numeric day/month pair by what is possible: a first field above 12
 * is the day, a second above 12 is the day, else the document's order.
 */
function numeric(a: number, b: number, year: number, order: NumericOrder): DateParts {
  if (a > 12) return { year, month: b, day: a };
  if (b > 12) return { year, month: a, day: b };
  return order === "mdy" ? { year, month: a, day: b } : { year, month: b, day: a };
}

interface Form {
  id: string;
  re: RegExp;
  read: (m: RegExpExecArray, order: NumericOrder) => DateParts;
  example: string;
}

const OTHER_MONTH_PATTERN = Object.keys(OTHER_LANGUAGE_MONTHS).sort((a, b) => b.length - a.length).join("|");

/** Date forms, each with an example run by the tests. The earliest match in the text wins; on a tie, the first form. */
export const DATE_FORMS: readonly Form[] = [
  { id: "iso", re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }), example: "2024-03-07T09:30:00Z" },
  { id: "year-first-slash", re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }), example: "2024/04/06 06:30" },
  {
    id: "numeric",
    re: /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/,
    read: (m, order) => numeric(+m[1]!, +m[3]!, +m[4]!, order),
    example: "25/06/2025",
  },
  {
    id: "month-day-year",
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})${ORDINAL}(?:,\\s*|\\s+)(\\d{4})\\b`),
    read: (m) => ({ year: +m[3]!, month: monthOf(m[1]!), day: +m[2]! }),
    example: "March 14, 2017",
  },
  {
    id: "day-month-year",
    re: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`),
    read: (m) => ({ year: +m[3]!, month: monthOf(m[2]!), day: +m[1]! }),
    example: "4th August 2017",
  },
  {
    id: "other-language-day-month-year",
    re: new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(${OTHER_MONTH_PATTERN})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, "iu"),
    read: (m) => ({ year: +m[3]!, month: OTHER_LANGUAGE_MONTHS[m[2]!.toLowerCase()], day: +m[1]! }),
    example: "27. februar 2023 20:25",
  },
  {
    id: "month-year",
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?,?\\s+(\\d{4})\\b`),
    read: (m) => ({ year: +m[2]!, month: monthOf(m[1]!) }),
    example: "August 2014",
  },
];

/** A date found in text, with where it was found (offsets into the text searched). */
export interface FoundDate {
  parts: DateParts;
  index: number;
  length: number;
}

/**
 * The first date with a year in the text (a full date, or month and year),
 * with where it was found. `order` reads ambiguous numeric dates.
 */
export function findDate(text: string, order: NumericOrder = "mdy"): FoundDate | null {
  // Every form has a four-digit year: a text without four digits in a row has no date, and most lines and
  // sentences have none (a character scan is cheaper than the seven patterns).
  if (!hasFourDigits(text)) return null;
  let best: FoundDate | null = null;
  for (const form of DATE_FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const parts = form.read(m, order);
    if (!valid(parts)) continue;
    if (!best || m.index < best.index) best = { parts, index: m.index, length: m[0].length };
  }
  return best;
}

/** True when `text` holds four ASCII digits in a row (what `\d{4}` matches). */
function hasFourDigits(text: string): boolean {
  for (let i = 0, run = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) { if (++run === 4) return true; } else run = 0;
  }
  return false;
}

/** ISO form of the first date in the text, or null. */
export function parseDate(text: string, order: NumericOrder = "mdy"): string | null {
  const found = findDate(text, order);
  return found ? formatIso(found.parts) : null;
}

const NUMERIC_ALL = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/g;

/**
 * The order a document writes numeric dates in, by evidence: an unambiguous
 * numeric date of its own (25/06/2025 → dmy, 6/25/2023 → mdy), else a US hint
 * (a US state in a dateline, a US time zone) → mdy, else dmy.
 */
export function numericOrder(text: string, usHint: boolean): NumericOrder {
  for (const m of text.matchAll(NUMERIC_ALL)) {
    if (+m[1]! > 12 && +m[3]! <= 12) return "dmy";
    if (+m[3]! > 12 && +m[1]! <= 12) return "mdy";
  }
  return usHint || /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT)\b/.test(text) ? "mdy" : "dmy";
}
