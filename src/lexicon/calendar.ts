/** Month names and their abbreviations (lower case, without the dot) → 1..12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4,
  may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/**
 * Month names of other languages as page headers and date lines write them ("27. februar 2023", "27 Oktober 2015",
 * "5 de mayo de 2024"): German, Dutch, the Scandinavian languages, French, Spanish, Portuguese, Italian and
 * Indonesian/Malay (source: their standard calendars). Only whole date forms with a year use them (parse/dates.ts),
 * never a name finder: "Julio", "Mayo" and "Abril" are also names. Forms equal to an English month are left out.
 */
export const OTHER_LANGUAGE_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, janvier: 1, enero: 1, janeiro: 1, gennaio: 1, januari: 1,
  februar: 2, février: 2, fevrier: 2, febrero: 2, fevereiro: 2, febbraio: 2, februari: 2,
  märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, maret: 3, maart: 3,
  avril: 4, abril: 4, aprile: 4,
  mai: 5, mei: 5, mayo: 5, maio: 5, maggio: 5,
  juni: 6, juin: 6, junio: 6, junho: 6, giugno: 6,
  juli: 7, juillet: 7, julio: 7, julho: 7, luglio: 7,
  août: 8, aout: 8, agosto: 8, agustus: 8, augustus: 8,
  septembre: 9, septiembre: 9, setembro: 9, settembre: 9,
  oktober: 10, octobre: 10, octubre: 10, outubro: 10, ottobre: 10,
  novembre: 11, noviembre: 11, novembro: 11,
  dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dezembro: 12, dicembre: 12, desember: 12,
};

/** Weekday names → 0 (Sunday) .. 6. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Alternation of month names for regexes, longest first so "Sept" beats "Sep". */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join("|");

/**
 * Month names as the parser meets them in date lines: title case ("March", "Sept") or all
 * capitals ("MARCH 6, 2024", "SEPT. 3"), never lower case (so "may 2024" in a sentence is no date).
 */
export const MONTH_PATTERN_CASED = MONTH_PATTERN.split("|").flatMap((m) => [m, m.toUpperCase()]).join("|");

export const WEEKDAY_PATTERN = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join("|");

/**
 * Words a date stamp line may hold besides its date ("Published On: 25/06/2025",
 * "Friday, October 8, 2021, 11:14 a.m.", "date 2024-03-07 Print this page"):
 * labels, times, zones and page tools. Lower case.
 */
export const STAMP_WORDS: ReadonlySet<string> = new Set([
  "date", "dated", "published", "publish", "posted", "updated", "modified", "last", "first", "on", "at", "by", "in",
  "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "ist", "ago", "hour", "hours", "minute", "minutes", "mins",
  "min", "read", "print", "this", "page", "share", "email", "time", "local", "edition", "of", "the", "and", "for", "de",
]);

/** Stamp labels that name the publication date, and those that name a later revision. Lower case. */
export const PUBLISHED_LABELS = /^(?:date|dated|published(?: on)?|posted(?: on)?|first published(?: on)?|publish date|release date)\b/i;
export const UPDATED_LABELS = /^(?:updated(?: on)?|last updated(?: on)?|modified|last modified)\b/i;
/** Labels of dates that are not the article's (a reader app's "Created", "Last Read"). */
export const OTHER_DATE_LABELS = /^(?:created|last read|accessed|retrieved|saved|downloaded|printed)\b/i;
