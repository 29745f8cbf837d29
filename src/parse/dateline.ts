import { MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from "../lexicon/calendar";
import { formatIso } from "./dates";

/** The place and date a wire story was filed from. */
export interface Dateline {
  place: string;
  date: string | null;
  agency: string | null;
}

// "NAIROBI, March 6 (Wire) - ", "SEOUL — ", "GUATEMALA CITY—", "BRUSSELS &#8212; " (after decoding)
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}'’.\\- ]{1,40}?)(?:,\\s*(?:\\p{Lu}[\\p{L}.]+,\\s*)?(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*(?:\\(([^)]{1,40})\\))?\\s*[-–—]+\\s*`,
  "u",
);

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());

/**
 * Finds a dateline at the start of a paragraph. A month and day without a year
 * take the year of `published` (a dateline never reaches into another year
 * far from its story's own date).
 */
export function findDateline(
  paragraph: string,
  published: string | null,
  referenceYear?: number,
): { dateline: Dateline; length: number } | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  if (place.length < 3 || !/\p{Lu}{3}/u.test(place)) return null;
  let date: string | null = null;
  if (m[2] && m[3]) {
    const parts = { month: MONTHS[m[2].toLowerCase()]!, day: +m[3] };
    const year = m[4] ? +m[4] : published ? +published.slice(0, 4) : inferYear(parts, paragraph, referenceYear);
    date = year ? formatIso({ year, ...parts }) : null;
  }
  return { dateline: { place: titleCase(place), date, agency: m[5] ?? null }, length: m[0].length };
}

const WEEKDAY_MENTION = new RegExp(`\\bon (${WEEKDAY_PATTERN})\\b`, "g");
const MAX_YEARS_BACK = 6;

/**
 * A dateline without a year ("NAIROBI, March 6 (Wire) -"): take the latest
 * year up to `referenceYear` in which that day is a weekday and every "on
 * <weekday>" of the lead paragraph falls on it or in the two days before —
 * how wire leads report the day's and the previous days' events.
 */
export function inferYear(
  d: { month: number; day: number },
  lead: string,
  referenceYear: number | undefined,
): number | undefined {
  if (!referenceYear) return undefined;
  const mentioned = [...lead.matchAll(WEEKDAY_MENTION)].map((m) => WEEKDAYS[m[1]!.toLowerCase()]!);
  for (let year = referenceYear; year > referenceYear - MAX_YEARS_BACK; year--) {
    const weekday = new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (mentioned.every((w) => (weekday - w + 7) % 7 <= 2)) return year;
  }
  return referenceYear;
}
