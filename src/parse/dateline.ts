import { MONTHS, MONTH_PATTERN_CASED as MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from "../lexicon/calendar";
import { US_STATE_ABBREVIATIONS } from "../lexicon/datelines";
import { lookupCity } from "../lexicon/cities";
import { ORG_HEAD_SET } from "../lexicon/organisations";
import { lookupPlace } from "../lexicon/places";
import { isNonNameWord } from "../lexicon/stopwords";
import { isHonorific, isPluralRoleHead, isRoleHead } from "../lexicon/titles";
import { SPEECH_VERBS } from "../lexicon/verbs";
import { formatIso } from "./dates";

/** The place and date a wire story was filed from. `date` is ISO or null; `agency` as written. */
export interface Dateline {
  place: string;
  region: string | null;
  date: string | null;
  agency: string | null;
  /** True when the date's year was not written and had to be guessed. */
  yearGuessed: boolean;
}

// The grammar: CITY[ [country]][, region or country][, date][.][,][ (agency[ - date]) | /agency/ | AGENCY][ – — - : .]
// ("New York [US], September 26 :" as Indian wires write it; "NEW DELHI (Agency / Wire - 10th September, 2020)" with the date inside.)
// ("Addis Ababa February 6/2022 /ENA/": no comma before a date that opens with its month, the year after a slash.)
// ("ABU DHABI, 12th March, 2024 (WAM) --", "Riyadh, May 29, 2024, SPA --": an ordinal day first, a comma before the agency, after a date only.)
// A word in capitals; a dot only after a short abbreviation ("ST. LOUIS"), so that "MOSCOW. KAZINFORM" is place and agency.
// The abbreviation first, so that "ST. LOUIS" is read whole rather than stopping at "ST".
const CAPS_WORD = "(?:\\p{Lu}{1,3}\\.|\\p{Lu}[\\p{Lu}'’\\-]*)";
const TITLE_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*";
const PLACE = `(?<caps>${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3})|(?<title>${TITLE_WORD}(?:\\s+(?!(?:${MONTH_PATTERN})\\b)${TITLE_WORD}){0,2})`;
// (No month after the first word: "TROMSØ, Norway Nov 17 –" is the region, then the date.)
const REGION = `(?!(?:${MONTH_PATTERN})\\b)\\p{Lu}[\\p{L}.]*(?:\\s(?!(?:${MONTH_PATTERN})\\b)\\p{Lu}[\\p{L}.]*){0,2}`;
const DAY_MONTH = `(?<month>${MONTH_PATTERN})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4})|\\/(?<year3>\\d{4}))?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>${MONTH_PATTERN})\\.?(?:,?\\s+(?<year2>\\d{4}))?`;
const AGENCY = `\\((?<agency>[^()]{1,40}?)(?:\\s*[–—-]\\s*(?:(?<aday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<amonth>${MONTH_PATTERN}),?\\s+(?<ayear>\\d{4})))?\\)|/(?<agency2>[^/\\s][^/]{0,20})/|(?<agency3>\\p{Lu}{3,}(?:\\s\\p{Lu}{2,})?)(?=\\s*[–—-])`;
/** A second place after a slash, the story filed from both ("Tromsø/Oslo, Aug 12 (Wire)"): the first is the dateline's. */
const SECOND_PLACE = `\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,2}`;
/** A clock time and a bar before the place, as some agencies stamp it: "16:00 | ". */
const CLOCK = "\\d{1,2}:\\d{2}\\s*\\|\\s*";
// ("Bergen (Vestland region), Jun. 22.": the region in brackets after the place; "Bergen, Vestland
// [Ministry of Health] –": the issuing office in square brackets before the dash.)
const DATELINE = new RegExp(
  `^(?:${CLOCK})?(?:${PLACE})(?:\\/${SECOND_PLACE}(?=,))?(?:\\s*\\[(?<bracket>\\p{Lu}[\\p{L} .]{1,30})\\])?(?:\\s*\\((?<pregion>[^()]{1,30}?\\s(?:region|province|state|department|county|district|governorate|oblast))\\))?(?:,\\s*(?<region>${REGION}))??(?:(?:,\\s*|\\s+(?=${MONTH_PATTERN}\\.?\\s+\\d))(?:${DAY_MONTH}))?\\.?(?:(?:(?<=\\d),)?\\s*(?:${AGENCY}))?\\.?(?:\\s*\\[(?<issuer>\\p{Lu}[^\\]\\n]{1,40})\\])?(?<sep>\\s*[–—-]+\\s+|\\s*:\\s+|\\s+|\\s*$)`,
  "u",
);

const SPEECH_WORDS = new Set(SPEECH_VERBS);
/** A credit in brackets opening a paragraph, before a capitalised word: [, credit]. */
const LEADING_CREDIT = /^\(([^()\n]{2,40})\)\s+(?=\p{Lu})/u;

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());

/** Options for reading a dateline's date. */
export interface DatelineContext {
  /** The article's date when the text or the upload gives one (ISO). */
  published: string | null;
  /** The upload date (ISO yyyy-mm-dd), for guessing a missing year. */
  referenceDate?: string;
}

/**
 * Reads a dateline at the start of a paragraph ("HAMBURG, July 7. /TASS/.",
 * "JEFFERSON CITY, Mo. –", "LONDON (Agencies):", "Kathmandu, June 10 (PTI) -").
 * ALL-CAPS places need only a separator; a title-case place needs a date,
 * an agency, or a known place, so that "Meanwhile, Smith – who" is none.
 * Returns the dateline and the length of the opener to skip, or null.
 */
export function findDateline(paragraph: string, ctx: DatelineContext): { dateline: Dateline; length: number } | null {
  // "(Wire Syndicate) TROMSØ, Norway, January 17.": a reposting service's credit in brackets before
  // a dateline with a date; the credit is its agency when the dateline names none.
  const credit = LEADING_CREDIT.exec(paragraph);
  if (credit) {
    const inner = findDateline(paragraph.slice(credit[0].length), ctx);
    if (inner && (inner.dateline.date || /\d/.test(paragraph.slice(credit[0].length, credit[0].length + inner.length)))) return { dateline: { ...inner.dateline, agency: inner.dateline.agency ?? credit[1]!.trim() }, length: credit[0].length + inner.length };
  }
  const m = DATELINE.exec(paragraph);
  if (!m?.groups) return null;
  const g = m.groups;
  const placeRaw = (g.caps ?? g.title ?? "").replace(/[.]+$/, "").trim();
  const agency = g.agency ?? g.agency2 ?? g.agency3 ?? g.issuer ?? null;
  const monthName = g.month ?? g.month2 ?? g.amonth;
  const hasDate = Boolean(monthName);
  const sep = g.sep!;
  const dashOrColon = /[–—:-]/.test(sep);
  // "PARIS The" is no dateline; "PARIS (AP) The" is, and so is a paragraph of a place and a date alone.
  const alone = !sep.trim() && m[0].length >= paragraph.trimEnd().length;
  // ("TROMSØ, Norway, January 17. Norway's …": a place in capitals and a date closed by a full stop, as
  // some agencies write it, need no dash.)
  const capsDated = !!g.caps && hasDate && /\d\.\s+$/.test(m[0]);
  if (!agency && !dashOrColon && !(alone && hasDate) && !capsDated) return null;
  if (sep.trim() === "-" && !/\s-\s/.test(m[0])) return null; // "WASHINGTON-based" is a compound, not a dash
  const words = placeRaw.split(/\s+/);
  // "Meanwhile, Lagos – the city …": a sentence adverb is no place.
  if (words.length === 1 && isNonNameWord(words[0]!)) return null;
  // "SECRETARY POMPEO:" is a speaker label; "GENERAL SANTOS, Philippines" and "KING CITY, Calif." are places (a known region says so).
  const placeRegion = !!g.region && (US_STATE_ABBREVIATIONS.has(g.region) || !!lookupPlace(g.region));
  const bracketPlace = !!g.bracket && (!!lookupPlace(g.bracket) || /^\p{Lu}{2,3}$/u.test(g.bracket));
  if ((words.some((w) => isRoleHead(w) || isHonorific(w) || isPluralRoleHead(w)) && !placeRegion) || /^(?:Q|A)$/.test(placeRaw)) return null;
  // ("Senators Ana Lind (D-CT) and …": a US lawmaker's party and state in brackets is no agency.)
  if (agency && /^[DRI]-[A-Z]{2}$/.test(agency)) return null;
  // "BERG SAID:" opens a quote in capitals: a speech verb is no part of a place.
  if (words.some((w) => SPEECH_WORDS.has(w.toLowerCase())) && !placeRegion && !lookupPlace(titleCase(placeRaw))) return null;
  if (g.caps) {
    if (!/\p{Lu}{3}/u.test(placeRaw) && !(g.region && US_STATE_ABBREVIATIONS.has(g.region))) return null;
    if (/^\p{Lu}+$/u.test(placeRaw) && placeRaw.length < 3) return null;
    // ("HNA - Kessmere's Prime Minister …": an agency's initials opening the story, no place a gazetteer knows.)
    if (/^\p{Lu}{3}$/u.test(placeRaw) && !agency && !hasDate && !lookupPlace(titleCase(placeRaw)) && !lookupCity(titleCase(placeRaw)) && !lookupPlace(placeRaw)) return null;
    // "HRB: Regulators met with port agents": capitals and a colon with no date or agency are a headline's kicker,
    // unless they name a known place ("KOCHI: Union minister X …").
    if (sep.trim() === ":" && !hasDate && !agency && !placeRegion && !lookupPlace(titleCase(placeRaw)) && !lookupCity(titleCase(placeRaw))) return null;
  } else {
    const known = lookupPlace(placeRaw) || lookupCity(placeRaw) || bracketPlace || (g.region && (lookupPlace(g.region) || US_STATE_ABBREVIATIONS.has(g.region)));
    if (!hasDate && !agency && !known) return null;
    // "Ghana Football Association (GFA) President, X led …": a body's name and its short form open a sentence; no
    // place is named by an organisation's head noun.
    if (!known && words.some((w) => ORG_HEAD_SET.has(w.toLowerCase()))) return null;
    // "Paris: the view" reads as prose; "Kochi: Union minister X on Monday called on …" (a known city, then a whole
    // sentence) is the dateline Indian papers write.
    const cityThenSentence = (["city", "capital"].includes(lookupPlace(placeRaw)?.kind ?? "") || !!lookupCity(placeRaw)) && /^\p{Lu}[^\n]{60,}/u.test(paragraph.slice(m[0].length));
    if (sep.trim() === ":" && !hasDate && !agency && !cityThenSentence) return null;
  }
  if (g.region && !US_STATE_ABBREVIATIONS.has(g.region) && !lookupPlace(g.region) && !hasDate && !/^\p{Lu}{2,}$/u.test(g.region)) {
    // "LONDON, Smith said" would make a region of a surname: only known regions, states or codes.
    // ("Bergen, Vestland [Ministry of Health] –": a known town before a dash vouches for the region after it.)
    if (!g.caps && !((lookupPlace(placeRaw) || lookupCity(placeRaw)) && dashOrColon)) return null;
  }
  let date: string | null = null;
  let yearGuessed = false;
  if (monthName) {
    const month = MONTHS[monthName.toLowerCase()]!;
    const day = +(g.day ?? g.day2 ?? g.aday)!;
    const written = g.year ?? g.year2 ?? g.year3 ?? g.ayear;
    let year: number | undefined;
    if (written) year = +written;
    else if (ctx.published) year = nearestYear({ month, day }, ctx.published);
    else {
      year = inferYear({ month, day }, paragraph, ctx.referenceDate);
      yearGuessed = year !== undefined;
    }
    date = year ? formatIso({ year, month, day }) : null;
  }
  return {
    dateline: { place: g.caps ? titleCase(placeRaw) : placeRaw, region: g.region ?? (bracketPlace ? g.bracket! : null), date, agency, yearGuessed },
    length: m[0].length,
  };
}

/** The year that puts month/day nearest to an ISO date (a dateline of Dec 31 on a Jan 2 story is last year's). */
export function nearestYear(d: { month: number; day: number }, iso: string): number {
  const ref = Date.parse(`${iso.length === 4 ? iso + "-07-01" : iso.length === 7 ? iso + "-15" : iso}T00:00:00Z`);
  const y = +iso.slice(0, 4);
  let best = y;
  for (const cand of [y - 1, y, y + 1]) {
    if (Math.abs(Date.UTC(cand, d.month - 1, d.day) - ref) < Math.abs(Date.UTC(best, d.month - 1, d.day) - ref)) best = cand;
  }
  return best;
}

const WEEKDAY_MENTION = new RegExp(`\\bon (${WEEKDAY_PATTERN})\\b`, "g");
const MAX_YEARS_BACK = 6;
const DAY_MS = 86_400_000;

/**
 * A dateline without a year ("NAIROBI, March 6 (Wire) -"): the nearest year
 * at or before the upload date in which every weekday the lead names ("on
 * Tuesday") falls on the dateline's day or in the two days before it; without
 * a weekday (or none fitting), the year that puts the date nearest before the upload date.
 * Undefined without an upload date.
 */
export function inferYear(d: { month: number; day: number }, lead: string, referenceDate: string | undefined): number | undefined {
  if (!referenceDate) return undefined;
  const ref = Date.parse(`${referenceDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ref)) return undefined;
  const refYear = new Date(ref).getUTCFullYear();
  // The latest year whose date is not after the upload (two days' grace for time zones).
  let latest = refYear;
  if (Date.UTC(refYear, d.month - 1, d.day) > ref + 2 * DAY_MS) latest--;
  const mentioned = [...lead.matchAll(WEEKDAY_MENTION)].map((m) => WEEKDAYS[m[1]!.toLowerCase()]!);
  if (!mentioned.length) return latest;
  // Wire leads report the day's and the previous days' events: each weekday named falls on the date or up to two
  // days before, and a wire dateline is a weekday. The nearest such year wins.
  let best: { year: number; score: number } | null = null;
  for (let year = latest; year > latest - MAX_YEARS_BACK; year--) {
    const weekday = new Date(Date.UTC(year, d.month - 1, d.day)).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const gap = Math.max(...mentioned.map((w) => (weekday - w + 7) % 7));
    if (gap > 2) continue;
    const score = latest - year;
    if (!best || score < best.score) best = { year, score };
  }
  if (best) return best.year;
  return latest;
}
