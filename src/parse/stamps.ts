import { OTHER_DATE_LABELS, PUBLISHED_LABELS, STAMP_WORDS, UPDATED_LABELS, WEEKDAY_PATTERN, WEEKDAYS } from "../lexicon/calendar";
import { DATE_FORMS, findDate, formatIso, type NumericOrder } from "./dates";

/** What a date stamp line says: the publication date, a revision date, or a date of something else. */
export interface Stamp {
  published?: string;
  updated?: string;
  /** A labelled date that is not the article's ("Created: 2024/04/06"). */
  other?: boolean;
  /** The line carried a label ("Published On:", "Date:"). */
  labelled: boolean;
  /** The line opens with a weekday ("Monday, November 25, 2024"). */
  weekdayLed: boolean;
}

const MAX_STAMP_LINE = 110;
const TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?=\W|$)/gi;
const ZONE = /\b(?:[A-Z]{2,4}T|UTC[+-]?\d*|GMT[+-]?\d*)\b/g;
const WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\.?\\b`, "gi");
const GLOBAL_FORMS = DATE_FORMS.map((f) => new RegExp(f.re.source, "g" + f.re.flags.replace("g", "")));
// (Built once: a stamp line is read for each of them.)
const WEEKDAY_LED = new RegExp(`^(?:${WEEKDAY_PATTERN})\\b`, "i");
const WEEKDAY_NAMED = new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, "i");
const WEEKDAY_LEAD = new RegExp(`^(?:${WEEKDAY_PATTERN}),?\\s*`, "i");
const LABEL_AT_START = /^\s*(?:(?:date|dated|published|posted|updated|modified|last updated|first published|publish date|release date|created|last read|accessed|retrieved|saved)(?:\s+on)?)\s*:?\s*/i;

/**
 * A short line that is essentially a date stamp: "6/25/2023", "Published On:
 * 25/06/2025", "[March 14, 2017]", "All News 17:45 December 23, 2020",
 * "28th February 2019 By: African News Agency", "Rachana Dubey (BOMBAY TIMES;
 * December 20, 2018)". Besides the date it holds only labels, times, zones,
 * page tools and capitalised words (an outlet, a byline): no lower-case word
 * of a sentence ("Talks resume on March 3, 2024" is a headline). Null when not.
 */
export function readStamp(line: string, order: NumericOrder): Stamp | null {
  if (line.length > MAX_STAMP_LINE) return null;
  const first = findDate(line, order);
  if (!first) return null;
  let rest = line;
  for (const re of GLOBAL_FORMS) rest = rest.replace(re, " ");
  rest = rest.replace(TIME, " ").replace(ZONE, " ").replace(WEEKDAY, " ");
  const words = rest.split(/[\s,;|·•()[\]{}<>"“”/–—-]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "")).filter((w) => /\p{L}/u.test(w));
  if (words.some((w) => /^\p{Ll}/u.test(w) && !STAMP_WORDS.has(w.toLowerCase()))) return null;
  if (words.length > 10) return null;
  const head = line.replace(/^[\s[(]+/, "");
  const weekdayLed = WEEKDAY_LED.test(head);
  const labelled = LABEL_AT_START.test(head) && /\p{L}/u.test(head.slice(0, first.index));
  // "Fri, 09/07/2012": a weekday on the line says which reading of two numbers the date is (September 7, a Friday).
  const weekdayNamed = WEEKDAY_NAMED.exec(line);
  const pair = weekdayNamed ? /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(line.slice(first.index, first.index + first.length)) : null;
  if (pair && +pair[1]! <= 12 && +pair[3]! <= 12 && pair[1] !== pair[3]) {
    const want = WEEKDAYS[weekdayNamed![1]!.toLowerCase()];
    const swapped = { year: first.parts.year, month: first.parts.day, day: first.parts.month };
    const weekday = (d: typeof first.parts) => new Date(Date.UTC(d.year!, d.month! - 1, d.day!)).getUTCDay();
    if (weekday(first.parts) !== want && weekday(swapped) === want) first.parts = swapped;
  }
  const iso = formatIso(first.parts)!;
  const label = head.replace(WEEKDAY_LEAD, "");
  if (OTHER_DATE_LABELS.test(label)) return { other: true, labelled: true, weekdayLed };
  const updatedAt = line.search(/\b(?:updated|modified)\b/i);
  if (UPDATED_LABELS.test(label) || (updatedAt >= 0 && updatedAt < first.index)) return { updated: iso, labelled, weekdayLed };
  const out: Stamp = { published: iso, labelled: labelled || PUBLISHED_LABELS.test(label), weekdayLed };
  if (updatedAt > first.index) {
    const second = findDate(line.slice(updatedAt), order);
    if (second) out.updated = formatIso(second.parts)!;
  }
  return out;
}

const LEADING_STAMP = /^(?:(?:date|dated|published|posted|updated)(?:\s+on)?\s*:?\s*)?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\s+(?=\S)/i;
const LEADING_LABELLED = /^(?:date|dated|published|posted|updated)(?:\s+on)?\s*:\s*/i;

/**
 * A stamp that opens a line of other text: "date 2024-06-10 Prime Minister
 * …", "Published: March 3, 2024 Ministers met …". Gives the length to skip
 * (stamp and following spaces) and what the stamp says, or null. Only ISO
 * dates and labelled stamps are split off, so that a sentence opening with
 * "March 3, 2024 was" stays whole.
 */
export function leadingStamp(line: string, order: NumericOrder): { length: number; stamp: Stamp } | null {
  const iso = LEADING_STAMP.exec(line);
  if (iso) {
    const stamp = readStamp(iso[0].trim(), order);
    if (stamp) return { length: iso[0].length, stamp };
  }
  const label = LEADING_LABELLED.exec(line);
  if (label) {
    const d = findDate(line.slice(label[0].length), order);
    if (d && d.index === 0) {
      let length = label[0].length + d.length;
      const after = /^(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s+/i.exec(line.slice(length));
      if (after && line.length > length + after[0].length) {
        length += after[0].length;
        const stamp = readStamp(line.slice(0, length).trim(), order);
        if (stamp) return { length, stamp };
      }
    }
  }
  return null;
}
