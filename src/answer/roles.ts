import { countryOfAdjective, lookupPlace } from "../lexicon/places";
import { isRoleHead } from "../lexicon/titles";
import type { EntityRef } from "../store/queries";
import { normaliseKey } from "../util/normalise";

/**
 * Short forms readers type for offices ("the Indian PM", "Ghana's FM"), as the
 * words an article writes them in. Data; keys lower case.
 */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  pm: "prime minister", fm: "foreign minister", dpm: "deputy prime minister", eam: "external affairs minister",
  cm: "chief minister", vp: "vice president", sg: "secretary-general", dg: "director general", ceo: "chief executive",
  pres: "president", govt: "government", gov: "governor", min: "minister",
};

/** A typed phrase read as an office: its head word, its other words, and the countries it names ("the Qatari Amir"). */
export interface RolePhrase {
  /** The last word of the office, a role head ("minister", "amir", "president"). */
  head: string;
  /** Other words of the office, lower case ("foreign", "prime", "union"). */
  words: string[];
  /** Countries named by a demonym, a country name or a possessive ("Indian", "Ghana's", "of Kuwait"). */
  countries: string[];
}

const DROP = new Set(["the", "a", "an", "of", "for", "to", "and", "s"]);

/** The country a word or two-word run names ("Indian" → India, "South Korean" → South Korea, "Ghana" → Ghana). */
function countryOf(w: string): string | undefined {
  const adj = countryOfAdjective(w);
  if (adj) return adj;
  const p = lookupPlace(w);
  return p && p.kind === "country" ? p.country : undefined;
}

/**
 * Reads "the Indian PM", "Ghana's foreign minister", "the Amir of Kuwait",
 * "the union president" as an office; null when the phrase is no office (its
 * last word, or the last before "of", heads no role) or names no one by office
 * alone (a capitalised name after the title: "President Quaye"). Pure.
 */
export function readRolePhrase(phrase: string): RolePhrase | null {
  const raw = phrase.trim().replace(/[’']s\b/g, "").replace(/[.,]/g, " ").split(/\s+/).filter(Boolean);
  if (raw.length < 2 || raw.length > 7) return null;
  const words = raw.flatMap((w) => (ROLE_ABBREVIATIONS[w.toLowerCase()] ?? w).split(" ")).map((w) => w.toLowerCase());
  const countries: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? countryOf(`${words[i]} ${words[i + 1]}`) : undefined;
    if (two) { countries.push(two); i++; continue; }
    const one = countryOf(words[i]!);
    if (one) countries.push(one);
    else if (!DROP.has(words[i]!)) rest.push(words[i]!);
  }
  const head = rest[rest.length - 1];
  if (!head || !isRoleHead(head)) return null;
  // "the Amir of Kuwait" is an office; "Minister Lin Dao" ends with a name, and "the minister" alone is asked as typed.
  const lastTyped = raw[raw.length - 1]!;
  if (!countries.length && rest.length < 2) return null;
  if (/^\p{Lu}/u.test(lastTyped) && !isRoleHead(lastTyped) && !countryOf(lastTyped.toLowerCase()) && !ROLE_ABBREVIATIONS[lastTyped.toLowerCase()]) return null;
  return { head, words: rest.slice(0, -1), countries };
}

/** The countries a stored role and affiliation name ("president of Turkey", affiliation "Japan"). */
function countriesIn(text: string): Set<string> {
  const out = new Set<string>();
  const ws = normaliseKey(text).split(/\s+/).filter(Boolean);
  for (let i = 0; i < ws.length; i++) {
    const c = (i + 1 < ws.length ? countryOf(`${ws[i]} ${ws[i + 1]}`) : undefined) ?? countryOf(ws[i]!);
    if (c) out.add(c);
  }
  return out;
}

/**
 * The people an office phrase stands for, among candidates: those whose role
 * has the head word and every other word of the phrase; none whose role or
 * affiliation names another country than the phrase's; those with the
 * phrase's country before those whose country is not on record.
 * A stored role "counterpart" counts as any office: "Kessler, his Portuguese
 * counterpart" is the Portuguese foreign minister. Pure.
 */
export function byRole(rp: RolePhrase, candidates: EntityRef[]): EntityRef[] {
  const scored: Array<{ ref: EntityRef; n: number }> = [];
  for (const ref of candidates) {
    if (ref.type !== "person") continue;
    const role = normaliseKey(ref.role ?? "");
    const desc = `${role} ${normaliseKey(ref.affiliation ?? "")}`;
    const roleWords = new Set(role.split(/\s+/));
    const counterpart = roleWords.has("counterpart");
    if (!roleWords.has(rp.head) && !counterpart) continue;
    const theirs = countriesIn(`${ref.role ?? ""} ${ref.affiliation ?? ""}`);
    if (rp.countries.length && theirs.size && !rp.countries.some((c) => theirs.has(c))) continue;
    const hasCountry = rp.countries.some((c) => theirs.has(c));
    // A counterpart without the phrase's country could be anyone's.
    if (counterpart && !roleWords.has(rp.head) && !hasCountry) continue;
    // Every other word of the office is in the role: "Ghana's foreign minister" is not the minister of Saint Vincent.
    const have = new Set(desc.split(/\s+/));
    if (!counterpart && !rp.words.every((w) => have.has(w))) continue;
    scored.push({ ref, n: (hasCountry ? 2 : 0) + (roleWords.has(rp.head) ? 1 : 0) });
  }
  const best = Math.max(...scored.map((s) => s.n));
  return scored.filter((s) => s.n === best).map((s) => s.ref);
}
