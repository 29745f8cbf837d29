import givenNames from "gender-detection-from-name/names/en";
import { isPartyName } from "../lexicon/organisations";
import { countryOfAdjective, countryOfCapital, lookupPlace, PLACES_WITH_AND } from "../lexicon/places";
import { PORTFOLIO_WORDS, ROLE_MODIFIERS } from "../lexicon/titles";
import { isHonorific, isPluralRoleHead, isRoleHead } from "../lexicon/titles";
import { SPEECH_VERBS } from "../lexicon/verbs";

const SPEECH_VERB_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);

// Portfolio words modify a title too: "Chilean Mining Minister", "Energy Minister".
const MODIFIERS = new Set([...ROLE_MODIFIERS, ...PORTFOLIO_WORDS.filter((w) => !["the", "and", "&"].includes(w))]);

/** "Sri Lankan", "Sri Lanka": a word that is an honorific elsewhere opens a country's name here. */
const opensCountry = (words: readonly string[], i: number) => i + 1 < words.length && (!!lookupPlace(`${words[i]} ${words[i + 1]}`) || !!countryOfAdjective(`${words[i]} ${words[i + 1]}`));

/**
 * The country a word stands for: adjective, country, capital ("Chinese", "China’s", "Beijing"), or a nation within
 * one ("Scotland", "Northern Ireland": a region of the gazetteer with a country), which stands as its own.
 */
export function countryOf(word: string): string | undefined {
  const w = word.replace(/[’']s$/, "").replace(/\.$/, "");
  const place = lookupPlace(w);
  return countryOfAdjective(w) ?? (place?.kind === "country" || (place?.kind === "region" && place.country) ? place.name : undefined) ?? countryOfCapital(w);
}

export interface Role {
  role: string | null;
  affiliation: string | null;
}

/**
 * Role and affiliation from the words before a name: the capitalised prefix of
 * its run ("Investment Minister") and the lower-case words just before it
 * ("Chinese foreign minister", "China’s vice foreign minister").
 */
export function roleBefore(before: string, prefix: string): Role {
  const context = `${before.slice(-90)} ${prefix}`.trim();
  // "Presidents Okafor and Lindqvist": a plural title before names joined by commas and "and" titles each of them.
  const plural = PLURAL_TITLE_LIST.exec(context);
  // (Not the body a title of its own is of: "Speaker of the House of Representatives", "Chairman of the Board of Directors".)
  if (plural && isPluralRoleHead(plural[2]!) && !OF_BEFORE.test(context.slice(0, plural.index + (/^[\s(]/.test(plural[0]) ? 1 : 0)))) {
    // Only title words before it ("Trade Secretaries"), not "Yesterday"; no nationality, which may be one of
    // several given "respectively" ("Georgian and Ukrainian Foreign Ministers X and Y").
    const before = plural[1]!.split(/\s+/).filter(Boolean);
    const k = before.findIndex((_, j) => before.slice(j).every((w) => MODIFIERS.has(w.toLowerCase())));
    return splitRole([...(k >= 0 ? before.slice(k) : []), plural[2]!.replace(/ies$/, "y").replace(/s$/, "")]);
  }
  const words = context.split(/\s+/).filter(Boolean);
  // (A title set off by a comma before the name is read whole elsewhere: "Chile's new Ambassador to Norway, X".)
  const setOff = /,$/.test(context);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    // (A closing quote ends a phrase as a comma does: '…of Chile,” President Brandt noted' titles him no more.)
    const w = words[i]!.replace(/[,;:(]?[”"]$|[,;:(]$/, "");
    // "Trinidad and Tobago Prime Minister": a country whose name has "and" in it is one word of the title's.
    const inPlace = kept.length ? andPlaceBefore(words, i, kept[0]!) : 0;
    if (inPlace) { kept[0] = `${words.slice(i - inPlace + 1, i + 1).join(" ")} ${kept[0]}`; i -= inPlace - 1; continue; }
    // ("Minister for Port Services, Regulations and Coordination": a comma inside the portfolio's list.)
    if (w !== words[i] && kept.length && words[i]!.endsWith(",") && /^\p{Lu}/u.test(w) && kept.includes("and") && portfolioOpensBefore(words, i + 1)) { kept.unshift(w); continue; }
    if (w !== words[i] && kept.length) break;
    // "Minister of Water Resources": "of" joins a portfolio to its title.
    // "Chairwoman of the Federation Council": "of the" too.
    if (w === "the" && kept.length && /^\p{Lu}/u.test(kept[0]!) && (words[i - 1] === "of" || (words[i - 1] === "to" && !setOff)) && i > 1 && isRoleHead(words[i - 2]!.replace(/[,;:(]$/, ""))) { kept.unshift(w); continue; }
    // "Minister for Foreign Affairs": "for" too; "Ambassador to Kenya": "to" joins a posting.
    // ("Secretary of State for Scotland": "for" after the office's "of State".)
    if ((w === "of" || w === "for" || (w === "to" && !setOff)) && kept.length && /^\p{Lu}/u.test(kept[0] === "the" ? kept[1] ?? "" : kept[0]!) && i > 0 && (isRoleHead(words[i - 1]!.replace(/[,;:(]$/, "")) || (w === "for" && i > 2 && words[i - 1] === "State" && words[i - 2] === "of" && isRoleHead(words[i - 3]!)))) { kept.unshift(w); continue; }
    // "Minister of External Relations of the Federative Republic of Chile": a country's long name after the portfolio.
    if ((w === "of" || w === "the") && kept.length && /^\p{Lu}/u.test(kept[0] === "the" ? kept[1] ?? "" : kept[0]!) && titleOpensBefore(words, i)) { kept.unshift(w); continue; }
    // "Minister of Foreign Affairs and Trade": "and" inside the portfolio, when "of" and a title open it.
    if ((w === "and" || w === "&") && kept.length && /^\p{Lu}/u.test(kept[0]!) && portfolioOpensBefore(words, i)) { kept.unshift(w); continue; }
    // "Its head, Ana Lind": a possessive or demonstrative determiner opens the phrase and names no body
    // (in a style of address it belongs to the honorific: "His Highness").
    if (DETERMINER.test(w) && !(kept.length && isHonorific(kept[0]!))) break;
    // "Peter Kool Ambassador of Germany, John Park": a given name and a surname before the title are the person
    // it titles, the one before the comma; the name after it has no title here.
    if (givenNames.has(w.toLowerCase()) && kept.length > 1 && /^\p{Lu}\p{Ll}/u.test(kept[0]!) && !isRoleHead(kept[0]!) && !MODIFIERS.has(kept[0]!.toLowerCase()) && !countryOf(kept[0]!) && isRoleHead(kept[1]!)) return { role: null, affiliation: null };
    if (isRoleHead(w) || MODIFIERS.has(w.toLowerCase()) || countryOf(w) || /^\p{Lu}/u.test(w)) kept.unshift(w);
    else break;
  }
  // (An article opening the title, "The Crown Prince X", is no affiliation.)
  // (Nor is "His" of "His Majesty King X": the style goes whole.)
  // ("But HRB Spokeswoman X": a conjunction or adverb opening the sentence is no part of the title.)
  while (kept.length > 1 && CLAUSE_OPENERS.test(kept[0]!)) kept.shift();
  // ("Tan Sri", "Toh Puan": a word that opens an honorific's phrase goes with it, unless it is a title's own.)
  // (Only before the second word of such a compound, "Sri", "Seri", "Puan": "South Africa H.E. Mr. X" keeps "Africa".)
  const opensHonorific = (w: string, i: number) => /^(?:sri|seri|puan)$/i.test(kept[i + 1] ?? "") && !isHonorific(w) && !isRoleHead(w) && !MODIFIERS.has(w.toLowerCase()) && !countryOf(w) && !lookupPlace(w);
  return splitRole(kept.filter((w, i) => !(isHonorific(w) && !opensCountry(kept, i)) && !(i === 0 && /^(?:the|a|an)$/i.test(w)) && !(DETERMINER.test(w) && isHonorific(kept[i + 1] ?? "")) && !opensHonorific(w, i)));
}

/** How many words up to `words[i]` open a place with "and" inside that `last` closes ("Trinidad and" + "Tobago"), or 0. */
function andPlaceBefore(words: readonly string[], i: number, last: string): number {
  for (const place of PLACES_WITH_AND) {
    const n = place.length - 1;
    if (place[n] !== last.toLowerCase() || i - n + 1 < 0) continue;
    if (place.slice(0, n).every((p, k) => words[i - n + 1 + k]!.toLowerCase() === p)) return n;
  }
  return 0;
}

/** "of", "for" (and "the") ending the text: what follows is the body a title is of. */
const OF_BEFORE = /\b(?:of|for)\s+(?:the\s+)?$/i;
const DETERMINER = /^(?:its|his|her|their|our|my|your|this|that|these|those)$/i;
const givenNamesHas = (w: string) => givenNames.has(w.toLowerCase());
/** Words that open a clause or a phrase before a title, never part of it: "But", "Meanwhile", "Yesterday", "From" ("From Senator X's office"). */
const CLAUSE_OPENERS = /^(?:but|and|or|yet|so|however|meanwhile|also|then|still|now|later|earlier|today|yesterday|tonight|separately|instead|indeed|thus|hence|moreover|furthermore|additionally|from|with|by|at|in|on|after|before|under|upon|among|during|following|like|unlike|as|per)$/i;

/** A plural title (with up to two words before it) ending the text, or followed by names joined by commas or "and". */
const PLURAL_TITLE_LIST = /(?:^|[\s(])((?:\p{Lu}\p{Ll}+\s+){0,2})(\p{Lu}\p{Ll}+s)(?:(?:\s+\p{Lu}[\p{L}.’'-]*)+\s*(?:,|\band))*$/u;

/** Capitalised words, "of", "the" and "and" back from `words[i]` to a title, within twelve words: `words[i]` is inside that title's phrase. */
function titleOpensBefore(words: string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const w = words[j]!;
    if (w !== w.replace(/[,;:(]$/, "")) return false;
    if (isRoleHead(w)) return /^\p{Lu}/u.test(w);
    if (!/^\p{Lu}/u.test(w) && !/^(?:of|the|and|for|&)$/.test(w)) return false;
  }
  return false;
}

/** Capitalised words before `words[i]`, then "of" and a title: `words[i]` ("and") is inside a portfolio. */
function portfolioOpensBefore(words: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /^\p{Lu}/u.test(words[j]!) && !isRoleHead(words[j]!)) j--;
  return j < i - 1 && j >= 1 && (words[j] === "of" || words[j] === "for") && isRoleHead(words[j - 1]!);
}

/** Titles a party's name before them makes its member's ("Labour MP", "Democratic senator"). */
const PARTY_MEMBER_TITLES = new Set(["mp", "mps", "mep", "senator", "sen", "lawmaker", "councillor", "councilor", "member", "leader", "candidate", "rep", "representative", "congressman", "congresswoman", "backbencher", "peer", "spokesman", "spokeswoman", "spokesperson", "chair", "chairman", "chairwoman", "whip"]);

/** Role words vs the affiliation among them: "Russian deputy foreign minister" → deputy foreign minister, Russia. */
function splitRole(words: string[]): Role {
  let affiliation: string | null = null;
  const role: string[] = [];
  let sawHead = false;
  let skip = false;
  for (const [k, w] of words.entries()) {
    if (skip) { skip = false; continue; }
    // ("South African Ambassador": a country's two-word adjective or name first.)
    const pair = k + 1 < words.length && !sawHead && role.length === 0 ? countryOf(`${w} ${words[k + 1]}`) : undefined;
    if (pair) { affiliation = pair; skip = true; continue; }
    const country = countryOf(w);
    if (country && !sawHead && role.length === 0) { affiliation = country; continue; }
    // "Labour MP": a party's name (capitalised) before a party member's title is the affiliation, though "labour"
    // is also a portfolio ("Labour Minister" stays the portfolio).
    if (!sawHead && role.length === 0 && /^\p{Lu}/u.test(w) && isPartyName(w) && PARTY_MEMBER_TITLES.has(words[k + 1]?.toLowerCase().replace(/\.$/, "") ?? "")) { affiliation = w; continue; }
    // ("governor of Lagos State": a capitalised word after a proper name's word is part of that name, as written.)
    const inName = sawHead && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(role[role.length - 1] ?? "");
    if (!inName && (isRoleHead(w) || MODIFIERS.has(w.toLowerCase()))) { role.push(w.toLowerCase().replace(/\.$/, "")); sawHead ||= isRoleHead(w); continue; }
    if (!sawHead && role.length === 0) { affiliation = affiliation ? `${affiliation} ${w}` : w.replace(/[’']s$/, ""); continue; }
    role.push(w);
  }
  let r = role.join(" ").replace(/\bsen\b/, "senator").replace(/\bgen\b/, "general").replace(/\brep\b/, "representative");
  // "Kremlin spokesman": an affiliation that is not a country belongs to the role's wording.
  // ("Labour MP": a party is the affiliation only, the role stays "mp".)
  if (affiliation && !countryOf(affiliation) && !isPartyName(affiliation) && r) r = `${affiliation} ${r}`;
  return { role: sawHead && r ? r : null, affiliation: sawHead ? affiliation : null };
}

/** How many words a leading possessor takes ("the HDU's Ivo …" → 2), or 0. */
function possessorLength(phrase: string): number {
  const m = /^(?:the\s+)?\p{Lu}[\p{L}\s.-]*?[’']s\s+/u.exec(phrase);
  return m ? m[0].trim().split(/\s+/).length : 0;
}

/** An appositive role after a name: ", the boss of Russia’s Wagner mercenary group," */
export function roleAfter(after: string): Role {
  // (A closing quote ends it too: "…, Marshal of the Senate”, she wrote".)
  // ("…, Deputy Minister of Defence in the Kingdom of Saudi Arabia (KSA).": a bracketed short form ends it too.)
  const m = /^,\s+((?:the|a|an)\s+)?([^,;.()“”"]{3,90}?)(?:,|;|\.|”|\s*\(|$)/u.exec(after);
  if (!m) return { role: null, affiliation: null };
  let phrase = m[2]!.trim();
  // "X, spokesperson of the ministry tweeted, …": the appositive ends where the clause's speech verb starts.
  // ("X, Minister of Harbours has praised …": an auxiliary before the verb ends it too; "…, Minister of State and other
  // Senior Executives of the Ministry on Wednesday": so do the others listed after it and a day.)
  // ("X, Deputy Minister of Defence arrived here": a past tense after the title's capitals opens the clause.)
  const verb = phrase.split(/\s+/).findIndex((w, k, all) => k > 0 && (SPEECH_VERB_SET.has(w) || /^(?:has|have|had|was|were|is|are|will|would)$/.test(w) || (/^\p{Ll}+ed$|^(?:met|held|took|gave|went|came|paid|made|left)$/u.test(w) && /^\p{Lu}/u.test(all[k - 1]!))));
  if (verb > 0) phrase = phrase.split(/\s+/).slice(0, verb).join(" ");
  phrase = phrase.replace(/\s+(?:and\s+(?:other|several|some|senior|top)\b|on\s+\p{Lu}\p{Ll}+day\b).*$/u, "");
  const words = phrase.split(/\s+/);
  if (!words.some((w) => isRoleHead(w) || w === "boss")) return { role: null, affiliation: null };
  // ("Ana Lind, Minister for Trade Piet Kool, …": a title and a name of its own is the next one listed.)
  const portfolioThenName = /\s(?:for|of)\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.exec(phrase);
  if ((portfolioThenName && MODIFIERS.has(portfolioThenName[1]!.toLowerCase())) || (words.length >= 4 && words.slice(-2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isRoleHead(w) && !countryOf(w)) && givenNamesHas(words[words.length - 2]!))) return { role: null, affiliation: null };
  if (/^(?:who|which|that|whose|said|says|told|and)\b/i.test(phrase)) return { role: null, affiliation: null };
  // ("Tormundsen, at the Governor's office in Bergen": a phrase a preposition opens is where or when, not who.)
  if (/^(?:at|in|on|during|after|before|with|from|to|by|near|outside|inside|when|where|while|upon|following|ahead)\b/i.test(phrase)) return { role: null, affiliation: null };
  // ("Ana Lind, union boss Ivo Brandt, …": a title with a name after it is the next one listed.)
  const lastHead = words.map((w) => isRoleHead(w) || w === "boss").lastIndexOf(true);
  const tail = words.slice(lastHead + 1);
  const nameWord = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && !isRoleHead(w) && !MODIFIERS.has(w.toLowerCase()) && !countryOf(w);
  if (lastHead >= 0 && tail.length && tail.every(nameWord)) return { role: null, affiliation: null };
  // ("…, the HDU's Ivo Brandt and union chief Lena Park": a name before the first title, then "and", is another person.)
  const firstHead = words.findIndex((w) => isRoleHead(w) || w === "boss");
  const own = possessorLength(phrase);
  // (…joined to the title's phrase by "and": "Goldman Sachs chief economist" is one phrase.)
  const before = words.slice(own, firstHead);
  if (before.includes("and") && before.some((w, k, all) => nameWord(w) && nameWord(all[k + 1] ?? "") && all.indexOf("and") > k)) return { role: null, affiliation: null };
  // ("X, received this Monday with honours his counterpart": a verb opening what follows the comma is a clause.)
  // ("X, paid a courtesy call on President Y": an irregular past too.)
  if (!m[1] && /^(?:\p{Ll}+ed|is|was|has|had|will|would|met|held|took|gave|spoke|went|came|paid|made|sent|brought|saw|began|left|became|won|lost|flew|sat|stood|wrote|told|said|kept|found|got|put|set)\s/u.test(phrase)) return { role: null, affiliation: null };
  const of = /\b(?:of|at|for)\s+(?:the\s+)?(.+)$/i.exec(phrase);
  const possessor = /^(\p{Lu}[\p{L}\s.-]*?)[’']s\s+/u.exec(phrase);
  // ("Deputy Minister of Defence in the Kingdom of Saudi Arabia": the country the phrase ends with.)
  const lastOf = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})$/u.exec(phrase);
  const country = lastOf && lookupPlace(lastOf[1]!)?.kind === "country" ? lookupPlace(lastOf[1]!)!.name : undefined;
  // ("X, Minister of Trade and Industry,": a portfolio after "of" is what the office covers, no body or country.)
  const portfolioOnly = !!of && of[1]!.split(/[\s,]+/).every((w) => MODIFIERS.has(w.toLowerCase()) || /^(?:and|&)$/.test(w));
  const affiliation = country ?? (portfolioOnly ? undefined : of?.[1]) ?? (possessor ? countryOf(possessor[1]!) ?? possessor[1]! : null);
  return { role: phrase.replace(/^\p{Lu}[\p{L}\s.-]*?[’']s\s+/u, ""), affiliation: affiliation ?? null };
}
