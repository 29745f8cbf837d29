import { MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from "../lexicon/calendar";
import { findDate, formatIso } from "../parse/dates";

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => d.toISOString().slice(0, 7);

// Relative and partial date expressions, tried in order; each reads a match against the article's date.
const RULES: ReadonlyArray<{ id: string; re: RegExp; resolve: (m: RegExpExecArray, ref: Date) => string | null }> = [
  {
    id: "month-day",
    re: new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})`),
    resolve: (m, ref) => formatIso({ year: ref.getUTCFullYear(), month: MONTHS[m[1]!.toLowerCase()]!, day: +m[2]! }),
  },
  {
    id: "day-month",
    re: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_PATTERN})\\b(?!,?\\s*\\d{4})`),
    resolve: (m, ref) => formatIso({ year: ref.getUTCFullYear(), month: MONTHS[m[2]!.toLowerCase()]!, day: +m[1]! }),
  },
  {
    id: "weekday",
    re: new RegExp(`\\b([Oo]n |[Ll]ast |[Tt]his |late on |early on )?(${WEEKDAY_PATTERN})\\b`),
    resolve: (m, ref) => {
      // The most recent such day; "last Friday" in a Friday story is a week back.
      const same = /^last/i.test(m[1] ?? "") ? 7 : 0;
      const back = (ref.getUTCDay() - WEEKDAYS[m[2]!.toLowerCase()]! + 7) % 7 || same;
      return iso(new Date(ref.getTime() - back * DAY_MS));
    },
  },
  { id: "yesterday", re: /\byesterday\b/i, resolve: (_m, ref) => iso(new Date(ref.getTime() - DAY_MS)) },
  { id: "today", re: /\btoday\b/i, resolve: (_m, ref) => iso(ref) },
  { id: "last-week", re: /\blast week\b|\bearlier this week\b/i, resolve: (_m, ref) => month(new Date(ref.getTime() - 7 * DAY_MS)) },
  // Vague spans resolve to their month: a month is counted right for any day in it.
  { id: "this-week", re: /\bthis week\b/i, resolve: (_m, ref) => month(ref) },
  {
    id: "weekend",
    re: /\b(?:at|over|during) the weekend\b|\blast weekend\b|\bthis weekend\b/i,
    resolve: (_m, ref) => month(new Date(ref.getTime() - (((ref.getUTCDay() + 1) % 7) || 7) * DAY_MS)),
  },
  { id: "last-month", re: /\blast month\b/i, resolve: (_m, ref) => month(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, 1))) },
  { id: "this-month", re: /\b(?:earlier|later) this month\b|\bthis month\b/i, resolve: (_m, ref) => month(ref) },
  {
    id: "in-month",
    re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|mid-?)\\s+(${MONTH_PATTERN})\\b(?!\\.?\\s+\\d)`),
    resolve: (m, ref) => {
      const mo = MONTHS[m[1]!.toLowerCase()]!;
      const year = mo > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      return formatIso({ year, month: mo });
    },
  },
];

/** A date expression found in text, resolved, with its offsets in that text. */
export interface DateMention {
  start: number;
  end: number;
  value: string;
}

const GLOBAL_RULES = RULES.map((r) => ({ ...r, re: new RegExp(r.re.source, r.re.flags.includes("g") ? r.re.flags : r.re.flags + "g") }));

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
  const ref = published ? new Date(`${published.length === 7 ? published + "-01" : published}T00:00:00Z`) : null;
  if (ref && !Number.isNaN(ref.getTime())) {
    for (const rule of GLOBAL_RULES) {
      for (const m of text.matchAll(rule.re)) {
        const start = m.index!, end = start + m[0].length;
        if (found.some((f) => start < f.end && end > f.start)) continue;
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
