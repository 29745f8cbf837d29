import givenNames from "gender-detection-from-name/names/en";
import { WEEKDAYS, MONTHS } from "../lexicon/calendar";
import { INSTITUTION_NAMES, isPartyName, MEMBERS_AS_BODY, ORG_HEAD_SET, ORG_OPENERS as ORG_OPENER_WORDS, ROLE_OFFICE_HEADS } from "../lexicon/organisations";
import { countryOfAdjective, isPlaceFeatureWord, isPluralDemonym, isRegionAdjective, lookupPlace, opensMultiwordPlace, PLACES_WITH_AND } from "../lexicon/places";
import { NON_NAME_WORDS, NOT_PERSON_WORDS } from "../lexicon/stopwords";
import { lookupCity } from "../lexicon/cities";
import { bare, isBareHonorific, isBarePluralRoleHead, isBareRoleHead, isHonorific, isPluralRoleHead, isRoleHead, PORTFOLIO_WORDS, ROLE_HEADS, SAMDECH_CHAIN } from "../lexicon/titles";
import { SPEECH_VERBS } from "../lexicon/verbs";

/** A token of a capitalised run, with offsets relative to the sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  /** `bare(text)`: lower case, without final dots or a possessive — the form every lexicon look-up takes. */
  readonly bare: string;
}

/** A word token; its bare form is worked out once, on first use (a run's words are looked up in many lexicons). */
class WordToken implements Token {
  #bare: string | undefined;
  constructor(readonly text: string, readonly start: number, readonly end: number, readonly possessive: boolean) {}
  get bare(): string { return (this.#bare ??= bare(this.text)); }
}

/** What a capitalised run names once its role prefix is split off. */
export interface NameRun {
  kind: "person" | "organization" | "place";
  name: string;
  start: number;
  end: number;
  /** Capitalised words before the name inside the run ("Investment Minister"). */
  prefix: string;
  /** True when the run closes with a possessive ("China’s"). */
  possessive: boolean;
  /** True when the name came after a title or honorific ("Sen. Keane"). */
  titled: boolean;
  /** A place no gazetteer knows, read as one from the preposition before it ("talks in Benaulim"). */
  guessedPlace?: true;
}

const set = (xs: readonly string[]) => new Set(xs);
const NON_NAME = set(NON_NAME_WORDS);
const INSTITUTIONS = set(INSTITUTION_NAMES);
/** A count or quantifier before a word: "the two Democrats" are people, not the party. */
const COUNTED_BEFORE = /\b(?:two|three|four|five|both|several|many|some|other|fellow|all|most|few|\d+)\s+$/i;
const ORG_OPENERS = set(ORG_OPENER_WORDS);
const NOT_PERSON_HEADS = set(NOT_PERSON_WORDS);
const MEMBERS_AS_BODY_SET = set(MEMBERS_AS_BODY);
const PORTFOLIO = set(PORTFOLIO_WORDS);
/** "serbia-montenegro", "asia-pacific": places joined by hyphens (a bare token), each part a known place. */
const isPlacesJoined = (b: string) => b.includes("-") && b.split("-").every((w) => w.length > 2 && !!lookupPlace(w));
/** Nouns that close a region's name: "Kebbi State", "Akwa Ibom State", "Western Province". */
const SUBDIVISION_NOUNS = set(["state", "province", "county", "district", "region", "governorate", "prefecture", "oblast", "territory", "parish"]);
const FUNCTION_WORDS = set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but", "as", "after", "before", "while", "when", "if"]);
const PARTICLES = set(["de", "la", "del", "della", "der", "den", "da", "das", "do", "dos", "du", "van", "von", "bin", "ibn", "bint", "al", "el", "di", "le", "ter", "ten", "y", "of", "es"]);

/** "Added Holloway,": a capitalised speech verb opening a run is the verb, not a name ("Said" stays: it is a given name). */
const LEADING_VERBS = new Set(SPEECH_VERBS.filter((v) => v !== "said" && v !== "says"));
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|an|ibn|bin|abu)-\p{Lu}/u;
/** Starts with a capital ("Ana", "Émile") or is an Arabic article joined to one ("al-Sisi"); ASCII first, as it runs for every word. */
const isCapital = (w: string) => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 97 && c <= 122 && w.includes("-") && ARABIC_ARTICLE.test(w);
  return /^\p{Lu}/u.test(w) || ARABIC_ARTICLE.test(w);
};
export const isOrgHead = (w: string) => ORG_HEAD_SET.has(bare(w));
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
const isCalendar = (w: string) => CALENDAR_WORDS.has(bare(w));
/** A preposition or determiner that makes the day or month after it a date: "on Monday", "In June", "last Friday". */
const DAY_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "week", "weekend"]);
const DATE_PREPOSITION_BEFORE = /\b(?:on|in|since|by|until|from|during|last|next|this|early|late)\s+$/i;

// A word token is what /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/u matches. It is scanned by hand: the pattern ran for
// every word of every sentence, and a test of the character code settles all of ASCII without it.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** The length in UTF-16 units of the code point at `i` when it is a letter, mark or number, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + len)) ? len : 0;
}
/** Offset of the next word token's first character at or after `i`, or `text.length`. */
function nextTokenStart(text: string, i: number): number {
  while (i < text.length && !wordCharAt(text, i)) i++;
  return i;
}
/** Offset just after the word token that starts at `i` (its letters, marks, numbers, apostrophes, dots and hyphens). */
function tokenEnd(text: string, i: number): number {
  i += wordCharAt(text, i);
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 46 || c === 45) { i++; continue; }
    const n = i < text.length ? wordCharAt(text, i) : 0;
    if (!n) return i;
    i += n;
  }
}

const isQuote = (c: string | undefined) => c === "’" || c === "'";

/**
 * "Congratulating Lind on …", "Welcoming the guest, …": a participle of nine letters or more opening the sentence,
 * before a name, is the verb of a fronted phrase, never a name ("Browning", "Jing" are names: a given name or a short
 * word is kept).
 */
function openingParticiple(text: string, t: Token): boolean {
  return t.bare.length >= 9 && t.bare.endsWith("ing") && !givenNames.has(t.bare) && /^[\s“"‘'(]*$/.test(text.slice(0, t.start));
}
/** A party's member named by the party's word before a full name ("Republican X Y"); none is a given name. */
const PARTY_MEMBER_WORDS: ReadonlySet<string> = new Set(["republican", "democrat", "tory"]);
/** Capitalised words that rank a title ("Deputy Supreme Commander"): with title words only, no name. */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(["supreme", "deputy", "vice", "acting", "chief", "grand", "high", "joint", "assistant", "interim", "senior", "principal", "extraordinary", "plenipotentiary", "resident"]);

/** Word tokens of a sentence; a final dot is kept only on abbreviations and initials. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let start = nextTokenStart(text, 0), end = 0; start < text.length; start = nextTokenStart(text, end)) {
    end = tokenEnd(text, start);
    let w = text.slice(start, end);
    if (w.endsWith(".") && !/^(?:\p{L}\.)+$/u.test(w) && !/^(?:mr|mrs|ms|dr|sen|gen|rep|gov|st|jr|sr|lt|col|maj|capt|prof|adm|engr|barr|arc|smt|alh|hon)\.$/i.test(w)) {
      w = w.replace(/\.+$/, "");
    }
    // A lone trailing apostrophe goes ("Jones’"); character tests, as this runs for every word.
    if (isQuote(w[w.length - 1]) && !isQuote(w[w.length - 2]) && w[w.length - 2] !== "-") w = w.slice(0, -1);
    const possessive = w.length > 2 && w[w.length - 1] === "s" && isQuote(w[w.length - 2]);
    // "NorwayIvo Brandt", "LindToday": two words a page glued (a link's text after a country, a caption
    // before the body) are two tokens, when the first is a known place or the second a day word.
    const glued = GLUED.exec(w);
    if (glued && (lookupPlace(glued[1]!) || GLUED_DAY_WORDS.has(glued[2]!.toLowerCase()))) {
      out.push(new WordToken(glued[1]!, start, start + glued[1]!.length, false));
      out.push(new WordToken(glued[2]!, start + glued[1]!.length, start + w.length, possessive));
      continue;
    }
    out.push(new WordToken(w, start, start + w.length, possessive));
  }
  return out;
}

/** A capitalised word of four or more letters glued to another capitalised word ("NorwayIvo"). */
const GLUED = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+(?:[’']s)?)$/u;
/** Words a page glues after a caption's last word: "…BrandtToday, the Premier …". */
const GLUED_DAY_WORDS: ReadonlySet<string> = new Set(["today", "yesterday", "tomorrow", "tonight", ...Object.keys(WEEKDAYS).map((w) => w.toLowerCase())]);

/** A capital follows, possibly after more particles ("de la Vega"). */
function startsName(tokens: Token[], i: number): boolean {
  while (tokens[i] && PARTICLES.has(tokens[i]!.text.toLowerCase())) i++;
  return !!tokens[i] && isCapital(tokens[i]!.text);
}

/**
 * "Secretary of the Navy …", "Member of the Politburo of the Party …": "of the" and a capital go on with a run
 * that opens with a title and has no name word yet ("President Biden of the United States" stops at "Biden").
 */
function titleOfThe(run: Token[], tokens: Token[], i: number): boolean {
  if (tokens[i]!.text !== "of" || tokens[i + 1]?.text !== "the" || !tokens[i + 2] || !isCapital(tokens[i + 2]!.text)) return false;
  const head = isBareRoleHead(run[0]!.bare) ? 0 : run.length > 1 && isBareRoleHead(run[1]!.bare) ? 1 : -1;
  return head >= 0 && (head === run.length - 1 || run[head + 1]!.text === "of");
}

const isNonName = (t: Token | undefined) => !!t && NON_NAME.has(t.bare);

/** Index of a title followed by "of the" that opens the run (after a leading "The"), or -1. */
function titleOfTheAt(body: Token[]): number {
  const head = isRoleHead(body[0]?.text ?? "") ? 0 : -1;
  return head === 0 && body[1]?.text === "of" && body[2]?.text === "the" ? 0 : -1;
}

/** The run so far is a title's portfolio: "Minister of Foreign Affairs". */
function inPortfolio(run: Token[]): boolean {
  // ("Minister for Trade and Industry": "for" opens a portfolio as "of" does.)
  const of = run.findIndex((t) => t.text === "of" || t.text === "for");
  // (A body's remit too: "Ministry of Foreign and Expatriate Affairs", "Department of Trade and Industry".)
  return of > 0 && (isBareRoleHead(run[of - 1]!.bare) || ORG_HEAD_SET.has(run[of - 1]!.bare)) && run.slice(of + 1).every((t) => PORTFOLIO.has(t.bare));
}

/** "We've", "They’ll", "I'm", "Don't": a pronoun or verb with a contracted word, never part of a name (unlike "O’Neill"). */
const CONTRACTION = /^\p{L}+(?:['’](?:ve|re|ll|m|d)|n['’]t)$/iu;

/** "Perth-based", "Saudi-backed", "Kenyan-born": an adjective made of a name, never part of a name. */
const PLACE_COMPOUND = /^\p{Lu}[\p{L}.]*-(?:based|born|led|backed|owned|run|funded|controlled|registered|headquartered|made|bound)$/u;

// (Each capitalised word is tested: the patterns need an apostrophe or a hyphen, looked for first.)
const isContraction = (w: string) => (w.includes("'") || w.includes("’")) && CONTRACTION.test(w);
const isPlaceCompound = (w: string) => w.includes("-") && PLACE_COMPOUND.test(w);

/**
 * Whether "and" at `tokens[i]` joins the words of one body's name: before it, capitalised words that are no given
 * name, place, people or body's head ("Rail Tram"); after it, one to three capitalised words ending in a body's head
 * that closes the run ("Bus Union", "Bus Workers Union"), spaces only between.
 */
function andInBodyName(run: Token[], tokens: Token[], i: number, text: string): boolean {
  const words = run.filter((t) => !FUNCTION_WORDS.has(t.bare));
  if (!words.length || words.some((t) => lookupPlace(t.bare) || countryOfAdjective(t.bare) || t.possessive)) return false;
  let k = i + 1;
  for (; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isCapital(t.text) || !/^\s+$/.test(text.slice(tokens[k - 1]!.end, t.start)) || givenNames.has(t.bare)) return false;
    if (ORG_HEAD_SET.has(t.bare)) break;
  }
  const head = tokens[k];
  if (!head || k > i + 3 || !ORG_HEAD_SET.has(head.bare)) return false;
  const closes = head.possessive || !tokens[k + 1] || !isCapital(tokens[k + 1]!.text) || !/^\s+$/.test(text.slice(head.end, tokens[k + 1]!.start));
  // (What stands before "and" is no person's or place's name by itself: "Ana Lind and Bus Union" are two.)
  const kind = classifyRun(text, run)?.kind;
  return closes && kind !== "person" && kind !== "place";
}

/** Plural nouns that close a body's name after "of the": "… Exporting Countries", "… of American States". */
const PLURAL_BODY_WORDS = set(["countries", "nations", "states", "peoples", "workers", "employers", "producers", "exporters", "importers", "industries", "islands", "churches"]);
/** A lower-case noun of a subdivision right after a run: " region", " province" (not "region's" or a capitalised one). */
const SUBDIVISION_AFTER = /^\s(?:region|province|state|district|county|governorate|prefecture|oblast|municipality)\b(?![’'-])/;
/** A lower-case title and "of" right before a run: "mayor of ", "the governor of the ". */
const OF_AFTER_LOWER_TITLE = new RegExp(`(?:^|[^\\p{L}])(?:${ROLE_HEADS.filter((h) => /^[a-z]+$/.test(h)).join("|")})\\s+of\\s+(?:the\\s+)?$`, "u");
/** Capitalised words never part of a person's or body's name here: a deity's, or one not in Latin letters. */
const NEVER_IN_A_NAME = (t: Token): boolean => t.bare === "god" || t.bare === "allah" || /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Han}]/u.test(t.text);

/** Abbreviations of degrees and documents written like a body's initials ("PhD", "MoU"): no body. */
const NOT_INITIALS = /^(?:PhD|DPhil|MPhil|MSc|BSc|MoU|MoUs|MoA|LLB|LLM)$/;
/** Compass adjectives that open a part of a place in a portfolio: "… Fisheries and Northern Norway". */
const COMPASS_ADJECTIVES = set(["northern", "southern", "eastern", "western"]);
/** The opening and the closing of a one-word nickname in quotes between a given name and a surname. */
const NICKNAME_OPENS = /^\s+['"‘“]$/;
const NICKNAME_CLOSES = /^['"’”]\s+$/;
const NICKNAME_INSIDE = /\s+['"‘“]\p{Lu}[\p{L}.’'-]*['"’”]\s+/gu;

/** Groups tokens into runs of capitalised words joined by name particles ("Ana Lucía de la Vega"). */
export function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // A particle left at the end is no part of the name ("… de" before a lower-case word); a capitalised one is a
    // surname ("Ravi Das", "Ana Da").
    while (run.length && PARTICLES.has(run[run.length - 1]!.text) ) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  // A nickname in quotes inside a name ("Ivo 'Kool' Brandt"): skipped, and the name read on across it.
  let nicknameBefore = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (run.length && isCapital(t.text) && NICKNAME_OPENS.test(text.slice(run[run.length - 1]!.end, t.start)) && tokens[i + 1] && isCapital(tokens[i + 1]!.text)
      && NICKNAME_CLOSES.test(text.slice(t.end, tokens[i + 1]!.start)) && !isBareRoleHead(t.bare)) { nicknameBefore = i + 1; continue; }
    const gap = i === nicknameBefore ? " " : run.length ? text.slice(run[run.length - 1]!.end, t.start) : " ";
    // "Data & Power": an ampersand joins the parts of one (organisation) name.
    // ("China Communications Construction Co., Ltd.": a company's "Co., Ltd." is one suffix.)
    const coLtd = run.length > 1 && run[run.length - 1]!.bare === "co" && /^\.,\s+$/.test(gap) && /^(?:Ltd|Limited|LLC|Inc)$/.test(t.text);
    if (run.length && !/^\s+$/.test(gap) && !(/^\s*&\s*$/.test(gap) && isCapital(t.text)) && !pluralPossessiveInName(run, gap, tokens, i) && !coLtd) close();
    // "Amalgamated Transit Union Local 1142", "Group of 20": a number closes an organisation's name.
    if (/^\d+$/.test(t.text) && run.length >= 2 && run.some((x) => ORG_HEAD_SET.has(x.bare)) && /^\s+$/.test(gap)) {
      run.push(t);
      close();
    } else if (isCapital(t.text) && NEVER_IN_A_NAME(t)) {
      // ("He wished Brandt God’s help": a deity's name ends a run; a word in another script is a page's own
      // furniture, never a name of an English text.)
      close();
    } else if (isCapital(t.text) && !/^\d/.test(t.text) && !isContraction(t.text) && !isPlaceCompound(t.text)) {
      run.push(t);
      if (t.possessive && !roleOfficeNext(t, tokens, i, text)) close();
    } else if (run.length && t.text === "and" && placeWithAnd(run, tokens, i)) {
      // "Trinidad and Tobago Prime Minister X", "St Vincent and the Grenadines": a country whose name has "and" in it.
      const n = placeWithAnd(run, tokens, i);
      for (let k = 0; k < n; k++) run.push(tokens[i + k]!);
      i += n - 1;
    } else if (run.length && t.text === "and" && andInBodyName(run, tokens, i, text)) {
      // "Rail Tram and Bus Union": "and" between the words of one body's name that its head closes.
      run.push(t);
    } else if (run.length && t.text === "and" && inPortfolio(run) && tokens[i + 1] && PORTFOLIO.has(tokens[i + 1]!.bare) && isCapital(tokens[i + 1]!.text)) {
      // "Minister of Foreign Affairs and Trade Péter Szijjártó": "and" inside a portfolio joins it.
      run.push(t);
    } else if (run.length && t.text === "to" && isBareRoleHead(run[run.length - 1]!.bare) && /^\s+$/.test(text.slice(t.end, tokens[i + 1]?.start ?? t.end))
      && (tokens[i + 1]?.text === "the" ? isCapital(tokens[i + 2]?.text ?? "") && isBareRoleHead(tokens[i + 2]!.bare) : false)) {
      // "Special Assistant to the President Amos Chanda", "Adviser to the Minister …": the title's principal, read on.
      run.push(t, tokens[++i]!);
    } else if (run.length >= 2 && t.text === "the" && run[run.length - 1]!.text === "of" && titleOfThe(run.slice(0, -1), tokens, i - 1)) {
      // "Member of the Central Committee Yang Wei", "Secretary of the Navy Carla Ruiz": the title's body, read on.
      run.push(t);
    } else if (t.text === "of" && tokens[i + 1]?.text === "the" && run.some((x) => ORG_HEAD_SET.has(x.bare)) && countryNamedAt(tokens, i + 2)) {
      // "Ministry of Foreign Affairs of the Russian Federation": the country after "of the" belongs to the body's name.
      run.push(t, tokens[++i]!);
    } else if (run.length && (t.text === "for" ? ORG_HEAD_SET.has(run[run.length - 1]!.bare) || (titleBeforeFor(run) && portfolioOrPlaceAt(tokens, i + 1)) || bodyOfMembersFor(run, tokens, i) : t.text === "on" && (REMIT_ON_HEADS.has(run[run.length - 1]!.bare) || (isBareRoleHead(run[run.length - 1]!.bare) && portfolioOrPlaceAt(tokens, i + 1))) && !CALENDAR_WORDS.has(tokens[i + 1]?.bare ?? "")) && tokens[i + 1] && isCapital(tokens[i + 1]!.text) && /^\s+$/.test(text.slice(t.end, tokens[i + 1]!.start))) {
      // "Independent Office for Police Conduct", "Centre for Disease Control", "Council on Foreign Relations": "for"
      // and "on" inside a body's name ("Minister for Foreign Affairs": and a title's portfolio).
      run.push(t);
    } else if (run.length >= 3 && t.text === "and" && run.some((x, k) => k > 0 && (x.text === "for" ? ORG_HEAD_SET.has(run[k - 1]!.bare) || (isBareRoleHead(run[k - 1]!.bare) && PORTFOLIO.has(run[run.length - 1]!.bare) && (PORTFOLIO.has(tokens[i + 1]?.bare ?? "") || placeAt(tokens, i + 1) > 0 || (COMPASS_ADJECTIVES.has(tokens[i + 1]?.bare ?? "") && placeAt(tokens, i + 2) > 0))) : x.text === "on" && REMIT_ON_HEADS.has(run[k - 1]!.bare))) && tokens[i + 1] && isCapital(tokens[i + 1]!.text)) {
      // "… Commission for Trade and Economic Cooperation": the body's remit goes on after "and".
      run.push(t);
    } else if (run.length && PARTICLES.has(t.text.toLowerCase()) && (startsName(tokens, i + 1) || titleOfThe(run, tokens, i)
      || (t.text === "of" && ORG_HEAD_SET.has(run[run.length - 1]!.bare) && /^\d+$/.test(tokens[i + 1]?.text ?? "")))) {
      run.push(t);
    } else close();
  }
  close();
  return runs;
}

/**
 * How many tokens from `tokens[i]` ("and") on finish a place whose name has "and" inside, begun by the run's last
 * words ("Trinidad" + "and Tobago"), or 0.
 */
function placeWithAnd(run: Token[], tokens: Token[], i: number): number {
  for (const words of PLACES_WITH_AND) {
    const and = words.indexOf("and");
    if (and > run.length) continue;
    const head = run.slice(run.length - and).map((t) => t.text.toLowerCase());
    if (head.join(" ") !== words.slice(0, and).join(" ")) continue;
    const tail = words.slice(and);
    if (tail.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) return tail.length;
  }
  return 0;
}

const ROLE_OFFICE_SET = set(ROLE_OFFICE_HEADS);
/** Bodies whose name goes on with "on" and their remit ("Council on Foreign Relations"); not "Petroleum on Monday". */
const REMIT_ON_HEADS = set(["committee", "council", "commission", "panel", "conference", "forum", "subcommittee", "caucus", "taskforce", "institute", "centre", "center"]);
/** "the Prime Minister's Office", "the President's Media Division": a title's possessive, then the office serving it. */
function roleOfficeNext(t: Token, tokens: Token[], i: number, text: string): boolean {
  if (!isBareRoleHead(t.bare)) return false;
  for (let j = i + 1; j < tokens.length && j < i + 3 && isCapital(tokens[j]!.text) && /^\s+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)); j++) {
    if (ROLE_OFFICE_SET.has(tokens[j]!.bare)) return true;
  }
  return false;
}

/**
 * "Delta Governors’ Forum", "the National Farmers' Union": a plural possessive inside an organisation's name
 * (a word ending in s, an apostrophe, then capitalised words up to an organisation head) does not end the run.
 * "Jones’ remarks", "the Harrises' home" are no names: a lower-case word or no organisation head follows.
 */
function pluralPossessiveInName(run: Token[], gap: string, tokens: Token[], i: number): boolean {
  if (!/^[’']\s+$/.test(gap) || !/\p{Ll}s$/u.test(run[run.length - 1]!.text)) return false;
  for (let j = i; j < tokens.length && j < i + 3 && isCapital(tokens[j]!.text); j++) {
    if (ORG_HEAD_SET.has(tokens[j]!.bare)) return true;
  }
  return false;
}

/** Classifies one run: splits off a title prefix and decides person, organisation or place. */
export function classifyRun(text: string, run: Token[]): NameRun | null {
  let i = 0;
  // "Ambassador He Wei": a pronoun-like word capitalised inside a sentence, before another name word, is a surname.
  const surnameFirst = run.length >= 2 && SURNAME_LIKE.has(run[0]!.text) && /[\p{L},]\s+$/u.test(text.slice(Math.max(0, run[0]!.start - 3), run[0]!.start));
  // "State House said …": a seat of power is named whole, though its first word also opens sentences.
  {
    const from = run[0] && FUNCTION_WORDS.has(run[0].bare) ? 1 : 0;
    const whole = run.slice(from);
    // A party's one-word short name alone is the party too ("Labor said …").
    const named = whole.length ? text.slice(whole[0]!.start, whole[whole.length - 1]!.end).replace(/[’']s$/, "") : "";
    if (whole.length && (INSTITUTIONS.has(named.toLowerCase()) || (whole.length === 1 && isPartyName(named) && !COUNTED_BEFORE.test(text.slice(Math.max(0, whole[0]!.start - 12), whole[0]!.start))))) {
      return { kind: "organization", name: text.slice(whole[0]!.start, whole[whole.length - 1]!.end).replace(/[’']s$/, ""), start: whole[0]!.start, end: whole[whole.length - 1]!.end, prefix: "", possessive: whole[whole.length - 1]!.possessive, titled: false };
    }
  }
  // "between Federated Growers and …", "United Steelworkers": a body named after its members, capitalised inside
  // the sentence (at its start "Angry Farmers" could be any farmers).
  {
    const from = run[0] && FUNCTION_WORDS.has(run[0].bare) ? 1 : 0;
    const whole = run.slice(from);
    if (whole.length >= 2 && whole[0]!.start > 1 && MEMBERS_AS_BODY_SET.has(whole[whole.length - 1]!.bare) && !countryOfAdjective(whole[0]!.bare) && !givenNames.has(whole[0]!.bare) && !/[.!?:]["”]?\s*$/.test(text.slice(0, whole[0]!.start))) {
      return { kind: "organization", name: text.slice(whole[0]!.start, whole[whole.length - 1]!.end).replace(/[’']s$/, ""), start: whole[0]!.start, end: whole[whole.length - 1]!.end, prefix: "", possessive: whole[whole.length - 1]!.possessive, titled: false };
    }
  }
  // Leading sentence words: "The", "Prior", "While" (but keep "The Hague").
  // (Only short remainders can be a place like "The Hague": no join of a long run for every word.)
  // ("…to Serbia-Montenegro Michael Polt": places joined by a hyphen before a name are where a title is, not the name.)
  // ("Republican Ivo Brandt", "Democrat Ana Lind": a party member's word before two name words is no name; "Republican
  // National Committee" keeps it, a body's head closing the run.)
  while (!surnameFirst && i < run.length && (NON_NAME.has(run[i]!.bare) || LEADING_VERBS.has(run[i]!.bare) || (i === 0 && run.length > 1 && openingParticiple(text, run[0]!)) || (i < run.length - 2 && isPlacesJoined(run[i]!.bare)) || (i < run.length - 2 && PARTY_MEMBER_WORDS.has(run[i]!.bare) && !run.some((t) => ORG_HEAD_SET.has(t.bare)))) && !(run.length - i <= 4 && lookupPlace(run.slice(i).map((t) => t.text).join(" ")))) i++;
  // "On Monday Tove Aalberg met …", "In June Ana Ruiz …": a fronted day or month with no comma after it.
  // (Not "On Monday Morning", "Tuesday Night": a part of the day is no name.)
  if (!surnameFirst && i < run.length - 1 && CALENDAR_WORDS.has(run[i]!.bare) && !DAY_PARTS.has(run[i + 1]!.bare) && DATE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, run[i]!.start - 8), run[i]!.start))) i++;
  // "State Department", "Foreign Office": a word that opens sentences can still open an organisation's name.
  if (i > 0 && i === run.length - 1 && ORG_HEAD_SET.has(run[i]!.bare) && !FUNCTION_WORDS.has(run[i - 1]!.bare)) i--;
  // "the Southern Miners Federation", "National Growers Union": a region or scope word opens an organisation's name.
  while (i > 0 && ORG_OPENERS.has(run[i - 1]!.bare) && run.slice(i).some((t) => ORG_HEAD_SET.has(t.bare))) i--;
  const body = run.slice(i);
  if (!body.length) return null;
  const possessive = body[body.length - 1]!.possessive;
  // (A nickname in quotes inside the run goes: "Ivo 'Kool' Brandt" is Ivo Brandt.)
  const surface = (ts: Token[]) => text.slice(ts[0]!.start, ts[ts.length - 1]!.end).replace(/[’']s$/, "").replace(NICKNAME_INSIDE, " ");
  const whole = surface(body);
  // "(NORW.OL)", "(HRB1.DE)": a stock ticker names no one.
  if (/^[\p{Lu}\d]{2,}\.[\p{Lu}]{1,3}$/u.test(whole)) return null;
  // "the White House said": a seat of power names its office.
  if (INSTITUTIONS.has(whole.toLowerCase())) return { kind: "organization", name: whole, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  if (lookupPlace(whole)) return { kind: "place", name: lookupPlace(whole)!.name, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  // "the coastal city of Molde", "the town of Voss": what a place noun and "of" name is a place.
  if (!possessive && /\b(?:city|town|village|capital|municipality|province|district)\s+of\s+$/i.test(text.slice(Math.max(0, body[0]!.start - 20), body[0]!.start))) return { kind: "place", name: whole, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  // "Kessmere region mayors", "the Kessmere province": a lower-case subdivision's noun after the run makes it a place.
  if (!possessive && SUBDIVISION_AFTER.test(text.slice(body[body.length - 1]!.end, body[body.length - 1]!.end + 16))) return { kind: "place", name: whole, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  // "in Taunggyi", "at Mbarara": a town of the gazetteer after "in" or "at" is that place (alone a town's name is
  // too often a person's: "Victoria", "Jackson").
  if (!possessive && /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, body[0]!.start - 4), body[0]!.start)) && lookupCity(whole)) return { kind: "place", name: lookupCity(whole)!.name, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  // ("Mar del Plata", "Rio de Janeiro": a town's name with a lower-case particle inside is that town anywhere; no
  // person's name is written so.)
  if (!possessive && body.length > 2 && body.some((t) => PARTICLES.has(t.text)) && lookupCity(whole)) return { kind: "place", name: lookupCity(whole)!.name, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  // "Sri Lankan", "New Zealander": a nationality of two words names no one.
  if (body.length > 1 && countryOfAdjective(whole)) return null;
  // "the joint Norway-Sweden delegation", "the Chile-Peru border": places joined by a hyphen modify what follows.
  if (whole.includes("-") && whole.split("-").length >= 2 && whole.split("-").every((part) => !!lookupPlace(part.trim()))) return null;
  if (/&/.test(whole)) return { kind: "organization", name: whole, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  // ("Sri Lankan", "Sri Lanka": an honorific's word that opens a country's name is no honorific there.)
  // ("Foreign Minister Julie Bishop": a title word closing the run right after a given name is the surname.)
  // ("Prime Minister Hun Sen": an abbreviated title closing the run after a name word is no title — "Sen." titles
  // the name after it.)
  const surnameAtEnd = (t: Token, k: number) => k === body.length - 1 && k > 0 && !isBareRoleHead(body[k - 1]!.bare) && !isBareHonorific(body[k - 1]!.bare)
    && (givenNames.has(body[k - 1]!.bare) || (ABBREVIATED_TITLES.has(t.bare) && !t.text.endsWith(".") && plainNameWord(body[k - 1]!) && !PORTFOLIO.has(body[k - 1]!.bare)));
  // ("Prince Sultan bin Saad": a style word before a patronymic particle is the given name.)
  const givenBeforeParticle = (k: number) => k > 0 && /^(?:bin|ibn|bint|ben)$/i.test(body[k + 1]?.text ?? "");
  // (A Cambodian chain's words are titles after "Samdech": "Samdech Akka Moha Sena Padei Techo Chea Sovannarith".)
  const inChain = (k: number): boolean => k > 0 && SAMDECH_CHAIN.has(body[k]!.bare) && (body[k - 1]!.bare === "samdech" || inChain(k - 1));
  let lastTitle = lastIndexOf(body, (t, k) => inChain(k) || (isBareRoleHead(t.bare) && !surnameAtEnd(t, k) && !givenBeforeParticle(k)) || (isBareHonorific(t.bare) && !opensCountry(body, k) && !surnameAtEnd(t, k) && !givenBeforeParticle(k)) || isBarePluralRoleHead(t.bare));
  // "Kenya Union of Teachers", "Federation of Retired Nurses": members' plural closing a body's "of" phrase names
  // the body, not a title ("Union Ministers Anna Roy" keeps its name: the plural is no last word after "of").
  if (lastTitle === body.length - 1 && isBarePluralRoleHead(body[lastTitle]!.bare)) {
    const of = body.findIndex((t, k) => t.text === "of" && k > 0 && k >= lastTitle - 2 && body.slice(0, k).some((x) => ORG_HEAD_SET.has(x.bare)));
    if (of > 0) return { kind: "organization", name: whole, start: body[0]!.start, end: body[body.length - 1]!.end, prefix: "", possessive, titled: false };
  }
  // "Peter Kool Ambassador of the Republic of Ireland", "Lena Park Ambassador of Chile": a name, then its
  // title and what the title is of, with no comma between (lists of envoys in press releases).
  // ("Anurag Bhushan High Commissioner of India": the title's own modifiers are no part of the name.)
  const titleAfter = firstTitleOf(body);
  let nameEnd = titleAfter;
  while (nameEnd > 0 && TITLE_MODIFIERS.has(body[nameEnd - 1]!.bare)) nameEnd--;
  // (Not a country's name before its title, "United States Secretary of State Ivo Brandt", whose name comes last.)
  const endsInName = body.length - titleAfter > 3 && plainNameWord(body[body.length - 1]!) && plainNameWord(body[body.length - 2]!);
  if (nameEnd >= 2 && !endsInName && !lookupPlace(surface(body.slice(0, nameEnd))) && body.slice(0, nameEnd).every((t) => plainNameWord(t) && !PORTFOLIO.has(t.bare) && !TITLE_MODIFIERS.has(t.bare))
    && (body[titleAfter + 1]?.text === "of" || (titleAfter === body.length - 1 && /^\s+of\s/.test(text.slice(body[titleAfter]!.end, body[titleAfter]!.end + 4))))) {
    const name = body.slice(0, nameEnd);
    return { kind: "person", name: surface(name), start: name[0]!.start, end: name[name.length - 1]!.end, prefix: "", possessive: false, titled: false };
  }
  // "Member of the Central Committee of the Party Yang Wei": after a title's "of the …", the name is the run's
  // last words when two or more of them are plain name words; with none, the run is all title ("President of the Republic").
  if (lastTitle >= 0 && body[lastTitle + 1]?.text === "of" && body[lastTitle + 2]?.text === "the" || titleOfTheAt(body) >= 0) {
    const head = lastTitle >= 0 && body[lastTitle + 1]?.text === "of" ? lastTitle : titleOfTheAt(body);
    let k = body.length;
    // ("Speaker of the House of Representatives Ivo Brandt": a chamber's plural noun ends the body, not the name.)
    while (k > head + 3 && body.length - k < 4 && plainNameWord(body[k - 1]!) && !PORTFOLIO.has(body[k - 1]!.bare) && !isBarePluralRoleHead(body[k - 1]!.bare) && !CHAMBER_WORDS.has(body[k - 1]!.bare)) k--;
    // ("Chairman of the Board of Trustees Ana Lind": a given name after the body's last word opens the name.)
    if (body[k - 1]?.text === "of") {
      const given = body.slice(k + 1).findIndex((t) => givenNames.has(t.bare));
      if (given >= 0 && body.length - (k + 1 + given) >= 2) k += 1 + given;
    }
    // The words after "of" name a body, not a person ("Chairperson of the Board of Film Classification").
    if (body[k - 1]?.text === "of") k = body.length;
    // ("Secretary-General of the Organization of the Petroleum Exporting Countries": a body's head before the last
    // words, and no given name opening them: they close the body's name.)
    // (Only words of a body: "Petroleum Exporting Countries", not a name after it, "… of China Chen Wenli".)
    else if (k < body.length && body.slice(head + 3, k).some((t) => ORG_HEAD_SET.has(t.bare)) && body.slice(k).some((t) => /(?:ing|ers|ies)$/.test(t.bare) || PLURAL_BODY_WORDS.has(t.bare))) k = body.length;
    // (…as do those a body's common noun follows: "Chief Executive Officer of the Bergen-based Norwind Shipping group".)
    if (/^\s+(?:group|company|firm|corporation|conglomerate|bank|club|party|union|agency|board|council|foundation|institute|university|hospital)\b/.test(text.slice(body[body.length - 1]!.end, body[body.length - 1]!.end + 16))) k = body.length;
    if (body.length - k < 2 || k <= head + 3) {
      // All title: the body it names is an organisation of its own ("Chairwoman of the Federation Council").
      const named = body.slice(head + 3);
      return named.some((t) => ORG_HEAD_SET.has(t.bare))
        ? { kind: "organization", name: surface(named), start: named[0]!.start, end: named[named.length - 1]!.end, prefix: "", possessive, titled: false }
        : null;
    }
    lastTitle = k - 1;
  }
  // "Minister of Water Resources Wang Lixin", "King of Saudi Arabia Salman Al Saud": the portfolio or country belongs to the title.
  // ("Minister for Trade Piet Kool": "for" joins a portfolio as "of" does.)
  // ("Special Envoy on Climate X", "President on Foreign Policy X": "on" and a portfolio too.)
  if (lastTitle >= 0 && (body[lastTitle + 1]?.text.toLowerCase() === "of" || ((body[lastTitle + 1]?.text.toLowerCase() === "for" || body[lastTitle + 1]?.text === "on") && portfolioOrPlaceAt(body, lastTitle + 2)))) {
    let j = lastTitle + 2;
    // ("Minister for Fisheries and Northern Norway X": a place after the portfolio's "and" is the portfolio's too.)
    for (let place = 0; j < body.length - 1 && (PORTFOLIO.has(body[j]!.bare) || (j > lastTitle + 2 && (body[j - 1]!.bare === "and" || COMPASS_ADJECTIVES.has(body[j - 1]!.bare)) && (place = placeAt(body, j)) > 0 && j + place < body.length - 1)
      || (body[j - 1]!.bare === "and" && COMPASS_ADJECTIVES.has(body[j]!.bare) && placeAt(body, j + 1) > 0)); j += place || 1, place = 0);
    const place = placeAt(body, lastTitle + 2);
    if (place > 0 && lastTitle + 2 + place < body.length) j = Math.max(j, lastTitle + 2 + place);
    // "Minister of Foreign Affairs of Chile X", "… of the Republic of Chile X": the country after the portfolio too.
    if (j > lastTitle + 2 && body[j]?.text === "of") j += countryAfterOf(body, j + 1);
    // ("Secretary of State for Scotland Ivo Brandt", "… for Health X": "for" and its portfolio or place after the office.)
    if (j > lastTitle + 2 && body[j]?.text === "for" && portfolioOrPlaceAt(body, j + 1)) {
      // (All of it the title's, "Minister of State for Petroleum": no name is left.)
      const place = placeAt(body, j + 1);
      let k = j + 1;
      while (k < body.length && PORTFOLIO.has(body[k]!.bare) && body[k]!.bare !== "the") k++;
      j = Math.max(k, place > 0 ? j + 1 + place : 0);
    }
    if (j > lastTitle + 2) lastTitle = j - 1;
  }
  let nameTokens = body.slice(lastTitle + 1);
  // "Minister of State, Foreign Affairs Ada Obi": a portfolio opening what is left, then a given name — the
  // portfolio is the title's, set off from it by a comma.
  let lead = 0;
  while (lead < nameTokens.length - 2 && PORTFOLIO.has(nameTokens[lead]!.bare) && nameTokens[lead]!.bare !== "the" && nameTokens[lead]!.bare !== "and") lead++;
  if (lead > 0 && givenNames.has(nameTokens[lead]!.bare) && /,\s*$/.test(text.slice(Math.max(0, nameTokens[0]!.start - 3), nameTokens[0]!.start))
    && !nameTokens.some((t) => ORG_HEAD_SET.has(t.bare))) { lastTitle += lead; nameTokens = nameTokens.slice(lead); }
  // "CEO HPDC Karim Nadir", "Director NFTB Omar Haddad": a body's initials between a title and a given name are
  // where the person works, part of the title, not of the name.
  if (lastTitle >= 0 && nameTokens.length >= 3 && /^\p{Lu}{2,6}$/u.test(nameTokens[0]!.text) && givenNames.has(nameTokens[1]!.bare)) { lastTitle += 1; nameTokens = nameTokens.slice(1); }
  // "the president of NRF Ana Lind": after a title's "of" outside the run, the body's initials before a given
  // name are what the title is of, not part of the name.
  else if (lastTitle < 0 && nameTokens.length >= 3 && /^\p{Lu}{2,8}$/u.test(nameTokens[0]!.text) && givenNames.has(nameTokens[1]!.bare) && !givenNames.has(nameTokens[0]!.bare)
    && /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, nameTokens[0]!.start - 8), nameTokens[0]!.start))) { lastTitle += 1; nameTokens = nameTokens.slice(1); }
  // "mayor of Bergen Ivo Brandt", "the governor of Lagos Ana Obi": after a lower-case title's "of" outside the run,
  // a place opening it before two or more name words is what the title is of.
  else if (lastTitle < 0 && nameTokens.length >= 3 && OF_AFTER_LOWER_TITLE.test(text.slice(Math.max(0, nameTokens[0]!.start - 40), nameTokens[0]!.start))) {
    // (A town the gazetteer knows, or a word before a given name: "mayor of Kelowna Ana Lind"; and a subdivision's
    // noun after it: "governor of Lagos State Ana Obi".)
    let place = placeAt(nameTokens, 0) || (lookupCity(nameTokens[0]!.text) || (givenNames.has(nameTokens[1]!.bare) && !givenNames.has(nameTokens[0]!.bare)) ? 1 : 0);
    if (place > 0 && SUBDIVISION_NOUNS.has(nameTokens[place]?.bare ?? "")) place++;
    if (place > 0 && nameTokens.length - place >= 2 && nameTokens.slice(place).every((t) => plainNameWord(t))) { lastTitle += place; nameTokens = nameTokens.slice(place); }
  }
  // "the Minister of Health," — the title took every word: a role with no name. "the CEO of Valdane Shipping",
  // "the Mayor of Lisbon": what follows "of" is a body or a place of its own, read as such.
  if (nameTokens[0]?.text === "of" || nameTokens[0]?.text === "for") {
    const named = nameTokens.slice(1);
    if (!named.length) return null;
    // ("CEO of Transformation Management Office of Saudi Ministry of Defence Karim Bin Abdulaziz Al-Nadir": after the
    // body's last head or portfolio word, a given name opens the holder's name.)
    const lastBodyWord = named.map((t) => ORG_HEAD_SET.has(t.bare) || PORTFOLIO.has(t.bare)).lastIndexOf(true);
    const holder = named.slice(lastBodyWord + 1);
    if (lastBodyWord >= 0 && holder.length >= 2 && givenNames.has(holder[0]!.bare) && holder.every((t) => plainNameWord(t) || PARTICLES.has(t.text) || /^(?:Bin|Bint|Ibn|Al|El)(?:-|$)/.test(t.text))) {
      return { kind: "person", name: surface(holder), start: holder[0]!.start, end: holder[holder.length - 1]!.end, prefix: surface(body.slice(0, body.indexOf(holder[0]!))), possessive, titled: true };
    }
    const at = { start: named[0]!.start, end: named[named.length - 1]!.end, prefix: "", possessive, titled: false };
    if (placeAt(named, 0) === named.length) return { kind: "place", name: lookupPlace(surface(named))?.name ?? surface(named), ...at };
    return named.some((t) => ORG_HEAD_SET.has(t.bare)) ? { kind: "organization", name: surface(named), ...at } : null;
  }
  // "NCP-co-chair", "ex-president": a hyphenated title names no one.
  if (nameTokens.length === 1 && /-/.test(nameTokens[0]!.text) && isBareRoleHead(bare(nameTokens[0]!.text).split("-").slice(-1)[0]!)) return null;
  // "North East", "South-South", "Central": the compass names a region, not a person.
  if (nameTokens.every((t) => COMPASS.test(t.text))) return null;
  // "Franco-German", "Sino-US", "Russian-Pakistani": a compound of peoples or countries names no one.
  if (nameTokens.length === 1 && /-/.test(nameTokens[0]!.text) && bare(nameTokens[0]!.text).split("-").every((w) => COMBINING_FORMS.has(w) || !!countryOfAdjective(w) || !!lookupPlace(w) || w.length <= 2)) return null;
  // "D.C.", "S.D.B.": initials with dots alone name no person (a place's or an order's letters).
  if (nameTokens.length === 1 && lastTitle < 0 && /^(?:\p{Lu}\.){2,4}$/u.test(nameTokens[0]!.text)) return null;
  // "Brexit", "Grexit": a blend naming a country's leaving names no person.
  if (nameTokens.length === 1 && /^\p{Lu}\p{Ll}{0,3}exit$/u.test(nameTokens[0]!.bare.replace(/^./, (c) => c.toUpperCase()))) return null;
  // "COVID-19", "G20": words with digits name no person.
  if (nameTokens.some((t) => /\d/.test(t.text)) && !nameTokens.some((t) => ORG_HEAD_SET.has(t.bare))) return null;
  // "Harbour Chambers of Commerce", "the Lagos Chamber of Mines": a portfolio after "of", with no given name opening
  // the run, names a body (a person's title takes its portfolio before the name, read above).
  const ofPortfolio = nameTokens.findIndex((t, k) => k > 0 && t.text === "of" && !!nameTokens[k + 1] && nameTokens.slice(k + 1).every((x) => PORTFOLIO.has(x.bare) && isCapital(x.text)));
  if (ofPortfolio > 0 && lastTitle < 0 && !givenNames.has(nameTokens[0]!.bare)) return { kind: "organization", name: surface(nameTokens), start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end, prefix: "", possessive, titled: false };
  // "Tomas Ibarra of Uruguay": a place after "of" says where the person is from; it is not part of the name.
  // (A place the gazetteers do not know counts too after a full name of two words or more: "Sofia Lind of Uppsala".)
  // ("Udo Eze of Akwa Ibom State": three words when the last is a region's noun.)
  const ofPlace = nameTokens.findIndex((t, k) => k > 0 && t.text === "of" && (placeAt(nameTokens, k + 1) === nameTokens.length - k - 1
    || (k >= 2 && nameTokens.length - k - 1 <= (SUBDIVISION_NOUNS.has(nameTokens[nameTokens.length - 1]!.bare) ? 3 : 2) && nameTokens.slice(k + 1).every((x) => isCapital(x.text) && !ORG_HEAD_SET.has(x.bare)))));
  if (ofPlace > 0) nameTokens = nameTokens.slice(0, ofPlace);
  if (!nameTokens.length) return null;
  const span = { start: nameTokens[0]!.start, end: nameTokens[nameTokens.length - 1]!.end };
  const prefix = lastTitle >= 0 ? surface(body.slice(0, lastTitle + 1)) : "";
  const name = surface(nameTokens);
  // An organisation head inside the name part: "Korea Football Association", "Ministry of Foreign Affairs".
  if (nameTokens.some((t) => ORG_HEAD_SET.has(t.bare))) {
    // …a plural title word is part of it, not a title: "National Farmers' Union", "Delta Governors’ Forum".
    // …and a title's own office keeps the title: "Prime Minister's Office", "PM Office", "President's Media Division".
    const ownOffice = lastTitle >= 0 && nameTokens.slice(0, 2).some((t) => ROLE_OFFICE_SET.has(t.bare));
    // …and a title word before an organisation head alone is the firm's own word: "General Motors", "General Electric".
    const titleIsName = nameTokens.length === 1 && lastTitle === 0;
    const orgTokens = lastTitle >= 0 && !isBarePluralRoleHead(body[lastTitle]!.bare) && !ownOffice && !titleIsName ? nameTokens : body;
    // (The span ends where the name does: "Ministry of Foreign Affairs of Norway" keeps its "of Norway".)
    return { kind: "organization", name: surface(orgTokens), start: orgTokens[0]!.start, end: orgTokens === body ? body[body.length - 1]!.end : span.end, prefix: "", possessive, titled: false };
  }
  if (nameTokens.length === 1) {
    const first = nameTokens[0]!.bare.split("-")[0]!;
    if (first.length < 2 || countryOfAdjective(first) || lookupPlace(first)) return null;
  }
  if (nameTokens.every((t) => NON_NAME.has(t.bare) || CALENDAR_WORDS.has(t.bare) || countryOfAdjective(t.bare))) return null;
  const city = facilityCity(nameTokens);
  if (city) return { kind: "place", name: city, ...span, prefix, possessive, titled: false };
  if (nameTokens.some((t) => NOT_PERSON_HEADS.has(t.bare) || ORG_HEAD_SET.has(t.bare) || isPluralDemonym(t.bare))) return null;
  // ("Kessvale National Park", "Hyde Park": "Park" closing a run after a word no given name is a park; "Ana Park",
  // "Park Min-jun" are people.)
  if (nameTokens.length >= 2 && nameTokens[nameTokens.length - 1]!.bare === "park" && !givenNames.has(nameTokens[nameTokens.length - 2]!.bare)) return null;
  // ("UN Resident and Humanitarian Coordinator X": a title's modifier closing the run before "and" and more title
  // words is the first half of a joined title, no name.)
  if (TITLE_MODIFIERS.has(nameTokens[nameTokens.length - 1]!.bare) && /^\s+and\s+\p{Lu}/u.test(text.slice(span.end, span.end + 8))) return null;
  // "Deputy Supreme Commander", "Deputy Ruler of Dubai": title words alone are no person's name.
  // (Not one word: "King", "Bishop" are surnames too; a lone title word is read as a name only when titled.)
  if (nameTokens.length > 1 && nameTokens.every((t) => isBareRoleHead(t.bare) || TITLE_MODIFIERS.has(t.bare))) return null;
  // ("Ambassador Extraordinary and Plenipotentiary of Canada X": a title's own words alone name no one.)
  if (nameTokens.length === 1 && TITLE_MODIFIERS.has(nameTokens[0]!.bare)) return null;
  // "Foreign Affairs", "Trade and Industry": a portfolio's words are no person's name.
  // ("(Economy-Finance)", "(Justice-Human Rights)": portfolios joined by a hyphen, as a minister's is bracketed.)
  if (nameTokens.every((t) => t.bare.split("-").every((w) => PORTFOLIO.has(w)))) return null;
  // "Postsecondary Education, Training and Labour Minister Ana Roy": a portfolio listed before its title.
  if (PORTFOLIO.has(nameTokens[nameTokens.length - 1]!.bare) && PORTFOLIO_LIST_NEXT.test(text.slice(span.end, span.end + 80))) return null;
  if (nameTokens.some((t) => lookupPlace(t.bare) || (countryOfAdjective(t.bare) && nameTokens.length > 1) || isRegionAdjective(t.bare)) && !cityAsGivenName(nameTokens) && !givenNameFirst(nameTokens, text) && !givenNameInside(nameTokens, text)) {
    if (lookupPlace(name)) return { kind: "place", name, ...span, prefix, possessive, titled: false };
    // "Corvane Asia", "Toldrin India": an unknown word before a country or region names a company's branch there.
    if (!prefix && branchOfPlace(nameTokens)) return { kind: "organization", name, ...span, prefix, possessive, titled: false };
    return null;
  }
  if (CALENDAR_WORDS.has(nameTokens[0]!.bare) && !givenNameFirst(nameTokens, text)) return null;
  // "DOJ", "CNN", "PT": an untitled word of capitals alone is a body's short form, not a person.
  // (Three letters or more: "UN", "EU", "CS" are as often part of a title or a longer name.)
  // ("VCCIMA": longer ones too; "NGOs", "MPs": a plural of capitals names no one.)
  if (nameTokens.length === 1 && /^\p{Lu}{2,6}s$/u.test(nameTokens[0]!.text)) return null;
  // ("BoG", "KfW": initials with a lower-case "of" or letter inside them too.)
  if (nameTokens.length === 1 && lastTitle < 0 && (/^\p{Lu}{3,8}$/u.test(nameTokens[0]!.text.replace(/[’']s$/, "")) || (/^\p{Lu}+\p{Ll}\p{Lu}+$/u.test(nameTokens[0]!.text.replace(/[’']s$/, "")) && !NOT_INITIALS.test(nameTokens[0]!.text))) && !isBareRoleHead(nameTokens[0]!.bare)) {
    // ("(NYSE: ACME)": the exchange before a ticker names no party.)
    if (text[span.start - 1] === "(" && text[span.end] === ":") return null;
    return { kind: "organization", name, ...span, prefix: "", possessive, titled: false };
  }
  return { kind: "person", name, ...span, prefix, possessive, titled: lastTitle >= 0 };
}

/**
 * One or two capitalised words no lexicon knows (no place, feature, region adjective, nationality, given name,
 * title, calendar or common word), then a country or a region, ending the run: a company's branch there.
 */
function branchOfPlace(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  const place = [3, 2, 1].find((n) => n < tokens.length && tokens.length - n <= 2 && placeAt(tokens, tokens.length - n) === n);
  if (!place) return false;
  const kind = lookupPlace(tokens.slice(tokens.length - place).map((t) => t.text).join(" "))?.kind;
  if (kind !== "country" && kind !== "region") return false;
  return tokens.slice(0, tokens.length - place).every((t) => {
    const w = t.bare;
    return isCapital(t.text) && /^\p{L}{3,}$/u.test(w) && !lookupPlace(w) && !isPlaceFeatureWord(w) && !isRegionAdjective(w) && !countryOfAdjective(w)
      && !givenNames.has(w) && !NON_NAME.has(w) && !LEADING_VERBS.has(w) && !CALENDAR_WORDS.has(t.bare) && !isBareRoleHead(t.bare) && !isBareHonorific(t.bare);
  });
}

/** After a portfolio word: more portfolio words joined by "and", then a title ("…, Training and Labour Minister"). */
const PORTFOLIO_LIST_NEXT = new RegExp(`^\\s*(?:,\\s*(?:\\p{Lu}[\\p{L}-]*\\s+){1,3})*(?:,\\s*)?(?:and|&)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}(?:${ROLE_HEADS.filter((h) => /^[a-z]+$/.test(h)).map((h) => h[0]!.toUpperCase() + h.slice(1)).join("|")})\\b`, "u");

/**
 * "Jan Dvorak", "April Hale", "Ana Lima": a given name (gender-detection-from-name's list) opening two to four
 * words, the rest plain name words or a city ("Lima"), no country or calendar word: a month or a city inside
 * a name does not unmake it.
 */
function givenNameFirst(tokens: Token[], text: string): boolean {
  if (tokens.length < 2 || tokens.length > 4 || !givenNames.has(tokens[0]!.bare)) return false;
  // "In June Ibrahim met …", "since May Ortiz has …": after a preposition of time the month is the date.
  if (CALENDAR_WORDS.has(tokens[0]!.bare) && /\b(?:in|on|since|by|until|from|through|during|last|next|early|late|mid|of|this|that)\s+$/i.test(text.slice(Math.max(0, tokens[0]!.start - 10), tokens[0]!.start))) return false;
  return tokens.slice(1).every((t) => {
    if (PARTICLES.has(t.text)) return true; // "Jan van der Berg"
    const place = lookupPlace(t.bare);
    return place ? place.kind === "city" || place.kind === "capital" : plainNameWord(t);
  });
}

/**
 * "Zainab Omar English", "Karim Said Arab": a given name second of three or four words, after a word that names no
 * place or people — a person whose surname is also a people's word, as givenNameFirst reads it from the given name.
 */
// (Only the last word may be a people's or a place's: "United Norland Nation" is a party.)
function givenNameInside(tokens: Token[], text: string): boolean {
  return tokens.length >= 3 && tokens.length <= 4 && plainNameWord(tokens[0]!) && givenNameFirst(tokens.slice(1), text)
    && tokens.slice(0, -1).every((t) => !lookupPlace(t.bare) && !countryOfAdjective(t.bare) && !isRegionAdjective(t.bare));
}

/**
 * "Santiago Peña", "Victoria Beckham": a city name opening a name whose other
 * words are plain name words (no place, organisation or other non-name word).
 */
function cityAsGivenName(tokens: Token[]): boolean {
  const first = lookupPlace(tokens[0]!.text);
  if (tokens.length < 2 || !first || (first.kind !== "capital" && first.kind !== "city")) return false;
  return tokens.slice(1).every((t) => {
    const w = t.bare;
    return !lookupPlace(w) && !countryOfAdjective(w) && !NOT_PERSON_HEADS.has(w) && !ORG_HEAD_SET.has(t.bare) && !NON_NAME.has(w) && !CALENDAR_WORDS.has(t.bare);
  });
}

/** "Houston Ship Channel", "Jakarta Convention Hall": a facility named after its city stands for the city. */
function facilityCity(tokens: Token[]): string | undefined {
  const last = tokens[tokens.length - 1]!;
  if (tokens.length < 2 || !NOT_PERSON_HEADS.has(last.bare)) return undefined;
  const city = lookupPlace(tokens[0]!.text) ?? (tokens.length > 2 ? lookupPlace(`${tokens[0]!.text} ${tokens[1]!.text}`) : undefined);
  return city && city.kind !== "country" ? city.name : undefined;
}

/** How many tokens from `i` name a known place (longest first, up to three), or 0. */
/** True when the token at `k` and the next name a country or its people ("Sri Lanka", "Sri Lankan"). */
function opensCountry(tokens: Token[], k: number): boolean {
  const pair = tokens[k + 1] ? `${tokens[k]!.text} ${tokens[k + 1]!.text.replace(/[’']s$/, "")}` : "";
  return !!pair && (!!lookupPlace(pair) || !!countryOfAdjective(pair));
}

/** Tokens from `i` naming a country ("Chile", "the Republic of Chile") with a name still after them (0 when none). */
function countryAfterOf(tokens: Token[], i: number): number {
  let k = i;
  if (tokens[k]?.text === "the") k++;
  if (/^(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate|Principality)$/.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === "of") k += 2;
  const n = placeAt(tokens, k);
  return n > 0 && k + n < tokens.length ? k + n - i + 1 : 0;
}

/** True when the capitalised tokens from `i` name a country ("Russian Federation", "Philippines"). */
function countryNamedAt(tokens: Token[], i: number): boolean {
  const n = placeAt(tokens, i);
  // (Or a region: "Forum of the Americas", "Cooperation Council for the Arab States of the Gulf".)
  const kind = n > 0 && tokens.slice(i, i + n).every((t) => isCapital(t.text) || t.text === "of") ? lookupPlace(tokens.slice(i, i + n).map((t) => t.text).join(" "))?.kind : undefined;
  return kind === "country" || kind === "region";
}

function placeAt(tokens: Token[], i: number): number {
  if (i >= tokens.length) return 0;
  const first = tokens[i]!.text.replace(/[’']s$/, "");
  // Most words open no place of several words: then only the word itself is looked up.
  if (opensMultiwordPlace(first)) {
    for (let n = Math.min(3, tokens.length - i); n >= 2; n--) {
      if (lookupPlace(tokens.slice(i, i + n).map((t) => t.text.replace(/[’']s$/, "")).join(" "))) return n;
    }
  }
  return lookupPlace(first) ? 1 : 0;
}

function lastIndexOf<T>(xs: T[], f: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!, i)) return i;
  return -1;
}

/** A word that can only be part of a person's name here: capitalised, and no title, place, organisation or calendar word. */
/** Plural nouns that close a chamber's or body's name: "House of Commons", "Chamber of Deputies". */
const CHAMBER_WORDS: ReadonlySet<string> = new Set(["commons", "lords", "deputies", "representatives", "councillors", "councilors", "delegates", "people", "nations", "states", "ministers"]);

/** Index of the first title word (a role head, not a plural) in a run, or -1. */
function firstTitleOf(body: readonly Token[]): number {
  return body.findIndex((t) => isBareRoleHead(t.bare));
}

function plainNameWord(t: Token): boolean {
  const w = t.bare;
  return isCapital(t.text) && !ORG_HEAD_SET.has(t.bare) && !isBareRoleHead(t.bare) && !isBareHonorific(t.bare) && (!NON_NAME.has(w) || SURNAME_LIKE.has(t.text)) && !NOT_PERSON_HEADS.has(w)
    && !lookupPlace(w) && !countryOfAdjective(w) && !CALENDAR_WORDS.has(t.bare) && !/\d/.test(t.text);
}

const CAP_WORDS = "\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*";
const ORG_LIST_BEFORE = new RegExp(`(?<![\\p{L},]\\s)(?:${CAP_WORDS},\\s+)+${CAP_WORDS},?\\s+and\\s+$`, "u");
/** Whether `before` ends in " and " (whitespace on both sides): ORG_LIST_BEFORE's tail, tested first as it rarely holds. */
function endsWithAnd(before: string): boolean {
  const t = before.trimEnd();
  return t.length < before.length && t.endsWith("and") && /\s/.test(t.charAt(t.length - 4));
}

const HANDLE = /(?:^|[\s(“"])(@[A-Za-z][A-Za-z0-9_]{2,30})\b/g;

const COMPASS = /^(?:(?:North|South|East|West|Central|Middle|Upper|Lower|Far|Near)(?:-?(?:east|west|East|West|South|North|Central))?)(?:-(?:North|South|East|West|Central))?$/;

/** Titles written abbreviated before a name ("Sen. Keane", "Gen. Ruiz") that are also surnames at a name's end ("Hun Sen"). */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(["sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "maj", "cdr", "adm", "hon"]);

const PLURAL_PEOPLE_AFTER = /^\s+(?:leaders|officials|ministers|delegates|delegation|representatives|lawmakers|politicians|community|elders|parties|groups|members)\b/;

/** Verbs a headline writes in title case after a name ("Bush Confer", "Lind Meets Envoy"); "Said" stays (a surname). */
const HEADLINE_VERBS: ReadonlySet<string> = new Set(["Confer", "Confers", "Meet", "Meets", "Met", "Says", "Hold", "Holds", "Held", "Discuss", "Discusses", "Discussed", "Visits", "Visited", "Receives", "Received", "Hosts", "Hosted", "Agree", "Agrees", "Agreed", "Sign", "Signs", "Signed", "Urges", "Urged", "Calls", "Called", "Vows", "Pledges", "Warns", "Welcomes", "Welcomed", "Talk", "Speak", "Speaks", "Spoke", "Phones", "Phoned"]);

/** Combining forms of peoples in compounds: "Franco-German", "Sino-Indian", "Indo-Pacific". */
const COMBINING_FORMS: ReadonlySet<string> = new Set(["franco", "sino", "indo", "anglo", "russo", "turco", "greco", "afro", "euro", "austro", "italo", "germano", "hispano", "luso", "nippo", "judeo", "pan", "arab", "trans", "inter", "us", "uk", "eu"]);

/** "Theresa May": a month closing a run right after a given name, with no day number after it, is the surname. */
function monthAsSurname(run: Token[], text: string): boolean {
  const last = run[run.length - 1]!;
  return !!MONTHS[last.text.toLowerCase()] && givenNames.has(bare(run[run.length - 2]!.text)) && !/^\s*\d/.test(text.slice(last.end, last.end + 4));
}

/** Pronoun-like words that are also surnames ("He Lin", "Ma Jun" is already a name word). */
const SURNAME_LIKE = new Set(["He"]);

/** Where a portfolio continues a title: after "of (the)", "for", or ", and" in a list of them. */
const PORTFOLIO_BEFORE = /(?:\b(?:of|for)\s+(?:the\s+)?|,\s*and\s+|\band\s+)$/;

/**
 * "Association of Principals for Public Secondary Schools": a body's head, "of" and its members, then "for" and what
 * they serve (not a given name after it: "… for Ana Lind" is a person of her own).
 */
function bodyOfMembersFor(run: readonly Token[], tokens: readonly Token[], i: number): boolean {
  const of = run.findIndex((x) => x.text === "of");
  return of > 0 && ORG_HEAD_SET.has(run[of - 1]!.bare) && of < run.length - 1 && !givenNames.has(tokens[i + 1]?.bare ?? "");
}
/**
 * Whether a run ends in a title "for" may follow: "Minister", "Secretary of State" ("Secretary of State for Scotland").
 */
function titleBeforeFor(run: readonly Token[]): boolean {
  const n = run.length;
  return isBareRoleHead(run[n - 1]!.bare) || (n >= 3 && run[n - 1]!.bare === "state" && run[n - 2]!.text === "of" && isBareRoleHead(run[n - 3]!.bare));
}
/** Whether a portfolio word or a place's name (one or two words) starts at token `i`: "Health", "Scotland", "Northern Ireland". */
function portfolioOrPlaceAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (PORTFOLIO.has(t.bare)) return true;
  const two = tokens[i + 1] ? `${t.text} ${tokens[i + 1]!.text}` : "";
  return isCapital(t.text) && (!!lookupPlace(t.text) || (!!two && !!lookupPlace(two)));
}

/** A title and "for" right before a run: "Deputy Minister for ", "Commissioner for ". */
const TITLE_FOR_BEFORE = /\b(?:Minister|Secretary|Commissioner|Minister of State|Envoy|Adviser|Advisor|Spokesperson|Director|Representative)\s+for\s+$/;

/** A capitalised word joined to a participle or adjective of place or origin: "Linz-based", "Lagos-born", "Kremlin-backed", "Turkic-speaking". */
const PLACE_MODIFIER = /^\p{Lu}[\p{L}.’']*-(?:based|born|bred|led|backed|speaking|occupied|controlled|dominated|owned|run|made|bound|headquartered|registered|listed|funded|allied|aligned|educated)$/u;

const LOCATIVE_BEFORE = /\b(?:in|at|from|to|near|outside|inside)\s+$/;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|outside|inside)\s+$/;

/** A lower-case word (a title, checked by the caller) and one space ending the text before a name. */
const LOWER_TITLE_BEFORE = /(?<![\p{L}\p{M}’'-])(\p{Ll}[\p{Ll}-]+) $/u;

/** An untitled, non-possessive run of one or two words, no given name first, right after a preposition of place. */
function isUnknownPlaceAfterLocative(text: string, r: NameRun, run: Token[]): boolean {
  if (r.titled || r.possessive || r.prefix) return false;
  const words = r.name.split(/\s+/);
  if (words.length > 2 || givenNames.has(bare(words[0]!)) || /^\p{Lu}{2,}$/u.test(words[0]!)) return false;
  if (run[0]!.start !== r.start) return false;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, r.start - 10), r.start));
}

/** Every name run of a sentence, classified. */
export function findNames(text: string): NameRun[] {
  const tokens = tokenize(text);
  const out: NameRun[] = [];
  for (let run of capitalisedRuns(text, tokens)) {
    // "@AnaLindMP": a handle is read whole below, not as the capitalised word inside it.
    if (text[run[0]!.start - 1] === "@") continue;
    // Calendar words glued to the end of a run are no part of it ("Diego Lozano of Argentina Friday").
    // "Gorbachev, Bush Confer by Telephone": a headline's verb in title case closes the name before it.
    // (Mid-run too: "Premier Lind Meets Envoys" — the words after the verb are its object, read in the body.)
    { const k = run.findIndex((t, i) => i > 0 && HEADLINE_VERBS.has(t.text)); if (k > 0) run = run.slice(0, k); }
    // ("Theresa May on Sunday": a month after a lone given name, with no day after it, is a surname.)
    while (run.length > 1 && CALENDAR_WORDS.has(run[run.length - 1]!.bare) && !monthAsSurname(run, text)) run = run.slice(0, -1);
    // "Minister for Fisheries Ana Lind": after "<title> for", portfolio words belong to the title, not the name.
    if (run.length >= 3 && TITLE_FOR_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start))) {
      let k = 0;
      // ("Minister of State for African Affairs X": a people's or region's adjective before a portfolio word too.)
      while (k < run.length - 2 && (PORTFOLIO.has(run[k]!.bare) || ORG_HEAD_SET.has(run[k]!.bare) || ((!!countryOfAdjective(run[k]!.bare) || isRegionAdjective(run[k]!.bare)) && PORTFOLIO.has(run[k + 1]!.bare)))) k++;
      if (k > 0 && run.slice(k).every(plainNameWord)) run = run.slice(k);
    }
    // "the Secretaries of the Interior Ana Lind, and Foreign Affairs Piet Kool": portfolio words opening a run before a
    // full name belong to a title written before them.
    {
      let k = 0;
      while (k < run.length - 2 && PORTFOLIO.has(bare(run[k]!.text)) && !givenNames.has(bare(run[k]!.text)) && /^\p{Lu}/u.test(run[k]!.text)) k++;
      if (k > 0 && run.slice(k).every(plainNameWord) && PORTFOLIO_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start))) run = run.slice(k);
    }
    // "the Tamil leaders", "the Kurdish officials": one word before a plural of people is their description.
    if (run.length === 1 && /\bthe\s+$/i.test(text.slice(Math.max(0, run[0]!.start - 5), run[0]!.start)) && PLURAL_PEOPLE_AFTER.test(text.slice(run[0]!.end, run[0]!.end + 20))) continue;
    // "the Minister of State for Petroleum": portfolio words after "<title> for" name no one.
    if (run.every((t) => PORTFOLIO.has(bare(t.text)) || isOrgHead(t.text)) && TITLE_FOR_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start))) continue;
    // "Linz-based", "Lagos-born": a place made a modifier describes the name after it; it names nobody.
    // (After a capitalised article too: "The Kessmere-occupied north".)
    while (run.length && (PLACE_MODIFIER.test(run[0]!.text) || (/^(?:The|A|An)$/.test(run[0]!.text) && PLACE_MODIFIER.test(run[1]?.text ?? "")))) run = run.slice(1);
    if (!run.length) continue;
    // "Upon arrival in Ankara Zarif told": a place right after a locative preposition is the place, the rest a name.
    // "… of Kazakhstan and Russia Arman Seitov": a country, then a full name.
    const country = placeAt(run, 0);
    // (A region too: "special envoy for the Middle East Beatrice Aeschlimann".)
    const countryThenName = country > 0 && ["country", "region"].includes(lookupPlace(run.slice(0, country).map((t) => t.text).join(" "))?.kind ?? "") && run.length - country >= 2 && run.slice(country).every(plainNameWord);
    const n = countryThenName || LOCATIVE_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 12), run[0]!.start)) ? country : 0;
    if (n > 0 && n < run.length) {
      const place = classifyRun(text, run.slice(0, n));
      if (place) out.push(place);
      run = run.slice(n);
    }
    // "National Assembly Nasser Ali Al-Hamad": an organisation's name, then a person's full name.
    // (Also "Communist Party of China Liu Wenbo": the organisation's "of <place>" stays with it.)
    // (Not inside a title: "Member of the Politburo of the Party Yang Wei" is one person with that title.)
    const head = titleOfTheAt(run) >= 0 || (isNonName(run[0]) && titleOfTheAt(run.slice(1)) >= 0) ? -1 : lastIndexOf(run, (t) => ORG_HEAD_SET.has(t.bare));
    let orgEnd = head;
    if (head >= 0 && run[head + 1]?.text === "of" && placeAt(run, head + 2) > 0) orgEnd = head + 1 + placeAt(run, head + 2);
    if (head >= 0 && run.length - orgEnd - 1 >= 2 && run.slice(orgEnd + 1).every(plainNameWord)) {
      const org = classifyRun(text, run.slice(0, orgEnd + 1));
      if (org) out.push(org);
      run = run.slice(orgEnd + 1);
    }
    let r = classifyRun(text, run);
    if (!r) continue;
    // "the ministers' meeting in Benaulim", "talks at Kilmore": one or two unknown words after "in"/"at"/"near"
    // name a place, not a person (people follow "with", "to", "by"; "in Smith's view" is a possessive).
    if (r.kind === "person" && isUnknownPlaceAfterLocative(text, r, run)) r = { ...r, kind: "place", guessedPlace: true };
    // "Harbour Pilots, Tug Crews and Dockers Union": a list of capitalised words before an
    // organisation's head belongs to its name.
    if (r.kind === "organization") {
      const before = text.slice(Math.max(0, r.start - 160), r.start);
      const list = endsWithAnd(before) ? ORG_LIST_BEFORE.exec(before) : null;
      if (list) {
        const from = r.start - list[0].length;
        while (out.length && out[out.length - 1]!.start >= from) out.pop();
        out.push({ ...r, name: text.slice(from, r.end).replace(/[’']s$/, ""), start: from });
        continue;
      }
    }
    // "Presidents Okafor and Lindqvist": the plural title covers the names listed after it.
    const prev = out[out.length - 1];
    if (r.kind === "person" && !r.titled && prev?.kind === "person" && isPluralRoleHead(prev.prefix.split(/\s+/).pop() ?? "") && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(prev.end, r.start))) {
      out.push({ ...r, titled: true });
      continue;
    }
    // "Kessmeri envoy Tormundsen", "the country's president Kasparo": a lower-case title right before one word
    // titles it as a capitalised one does ("President Kasparo"), so a name written once stands alone.
    if (r.kind === "person" && !r.titled && !/\s/.test(r.name) && LOWER_TITLE_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start)) && isBareRoleHead(LOWER_TITLE_BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start))![1]!)) {
      out.push({ ...r, titled: true });
      continue;
    }
    out.push(r);
  }
  // Social media handles name their owner ("FM @ministerVerhoef of The Netherlands").
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) {
    out.push({ kind: "person", name: m[1]!, start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, prefix: "", possessive: false, titled: true });
  }
  return out.sort((x, y) => x.start - y.start);
}
