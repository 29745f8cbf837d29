import { lazyTagging, plainWords, type Tagging } from "./tagging";
import givenNames from "gender-detection-from-name/names/en";
import type { ParsedArticle } from "../parse/parse-article";
import { CAPTION_CREDIT } from "../lexicon/page-residue";
import { editDistance } from "../util/edit-distance";
import { normaliseKey } from "../util/normalise";
import { MONTHS, WEEKDAYS } from "../lexicon/calendar";
import { ORG_NOUNS, ORG_NOUN_SYNONYMS, TITLE_PREMODIFIERS } from "../lexicon/organisations";
import { isNonNameWord } from "../lexicon/stopwords";
import { adjectiveOf, lookupPlace } from "../lexicon/places";
import { KIN_NOUNS } from "../lexicon/kin";
import { genderOfTitle, isHonorific, isPluralRoleHead, isRoleHead, isUniqueOffice, OFFICES_OF, PORTFOLIO_WORDS, ROLE_HEADS, ROLE_KIN, roleHeadAlternation, STYLE_REFERENTS } from "../lexicon/titles";
import { WORDS_ONLY_FORMS } from "../lexicon/verbs";
import { findNames, type NameRun } from "./names";
import { countryOf, roleAfter, roleBefore } from "./roles";
import { reportingClauseAfter } from "./reporting-clause";
import { splitSentences, type Sentence } from "./sentences";
import type { Entity } from "./types";

/** A reference to an entity at absolute offsets in the article text. */
export interface Mention {
  start: number;
  end: number;
  entity: number;
  kind: "name" | "alias" | "org" | "role" | "kin";
}

/** The article read once: sentences, entities, and every resolved mention in text order. */
export interface Analysis {
  parsed: ParsedArticle;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  /** Places named in each sentence (by sentence index). */
  places: Array<Array<{ name: string; start: number }>>;
  /** Tokens of `parsed.text` with tags and lemmas (stage 2, tagging.ts). */
  tagging: Tagging;
}

/** Mentions starting in [from, to), in text order: a binary search, as mentions are sorted by start. */
export function mentionsIn(a: Pick<Analysis, "mentions">, from: number, to: number): Mention[] {
  const ms = a.mentions;
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.start < to; i++) out.push(ms[i]!);
  return out;
}

// Names recur in every sentence; their tokens are worked out once (bounded memo, pure).
const tokenMemo = new Map<string, string[]>();
/** The lower-case, accent-folded words of a name ("Ana Lind-Berg" → ana, lind, berg), memoised. */
export function nameTokens(name: string): string[] {
  let t = tokenMemo.get(name);
  if (!t) {
    if (tokenMemo.size > 10_000) tokenMemo.clear();
    tokenMemo.set(name, (t = normaliseKey(name).split(/[\s-]+/).filter(Boolean)));
  }
  return t;
}
const ORG_NOUN_ALT = [...Object.keys(ORG_NOUN_SYNONYMS), ...ORG_NOUNS].sort((a, b) => b.length - a.length).join("|");
const ORG_NOUN_RE = new RegExp(
  `(?:\\b([Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+)?(?:(\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*){0,2})(?:[’']s)?\\s+)?([a-z][a-z-]{2,}(?:\\s+[a-z][a-z-]{2,}){0,2}(?:[’']s)?\\s+)??(${ORG_NOUN_ALT})\\b`,
  "gu",
);
/** The organisation nouns alone, as ORG_NOUN_RE ends (same flags): where the next of its matches must end. */
const ORG_NOUN_ONLY = new RegExp(`(?:${ORG_NOUN_ALT})\\b`, "gu");
/** The most whitespace runs ORG_NOUN_RE takes before its noun: one after the article, three in each group of words. */
const ORG_PHRASE_RUNS = 7;

/**
 * `ORG_NOUN_RE.exec(text)` from `from` (the same match), but begun near the first organisation noun rather than at
 * `from`: the costly pattern tries its optional words at every position, and most of a sentence holds no noun.
 * A match ends in a noun, and what it has before that noun (article, capitalised words, lower-case words) holds
 * only letters, dots, hyphens, apostrophes and at most ORG_PHRASE_RUNS runs of whitespace; so no match starts
 * before the first noun's run of such characters, cut at that many whitespace runs (orgPhraseFloor).
 */
function nextOrgNoun(text: string, from: number): RegExpExecArray | null {
  ORG_NOUN_ONLY.lastIndex = from;
  const noun = ORG_NOUN_ONLY.exec(text);
  if (!noun) { ORG_NOUN_RE.lastIndex = 0; return null; }
  ORG_NOUN_RE.lastIndex = orgPhraseFloor(text, from, noun.index);
  return ORG_NOUN_RE.exec(text);
}

/** The earliest offset in [from, nounAt] where an ORG_NOUN_RE match ending in a noun at or after `nounAt` may start. */
function orgPhraseFloor(text: string, from: number, nounAt: number): number {
  let runs = 0;
  for (let i = nounAt - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (isRegExpSpace(c)) {
      if (!isRegExpSpace(text.charCodeAt(i + 1)) && ++runs > ORG_PHRASE_RUNS) return i + 1;
      continue;
    }
    // Letters, "." "-" and apostrophes go on; any other ASCII character ends the phrase. (Characters beyond ASCII
    // are let through, letters or not: the floor may only come too early, which costs time, never a match.)
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 39)) return i + 1;
  }
  return from;
}

/** Exactly the characters `\s` matches. */
function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
// A quick test before the costly pattern: most sentences name no organisation noun (the last word of each noun).
const ORG_NOUN_WORDS: ReadonlySet<string> = new Set([...Object.keys(ORG_NOUN_SYNONYMS), ...ORG_NOUNS].map((n) => n.split(" ").pop()!));
const ROLE_HEAD_WORDS: ReadonlySet<string> = new Set(ROLE_HEADS.flatMap((h) => [h, ...h.split("-")]));
const KIN_WORDS: ReadonlySet<string> = new Set(Object.keys(KIN_NOUNS));
// "the minister", "The Minister", "Ghana's trade minister", "the Italian diplomat": a role phrase standing for a person.
// Short heads are also written in capitals ("the PM", "the FM").
// (After a hyphen too: "the Secretary-General" as "the secretary-general".)
const caseless = (w: string) => `${w.replace(/(?<=^|-)\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`)}${w.length <= 3 ? `|${w.toUpperCase()}` : ""}`;
// ("The Hon. Minister": a style of address among the modifiers; "the Head of State": a head of state or government.)
// (The head ends where the word does: "the President-elect" is not "the President" and "-elect".)
// ("the First Minister and Prime Minister": a title after "and" shares the article of the one before it.)
const ROLE_NOUN_HEADS = ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).map(caseless).join("|");
// (The last head of the phrase: "the deputy minister", "the chief executive" end at "minister", "executive".)
// (An age among the modifiers: "the 75-year-old Norwegian leader".)
const ROLE_NOUN_RE = new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?|(\\p{Lu}[\\p{L}-]+)[’']s)\\s+|(?<=\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}-]+\\s+){1,3}and\\s+)(?=\\p{Lu}))((?:(?!(?:the|a|an|of|after|before|with|to|for|and|in|on|at|by|from)\\s)[\\p{L}\\d-]+\\s+|(?:Hon|Rt)\\.\\s+){0,3}?)(${ROLE_NOUN_HEADS})(?![\\p{L}-])(?!\\s+(?:${ROLE_NOUN_HEADS})(?![\\p{L}-]))(?:(?!\\s+(?:of\\s+)?\\p{Lu})|(?<=[Hh]ead)(?=\\s+of\\s+(?:State|Government)\\b(?!\\s+\\p{Lu})))`, "gu");

/** A finite verb (with "has"/"had"/"will" before it) and "its": "had voiced its", "said its". */
const VERB_ITS = /\b(?:(?:has|had|have|will|would|also|then)\s+)?(?:said|says|announced|announces|voiced|expressed|reported|posted|confirmed|stated|noted|added|denied|defended|raised|cut|lifted|increased|reduced|opened|closed|launched|moved|made|set|kept|began|started)\s+its\b/g;
/** A one-word name right before that verb, not the last word of a longer name ("Norwind had voiced its …"). Capture: the name. */
const NAME_BEFORE = /(?<!\p{Lu}[\p{L}.’'-]*\s)(?<![\p{L}])(\p{Lu}[\p{Ll}]+|\p{Lu}{2,}[\p{Ll}]*)\s+$/u;

/** What only a body owns, after a possessive. */
const BODY_OWNED_WORDS = "[Bb]oard|shareholders|chief executive|CEO|chairman|chairwoman|directors|management|employees|workforce|factory|plants?|headquarters|subsidiary|subsidiaries|customers|capital structure|share price|annual report|quarterly results";
/** A one-word name owning what only a body has: "Vantor's board", "Norwind’s chief executive", "Vantor's shareholders". */
// (Not the surname of a full name: "Mira Holt's board" is hers.)
// (The capital is looked for before the look-behind: a pattern opening with one tries it at every position.)
const BODY_POSSESSION = new RegExp(String.raw`\b(?=\p{Lu})(?<!\p{Lu}[\p{L}.’'-]*\s)(\p{Lu}[\p{Ll}-]+)[’']s\s+(?:${BODY_OWNED_WORDS})\b`, "gu");
// (The possessive and what it owns alone: a cheap test of the whole text before the full pattern runs.)
const BODY_OWNED = new RegExp(String.raw`[’']s\s+(?:${BODY_OWNED_WORDS})\b`, "u");
const ROLE_HEAD_ALT = ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).join("|");
const AFTER_ARTICLE = /\b[Aa]n?\s+(\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*)/gu;
// (A possessive counts only with a name after the role: "Vantor's chief executive Ivo Brandt", not "Holt's former
// vice president", which is a person's; and no "and" between: "Holt and former governor X" is two people.)
const BEFORE_ROLE = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)(?:[’']s(?=\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ROLE_HEAD_ALT})\\s+\\p{Lu}))?\\s+(?:(?!(?:and|or|with|to|of|for|by|the|a|an|as)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${ROLE_HEAD_ALT})\\b`, "gu");

const TITLE_PREMODIFIER_SET: ReadonlySet<string> = new Set(TITLE_PREMODIFIERS);
// A verb that reports words and nothing else (WORDS_ONLY_FORMS): "the airline warned", "the regulator insisted";
// or declines to ("the ministry declined to comment").
const SPEAKS_NEXT = new RegExp(`^\\s+(?:also\\s+|later\\s+|on\\s+\\w+day\\s+)*(?:${[...WORDS_ONLY_FORMS.filter((f) => !f.includes(" ")), "declined", "refused"].join("|")})\\b`);
const GENERIC_COMPANY = new Set(["firm", "company", "group", "business", "corporation", "operator", "carmaker", "manufacturer", "lender", "insurer", "retailer", "airline", "bank"]);
const COMPANY_HEAD = /\b(?:Inc|Ltd|Limited|LLC|plc|PLC|Corp|Corporation|Co|Group|Holdings|Energy|Systems|Technologies|Industries|Motors|Airlines|Airways|Air|Bank|Banco|Capital|Partners|Solutions|Analytics|Labs|AG|SA|GmbH|NV|BV|S\.A|S\.p\.A|N\.V|B\.V|A\.G)\.?$/;

/** Words before an organisation noun that do not make a name of it ("the same ministry"). */
const NOT_ORG_MODIFIERS = new Set(["same", "other", "new", "former", "whole", "entire", "local", "national", "previous", "next", "first", "last", "own", "main", "two", "three", "both", "each", "every", "such", "that", "this"]);

class Registry {
  readonly entities: Entity[] = [];
  private byKey = new Map<string, number>();
  readonly lastSeen: number[] = [];
  /**
   * Gender of a full name's first word in given-name lists: a weak hint (the first word of "Seo Min-jun" is a
   * surname), used only to tell apart two people who share a name ("Mr. Tervo"), never for pronouns.
   */
  readonly givenGender = new Map<number, "male" | "female" | undefined>();
  /** Kin entities ("brother of X") → the one they are kin to and the kin noun. */
  readonly kinOf = new Map<number, { owner: number; noun: string }>();
  /** Organisations an appositive called by a common noun ("Corvane Asia, a company …"): entity → the noun. */
  readonly describedAs = new Map<number, string>();
  /** Name runs resolved by a guess between people who share a name (their titles say nothing of the one chosen). */
  readonly ambiguousRuns = new WeakSet<NameRun>();
  /** People first named as someone's kin ("first lady Ana Brandt", "his wife, Ana Lind"): a bare shared surname is not theirs. */
  readonly kinIntroduced = new Set<number>();

  add(key: string, init: Omit<Entity, "mentions" | "aliases">, surface: string, at: number): number {
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.entities.push({ name: init.name, type: init.type, role: init.role, affiliation: init.affiliation, aliases: [], mentions: 0 }) - 1;
      this.byKey.set(key, i);
    }
    const e = this.entities[i]!;
    e.mentions++;
    if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    e.role ??= init.role;
    e.affiliation ??= init.affiliation;
    this.lastSeen[i] = at;
    return i;
  }
  get(key: string) { return this.byKey.get(key); }
  /** Records another mention of an existing entity; `surface`, when given, is kept as one of its aliases. */
  touch(i: number, at: number, surface?: string): number {
    const e = this.entities[i]!;
    e.mentions++;
    if (surface !== undefined && surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    this.lastSeen[i] = at;
    return i;
  }
}

/** Canonical key and name of an organisation: "Oslo’s foreign ministry" → norway|foreign ministry, "Norwegian foreign ministry". */
export function canonicalOrg(qualifier: string | undefined, noun: string, possessive = false): { key: string; name: string; affiliation: string | null } {
  const n = ORG_NOUN_SYNONYMS[noun.toLowerCase()] ?? noun.toLowerCase();
  const country = qualifier ? countryOf(qualifier) : undefined;
  // Named as first written when that is "<Country>'s …" ("Kosovo's transmission operator"), else "<Adjective> …".
  const ownedByCountry = possessive && lookupPlace(qualifier!.replace(/[’']s$/, ""))?.kind === "country";
  // "the EU authority", "the Chinese foreign ministry", "the United States delegation": an adjective, an abbreviation
  // or the country's own name stays as written; a city's
  // possessive ("Beijing's foreign ministry") names its country's organisation.
  const written = !possessive && qualifier && /^\p{Lu}/u.test(qualifier) && (/^\p{Lu}{2,5}$/u.test(qualifier) || adjectiveOf(country ?? "") === qualifier || qualifier === country);
  if (country) return { key: `${country}|${n}`, name: ownedByCountry ? `${qualifier!.replace(/[’']s$/, "")}'s ${n}` : written ? `${qualifier} ${n}` : `${adjectiveOf(country) ?? country} ${n}`, affiliation: country };
  const q = qualifier ? qualifier.replace(/[’']s$/, "") : "";
  return { key: `${normaliseKey(q)}|${n}`, name: q ? `${q}'s ${n}` : n, affiliation: null };
}

function orgFromRun(name: string): { key: string; name: string; affiliation: string | null } {
  const m = /^(\S+)\s+(.+)$/.exec(name);
  if (m && countryOf(m[1]!)) {
    const rest = m[2]!.toLowerCase();
    const noun = ORG_NOUN_SYNONYMS[rest] ?? rest;
    if (ORG_NOUNS.includes(noun)) return canonicalOrg(m[1], noun);
  }
  return { key: normaliseKey(name), name, affiliation: null };
}

/** Reads the article's sentences and resolves every name, organisation and role noun to an entity. */
export function analyse(parsed: ParsedArticle, given?: Tagging): Analysis {
  const spans = [
    ...parsed.paragraphs.map((p, i) => ({ p, i, caption: false })),
    ...parsed.captions.map((p, i) => ({ p, i: -1 - i, caption: true })),
  ].sort((a, b) => a.p.start - b.p.start);
  // Tags are worked out paragraph by paragraph, only where a rule asks for them.
  const tagging = given ?? lazyTagging(parsed.text, spans.map(({ p }) => p));
  // Captions lose their photo credit: "(Lintao Zhang/Getty Images)" names no actor.
  const sentences = spans.flatMap(({ p, i, caption }) => splitSentences(caption ? withoutCredit(p) : p, i, caption));
  const runs = sentences.map((s) => findNames(s.text));
  const reg = new Registry();

  // Pass 1: full person names (two or more tokens) anywhere in the article.
  const full = new Map<string, string>();
  // A full name has two words or more ("Marisol Tervo"); a lone hyphenated word is a surname ("Okonjo-Baptiste").
  for (const rs of runs) for (const r of rs) if (r.kind === "person" && /\S\s+\S/.test(r.name)) full.set(normaliseKey(r.name), r.name);
  const fullNames = [...full.values()];
  // Single names ("Jokowi", "Lula") with evidence across the document: capitalised twice or more as a person's name
  // and never written in lower case (a word seen in lower case mid-sentence is no name).
  const singles = new Map<string, number>();
  for (const rs of runs) for (const r of rs) if (r.kind === "person" && !/\s/.test(r.name)) singles.set(r.name, (singles.get(r.name) ?? 0) + 1);
  // Not a company named before its people's roles ("Vantor chief executive Ivo Brandt") or inside an organisation's name.
  const orgWords = new Set(runs.flat().filter((r) => r.kind === "organization").flatMap((r) => r.name.split(/\s+/)));
  // Only a one-token name that is no part of a full name needs this evidence (resolvePerson reads a part of a
  // full name as that person), so the costlier checks below run for those few.
  const fullTokens = new Set(fullNames.flatMap((f) => nameTokens(f)));
  // ("Caldas, 54, said": an age set off after a word is a person's, evidence enough once.)
  const aged = new Set<string>();
  if (singles.size && AGE_CUE.test(parsed.text)) for (const m of parsed.text.matchAll(AGED_NAME)) if (+m[2]! >= 16 && +m[2]! <= 110 && !lookupPlace(m[1]!)) aged.add(m[1]!);
  const candidates = [...singles].filter(([n, c]) => (c >= 2 || aged.has(n)) && nameTokens(n).length === 1 && !fullTokens.has(nameTokens(n)[0]!)
    && !seenInLowerCase(parsed.text, n) && !orgWords.has(n) && !isRoleHead(n) && !isHonorific(n) && !OFFICE_ADJECTIVES.has(n.toLowerCase())).map(([n]) => n);
  // One pass over the text finds every word written before a role ("Vantor chief executive").
  // …and every word written after "a"/"an" ("a Riverside contingent": names take no article).
  const beforeRoles = new Set<string>();
  const articled = new Set<string>();
  if (candidates.length) {
    for (const m of parsed.text.matchAll(BEFORE_ROLE)) beforeRoles.add(m[1]!);
    for (const m of parsed.text.matchAll(AFTER_ARTICLE)) articled.add(m[1]!.replace(/\.+$/, ""));
  }
  const singleNames = new Set(candidates.filter((n) => !beforeRoles.has(n) && !articled.has(n)));

  // One-word names that own what only a body has (BODY_POSSESSION): organisations wherever they stand.
  const bodies = new Set<string>();
  if (BODY_OWNED.test(parsed.text)) for (const m of parsed.text.matchAll(BODY_POSSESSION)) if (!fullTokens.has(m[1]!) && !isRoleHead(m[1]!) && !isHonorific(m[1]!)) bodies.add(m[1]!);
  // "Vantor had voiced its intention", "Norwind said its profits fell": a one-word name whose clause refers back to it
  // by "its" is a body.
  // (The verb and "its" are matched first, the name looked for right before them: a pattern opening with the name
  // would be tried at every capital of the text.)
  if (/\bits\b/.test(parsed.text)) {
    for (const m of parsed.text.matchAll(VERB_ITS)) {
      const name = NAME_BEFORE.exec(parsed.text.slice(Math.max(0, m.index - 40), m.index))?.[1];
      if (name && !fullTokens.has(name) && !givenNames.has(name.toLowerCase()) && !isRoleHead(name) && !isHonorific(name) && !lookupPlace(name)) bodies.add(name);
    }
  }
  const nicknames = NICKNAME_CUE.test(parsed.text) ? nicknamesIn(parsed.text) : new Map<string, string>();
  const placeNames = new Set(runs.flatMap((rs) => rs.filter((r) => r.kind === "place" && !r.guessedPlace).map((r) => r.name)));
  const shortForms = new Map<string, number>();
  // "Chief of Army Staff (COAS) General X": a title's short form in brackets before its holder's name is that person.
  const titleShortForms = TITLE_SHORT_FORM_CUE.test(parsed.text) ? titleShortFormsIn(parsed.text) : new Map<string, string>();
  const mentions: Mention[] = [];
  const places: Analysis["places"] = [];
  const unnamed: UnnamedOffice[] = [];
  sentences.forEach((s, si) => {
    places.push([]);
    for (const [ri, r] of runs[si]!.entries()) {
      const at = s.start + r.start;
      // (A place no gazetteer knows, read from "in"/"at" alone, names no one; meeting places come from their own cues.)
      if (r.kind === "place") { if (!r.guessedPlace) places[si]!.push({ name: r.name, start: at }); continue; }
      // ("visited Kessvale district … his previous visit to Kessvale": one word the article names as a place
      // elsewhere is that place, not a person, unless a title or a given name says otherwise.)
      if (r.kind === "person" && !r.titled && !r.prefix && !/\s/.test(r.name) && placeNames.has(r.name) && !fullNames.some((n) => n.endsWith(` ${r.name}`))) { places[si]!.push({ name: r.name, start: at }); continue; }
      if (r.kind === "organization") {
        // "… Police Conduct (IOPC)", "Halvorsen Marine ASA (OSE: HALV)": a short form of the body just named.
        // ("NUM" after the National Union of Mineworkers: the initials of a body already named.)
        const holder = titleShortForms.get(r.name);
        if (holder !== undefined) {
          // (In its brackets it names no one yet; after the name, it is the person.)
          const i = reg.entities.findIndex((e) => e.type === "person" && e.name === holder);
          if (i >= 0) mentions.push({ start: at, end: s.start + r.end, kind: "alias", entity: reg.touch(i, at, r.name) });
          continue;
        }
        const short = /^\p{Lu}{2,8}$|^\p{Lu}+\p{Ll}\p{Lu}+$/u.test(r.name) ? shortFormOf(r, s, at, mentions, reg, shortForms) ?? knownOrganisation(reg, r.name) : undefined;
        if (short !== undefined) { mentions.push({ start: at, end: s.start + r.end, kind: reg.entities[short]!.type === "person" ? "alias" : "org", entity: reg.touch(short, at, r.name) }); continue; }
        const o = orgFromRun(r.name);
        mentions.push({ start: at, end: s.start + r.end, kind: "org", entity: reg.add(o.key, { name: o.name, type: "organization", role: null, affiliation: o.affiliation }, r.name, at) });
        continue;
      }
      // "the Ministry of Foreign Affairs (MoFA)": a bracketed short form right after an organisation is its name too.
      const shortForm = shortFormOf(r, s, at, mentions, reg, shortForms);
      if (shortForm !== undefined) {
        mentions.push({ start: at, end: s.start + r.end, kind: "org", entity: reg.touch(shortForm, at, r.name) });
        continue;
      }
      // "Vantor's board", "Norwind's chief executive": one word that owns what only a body has names a body.
      if (bodies.has(r.name)) {
        mentions.push({ start: at, end: s.start + r.end, kind: "org", entity: reg.add(normaliseKey(r.name), { name: r.name, type: "organization", role: null, affiliation: null }, r.name, at) });
        continue;
      }
      // "@theHNU", "@HarbourBoardNO": a handle that is a body's initials or its name is that body.
      const handleOf = r.name.startsWith("@") ? handleOrganisation(reg, r.name) : undefined;
      if (handleOf !== undefined) {
        mentions.push({ start: at, end: s.start + r.end, kind: "org", entity: reg.touch(handleOf, at) });
        continue;
      }
      const person = resolvePerson(r, fullNames, reg, singleNames, nicknames);
      if (!person) {
        // "Norwind said …" after "Norwind chief executive Ivo Brandt": a known organisation, or the first word of one.
        const org = knownOrganisation(reg, r.name);
        if (org !== undefined) mentions.push({ start: at, end: s.start + r.end, kind: "org", entity: reg.touch(org, at) });
        continue;
      }
      // ("the President of Norway Ivo Brandt, Lena Park, Speaker …": with a person named right before the comma,
      // the title before that person is theirs, not this one's: only the role set off after this name counts.)
      const before = runs[si]![ri - 1];
      const role = !r.prefix && before?.kind === "person" && before.prefix && !isPluralRoleHead(before.prefix.split(/\s+/).pop()!) && /^\s*,\s*$/.test(s.text.slice(before.end, r.start)) ? roleAfter(s.text.slice(r.end)) : personRole(s.text, r);
      // A company or body a person belongs to is an organisation that may speak later.
      // (One common word before a title is part of it: "County Executive", "Airport director", "A fisheries envoy".)
      if (role.affiliation && /^\p{Lu}/u.test(role.affiliation) && !countryOf(role.affiliation) && !/\s(?:of|for|at)\s/.test(role.affiliation) && role.affiliation.split(/\s+/).length <= 4
        && !(/^\S+$/.test(role.affiliation) && (TITLE_PREMODIFIER_SET.has(role.affiliation.toLowerCase()) || role.affiliation.length < 2 || isNonNameWord(role.affiliation)))) {
        reg.add(normaliseKey(role.affiliation), { name: role.affiliation, type: "organization", role: null, affiliation: null }, role.affiliation, at);
      }
      const known = reg.get(`p:${normaliseKey(person)}`) !== undefined;
      const entity = reg.add(`p:${normaliseKey(person)}`, { name: person, type: "person", ...role }, r.name, at);
      // ("former First Lady Ana Kessler": the kin word may be the title the name run took.)
      if (!known && /\s/.test(person) && (KIN_BEFORE.test(s.text.slice(Math.max(0, r.start - r.prefix.length - 40), r.start - (r.prefix ? r.prefix.length + 1 : 0))) || KIN_TITLE.test(s.text.slice(Math.max(0, r.start - 40), r.start)))) reg.kinIntroduced.add(entity);
      // Gender from a title ("Ms. Lind"), only where the name was not a guess between two people, else from
      // a given name (gender-detection-from-name's English list, 32,000 given names from many cultures).
      const e = reg.entities[entity]!;
      if (!reg.ambiguousRuns.has(r)) e.gender ??= genderOfTitle(`${r.prefix} ${role.role ?? ""}`);
      if (/\s/.test(person)) reg.givenGender.set(entity, givenNameGender(person));
      mentions.push({ start: at, end: s.start + r.end, kind: person === r.name ? "name" : "alias", entity });
    }
    // The pattern of each kind runs only where its trigger word is in the sentence.
    const t = triggersIn(s);
    if (t & ORG_TRIGGER) addOrgNouns(s, mentions, reg);
    if (t & ROLE_TRIGGER) { addOfficesOf(s, mentions, reg, unnamed); addRoleNouns(s, mentions, reg, unnamed); addHeadsOfBodies(s, mentions, reg); addPortfolioTitles(s, mentions, reg); addShortFormRoles(s, mentions, reg, unnamed); addTitleSurnames(s, mentions, reg); }
    if (t & KIN_TRIGGER) addKinNouns(s, mentions, reg);
    if (STYLE_ALONE.test(s.text)) addStyleReferents(s, mentions, reg);
    addAgeDescriptors(s, parsed.text, mentions, reg);
  });
  resolveKin(reg, mentions);
  resolveUnnamedOffices(reg, mentions, unnamed, parsed.title);
  if (/\b[Tt]he\s+(?:\w+\s+)?(?:statement|letter|communiqu[eé]|press release)\b/.test(parsed.text)) addDocumentMentions(sentences, mentions, reg);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { parsed, sentences, entities: reg.entities, mentions: dropNested(mentions), places, tagging };
}

function withoutCredit(p: { text: string; start: number; end: number }) {
  const m = CAPTION_CREDIT.exec(p.text);
  const text = m ? p.text.slice(0, m.index).trimEnd() : p.text;
  return { text, start: p.start, end: p.start + text.length };
}

/** A possessive owner opening a role phrase: "Sri Lanka's", "Valdane's". */
const OWNER = /^((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)[’']s\s+/u;

/** "from the Dominican Republic", "of Peru" after a role head: that country. */
function countryAfterHead(words: string[]): string | undefined {
  // ("his counterpart in Costa Rica": a counterpart's country after "in" too.)
  const m = /^(?:from|of|in)\s+(?:the\s+)?(.+)$/.exec(words.join(" "));
  return m ? countryOf(m[1]!) : undefined;
}

/** Words that open a time after a role's head, never part of the role: "yesterday", "last" (and "on" before a date). */
const TIME_AFTER_ROLE = /^(?:during|yesterday|today|tonight|last|earlier|later|this)$/i;
/** A weekday, a month or a day's number: "on" before it opens a date ("on Monday", "on 12 May"). */
const isDateWord = (w: string) => /^\d/.test(w) || Object.hasOwn(WEEKDAYS, w.toLowerCase().replace(/[.,]$/, "")) || Object.hasOwn(MONTHS, w.toLowerCase().replace(/[.,]$/, ""));
/** Words that end a clause before a role phrase: the role starts after the last of them. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["with", "after", "before", "to", "at", "in", "on", "by", "about", "than", "and", "but"]);

/** `text` without the honorifics that end it ("…, Hon. " → "…,"; "…, Rt. Hon. Dr. " → "…,"). */
function withoutTrailingHonorifics(text: string): string {
  let out = text.trimEnd();
  for (let m = /\S+$/.exec(out); m && isHonorific(m[0]); m = /\S+$/.exec(out)) out = out.slice(0, m.index).trimEnd();
  return out;
}

/** Styles a person is born or raised to, written before the name, that say no office ("Prince", "Sheikh"). */
const STYLES_OF_BIRTH: ReadonlySet<string> = new Set(["prince", "princess", "sheikh", "sheikha", "sheik"]);

/** The words before offset `cut` in which a title set off by a comma is looked for, trailing honorifics dropped. */
// (Only the last stretch before the name matters; a bounded window keeps the $-anchored patterns linear.)
// ("The president of the Rowing Federation (NRF), Ana Lind": the body's short form in brackets is no part of the title.)
const titleWindow = (text: string, cut: number) => withoutTrailingHonorifics(text.slice(Math.max(0, cut - 100), Math.max(0, cut))).replace(SHORT_FORM_BEFORE_COMMA, ",");
const SHORT_FORM_BEFORE_COMMA = /\s*\(\p{Lu}[\p{Lu}\d&.-]{1,9}\)\s*,$/u;

/**
 * A whole title set off by a comma at the end of `window` (titleWindow): "The Minister for Foreign Affairs and
 * Regional Integration, Hon. X", "the Prime Minister of Saint Lucia, Mr. Y" → its role and the body or country
 * after "of" as the affiliation; undefined when no titled "of"/"for" phrase stands there.
 */
function setOffTitle(window: string): { role: string; affiliation: string | null } | undefined {
  // (The window ends at its last word: the look-up trimmed it.)
  if (!window.endsWith(",")) return undefined;
  // ("After meeting Dr X, Minister of Health of Serbia, Dr Y visited": a title set off after a name and closed by a
  // comma is that name's appositive, not the title of the name after it.)
  const prior = APPOSITIVE_TITLE_AFTER_NAME.exec(window);
  if (prior && !lookupPlace(prior[1]!) && !isNonNameWord(prior[1]!)) return undefined;
  const titled = roleBefore(window.slice(0, -1), "");
  const of = titled.role ? /\s(?:of|for)\s+(?:the\s+)?(.+)$/.exec(titled.role) : null;
  // The body or country after "of" is the affiliation when written with capitals ("of Saint Lucia").
  if (of) return { role: titled.role!, affiliation: titled.affiliation ? countryOf(titled.affiliation) ?? titled.affiliation : (/^\p{Lu}/u.test(of[1]!) ? countryOf(of[1]!) ?? of[1]! : null) };
  return undefined;
}

/** Adjectives of an office, capitalised before a noun ("Presidential aspirants", "Gubernatorial hopeful"): never a one-word name. */
const OFFICE_ADJECTIVES: ReadonlySet<string> = new Set(["presidential", "vice-presidential", "ministerial", "gubernatorial", "senatorial", "parliamentary", "congressional", "mayoral", "ambassadorial", "papal", "royal", "imperial"]);

/** "’s first press conference as president of Colombia": a possessive, its noun phrase, "as" and an office. [, office] */
const POSSESSIVE_AS_ROLE = new RegExp(`^(?:[’']s)?\\s+(?:(?:first|last|final|maiden|inaugural|official|new|latest)\\s+)?(?:press\\s+conference|speech|address|visit|trip|term|tenure|day|appearance|interview|meeting|budget)\\s+as\\s+(?:the\\s+)?(?:new\\s+)?((?:[\\p{Ll}-]+\\s+){0,2}(?:${roleHeadAlternation("either")})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?)(?![\\p{L}-])`, "u");

/** A capitalised word, a comma, then a capitalised title closed by the window's comma: [, word]. */
const APPOSITIVE_TITLE_AFTER_NAME = /(?:^|\s)(\p{Lu}[\p{L}.’'-]+),\s+(?:the\s+)?\p{Lu}[^,;]{2,80},$/u;

/** "Caldas, 54," — a capitalised word with an age set off after it: [, word, age]. */
// (Not after a preposition: "in Bergen, 25, …" is a place.)
// (Its tail alone, ", 45, ", is a cheap test of the whole text first: the full pattern tries every position.)
const AGE_CUE = /,\s+\d{2,3},\s/;
const AGED_NAME = /(?<!\b(?:[Ii]n|[Aa]t|[Ff]rom|of|to|[Nn]ear)\s)(\p{Lu}[\p{L}’'-]+),\s+(\d{2,3}),\s/gu;

/** " of (the) Norway", " of the United States" right after a name, before a clause break or a verb: [, country]. */
const COUNTRY_AFTER_NAME = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})(?=[\s,.;:)]|$)(?!\s+(?:of|and)\b)/u;

function personRole(text: string, r: NameRun) {
  const cut = r.start - (r.prefix ? r.prefix.length + 1 : 0);
  // ("Ivo Brandt met the minister on Monday, Kari Holm said.": a name set off by a comma that a speech verb closes
  // the sentence after is the speaker of what came before the comma, not an appositive of the role phrase there.)
  if (!r.prefix && /,\s*$/.test(text.slice(Math.max(0, cut - 3), cut)) && reportingClauseAfter(text.slice(r.end, r.end + 40))) return { role: null, affiliation: null };
  const before = roleBefore(text.slice(Math.max(0, cut - 90), Math.max(0, cut)), r.prefix);
  if (before.role) {
    // "the Governor of Rivermark State, Senator Ada Obi": a whole title set off before a one-word style or title
    // says what the person is; the word before the name is how they are addressed.
    if (/^\S+$/.test(r.prefix)) { const set = setOffTitle(titleWindow(text, cut)); if (set) return set; }
    // "Prince Ruben Castell, Foreign Minister of the Kingdom of Norway": a style of birth before the name, an
    // office after it — the office is the role.
    if (STYLES_OF_BIRTH.has(r.prefix.toLowerCase())) {
      const after = roleAfter(text.slice(r.end));
      if (after.role) return { role: after.role, affiliation: after.affiliation ? countryOf(after.affiliation) ?? after.affiliation : null };
    }
    // "Ambassador of the Republic of Chile X": the country the title is of, by its common or official name.
    if (!before.affiliation && before.role) {
      const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,5})$/u.exec(before.role);
      const place = of ? lookupPlace(of[1]!) : undefined;
      if (place?.kind === "country") return { ...before, affiliation: place.name };
    }
    // "Finance Minister Ola Brenne of Norway": the country after the name is the title's.
    if (!before.affiliation) {
      const of = COUNTRY_AFTER_NAME.exec(text.slice(r.end, r.end + 50));
      const country = of && lookupPlace(of[1]!)?.kind === "country" ? lookupPlace(of[1]!)!.name : undefined;
      if (country) return { ...before, affiliation: country };
    }
    return before;
  }
  const after = roleAfter(text.slice(r.end));
  if (after.role) return after;
  // ("Ivo Brandt’s first press conference as president of Norland": an office the person's own occasion is held in.)
  const as = (r.possessive || /^[’']s\b/.test(text.slice(r.end, r.end + 3))) ? POSSESSIVE_AS_ROLE.exec(text.slice(r.end, r.end + 120)) : null;
  if (as) {
    const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u.exec(as[1]!);
    return { role: as[1]!.toLowerCase().replace(/\bof\s+(?:the\s+)?(.+)$/, (_m, place: string) => `of ${of ? of[1] : place}`), affiliation: of ? countryOf(of[1]!) ?? of[1]! : null };
  }
  // "Altamira’s chief executive, Marcus Hale," — the role stands before, set off by a comma.
  // (Before an honorific too: "the Minister of Health, Dr. Ade Bello".)
  // (An honorific the name run left out stays before the name: "…Integration, Hon. Ama Kessie".)
  const window = titleWindow(text, cut);
  const setOff = window.endsWith(",");
  const set = setOffTitle(window);
  if (set) return set;
  const pre = setOff ? /(?:^|\s)((?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*[’']s\s+)?(?:[\p{L}-]+\s+){0,5}[\p{L}-]+),\s*$/u.exec(window) : null;
  if (pre && pre[1]!.split(/\s+/).some((w) => ROLE_HEADS.includes(w.toLowerCase()))) {
    // The role phrase starts after the clause's last preposition before it and its determiner ("After the talks
    // with the minister, Mr. X": "minister", not "talks with the minister").
    const words = pre[1]!.split(/\s+/);
    const head = words.findIndex((w) => ROLE_HEADS.includes(w.toLowerCase()));
    let opens = head - 1;
    while (opens >= 0 && !CLAUSE_WORDS.has(words[opens]!.toLowerCase())) opens--;
    // ("…, received the outgoing German Ambassador, H.E. X": the phrase opens at its article, after the verb.)
    for (let k = head - 1; k > opens + 1; k--) if (/^(?:the|a|an)$/i.test(words[k]!)) { opens = k - 1; break; }
    // (The phrase ends before a time after its head: "the minister on Monday, X" is "minister".)
    const time = words.findIndex((w, k) => k > head && (w.toLowerCase() === "on" ? isDateWord(words[k + 1] ?? "") : TIME_AFTER_ROLE.test(w)));
    const phrase = words.slice(opens + 1, time > 0 ? time : undefined).join(" ").replace(/^(?:the|a|an|his|her|their|its)\s+/i, "");
    const owner = OWNER.exec(phrase);
    return { role: phrase.slice(owner?.[0].length ?? 0), affiliation: owner ? countryOf(owner[1]!) ?? owner[1]! : words.slice(opens + 1, head).map((w) => countryOf(w)).find(Boolean) ?? countryAfterHead(words.slice(head + 1)) ?? null };
  }
  return { role: null, affiliation: null };
}


/**
 * The organisation a one-word run is the short form of: declared in brackets right after its name
 * ("Ministry of Foreign Affairs (MoFA)"), or so declared earlier in the article (`shortForms`, filled here).
 */
function shortFormOf(r: NameRun, s: Sentence, at: number, mentions: Mention[], reg: Registry, shortForms: Map<string, number>): number | undefined {
  if (/\s/.test(r.name) || !/\p{Lu}.*\p{Lu}/u.test(r.name)) return undefined;
  const known = shortForms.get(r.name);
  if (known !== undefined) return known;
  // (A stock ticker after its exchange counts: "(OSE: HALV)".)
  const opening = /\((?:\p{Lu}{2,8}:\s*)?$/u.exec(s.text.slice(Math.max(0, r.start - 12), r.start));
  if (!opening || s.text[r.end] !== ")") return undefined;
  const before = mentions[mentions.length - 1];
  // ("the Varde Chambers of Commerce, Industry, Mines and Agriculture (VCCIMA)": the rest of a long name listed with
  // commas and "and" may stand between.)
  const rest = before ? s.text.slice(before.end - s.start, r.start - opening[0].length) : "";
  if (!before || !/^(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}’'&-]*)*\s*$/u.test(rest)) return undefined;
  // ("Andres Manuel Lopez Obrador (AMLO)": a person's initials in brackets are that person's short name.)
  const owner = reg.entities[before.entity]!;
  if (owner.type !== "organization" && !(owner.type === "person" && initialsOf(owner.name) === r.name)) return undefined;
  // (The body is named in full, as the article wrote it before its short form; the first part stays an alias.)
  if (owner.type === "organization" && rest.trim()) {
    const full = s.text.slice(before.start - s.start, r.start - opening[0].length).trim();
    if (full.startsWith(owner.name)) { reg.touch(before.entity, before.start, owner.name); owner.name = full; }
  }
  shortForms.set(r.name, before.entity);
  return before.entity;
}

/** A title with "of", its short form in brackets, and a name after it (TITLE_SHORT_FORM): [, short form, name]. */
const TITLE_SHORT_FORM = new RegExp(`\\b(?:${roleHeadAlternation("either")})(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}\\((\\p{Lu}{2,8})\\)\\s+(?:(?:General|Gen\\.|Lt\\.?|Lieutenant|Maj\\.?|Major|Air|Chief|Marshal|Admiral|Adm\\.|Vice|Brig\\.?|Brigadier|Col\\.?|Colonel|Mr\\.?|Ms\\.?|Dr\\.?|Dr)\\s+)*(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){1,3})`, "gu");
/** A cheap test first: a bracketed run of capitals at all. */
const TITLE_SHORT_FORM_CUE = /\(\p{Lu}{2,8}\)\s+\p{Lu}/u;
/** Short forms of titles declared before their holders' names → the holder's name as written. */
function titleShortFormsIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  TITLE_SHORT_FORM.lastIndex = 0;
  // (The title's own initials, not a body's: "Chief of Army Staff (COAS)", not "chief executive of Norwind (NWS)".)
  for (let m = TITLE_SHORT_FORM.exec(text); m; m = TITLE_SHORT_FORM.exec(text)) if (!out.has(m[1]!) && m[1]![0] === m[0][0]!.toUpperCase()) out.set(m[1]!, m[2]!);
  return out;
}

/** The capital initials of a full name of two words or more ("Andres Manuel Lopez Obrador" → "AMLO"); "" for one word. */
/** Whether `word` is written in lower case somewhere in `text`, between non-letters ("a “constructive” meeting"). */
function seenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!/\p{L}/u.test(text[i - 1] ?? "") && !/\p{L}/u.test(text[i + lower.length] ?? "")) return true;
  }
  return false;
}

/** The organisation a handle names: its initials after an optional "the" ("@theHNU"), or its name run together ("@HarbourBoardNO"). */
function handleOrganisation(reg: Registry, handle: string): number | undefined {
  const body = handle.slice(1).replace(/^[Tt]he(?=\p{Lu})/u, "");
  if (body.length < 2) return undefined;
  const byInitials = /^\p{Lu}{2,6}$/u.test(body) ? knownOrganisation(reg, body) : undefined;
  if (byInitials !== undefined) return byInitials;
  const joined = reg.entities.findIndex((e) => e.type === "organization" && e.name.replace(/[\s.’'-]+/g, "").toLowerCase() === body.toLowerCase());
  return joined >= 0 ? joined : undefined;
}

function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length < 2 ? "" : words.map((w) => w[0]).join("");
}

// "Joko Widodo, popularly known as Jokowi": a name the article declares for a person.
// ("Piet Kool aka Kooly", "… alias …": the same with no comma.)
// (What follows the full name: a comma and "known as", or "aka"/"alias", maybe a quote mark.)
const DECLARED_AS = String.raw`(?:,\s+(?:(?:popularly|commonly|widely|better|also|affectionately|simply)\s+)?(?:known|called|nicknamed|referred to)\s+(?:as\s+)?|\s+(?:aka|a\.k\.a\.?|alias)\s+)[“"‘']?`;
const NICKNAME = new RegExp(String.raw`(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+)+)${DECLARED_AS}(\p{Lu}[\p{L}-]+)`, "gu");
// (What follows the full name alone is a cheap test of the whole text first: NICKNAME tries every capitalised run.)
const NICKNAME_CUE = new RegExp(String.raw`${DECLARED_AS}\p{Lu}`, "u");
/** Declared nicknames: the short name → the full name it stands for. */
function nicknamesIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(NICKNAME)) out.set(m[2]!, m[1]!);
  return out;
}

/** "male" | "female" from the first word of a full name, when the given-name lists know it. */
function givenNameGender(name: string): "male" | "female" | undefined {
  // Asked at every mention of a full name: each name's answer is worked out once (bounded memo, pure).
  if (genderMemo.has(name)) return genderMemo.get(name);
  if (genderMemo.size > 10_000) genderMemo.clear();
  const gender = givenNames.get(/^\S*/.exec(name)![0].replace(/\.$/, "").toLowerCase());
  genderMemo.set(name, gender);
  return gender;
}
const genderMemo = new Map<string, "male" | "female" | undefined>();

/** A person run to a full name: itself, or the known full name it is a part of (surname or surname-first given name). */
/** Whether `name` stands in `full` right after a patronymic particle: the father's name, not the person's. */
function fatherIn(full: string, name: string): boolean {
  const first = name.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:bin|ibn|bint|binti|ben|ould)\\s+${first}\\b`, "iu").test(full) && !full.startsWith(name.split(/\s+/)[0]!);
}

function resolvePerson(r: NameRun, fullNames: string[], reg: Registry, singleNames: ReadonlySet<string>, nicknames: ReadonlyMap<string, string> = new Map()): string | null {
  const toks = nameTokens(r.name);
  if (toks.length >= 2) {
    // "Ms. Vance-Ortiz" style partial names with two tokens that are part of a longer known name.
    // (Not the father's name inside a patronymic chain: "Mohammed bin Rashid" in "Maktoum bin Mohammed bin Rashid".)
    const longer = fullNames.filter((f) => f !== r.name && nameTokens(f).length > toks.length && toks.every((t) => nameTokens(f).includes(t)) && !fatherIn(f, r.name));
    if (longer.length === 1) return longer[0]!;
    // "HRVP Lind", "UNSG Brandt": an unknown abbreviation of a title before the surname of one person named in
    // full is that person.
    const first = r.name.split(/\s+/)[0]!;
    if (/^\p{Lu}{2,6}$/u.test(first) && !fullNames.some((f) => f !== r.name && nameTokens(f).includes(toks[0]!))) {
      const rest = toks.slice(1).join(" ");
      const owners = fullNames.filter((f) => f !== r.name && !nameTokens(f).includes(toks[0]!) && nameTokens(f).length > toks.length - 1 && nameTokens(f).slice(1 - toks.length).join(" ") === rest);
      if (owners.length === 1) return owners[0]!;
    }
    // "the Zhou-Đặng talks": two known people's surnames joined, not a third person.
    const joined = !/\s/.test(r.name) && toks.every((t) => fullNames.some((f) => nameTokens(f).includes(t)));
    return joined ? null : r.name;
  }
  // "FM @BHoltZardari met …": a handle holding the surname of exactly one person the article names is that person.
  if (r.name.startsWith("@")) {
    const handle = r.name.slice(1).toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const owners = fullNames.filter((f) => { const last = nameTokens(f).at(-1) ?? ""; return /\s/.test(f) && last.length >= 4 && handle.includes(last); });
    if (owners.length === 1) return owners[0]!;
  }
  const key = nameTokens(r.name).join(" ");
  // (The declared full name may carry a title: "President Joko Widodo, popularly known as Jokowi".)
  const nick = nicknames.get(r.name);
  const nickFull = nick ? fullNames.filter((f) => nick === f || nick.endsWith(` ${f}`)).sort((x, y) => y.length - x.length)[0] : undefined;
  if (nickFull) return nickFull;
  let candidates = fullNames.filter((f) => nameTokens(f).includes(toks[0]!) || nameTokens(f).join(" ").endsWith(key));
  // "Ulyukayev" for "Alexei Ulyukaev": one edit on a long surname is the same person when only one fits.
  if (!candidates.length && key.length >= 6) candidates = fullNames.filter((f) => { const last = nameTokens(f).at(-1)!; return last.length >= 6 && last[0] === key[0] && editDistance(last, key, 1) === 1; });
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    // Two people share the token: "Mr. Jonas" is the man; otherwise the one mentioned last.
    const gender = genderOfTitle(r.prefix);
    const seen = candidates.map((c) => {
      const i = reg.get(`p:${normaliseKey(c)}`) ?? -1;
      const g = reg.entities[i]?.gender ?? reg.givenGender.get(i);
      // "Prime Minister Lind" after "Prime Minister Ana Lind and her husband Piet": the one whose role the title names.
      const role = reg.entities[i]?.role?.toLowerCase();
      const title = r.prefix.trim().toLowerCase().replace(/\.$/, "");
      const titled = role && title && (title.endsWith(role) || role.endsWith(title.split(/\s+/).pop()!)) && isRoleHead(title.split(/\s+/).pop()!) ? 1 : 0;
      // "Governor Ivo Brandt … first lady Ana Brandt … Brandt said": the surname alone is the one the story is
      // about, not a spouse or child introduced by kinship.
      const principal = reg.kinIntroduced.has(i) ? 0 : 1;
      return { c, at: reg.lastSeen[i] ?? -1, fits: !gender || !g || g === gender ? 1 : 0, titled, principal };
    });
    seen.sort((a, b) => b.fits - a.fits || b.titled - a.titled || b.principal - a.principal || b.at - a.at);
    if (seen.filter((x) => x.fits).length !== 1) reg.ambiguousRuns.add(r);
    return seen[0]!.c;
  }
  return r.titled || singleNames.has(r.name) ? r.name : null;
}

/** "First Lady" right before a name, as the title (or part of the title) its run took. */
const KIN_TITLE = /\bfirst\s+(?:lady|gentleman)\s+$/i;
/** A kin word (or "first lady") right before a name: the one named is introduced as someone's kin. */
const KIN_BEFORE = new RegExp(`\\b(?:first\\s+(?:lady|gentleman)|spouse|partner|${Object.keys(KIN_NOUNS).filter((k) => !KIN_NOUNS[k]!.group).join("|")})\\s*,?\\s*$`, "i");

const ORG_TRIGGER = 1, ROLE_TRIGGER = 2, KIN_TRIGGER = 4;
/**
 * Which trigger words the sentence holds (lower case, without a final dot; hyphenated ones also by their parts), as
 * bits. Words are read as the tagger splits them, by plainWords (no tags are needed, so none are worked out).
 */
function triggersIn(s: Sentence): number {
  let bits = 0;
  const check = (w: string) => {
    if (ORG_NOUN_WORDS.has(w)) bits |= ORG_TRIGGER;
    if (ROLE_HEAD_WORDS.has(w)) bits |= ROLE_TRIGGER;
    if (KIN_WORDS.has(w)) bits |= KIN_TRIGGER;
  };
  for (const w of plainWords(s.text)) {
    check(w);
    if (w.includes("-")) for (const part of w.split("-")) check(part);
    if (bits === 7) break;
  }
  return bits;
}

/** Common nouns of businesses and agencies that may stand right before the name ("the news agency Vorta"). */
const NAMED_AFTER_NOUN: ReadonlySet<string> = new Set(["agency", "firm", "company", "bank", "airline", "carrier", "broadcaster", "regulator", "operator", "insurer", "lender", "consortium", "watchdog", "utility"]);
/** One or two capitalised words, then a comma or a verb of speech: the name after such a noun. */
const NAME_AFTER_NOUN = /^\s+(\p{Lu}[\p{L}’'&-]+(?:\s+\p{Lu}[\p{L}’'&-]+)?)(?=\s*,|\s+(?:said|says|reported|reports|announced|announces|added|told|stated|quoted|cited|confirmed|warned)\b)/u;

function addOrgNouns(s: Sentence, mentions: Mention[], reg: Registry) {
  for (let m = nextOrgNoun(s.text, 0); m; m = nextOrgNoun(s.text, ORG_NOUN_RE.lastIndex)) {
    const [, det, qualifier, modifiers, noun] = m;
    // Modifiers name the body ("Iceland's coastal communities association"), more than one only after a
    // possessive; elsewhere ("for what her office called") the match starts again after the first word.
    const possessed = qualifier !== undefined && /[’']s\s+$/.test(m[0].slice(0, m[0].length - noun!.length - (modifiers?.length ?? 0)));
    if (modifiers && /\s\S/.test(modifiers.trim()) && !possessed) {
      ORG_NOUN_RE.lastIndex = m.index + m[0].indexOf(modifiers) + modifiers.indexOf(" ") + 1;
      continue;
    }
    const modifier = modifiers?.trim();
    const start = s.start + m.index + (det ? det.length + 1 : 0);
    const end = s.start + m.index + m[0].length;
    if (mentions.some((x) => x.start <= start && x.end >= end)) continue;
    // "the dockers' union HDU", "the carmaker Stellantis": the common noun right before a body's name is that body.
    const namedNext = !qualifier || /^\p{Ll}/u.test(qualifier) ? mentions.find((x) => x.kind === "org" && x.start >= end && /^\s+$/.test(s.text.slice(end - s.start, x.start - s.start))) : undefined;
    if (namedNext) {
      reg.describedAs.set(namedNext.entity, ORG_NOUN_SYNONYMS[noun!.toLowerCase()] ?? noun!.toLowerCase());
      mentions.push({ start, end, kind: "org", entity: reg.touch(namedNext.entity, start) });
      continue;
    }
    // "the state press agency Vorta reported", "the carmaker firm Vantor said": a business's common noun, then one or
    // two capitalised words the article names no one else by and a verb of speech or a comma, names that business.
    if ((!qualifier || /^\p{Ll}/u.test(qualifier) || countryOf(qualifier)) && NAMED_AFTER_NOUN.has(noun!.toLowerCase())) {
      const named = NAME_AFTER_NOUN.exec(s.text.slice(end - s.start, end - s.start + 60));
      const words = named?.[1]!.split(/\s+/) ?? [];
      if (named && !mentions.some((x) => x.start < end + named[0].length && x.end > end) && !lookupPlace(named[1]!)
        && words.every((w) => !isRoleHead(w) && !isHonorific(w) && !countryOf(w) && !givenNames.has(w.toLowerCase()) && MONTHS[w.toLowerCase()] === undefined && WEEKDAYS[w.toLowerCase()] === undefined)) {
        const at = end + named[0].length - named[1]!.length;
        const entity = reg.add(`|${normaliseKey(named[1]!)}`, { name: named[1]!, type: "organization", role: null, affiliation: null }, named[1]!, at);
        reg.describedAs.set(entity, ORG_NOUN_SYNONYMS[noun!.toLowerCase()] ?? noun!.toLowerCase());
        mentions.push({ start, end, kind: "org", entity }, { start: at, end: at + named[1]!.length, kind: "org", entity });
        continue;
      }
    }
    // "Corvane Asia, a company she owns": the organisation just named is one, for a later "the company".
    // ("…, a Perth-based firm": that firm is no second organisation.)
    if (det && /^an?$/i.test(det) && !/[’']s$/.test(qualifier ?? "")) {
      const named = mentions.find((x) => x.kind === "org" && x.end <= start && /^,\s*$/.test(s.text.slice(x.end - s.start, m.index)));
      if (named) {
        reg.describedAs.set(named.entity, ORG_NOUN_SYNONYMS[noun!.toLowerCase()] ?? noun!.toLowerCase());
        mentions.push({ start, end, kind: "org", entity: reg.touch(named.entity, start) });
        continue;
      }
    }
    // "the Saudi-backed consortium": a hyphenated adjective names the organisation, it does not own it.
    if (qualifier && /^\p{Lu}[\p{L}]*-(?:backed|based|owned|led|run|funded|controlled)$/u.test(qualifier) && !/[’']s$/.test(qualifier)) {
      const name = `${qualifier} ${ORG_NOUN_SYNONYMS[noun!.toLowerCase()] ?? noun!.toLowerCase()}`;
      mentions.push({ start, end, kind: "org", entity: reg.add(`|${normaliseKey(name)}`, { name, type: "organization", role: null, affiliation: null }, s.text.slice(start - s.start, end - s.start), start) });
      continue;
    }
    // "the UN agency", "the ILO office": an acronym names the organisation, as written.
    if (qualifier && !countryOf(qualifier) && /^\p{Lu}{2,6}$/u.test(qualifier)) {
      const name = `${qualifier} ${ORG_NOUN_SYNONYMS[noun!.toLowerCase()] ?? noun!.toLowerCase()}`;
      mentions.push({ start, end, kind: "org", entity: reg.add(`|${normaliseKey(name)}`, { name, type: "organization", role: null, affiliation: null }, s.text.slice(start - s.start, end - s.start), start) });
      continue;
    }
    // "Transnorte management": a company's management side, named as written (not "Holt's management").
    if (qualifier && !countryOf(qualifier) && noun!.toLowerCase() === "management" && !/[’']s$/.test(qualifier)
      && !mentions.some((x) => x.start < end && x.end > start)) {
      const name = `${qualifier} management`;
      mentions.push({ start, end, kind: "org", entity: reg.add(`|${normaliseKey(name)}`, { name, type: "organization", role: null, affiliation: null }, s.text.slice(start - s.start, end - s.start), start) });
      continue;
    }
    // "a bipartisan US Congressional delegation": a country, then a capitalised adjective of its own before
    // "delegation", names that country's delegation as written.
    const countryFirst = qualifier && /^delegations?$/i.test(noun!) && !/[’']s$/.test(qualifier) ? countryOf(qualifier.split(/\s+/)[0]!) : undefined;
    if (qualifier && countryFirst && !countryOf(qualifier) && !mentions.some((x) => x.start < end && x.end > start && reg.entities[x.entity]!.type === "person")) {
      const name = `${qualifier} ${noun!.toLowerCase()}`;
      mentions.push({ start, end, kind: "org", entity: reg.add(`${countryFirst}|${normaliseKey(name)}`, { name, type: "organization", role: null, affiliation: countryFirst }, s.text.slice(start - s.start, end - s.start), start) });
      continue;
    }
    if (qualifier && !countryOf(qualifier)) {
      // The owner is the name the qualifier ends with ("PM Rai's secretariat": Rai, after his title).
      const qStart = s.start + m!.index + (det ? det.length + 1 : 0);
      const owner = mentions.filter((x) => x.start >= qStart && x.end <= qStart + qualifier.length + 2).pop();
      const possessive = /[’']s$/.test(s.text.slice(0, m.index + m[0].length - noun!.length).trim());
      // "the Taoiseach's office said": a title's office, named as written, when no name is inside the qualifier.
      if (!owner && possessive && qualifier.replace(/[’']s$/, "").split(/\s+/).every((w) => isRoleHead(w)) && SPEAKS_NEXT.test(s.text.slice(end - s.start, end - s.start + 30))) {
        const name = `${qualifier.replace(/[’']s$/, "")}'s ${noun!.toLowerCase()}`;
        mentions.push({ start, end, kind: "org", entity: reg.add(`|${normaliseKey(name)}`, { name, type: "organization", role: null, affiliation: null }, s.text.slice(start - s.start, end - s.start), start) });
        continue;
      }
      if (!owner || !possessive) continue;
      const ownerName = reg.entities[owner.entity]!.name;
      const o = canonicalOrg(ownerName, noun!);
      // Named as the article names the owner: "Lee's office" for surname-first Lee Jae-myung, "Cortez's office".
      // …with a title written right before the name ("PM Rai's secretariat").
      const titled = /(?:^|\s)((?:\p{Lu}[\p{L}.]*\s+){1,2})$/u.exec(s.text.slice(Math.max(0, owner.start - s.start - 30), owner.start - s.start));
      const title = titled && titled[1]!.trim().split(/\s+/).every((w) => isRoleHead(w) || isHonorific(w)) ? titled[1]! : "";
      const ownerSurface = title + s.text.slice(owner.start - s.start, owner.end - s.start).replace(/[’']s$/, "");
      mentions.push({ start, end, kind: "org", entity: reg.add(o.key, { name: `${ownerSurface}'s ${noun!.toLowerCase()}`, type: "organization", role: null, affiliation: null }, s.text.slice(start - s.start, end - s.start), start) });
      continue;
    }
    if (qualifier) {
      // "Bolivia's energy ministry": the portfolio word stays in the name.
      const o = canonicalOrg(qualifier, modifier && countryOf(qualifier) && !NOT_ORG_MODIFIERS.has(modifier) ? `${modifier} ${noun!}` : noun!, /[’']s\s/.test(m[0]));
      mentions.push({ start, end, kind: "org", entity: reg.add(o.key, { name: o.name, type: "organization", role: null, affiliation: o.affiliation }, s.text.slice(start - s.start, end - s.start), start) });
    } else if (det && /^(?:his|her)$/i.test(det)) {
      // "her office", "his ministry": the organisation of the person just named — in a trailing attribution
      // ("X met Y in Z, her ministry said") the sentence's subject, when nothing shows it of the other gender.
      const gender = /^her$/i.test(det) ? "female" : "male";
      const subject = subjectOfSentence(s, mentions, reg);
      // ("received Y and his accompanying delegation": after "and", the one listed just before.)
      const listed = /\band\s+$/.test(s.text.slice(Math.max(0, m.index - 6), m.index));
      const before = listed ? lastPersonMentionBefore(mentions, reg, s.start, s.start + m.index) : undefined;
      const owner = before ?? (subject !== undefined && m.index > 0 && (reg.entities[subject]!.gender ?? gender) === gender ? subject : latest(reg, (e) => e.type === "person"));
      if (owner === undefined) continue;
      const ownerName = reg.entities[owner]!.name;
      const o = canonicalOrg(ownerName, noun!);
      const surface = s.text.slice(m.index, m.index + m[0].length);
      mentions.push({ start: s.start + m.index, end, kind: "org", entity: reg.add(o.key, { name: `${ownerName.split(" ").pop()}'s ${noun!.toLowerCase()}`, type: "organization", role: null, affiliation: null }, surface, start) });
    } else if (det?.toLowerCase() === "the" || (det && modifier)) {
      // "the union" → the union named earlier; "the summit secretariat" with no antecedent is an organisation of its own.
      const n = ORG_NOUN_SYNONYMS[noun!.toLowerCase()] ?? noun!.toLowerCase();
      // "the union" → "… Transit Union Local": the noun ends the name, or failing that is one of its words.
      const target = latest(reg, (e) => e.type === "organization" && normaliseKey(e.name).endsWith(n))
        ?? (n.includes(" ") ? undefined : latest(reg, (e) => e.type === "organization" && nameTokens(e.name).includes(n)))
        // "the firm", "the company": the latest business named (Inc., Ltd, Group, Energy…), or one an appositive
        // called so ("Corvane Asia, a company …").
        ?? latest(reg, (e, i) => reg.describedAs.get(i) === n || GENERIC_COMPANY.has(n) && e.type === "organization" && COMPANY_HEAD.test(e.name));
      const orgStart = modifier ? s.start + m.index + m[0].length - noun!.length - modifier.length - 1 : start;
      if (target !== undefined) mentions.push({ start: orgStart, end, kind: "org", entity: reg.touch(target, start) });
      // "…, the ministry said": an organisation that speaks is one even when the article never names it.
      else if (modifier && !NOT_ORG_MODIFIERS.has(modifier) || n.includes(" ") || SPEAKS_NEXT.test(s.text.slice(end - s.start, end - s.start + 30))) {
        const name = modifier ? `${modifier} ${n}` : n;
        mentions.push({ start: orgStart, end, kind: "org", entity: reg.add(`|${name}`, { name, type: "organization", role: null, affiliation: null }, name, start) });
      }
    }
  }
}

/** "X released a statement", "X issued a joint communiqué", "X said in a letter": who put out which document. */
const ISSUED_DOCUMENT = /\b(?:(?:released|issued|put out|published|sent|posted|signed)\s+(?:a|an)\s+(?:[\w-]+\s+)?|(?:said|stated|wrote|added)\s+in\s+(?:a|an)\s+(?:[\w-]+\s+)?)(statement|letter|communiqu[eé]|press release)\b/gi;
/** A pronoun subject right before the verb that issued a document ("…, it said in a statement"). */
const PRONOUN_BEFORE_VERB = /\b(?:it|he|she|they|we|I)\s+(?:also\s+)?$/i;
/** "The statement said …", "the letter added": the document as the speaker. */
const DOCUMENT_SPEAKS = /\b[Tt]he\s+(?:[\w-]+\s+)?(statement|letter|communiqu[eé]|press release)(?=\s+(?:also\s+)?(?:said|says|added|stated|noted|read|reads|warned|argued|called|urged)\b)/g;

/**
 * "Corvane released a statement saying … The statement said Brandt …": a document stands for the one who put
 * it out (the person or organisation named last before the verb that issued it, in the same clause); its later
 * mentions as a speaker ("the statement said") are mentions of that author. Looks back over the whole article.
 */
function addDocumentMentions(sentences: Sentence[], mentions: Mention[], reg: Registry): void {
  const author = new Map<string, number>();
  for (const s of sentences) {
    const events: Array<{ at: number; apply: () => void }> = [];
    for (const m of s.text.matchAll(ISSUED_DOCUMENT)) {
      const at = s.start + m.index!;
      const noun = m[1]!.toLowerCase().replace("é", "e");
      const before = mentions.filter((x) => x.end <= at && x.start >= s.start && !/[;.]/.test(s.text.slice(x.end - s.start, m.index!))).sort((x, y) => x.end - y.end).pop();
      // ("…, it said in a statement": a pronoun is the one who put it out, not the name before it; the speaker
      // rules read the pronoun.)
      if (before && !PRONOUN_BEFORE_VERB.test(s.text.slice(before.end - s.start, m.index!))) events.push({ at, apply: () => author.set(noun, before.entity) });
    }
    for (const m of s.text.matchAll(DOCUMENT_SPEAKS)) {
      const at = s.start + m.index!;
      const noun = m[1]!.toLowerCase().replace("é", "e");
      events.push({ at, apply: () => {
        const who = author.get(noun);
        if (who !== undefined) mentions.push({ start: at, end: at + m[0].length, kind: reg.entities[who]!.type === "person" ? "alias" : "org", entity: reg.touch(who, at) });
      } });
    }
    for (const e of events.sort((x, y) => x.at - y.at)) e.apply();
  }
}

const KIN_ALT = Object.keys(KIN_NOUNS).join("|");
// "the family of Tom Reyes", "Tom Reyes's family", "his family": the owner is a person named just there or before.
const KIN_OF = new RegExp(`\\b(?:[Tt]he\\s+)?(${KIN_ALT})\\s+of\\s+(?=\\p{Lu})`, "gu");
const KIN_AFTER = new RegExp(`^[’']s\\s+(${KIN_ALT})\\b`, "u");
const KIN_PRONOUN = new RegExp(`\\b([Hh]is|[Hh]er)\\s+(${KIN_ALT})\\b`, "gu");

/** Kin phrases ("the family of X", "X's brother", "his family") as mentions of one entity per kin noun and owner. */
function addKinNouns(s: Sentence, mentions: Mention[], reg: Registry) {
  const kin = (noun: string, owner: number, start: number, end: number) => {
    const o = reg.entities[owner]!;
    if (o.type !== "person") return;
    const n = noun.toLowerCase();
    const name = `${n} of ${o.name}`;
    const entity = reg.add(`kin:${n}|${owner}`, { name, type: KIN_NOUNS[n]!.group ? "organization" : "person", role: null, affiliation: null }, s.text.slice(start - s.start, end - s.start), start);
    reg.kinOf.set(entity, { owner, noun: n });
    mentions.push({ start, end, kind: "kin", entity });
  };
  const here = mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.kind !== "kin");
  for (const m of s.text.matchAll(KIN_OF)) {
    const at = s.start + m.index! + m[0].length;
    const owner = here.find((x) => x.start === at);
    if (owner) kin(m[1]!, owner.entity, s.start + m.index!, owner.end);
  }
  for (const owner of here) {
    // The name's mention may end with its "'s" already.
    const tail = s.text.slice(owner.end - s.start, owner.end - s.start + 20);
    const k = KIN_AFTER.exec(/[’']s$/.test(s.text.slice(0, owner.end - s.start)) ? `'s${tail}` : tail);
    if (k) kin(k[1]!, owner.entity, owner.start, owner.end + k[0].length - (/^[’']s/.test(tail) ? 0 : 2));
  }
  for (const m of s.text.matchAll(KIN_PRONOUN)) {
    const at = s.start + m.index!;
    const gender = /^her$/i.test(m[1]!) ? "female" : "male";
    // The nearest person before, of that gender when the article shows it.
    const owner = [...mentions].filter((x) => x.end <= at && x.kind !== "kin" && reg.entities[x.entity]!.type === "person" && (reg.entities[x.entity]!.gender ?? gender) === gender)
      .sort((x, y) => x.end - y.end).pop();
    if (owner && at - owner.end < 1500) kin(m[2]!, owner.entity, at, at + m[0].length);
  }
}

/**
 * "X's brother" named elsewhere: kin share a surname, so a single kin ("brother", not "family") of X is the one
 * other person of the article with X's surname, when there is exactly one.
 */
function resolveKin(reg: Registry, mentions: Mention[]) {
  for (const [kin, { owner, noun }] of reg.kinOf) {
    if (KIN_NOUNS[noun]!.group) continue;
    const surname = reg.entities[owner]!.name.split(/\s+/).pop()!;
    const same = reg.entities.flatMap((e, i) => (i !== owner && i !== kin && e.type === "person" && !reg.kinOf.has(i) && /\s/.test(e.name) && e.name.split(/\s+/).pop() === surname ? [i] : []));
    if (same.length !== 1) continue;
    for (const m of mentions) if (m.entity === kin) m.entity = same[0]!;
    reg.entities[same[0]!]!.aliases.push(...reg.entities[kin]!.aliases.filter((x) => !reg.entities[same[0]!]!.aliases.includes(x)));
  }
}

// "The 82-year-old said …": an age standing alone for a person (not "an 82-year-old man", which names a noun).
const AGE_DESCRIPTOR = /\b[Tt]he\s+(\d{1,3})-year-old\b(?!-|\s+\p{Ll}+\s+(?:of|from|who)\b|\s+(?!(?:said|says|told|added|was|is|has|had|will|would|also)\b)\p{Ll})/gu;
/** The person an age descriptor stands for: the one named with that age ("Diaz, 82,"), else the latest person. */
function addAgeDescriptors(s: Sentence, text: string, mentions: Mention[], reg: Registry) {
  if (!s.text.includes("-year-old")) return;
  for (const m of s.text.matchAll(AGE_DESCRIPTOR)) {
    const start = s.start + m.index!;
    const aged = new RegExp(`,\\s*${m[1]},`);
    const withAge = [...mentions].reverse().find((x) => x.start < start && reg.entities[x.entity]!.type === "person" && x.kind !== "kin" && aged.test(text.slice(x.end, x.end + 8)));
    // Opening its sentence, the descriptor continues the topic: the subject of the sentence before (salience puts a
    // subject before an object), when that sentence opens with a person.
    const opening = /^[\s“"]*$/.test(s.text.slice(0, m.index!)) ? subjectOfPrevious(text, s.start, mentions, reg) : undefined;
    const target = withAge?.entity ?? opening ?? latest(reg, (e) => e.type === "person", start);
    if (target === undefined) continue;
    mentions.push({ start, end: start + m[0].length, kind: "role", entity: reg.touch(target, start) });
  }
}

/** The person whose mention opens sentence `s` (at most a few title words before it), if any. */
function subjectOfSentence(s: Sentence, mentions: Mention[], reg: Registry): number | undefined {
  const first = mentions.filter((x) => x.start >= s.start && x.start < s.end).sort((x, y) => x.start - y.start)[0];
  if (!first || reg.entities[first.entity]!.type !== "person") return undefined;
  return /^[\s“"]*(?:[\p{L}.’'-]+\s+){0,5}$/u.test(s.text.slice(0, first.start - s.start)) ? first.entity : undefined;
}

/** The person whose mention opens the sentence before `at` (at most a few title words before it), if any. */
function subjectOfPrevious(text: string, at: number, mentions: Mention[], reg: Registry): number | undefined {
  const end = text.slice(0, at).replace(/\s+$/, "").length;
  const from = Math.max(text.lastIndexOf(". ", end - 2), text.lastIndexOf("\n", end - 2)) + 1;
  const first = mentions.filter((x) => x.start >= from && x.start < end).sort((x, y) => x.start - y.start)[0];
  if (!first || reg.entities[first.entity]!.type !== "person") return undefined;
  // (A dateline opening that sentence is no part of it: "GDANSK, Poland, April 9 (Reuters) - ".)
  return /^\s*(?:[\p{L}.’'-]+\s+){0,5}$/u.test(text.slice(from, first.start).replace(DATELINE_LEAD, "")) ? first.entity : undefined;
}
const DATELINE_LEAD = /^\s*\p{Lu}[\p{Lu}\p{M} .'-]+,[^\n()]{0,60}?(?:\([^()\n]{1,30}\))?\s*[-–—]+\s*/u;

/** A role phrase naming one office-holder of a country whom nothing named before fits ("the Chinese consul-general"). */
/** An office named by its role phrase only; `country` is "" for one written as a title with no country. */
interface UnnamedOffice { entity: number; head: string; country: string }

/**
 * "the Prime Minister", "The President" with no country: a head of government or state written as a title (capital
 * letters, after "the", no other words) is the one holder the article speaks of. Not "the minister" or "the
 * Ambassador" alone: many hold those, and which one is meant needs a country.
 */
const COUNTRYLESS_OFFICES: ReadonlySet<string> = new Set(["prime minister", "president", "premier", "chancellor", "king", "queen", "emir", "vice-president", "vice president", "deputy prime minister"]);
function isCountrylessOffice(m: RegExpExecArray): boolean {
  if (m[1] || !/^[Tt]he$/.test(m[0].split(/\s/)[0]!)) return false;
  const words = `${m[2] ?? ""}${m[3]}`.trim();
  return /^\p{Lu}/u.test(words) && words.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && COUNTRYLESS_OFFICES.has(words.toLowerCase());
}

/** A capitalised title ending in "of (the)" or "to (the)" right before a role phrase: "Head of the Administration of the ". */
const TITLE_OWNING = /(?:^|[\s,(])(\p{Lu}[\p{L}-]*(?:\s+(?:of|for|the|\p{Lu}[\p{L}-]*))*)\s+(?:of|to)\s+(?:the\s+)?$/u;

function addRoleNouns(s: Sentence, mentions: Mention[], reg: Registry, unnamed: UnnamedOffice[] = []) {
  ROLE_NOUN_RE.lastIndex = 0;
  for (let m = ROLE_NOUN_RE.exec(s.text); m; m = ROLE_NOUN_RE.exec(s.text)) {
    const start = s.start + m.index, end = start + m[0].length;
    const overlapping = mentions.filter((x) => x.start < end && x.end > start);
    // "The Kremlin spokesman": an organisation inside the role phrase modifies it; anything else blocks it.
    // (A possessive country is no mention: "Ghana's trade minister" is read here.)
    if (overlapping.some((x) => x.kind !== "org" || x.start < start || x.end > end)) continue;
    const head = m[3]!.toLowerCase();
    // "met with Head of the Administration of the President of Kazakhstan Adil Berik": the office closes a longer
    // title of the name after it; it is no mention of the President.
    const owner = TITLE_OWNING.exec(s.text.slice(Math.max(0, start - s.start - 80), start - s.start));
    if (owner && owner[1]!.split(/\s+/).some((w) => isRoleHead(w)) && titleOfNameAfter(s, end, mentions, reg)) continue;
    const withoutOrgs = () => { for (const x of overlapping) mentions.splice(mentions.indexOf(x), 1); };
    // "A spokesperson of Beijing’s foreign ministry": the organisation speaks.
    const of = /^\s+(?:of|for|at)\s+/.exec(s.text.slice(end - s.start));
    // ("the Governor at Government House": a place where an office-holder already named stands is no body they speak for.)
    if (of && !(/\bat\s+$/.test(of[0]) && roleReferent(reg, head, undefined, start) !== undefined)) {
      const org = mentions.find((x) => x.start >= end && x.start <= end + of[0].length + 1 && reg.entities[x.entity]!.type === "organization");
      if (org) { withoutOrgs(); mentions.push({ start, end, kind: "role", entity: org.entity }); continue; }
    }
    // The owner or a nationality word says whose ("Ghana's trade minister", "the Italian diplomat").
    // (Two words first: "the South African ambassador" is South Africa's, not Africa's or no one's.)
    const premodifiers = m[2]!.split(/\s+/);
    const country = (m[1] ? countryOf(m[1]) : undefined) ?? premodifiers.map((w, k) => (k + 1 < premodifiers.length ? countryOf(`${w} ${premodifiers[k + 1]}`) : undefined)).find(Boolean) ?? premodifiers.map((w) => countryOf(w)).find(Boolean);
    // ("an official said": an indefinite role phrase brings in someone new, never one named before.)
    const indefinite = /^[Aa]n?\s/.test(m[0]);
    const target = indefinite ? undefined : roleReferent(reg, head, country, start, /\b(?:vice|deputy)\b/i.test(m[2] ?? ""), (m[2] ?? "").toLowerCase().split(/\s+/).filter((w) => w.length > 2 && !countryOf(w)));
    // "a Home Office spokeswoman" with no such person named: the organisation speaks.
    const inner = overlapping.find((x) => x.kind === "org");
    // ("The OPEC chief": the one person named as heading that body, whatever their title's word.)
    if (target === undefined && inner && !indefinite && BODY_HEAD_WORDS.has(head)) {
      const holder = headOfBody(reg, inner.entity, start);
      // (The holder's title has the phrase's word, unless the word names any head: "The OPEC chief" is its secretary-general.)
      if (holder !== undefined && (GENERIC_HEADS.has(head) || reg.entities[holder]!.role!.toLowerCase().includes(head))) { withoutOrgs(); mentions.push({ start, end, kind: "role", entity: reg.touch(holder, start) }); continue; }
    }
    if (target === undefined && inner && SPOKESPEOPLE.has(head) && !mentionsPersonNext(s, end)) { withoutOrgs(); mentions.push({ start, end, kind: "role", entity: inner.entity }); continue; }
    // ("…, TD and the Harbour Minister, Lena Lund, MLA": a title set off before a name closed by a comma is that
    // name's, no mention of the one who held such a title before; "the minister, Ana Lind said" still is.)
    if (target !== undefined && SET_OFF_NAME_AFTER.test(s.text.slice(end - s.start, end - s.start + 60))) continue;
    // ("welcomed Sir Ivo Brandt … after being appointed as the new Prime Minister": an office predicated of the
    // person named last before it, who has no role yet, is theirs.)
    const predicated = target === undefined && !overlapping.length && !/^[’']s\b/.test(s.text.slice(end - s.start, end - s.start + 3)) && PREDICATIVE_BEFORE.test(s.text.slice(Math.max(0, start - s.start - 40), start - s.start)) ? predicateHolder(s, start, mentions, reg) : undefined;
    if (predicated !== undefined) {
      const e = reg.entities[predicated]!;
      const r = roleBefore(s.text.slice(start - s.start, end - s.start), "");
      if (r.role) { e.role = r.role; e.affiliation ??= r.affiliation; }
      mentions.push({ start, end, kind: "role", entity: predicated });
    } else if (target !== undefined) {
      withoutOrgs();
      mentions.push({ start, end, kind: "role", entity: target });
      reg.touch(target, start);
    } else if ((country || isCountrylessOffice(m)) && !/^[Aa]n?$/.test(m[0].split(/\s/)[0]!) && isUniqueOffice(head) && !mentionsPersonNext(s, end) && !overlapping.length && !titleOfNameAfter(s, end, mentions, reg) && !PREDICATIVE_BEFORE.test(s.text.slice(Math.max(0, start - s.start - 40), start - s.start))) {
      // "met with the Chinese consul-general": one office-holder, named by the office until a name turns up.
      // ("talks between the Prime Minister, the union and the airline": the office written as a title, with no holder named.)
      const tail = /^-[a-z]+/.exec(s.text.slice(end - s.start))?.[0] ?? "";
      const surface = s.text.slice(start - s.start, end - s.start).replace(/^[Tt]he\s+/, "") + tail;
      const entity = reg.add(`office:${country ?? ""}|${surface.toLowerCase()}`, { name: surface, type: "person", role: surface.split(/\s+/).filter((w) => !countryOf(w)).join(" ") || head, affiliation: country ?? null }, surface, start);
      mentions.push({ start, end: end + tail.length, kind: "role", entity });
      unnamed.push({ entity, head, country: country ?? "" });
    }
  }
}

/** Words that name the head of a body whatever the title: "the OPEC chief", "the bank's boss". */
const GENERIC_HEADS: ReadonlySet<string> = new Set(["chief", "head", "boss", "leader"]);
/** Words that name whoever heads a body: "the OPEC chief", "the Secretary-General of OPEC". */
const BODY_HEAD_WORDS: ReadonlySet<string> = new Set(["chief", "head", "boss", "leader", "secretary-general", "director-general", "president", "chairman", "chairwoman", "chairperson", "chair", "director", "executive", "ceo"]);
/**
 * The one person named before `before` whose role or affiliation names organisation `org` (by its name or one of
 * its aliases, as whole words): undefined when none or several do.
 */
function headOfBody(reg: Registry, org: number, before: number): number | undefined {
  const found = peopleOfBody(reg.entities, org).filter((i) => (reg.lastSeen[i] ?? Infinity) < before);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The people (indexes into `entities`) whose role or affiliation names organisation `org` by its name or one of its
 * aliases, as whole words: "Norwind Air chief executive officer" is one of Norwind Air's.
 */
export function peopleOfBody(entities: readonly Entity[], org: number): number[] {
  const o = entities[org]!;
  const names = [o.name, ...o.aliases].map((n) => n.toLowerCase().replace(/^the\s+/, "")).filter((n) => n.length >= 2);
  return entities.flatMap((e, i) => (e.type === "person" && e.role && names.some((n) => wordsInclude(`${e.role} ${e.affiliation ?? ""}`.toLowerCase(), n)) ? [i] : []));
}

/**
 * "the Secretary-General of OPEC emphasised …", "the chairman of the Harbour Board said": a body's head named by the
 * title and the body, the one person whose role names it (headOfBody), when no name follows the body.
 */
function addHeadsOfBodies(s: Sentence, mentions: Mention[], reg: Registry): void {
  HEAD_OF_BODY.lastIndex = 0;
  for (let m = HEAD_OF_BODY.exec(s.text); m; m = HEAD_OF_BODY.exec(s.text)) {
    const start = s.start + m.index, after = start + m[0].length;
    // (The body by its mention, or — when the title took it into its own run — by a name or alias known before.)
    const org = mentions.find((x) => x.kind === "org" && x.start === after) ?? knownBodyAt(s, after, reg);
    if (!org || mentions.some((x) => x !== org && x.start < org.end && x.end > start)) continue;
    // (A name after the body is the title's own: "the chairman of the Harbour Board, Ana Lind".)
    if (/^\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr|Hon)\.?\s+)?\p{Lu}\p{Ll}/u.test(s.text.slice(org.end - s.start, org.end - s.start + 8)) || /^[’']s\b/.test(s.text.slice(org.end - s.start))) continue;
    const holder = headOfBody(reg, org.entity, start);
    if (holder === undefined || !isRoleHead(m[2]!) || !reg.entities[holder]!.role!.toLowerCase().includes(m[2]!.toLowerCase())) continue;
    if (mentions.includes(org)) mentions.splice(mentions.indexOf(org), 1);
    mentions.push({ start, end: org.end, kind: "role", entity: reg.touch(holder, start) });
  }
}
/** An organisation known by the capitalised words at offset `at` (its name or an alias, whole): a mention of it there. */
function knownBodyAt(s: Sentence, at: number, reg: Registry): Mention | undefined {
  const run = /^\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}&.’'-]*){0,6}/u.exec(s.text.slice(at - s.start))?.[0];
  if (!run) return undefined;
  const words = run.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const surface = words.slice(0, n).join(" ").replace(/[’']s$/, "");
    const key = surface.toLowerCase();
    const i = reg.entities.findIndex((e) => e.type === "organization" && (e.name.toLowerCase() === key || e.aliases.some((x) => x.toLowerCase() === key)));
    if (i >= 0) return { start: at, end: at + surface.length, kind: "org", entity: i };
  }
  return undefined;
}
const HEAD_OF_BODY = new RegExp(`\\bthe\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${[...BODY_HEAD_WORDS].join("|")})\\s+of\\s+(?:the\\s+)?`, "giu");

/** The person of the last mention between `from` and `to` (of that kind, when given), or undefined. */
function lastPersonMentionBefore(mentions: readonly Mention[], reg: Registry, from: number, to: number, kind?: Mention["kind"]): number | undefined {
  let last: Mention | undefined;
  for (const x of mentions) if ((!kind || x.kind === kind) && x.start >= from && x.end <= to && reg.entities[x.entity]?.type === "person" && (!last || x.start > last.start)) last = x;
  return last?.entity;
}

/** The person named (by name) last before `start` in the sentence, when they have no role yet; else undefined. */
function predicateHolder(s: Sentence, start: number, mentions: readonly Mention[], reg: Registry): number | undefined {
  const last = lastPersonMentionBefore(mentions, reg, s.start, start, "name");
  return last !== undefined && !reg.entities[last]!.role ? last : undefined;
}

/**
 * A verb that predicates an office of its subject, right before a role phrase: "after being appointed as the new
 * Prime Minister", "who became the first President": the phrase says what someone is, and names no one of its own.
 */
const PREDICATIVE_BEFORE = /\b(?:(?:appointed|named|elected|re-elected|sworn\s+in|installed|confirmed|chosen|nominated|designated|served|serving|serves|took\s+office|taking\s+office)\s+as|became|become|becomes|becoming)\s+$/i;

/**
 * "…,” NRF president said", "… and Norland Rowing Federation president lauded …": a body's name or short form and a
 * role head after it, with no article or possessive before (ROLE_NOUN_RE reads those) and no name after it.
 */
const ROLE_HEAD_AFTER_BODY = new RegExp(`^\\s+(${ROLE_HEAD_ALT})(?![\\p{L}-])(?!\\s+(?:\\p{Lu}|of\\b|for\\b|and\\b|&))`, "u");
/** A determiner or a possessive right before a body's name: its role phrase is ROLE_NOUN_RE's to read. */
const ARTICLE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$|[’']s\s+$/i;

/**
 * "“…,” NRF president said": the one person named before whose role has that head and whose role or affiliation
 * names that body (by its name or short form) — no one else, so a body's role phrase never goes to another's head.
 * Not one found: the body stays where it was named, as before.
 */
/** Whether `phrase` holds `words` as whole words ("nrf" in "president of the nrf", not in "unrfair"). */
function wordsInclude(phrase: string, words: string): boolean {
  const at = phrase.indexOf(words);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(phrase[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(phrase[at + words.length] ?? "");
}

function addShortFormRoles(s: Sentence, mentions: Mention[], reg: Registry, unnamed: readonly UnnamedOffice[]) {
  for (const org of mentions.filter((x) => x.kind === "org" && x.start >= s.start && x.end <= s.end && reg.entities[x.entity]!.type === "organization")) {
    const m = ROLE_HEAD_AFTER_BODY.exec(s.text.slice(org.end - s.start, org.end - s.start + 40));
    if (!m || ARTICLE_BEFORE.test(s.text.slice(Math.max(0, org.start - s.start - 8), org.start - s.start))) continue;
    const start = org.start, end = org.end + m[0].length;
    if (mentions.some((x) => x !== org && x.start < end && x.end > start)) continue;
    const body = reg.entities[org.entity]!;
    const names = [body.name, ...body.aliases].map((n) => n.toLowerCase());
    const head = m[1]!.toLowerCase();
    const holders = reg.entities.map((e, i) => ({ e, i })).filter(({ e, i }) => e.type === "person" && e.role && (reg.lastSeen[i] ?? -1) < start
      && e.role.toLowerCase().split(/[\s-]+/).includes(head) && names.some((n) => wordsInclude(e.role!.toLowerCase(), n) || e.affiliation?.toLowerCase() === n));
    // (A named holder over an office no one was named for yet, which a later pass joins to that name.)
    const named = holders.filter(({ i }) => !unnamed.some((u) => u.entity === i));
    const holder = named.length === 1 ? named[0] : !named.length && holders.length === 1 ? holders[0] : undefined;
    if (!holder) continue;
    mentions.splice(mentions.indexOf(org), 1, { start, end, kind: "role", entity: holder.i });
    reg.touch(holder.i, start);
  }
}

/**
 * "the Minister of Labour", "the Secretary for Home Affairs": a title and its portfolio after "of"/"for" (the role
 * noun pattern stops before a capital, where a name or a body may follow). Capture: the whole title.
 */
const PORTFOLIO_TITLE = new RegExp(`\\b[Tt]he\\s+((?:(?:Deputy|Vice|Acting)\\s+)?(?:${ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h)).map(caseless).join("|")})\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:and|of|for|&)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}-]*){0,5})`, "gu");

/**
 * "Minister Ana King … King said": a surname that is also a title word ("King", "Bishop", "Judge"), standing
 * alone with no article or possessive before it and a lower-case word after it, is the one person named in full with
 * it as the last word of their name.
 */
function addTitleSurnames(s: Sentence, mentions: Mention[], reg: Registry) {
  TITLE_SURNAME.lastIndex = 0;
  for (let m = TITLE_SURNAME.exec(s.text); m; m = TITLE_SURNAME.exec(s.text)) {
    const word = m[1]!;
    if (!isRoleHead(word) && !isHonorific(word)) continue;
    const start = s.start + m.index, end = start + word.length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    const owners = reg.entities.flatMap((e, i) => (e.type === "person" && /\s/.test(e.name) && e.name.split(/\s+/).pop() === word && (reg.lastSeen[i] ?? Infinity) < start ? [i] : []));
    if (owners.length === 1) mentions.push({ start, end, kind: "alias", entity: reg.touch(owners[0]!, start) });
  }
}
// (Not after an article, a possessive or another capitalised word: "the King said", "Ivo King said".)
const TITLE_SURNAME = /(?<!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)\s+)(?<![\p{L}’'.-])(?<!\p{Lu}[\p{L}’'.-]*\s+)\b(\p{Lu}\p{Ll}+)(?=\s+\p{Ll})/gu;

/**
 * "The Minister of Labour said …" after "the Minister of Labour, Ivo Brandt": a title with its portfolio is the
 * one person named earlier whose role it is, word for word (the longest such title wins: "the Minister of State for
 * Labour" is not "the Minister of Labour"). Not before a name ("the Minister of Labour Ana Lind" is her title).
 */
function addPortfolioTitles(s: Sentence, mentions: Mention[], reg: Registry) {
  PORTFOLIO_TITLE.lastIndex = 0;
  for (let m = PORTFOLIO_TITLE.exec(s.text); m; m = PORTFOLIO_TITLE.exec(s.text)) {
    const start = s.start + m.index + m[0].length - m[1]!.length;
    const words = m[1]!.split(/\s+/);
    for (let n = words.length; n >= 3; n--) {
      const title = words.slice(0, n).join(" ");
      const end = start + m[1]!.indexOf(words[n - 1]!, title.length - words[n - 1]!.length) + words[n - 1]!.length;
      if (!/^\p{Lu}/u.test(words[n - 1]!) || mentionsPersonNext(s, end) || mentions.some((x) => x.start < end && x.end > start && x.kind !== "org")) continue;
      const key = title.toLowerCase();
      const holders = reg.entities.flatMap((e, i) => (e.type === "person" && e.role?.toLowerCase().replace(/\s+/g, " ") === key && (reg.lastSeen[i] ?? -1) < start ? [i] : []));
      if (holders.length !== 1) continue;
      for (const x of mentions.filter((x) => x.start >= start && x.end <= end)) mentions.splice(mentions.indexOf(x), 1);
      mentions.push({ start, end, kind: "role", entity: reg.touch(holders[0]!, start) });
      break;
    }
  }
}

/** A style of address standing alone, not before a title or a name: "His Majesty stressed …". */
const STYLE_ALONE = /\b(?:(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness|Holiness)|[Tt]he\s+Holy\s+Father)\b(?!\s+(?:the\s+)?\p{Lu})(?![’']s)/gu;

/** "His Majesty stressed …": the style stands for the last person named with a title it styles (STYLE_REFERENTS). */
function addStyleReferents(s: Sentence, mentions: Mention[], reg: Registry) {
  STYLE_ALONE.lastIndex = 0;
  for (let m = STYLE_ALONE.exec(s.text); m; m = STYLE_ALONE.exec(s.text)) {
    const start = s.start + m.index, end = start + m[0].length;
    if (mentions.some((x) => x.start < end && x.end > start)) continue;
    const style = STYLE_REFERENTS.find((r) => r.style.test(m![0].replace(/\s+/g, " ")));
    if (!style) continue;
    // Only when one person the article names holds such a title: with two amirs, "His Highness" could be either.
    const holders = new Set(style.heads.map((head) => roleReferent(reg, head, undefined, start)).filter((p): p is number => p !== undefined));
    if (holders.size !== 1) continue;
    const best = [...holders][0]!;
    const styled = reg.entities.filter((e) => e.type === "person" && e.role && style.heads.some((h) => e.role!.toLowerCase().split(/\s+/).includes(h)));
    if (styled.length !== 1) continue;
    mentions.push({ start, end, kind: "role", entity: best });
    reg.touch(best, start);
  }
}

// "the chief executive of Valdane Shipping", "the President of Ghana", "the mayor of Lisbon" (OFFICES_OF): each
// word in either case, short ones also in capitals ("the CEO of"); longer offices first.
const OFFICE_OF_RE = new RegExp(`\\b[Tt]he\\s+(${OFFICES_OF.map((o) => o.office).sort((x, y) => y.length - x.length)
  .map((o) => o.split(/\s+/).map((w) => `(?:${caseless(w)})`).join("\\s+")).join("|")})\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})`, "gu");
/** Between a name and its appositive: a comma or bracket, maybe "also", "now" ("Ana Lind (also the head of …)"). */
const APPOSITIVE_GAP = /^\s*[(,]\s*(?:(?:also|now|currently|formerly|then)\s+)?$/;
/** The capitalised words after "of" that may name a place ("Ghana", "South Sudan", "the United Arab Emirates"). */
const PLACE_WORDS = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}/u;

/**
 * "Reiker met the chief executive of Valdane Shipping": the one holder of an office of a body or place, an
 * unnamed office-holder (resolved to the person the article names with that office, see resolveUnnamedOffices)
 * unless the name follows right there ("the president of Ghana, Edvar Lunn,"). The body's own mention goes: the
 * phrase stands for the person.
 */
function addOfficesOf(s: Sentence, mentions: Mention[], reg: Registry, unnamed: UnnamedOffice[]) {
  OFFICE_OF_RE.lastIndex = 0;
  for (let m = OFFICE_OF_RE.exec(s.text); m; m = OFFICE_OF_RE.exec(s.text)) {
    const start = s.start + m.index, bodyAt = start + m[0].length;
    if (mentions.some((x) => x.start < bodyAt && x.end > start)) continue;
    const org = mentions.find((x) => x.start === bodyAt && x.kind === "org" && reg.entities[x.entity]!.type === "organization");
    let body: string | undefined, end = bodyAt;
    if (org) { body = reg.entities[org.entity]!.name; end = org.end; }
    else {
      // The longest run of the capitalised words that names a known place.
      const words = (PLACE_WORDS.exec(s.text.slice(bodyAt - s.start))?.[0] ?? "").split(/\s+/);
      for (let n = words.length; n > 0 && !body; n--) {
        const phrase = words.slice(0, n).join(" ").replace(/[.’']+$/, "");
        const place = lookupPlace(phrase);
        if (place) { body = place.kind === "country" ? place.country : place.name; end = bodyAt + phrase.length; }
      }
    }
    // ("the head of the UN refugee agency's Jordan office": the office is of what the possessive heads.)
    const possessive = /[’']s$/.test(s.text.slice(bodyAt - s.start, end - s.start)) || /^[’']s\b/.test(s.text.slice(end - s.start));
    if (!body || possessive || mentionsPersonNext(s, end) || titleOfNameAfter(s, end, mentions, reg)) continue;
    // "Ravel Imsa (the chairman of the Film Board)", "Ana Lind, the head of Valdane Port,": an appositive of the
    // name before it, that person's role.
    if (mentions.some((x) => x.end <= start && reg.entities[x.entity]!.type === "person" && APPOSITIVE_GAP.test(s.text.slice(x.end - s.start, start - s.start)))) continue;
    const office = m[1]!.toLowerCase().replace(/\s+/g, " ");
    const surface = s.text.slice(m.index + m[0].indexOf(m[1]!), end - s.start);
    if (org) mentions.splice(mentions.indexOf(org), 1);
    const entity = reg.add(`office:${body}|${office}`, { name: surface, type: "person", role: office, affiliation: body }, surface, start);
    mentions.push({ start, end, kind: "role", entity });
    unnamed.push({ entity, head: office, country: body });
  }
}

/** Whether a headline names this person in full, or (unless `full`) by surname ("Ana Lund harbour deal" names Ana Lund). */
function nameInTitle(name: string, title: string, full = false): boolean {
  const key = ` ${normaliseKey(title)} `;
  const tokens = nameTokens(name);
  return tokens.length > 0 && (key.includes(` ${tokens.join(" ")} `) || (!full && tokens.length > 1 && key.includes(` ${tokens[tokens.length - 1]} `)));
}

/**
 * Each unnamed office-holder is the person named anywhere in the article with that office and country
 * ("the Chinese consul-general … Consul-General Wang Lei"), else an entity of its own named by the office.
 */
function resolveUnnamedOffices(reg: Registry, mentions: Mention[], unnamed: UnnamedOffice[], title: string | null = null): void {
  const gone = new Set<number>();
  for (const u of unnamed) {
    if (gone.has(u.entity)) continue;
    const offices = new Set(unnamed.map((x) => x.entity));
    // The office's own words ("investment minister") all in the named one's role ("Investment Minister Rizal Hakim").
    const words = (reg.entities[u.entity]!.role ?? u.head).toLowerCase().split(/[\s-]+/);
    // (Not a deputy for the office itself: "the Colombian president" is not the vice president.)
    const deputy = words.some((w) => w === "vice" || w === "deputy");
    const holds = (e: Entity, i: number) => !offices.has(i) && e.type === "person" && !!e.role && words.every((w) => e.role!.toLowerCase().split(/[\s-]+/).includes(w))
      && (deputy || !e.role.toLowerCase().split(/[\s-]+/).some((w) => w === "vice" || w === "deputy"));
    // Of that country, or the one holder of that office the article names without a country.
    // (A body's short form is the same body: "Valdane chief executive" holds the office of "Valdane Shipping".)
    const sameBody = (x: string | null) => !!x && (x === u.country || u.country.startsWith(`${x} `) || x.startsWith(`${u.country} `));
    let named = u.country ? reg.entities.findIndex((e, i) => holds(e, i) && sameBody(e.affiliation)) : -1;
    // (An office with no country is held by the one holder the article names, whatever their country.)
    const open = reg.entities.flatMap((e, i) => (holds(e, i) && (!e.affiliation || !u.country) ? [i] : []));
    if (named < 0 && open.length === 1) named = open[0]!;
    // ("Chilean President X with his Colombian counterpart Y … said the Colombian president": a counterpart of that
    // country holds the office the other side holds.)
    if (named < 0 && u.country) {
      const counterparts = reg.entities.flatMap((e, i) => (!offices.has(i) && e.type === "person" && e.affiliation === u.country && /\bcounterpart\b/i.test(e.role ?? "") ? [i] : []));
      if (counterparts.length === 1) named = counterparts[0]!;
    }
    // ("Union bosses dismiss Ana Lund's deal … The Prime Minister met …": with no holder named, an office without a
    // country is the one person the headline names whom the article gives no role.)
    if (named < 0 && !u.country && title) {
      // (One named in full wins over names whose last word only is there.)
      const candidates = reg.entities.flatMap((e, i) => (!offices.has(i) && e.type === "person" && !e.role ? [i] : []));
      const full = candidates.filter((i) => nameInTitle(reg.entities[i]!.name, title, true));
      const inTitle = full.length ? full : candidates.filter((i) => nameInTitle(reg.entities[i]!.name, title));
      if (inTitle.length === 1) { named = inTitle[0]!; reg.entities[named]!.role = reg.entities[u.entity]!.role; }
    }
    if (named < 0) continue;
    for (const m of mentions) if (m.entity === u.entity) { m.entity = named; reg.entities[named]!.mentions++; }
    gone.add(u.entity);
  }
  // The offices now named go; later entities move up one place for each.
  const order = [...gone].sort((x, y) => y - x);
  for (const i of order) reg.entities.splice(i, 1);
  if (order.length) for (const m of mentions) m.entity -= order.filter((i) => i < m.entity).length;
}

/**
 * The person a role phrase stands for: someone named before with that role
 * (or a kindred one: a diplomat may be the minister or the ambassador), of
 * that country when one is given; the most mentioned, then the latest.
 */
const TOP_OFFICE_HEADS = new Set(["president", "head", "leader"]);
function roleReferent(reg: Registry, head: string, country: string | undefined, before: number, deputy = false, modifiers: readonly string[] = [], secretaries = false): number | undefined {
  const kin = ROLE_KIN[head] ?? [head];
  let best: number | undefined;
  reg.entities.forEach((e, i) => {
    if (e.type !== "person" || !e.role || (reg.lastSeen[i] ?? -1) >= before) return;
    const words = e.role.toLowerCase().split(/[\s-]+/);
    // (A hyphenated head is matched whole: "the President-elect" is the president-elect.)
    if (secretaries ? !isSecretaryOfState(words) : !kin.some((k) => words.includes(k) || (k.includes("-") && e.role!.toLowerCase().split(/\s+/).includes(k)))) return;
    if (country && e.affiliation && e.affiliation !== country) return;
    // "the president" is not the former or retired one when a sitting one is named.
    if (words.some((w) => w === "former" || w === "retired" || w === "late" || w === "ex")) return;
    // "the president", "the Head of State", "the leader" is not a vice-president or deputy named beside one.
    if (TOP_OFFICE_HEADS.has(head) && !deputy && words.some((w) => w === "vice" || w === "deputy")) return;
    // …nor "the Vice President" a president: a deputy's phrase is only ever a deputy.
    if (deputy && !words.some((w) => w === "vice" || w === "deputy")) return;
    // "the Prime Minister" is not the First Minister, "the foreign minister" not the finance minister: an office's
    // distinguishing words, when both have some, must share one.
    const mine = modifiers.filter((w) => DISTINGUISHING.has(w)).map(sameOffice), theirs = words.filter((w) => DISTINGUISHING.has(w)).map(sameOffice);
    if (mine.length && theirs.length && !mine.some((w) => theirs.includes(w))) return;
    if (best === undefined) { best = i; return; }
    const b = reg.entities[best]!;
    // ("the opposition leader": the leader whose role has the phrase's own words, over any other leader.)
    const own = (x: Entity) => (modifiers.length && modifiers.every((w) => x.role!.toLowerCase().split(/[\s-]+/).includes(w)) ? 500 : 0);
    // ("the Governor" is the governor, not the deputy governor named beside one; a deputy only when no one else is.)
    const second = (x: Entity) => (!deputy && /\b(?:vice|deputy)\b/i.test(x.role!) ? -2000 : 0);
    const score = (x: Entity, j: number) => (country && x.affiliation === country ? 1000 : 0) + own(x) + second(x) + x.mentions * 10 + (reg.lastSeen[j] ?? 0) / 1e7;
    if (score(e, i) > score(b, best)) best = i;
  });
  // "the minister" for a Health or Cabinet Secretary, when no one named has "minister" in their role (in some countries
  // a Foreign Secretary is a civil servant: a minister named beside one is the one meant).
  if (best === undefined && head === "minister" && !secretaries) return roleReferent(reg, head, country, before, deputy, modifiers, true);
  return best;
}

/** One office's word as another writes it: "external" (relations, affairs) is "foreign", "defense" is "defence". */
const SAME_OFFICE: Readonly<Record<string, string>> = {
  external: "foreign", defense: "defence", economic: "economy", home: "interior", labor: "labour", sports: "sport",
  mining: "mines", lands: "land", oil: "petroleum", employment: "labour",
};
const sameOffice = (w: string): string => SAME_OFFICE[w] ?? w;
/** Words that tell one office from another of the same head: portfolios and ranks ("prime", "first", "foreign"). */
const DISTINGUISHING: ReadonlySet<string> = new Set([...PORTFOLIO_WORDS.filter((w) => !["the", "and", "&", "state", "public", "general", "national", "government"].includes(w)), "prime", "first"]);
/** Words before "secretary" that make it a minister's office ("Health Secretary", "Cabinet Secretary"), not a party's or a union's. */
const MINISTERIAL_SECRETARY = new Set([...PORTFOLIO_WORDS.filter((w) => !["the", "and", "&", "staff", "public", "government", "policy", "national", "state"].includes(w)), "cabinet"]);
/** "Health Secretary", "Foreign Secretary", "Cabinet Secretary": a minister, whom "the minister" may name. */
function isSecretaryOfState(roleWords: readonly string[]): boolean {
  const k = roleWords.indexOf("secretary");
  return k > 0 && MINISTERIAL_SECRETARY.has(roleWords[k - 1]!);
}

const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson", "official", "representative", "source"]);
/** "Ghana's Deputy Prime Minister and Foreign Minister, Ama Owusu": more title words, then the name the title is for. */
function titleOfNameAfter(s: Sentence, end: number, mentions: Mention[], reg: Registry): boolean {
  const next = mentions.find((x) => x.start >= end && x.start <= end + 80 && reg.entities[x.entity]?.type === "person");
  // ("the Ecumenical Patriarch of Varnhold, Anselm I": the title's see or country between.)
  // ("The President of the Republic of Latvia, Ana Lind": "of the" again inside a country's long name.)
  return !!next && /^[\s,]*(?:(?:and|of|of\s+the)\s+)?(?:(?:\p{Lu}[\p{L}.-]*|of|the)[\s,]+)*$/u.test(s.text.slice(end - s.start, next.start - s.start));
}

/** ", Lena Lund," / ", Lena Lund MLA": a comma, a full name, and a comma or a post-nominal closing it. */
const SET_OFF_NAME_AFTER = /^,\s+(?:\p{Lu}[\p{L}’'-]+\s+){1,3}\p{Lu}[\p{L}’'-]+(?:\s*[,;]|\s+(?:TD|MLA|MP|MSP|MEP|QC|KC)\b)/u;
/** "a Home Office spokeswoman, Jane Roe," names the person: she speaks, not the office. */
const mentionsPersonNext = (s: Sentence, end: number) => /^,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(s.text.slice(end - s.start, end - s.start + 40));

/** An organisation already named whose name is `name`, or whose multi-word name starts with it ("Hanul" → "Hanul Energy Solutions"). */
function knownOrganisation(reg: Registry, name: string): number | undefined {
  const exact = reg.get(normaliseKey(name));
  if (exact !== undefined && reg.entities[exact]!.type === "organization") return exact;
  const key = normaliseKey(name);
  // "EFL" for English Football League, "KFA" for Korea Football Association: the initials of its capitalised words.
  if (/^\p{Lu}{2,6}$/u.test(name)) {
    const acronym = latest(reg, (e) => e.type === "organization" && initials(e.name) === name);
    if (acronym !== undefined) return acronym;
  }
  // ("MoFA" for Ministry of Foreign Affairs, "BoG" for Bank of Ghana: initials with "of" written as a lower-case "o".)
  if (/^\p{Lu}+o\p{Lu}+$/u.test(name)) {
    const acronym = latest(reg, (e) => e.type === "organization" && initialsWithOf(e.name) === name);
    if (acronym !== undefined) return acronym;
  }
  return latest(reg, (e) => e.type === "organization" && nameTokens(e.name).length > 1 && nameTokens(e.name)[0] === key && key.length > 2);
}

/** A body's initials with "of" written as a lower-case "o", as "BoN" writes "Bank of Norland". */
export const initialsWithOf = (name: string): string => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || w === "of").map((w) => (w === "of" ? "o" : w[0])).join("");
const initials = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** The entity `f` accepts that was mentioned last (before `before`, when given). */
function latest(reg: Registry, f: (e: Entity, i: number) => boolean, before = Infinity): number | undefined {
  let best: number | undefined;
  reg.entities.forEach((e, i) => { if (f(e, i) && (reg.lastSeen[i] ?? -1) < before && (best === undefined || (reg.lastSeen[i] ?? -1) > (reg.lastSeen[best] ?? -1))) best = i; });
  return best;
}

/** Drops mentions inside an earlier one. Sorted by start (longest first), so one running end suffices. */
function dropNested(ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  let reach = -1;
  for (const m of ms) {
    if (m.end <= reach) continue;
    out.push(m);
    reach = Math.max(reach, m.end);
  }
  return out;
}
