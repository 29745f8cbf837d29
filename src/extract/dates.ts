import { MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from "../lexicon/calendar";
import { findDate, formatIso } from "../parse/dates";
import type { ParsedArticle } from "../parse/parse-article";

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => d.toISOString().slice(0, 7);

/**
 * A day and month without a year: the year that puts it nearest the article's
 * date. An article of January 3 saying "on Dec. 30" means the December before;
 * one of December 28 saying "on Jan. 5" means the January after.
 */
function nearestYear(ref: Date, mo: number, day: number): string | null {
  const y = ref.getUTCFullYear();
  const off = (Date.UTC(y, mo - 1, day) - ref.getTime()) / DAY_MS;
  return formatIso({ year: off > 183 ? y - 1 : off < -300 ? y + 1 : y, month: mo, day });
}

/**
 * A relative or partial date expression: id, pattern, how it reads against the
 * article's date, and an example [text, article date, ISO date] run by
 * test/extract/dates.test.ts. Tried in order; a later rule never takes text an
 * earlier one matched.
 */
export interface DateRule {
  id: string;
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: Date) => string | null;
  example: readonly [string, string, string];
}

export const DATE_RULES: readonly DateRule[] = [
  {
    id: "month-day",
    // ("May 3rd": an ordinal ending too.)
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`),
    resolve: (m, ref) => nearestYear(ref, MONTHS[m[1]!.toLowerCase()]!, +m[2]!),
    example: ["They met on Dec. 30 in Lyon.", "2025-01-03", "2024-12-30"],
  },
  {
    id: "day-month",
    // ("3rd May", "the 3rd of May": an ordinal, and "of".)
    re: new RegExp(`\\b(\\d{1,2})(?:\\s?(?:st|nd|rd|th))?\\s+(?:of\\s+)?(${MONTH_PATTERN})\\b(?!,?\\s*\\d{4})`),
    resolve: (m, ref) => nearestYear(ref, MONTHS[m[2]!.toLowerCase()]!, +m[1]!),
    example: ["They met on 4 March in Lyon.", "2024-05-10", "2024-03-04"],
  },
  // "on 4th.", "on the 4th, in Colombo": a day of the article's month (of the month before, when the day is still to come).
  // (Not "on the 4th floor": the ordinal must close its phrase.)
  {
    id: "ordinal-day",
    re: /\bon (?:the )?(\d{1,2}) ?(?:st|nd|rd|th)\b(?=\s*(?:[.,;)]|$)|\s+(?:at|in|during|when|and|after|before)\b)/,
    resolve: (m, ref) => {
      const day = +m[1]!;
      if (day < 1 || day > 31) return null;
      const back = day > ref.getUTCDate() ? 1 : 0;
      return iso(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, day)));
    },
    example: ["They met for talks at the ministry on 4 th.", "2024-10-07", "2024-10-04"],
  },
  // Before the weekday rule: "the day before yesterday" is two days back.
  { id: "day-before-yesterday", re: /\bthe day before yesterday\b/i, resolve: (_m, ref) => iso(new Date(ref.getTime() - 2 * DAY_MS)), example: ["They met the day before yesterday.", "2024-05-10", "2024-05-08"] },
  {
    id: "weekday",
    re: new RegExp(`\\b([Oo]n |[Ll]ast |[Tt]his |late on |early on )?(${WEEKDAY_PATTERN})\\b`),
    resolve: (m, ref) => {
      // The most recent such day; "last Friday" in a Friday story is a week back.
      const same = /^last/i.test(m[1] ?? "") ? 7 : 0;
      const back = (ref.getUTCDay() - WEEKDAYS[m[2]!.toLowerCase()]! + 7) % 7 || same;
      return iso(new Date(ref.getTime() - back * DAY_MS));
    },
    example: ["They met on Tuesday.", "2024-05-10", "2024-05-07"],
  },
  { id: "yesterday", re: /\byesterday\b/i, resolve: (_m, ref) => iso(new Date(ref.getTime() - DAY_MS)), example: ["They met yesterday evening.", "2024-05-10", "2024-05-09"] },
  // "last night", "late last night": the evening before the article's date.
  { id: "last-night", re: /\b(?:late\s+)?last\s+(?:night|evening)\b/i, resolve: (_m, ref) => iso(new Date(ref.getTime() - DAY_MS)), example: ["They dined together late last night.", "2024-05-10", "2024-05-09"] },
  { id: "today", re: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/i, resolve: (_m, ref) => iso(ref), example: ["They met this morning.", "2024-05-10", "2024-05-10"] },
  { id: "last-week", re: /\blast week\b/i, resolve: (_m, ref) => month(new Date(ref.getTime() - 7 * DAY_MS)), example: ["They met last week.", "2024-05-03", "2024-04"] },
  // "earlier this week": days of the article's own week, a day or two before it.
  { id: "earlier-this-week", re: /\bearlier this week\b/i, resolve: (_m, ref) => month(new Date(ref.getTime() - 2 * DAY_MS)), example: ["They met earlier this week.", "2012-09-07", "2012-09"] },
  // Vague spans resolve to their month: a month is counted right for any day in it.
  { id: "this-week", re: /\bthis week\b/i, resolve: (_m, ref) => month(ref), example: ["They met this week.", "2024-05-10", "2024-05"] },
  {
    id: "weekend",
    re: /\b(?:at|over|during) the weekend\b|\blast weekend\b|\bthis weekend\b/i,
    resolve: (_m, ref) => month(new Date(ref.getTime() - (((ref.getUTCDay() + 1) % 7) || 7) * DAY_MS)),
    example: ["They met over the weekend.", "2024-06-03", "2024-06"],
  },
  { id: "last-month", re: /\blast month\b/i, resolve: (_m, ref) => month(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1))), example: ["They met last month.", "2024-01-10", "2023-12"] },
  { id: "this-month", re: /\b(?:earlier|later) this month\b|\bthis month\b/i, resolve: (_m, ref) => month(ref), example: ["They met earlier this month.", "2024-05-20", "2024-05"] },
  // "last November": the latest such month before the article's own ("last May" in a May story is a year back).
  {
    id: "last-month-name",
    re: new RegExp(`\\b[Ll]ast\\s+(${MONTH_PATTERN})\\b(?!\\.?\\s+\\d)`),
    resolve: (m, ref) => {
      const mo = MONTHS[m[1]!.toLowerCase()]!;
      return formatIso({ year: mo >= ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear(), month: mo });
    },
    example: ["They met last November in Lima.", "2024-05-10", "2023-11"],
  },
  {
    id: "in-month",
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|mid-?)\\s+(${MONTH_PATTERN})\\b(?!\\.?\\s+\\d)`),
    resolve: (m, ref) => {
      const mo = MONTHS[m[1]!.toLowerCase()]!;
      const year = mo > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      return formatIso({ year, month: mo });
    },
    example: ["They met in November.", "2024-05-10", "2023-11"],
  },
];

/** A date expression found in text, resolved, with its offsets in that text. */
export interface DateMention {
  start: number;
  end: number;
  value: string;
}

// (A day number is no optional part of "month-day" and "day-month": a text with no digit skips them.)
const DIGIT_RULES: ReadonlySet<string> = new Set(["month-day", "day-month", "ordinal-day"]);
const GLOBAL_RULES = DATE_RULES.map((r) => ({ ...r, re: new RegExp(r.re.source, r.re.flags.includes("g") ? r.re.flags : r.re.flags + "g"), needsDigit: DIGIT_RULES.has(r.id) }));

/**
 * Every date expression of a stretch of text, resolved against the article's
 * own date ("June 25, 2023", "on June 25", "on Tuesday", "last week", "in
 * March"), in text order. Partial forms inside a full date are skipped.
 */
export function datesIn(text: string, published: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (let from = 0; from < text.length; ) {
    const full = findDate(text.slice(from));
    if (!full) break;
    const value = formatIso(full.parts);
    if (value) found.push({ start: from + full.index, end: from + full.index + full.length, value });
    from += full.index + Math.max(1, full.length);
  }
  const explicit = [...found];
  const ref = published ? new Date(`${published.length === 7 ? published + "-01" : published}T00:00:00Z`) : null;
  if (ref && !Number.isNaN(ref.getTime())) {
    const digits = /\d/.test(text);
    for (const rule of GLOBAL_RULES) {
      if (!digits && rule.needsDigit) continue;
      // (exec over the rule's own global copy, not matchAll, which clones the pattern on every call)
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        const start = m.index, end = start + m[0].length;
        if (found.some((f) => start < f.end && end > f.start)) continue;
        // "on Friday, Sept. 13, 2024": a weekday set before the full date it falls on is that date, said twice.
        const gap = /^,?\s+/.exec(text.slice(end, end + 4))?.[0].length;
        if (gap !== undefined && explicit.some((f) => f.start === end + gap)) continue;
        const value = rule.resolve(m as RegExpExecArray, ref);
        if (value) found.push({ start, end, value });
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** The first date a stretch of text refers to, or null. */
export function resolveDate(text: string, published: string | null): string | null {
  return datesIn(text, published)[0]?.value ?? null;
}

/**
 * The date relative words ("yesterday", "on Monday") count from: the article's date, or its dateline's when that is
 * written out and up to a week earlier ("TROMSØ, January 17. … yesterday" reposted on January 18 means January 16).
 * ISO, or null when the article has no date.
 */
export function referenceDate(parsed: Pick<ParsedArticle, "published" | "dateline">): string | null {
  const filed = parsed.dateline?.date;
  if (!filed || parsed.dateline!.yearGuessed || !parsed.published || parsed.published.length !== 10 || filed.length !== 10) return parsed.published;
  const days = (Date.parse(`${parsed.published}T00:00:00Z`) - Date.parse(`${filed}T00:00:00Z`)) / 86_400_000;
  return days > 0 && days <= 7 ? filed : parsed.published;
}
