import { MONTHS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from "../lexicon/calendar";
import { findDate, formatIso } from "../ingest/parse/dates";

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
    re: new RegExp(`\\b(?:[Oo]n |[Ll]ast |[Tt]his |late on |early on )?(${WEEKDAY_PATTERN})\\b`),
    resolve: (m, ref) => {
      const back = (ref.getUTCDay() - WEEKDAYS[m[1]!.toLowerCase()]! + 7) % 7;
      return iso(new Date(ref.getTime() - back * DAY_MS));
    },
  },
  { id: "yesterday", re: /\byesterday\b/i, resolve: (_m, ref) => iso(new Date(ref.getTime() - DAY_MS)) },
  { id: "today", re: /\btoday\b/i, resolve: (_m, ref) => iso(ref) },
  { id: "last-week", re: /\blast week\b|\bearlier this week\b/i, resolve: (_m, ref) => month(new Date(ref.getTime() - 7 * DAY_MS)) },
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

/**
 * The date a stretch of text refers to, resolved against the article's own
 * date: "June 25, 2023", "on June 25", "on Tuesday", "last week", "in March".
 * Returns the earliest expression in the text.
 */
export function resolveDate(text: string, published: string | null): string | null {
  const found: Array<{ at: number; value: string }> = [];
  const full = findDate(text);
  if (full) found.push({ at: full.index, value: formatIso(full.parts)! });
  const ref = published ? new Date(`${published.length === 7 ? published + "-01" : published}T00:00:00Z`) : null;
  if (ref && !Number.isNaN(ref.getTime())) {
    for (const rule of RULES) {
      const m = rule.re.exec(text);
      if (!m || (full && m.index >= full.index && m.index < full.index + full.length)) continue;
      const v = rule.resolve(m, ref);
      if (v) found.push({ at: m.index, value: v });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.value ?? null;
}
