/**
 * Cross-article identity (pure): which entity rows of different articles are
 * one real person or organisation. Rows share a base key (type and normalised
 * full name, `entityKey`); rows of one base key are then split into clusters
 * where their roles or affiliations conflict (src/lexicon/identity.ts rules).
 * The first cluster (by upload order) keeps the base key, the others get
 * "~2", "~3"… Rows that say nothing about role or affiliation cannot be told
 * apart; they join the largest cluster, which then says it is unsure.
 */
import { AFFILIATION_STOPWORDS, IDENTITY_RULES, ROLE_ABBREVIATIONS, ROLE_FIELDS, type IdentityRule } from "../lexicon/identity";
import { countryOfAdjective, countryOfCapital, lookupPlace } from "../lexicon/places";
import { normaliseKey } from "../util/normalise";

/** The stored entity type ("person" | "organization") → key prefix. */
const PREFIX: Record<string, string> = { person: "person", organization: "org" };

/**
 * The cross-article key of an entity: "person:rui_almeida", "org:harbour_workers_union".
 * A name with no Latin letters keeps its own lower-case letters. Same as migration 0011's backfill.
 */
export function entityKey(type: string, name: string): string {
  const norm = normaliseKey(name) || name.trim().toLowerCase();
  return `${PREFIX[type] ?? "org"}:${norm.replace(/ /g, "_")}`;
}

/** A full key as typed in a URL: the base key and the cluster number (1 for the base key itself). */
export function splitKey(key: string): { base: string; n: number } {
  const m = /^(.*)~(\d{1,3})$/.exec(key);
  return m ? { base: m[1]!, n: Number(m[2]) } : { base: key, n: 1 };
}

/** One entity row of one article, as clustering needs it. */
export interface IdentityRow {
  article_id: string;
  idx: number;
  name: string;
  role: string | null;
  affiliation: string | null;
  /** Upload order of the article (articles.seq). */
  seq: number;
}

/** A set of rows judged to be one real entity. */
export interface Cluster<R extends IdentityRow = IdentityRow> {
  /** The full key: the base key, or base~n for the n-th namesake. */
  key: string;
  rows: R[];
  /** True when namesakes exist and rows without role or affiliation were counted here by guess. */
  unsure: boolean;
  /** Rows without role or affiliation added to this cluster. */
  guessed: number;
}

const FIELD_OF = new Map(Object.entries(ROLE_FIELDS).flatMap(([field, heads]) => heads.map((h) => [h, field] as const)));
const AFF_STOP = new Set(AFFILIATION_STOPWORDS);

/** A word's country, if it is a country, nationality or capital ("Russian" → "Russia", "U.S." → "United States"). */
function countryOfWord(w: string): string | undefined {
  return countryOfAdjective(w) ?? lookupPlace(w)?.country ?? countryOfCapital(w) ?? undefined;
}

interface Profile {
  roleWords: Set<string>;
  fields: Set<string>;
  countries: Set<string>;
  orgWords: Set<string>;
  empty: boolean;
}

/** Profiles already worked out, by signature: a map reads the same few hundred descriptions on every request. */
const PROFILES = new Map<string, Profile>();
const PROFILES_KEPT = 20_000;

/** What a row says about who it is (memoised by its role and affiliation; see `describe`). */
function profileOf(role: string | null, affiliation: string | null): Profile {
  const sig = `${role ?? ""}\u0000${affiliation ?? ""}`;
  let p = PROFILES.get(sig);
  if (!p) {
    if (PROFILES.size >= PROFILES_KEPT) PROFILES.clear();
    p = describe(role, affiliation);
    PROFILES.set(sig, p);
  }
  return p;
}

/** What a row says about who it is: role words and fields, countries and other affiliation words. */
function describe(role: string | null, affiliation: string | null): Profile {
  const roleWords = new Set<string>();
  for (const w of normaliseKey(role ?? "").split(/\s+/).filter(Boolean)) for (const x of (ROLE_ABBREVIATIONS[w] ?? w).split(" ")) roleWords.add(x);
  const fields = new Set([...roleWords].map((w) => FIELD_OF.get(w)).filter((f): f is string => !!f));
  const countries = new Set<string>();
  const orgWords = new Set<string>();
  const raw = (affiliation ?? "").trim();
  // A whole affiliation may be a country's name ("United States", "U.S."); else word by word ("Chinese foreign ministry").
  const whole = raw ? countryOfWord(raw) : undefined;
  if (whole) countries.add(whole);
  else for (const w of raw.split(/\s+/)) {
    const c = w ? countryOfWord(w.replace(/[’']s$/, "")) : undefined;
    if (c) countries.add(c);
    else for (const k of normaliseKey(w).split(/\s+/)) if (k.length > 1 && !AFF_STOP.has(k)) orgWords.add(k);
  }
  return { roleWords, fields, countries, orgWords, empty: !roleWords.size && !countries.size && !orgWords.size };
}

/** The rule by which two descriptions are two different entities, or null when they may be one. */
export function conflictBetween(a: [string | null, string | null], b: [string | null, string | null]): IdentityRule | null {
  return conflictOf(profileOf(...a), profileOf(...b));
}

const rule = (id: IdentityRule["id"]) => IDENTITY_RULES.find((r) => r.id === id)!;
const disjoint = (x: Set<string>, y: Set<string>) => x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));

function conflictOf(p: Profile, q: Profile): IdentityRule | null {
  if (disjoint(p.countries, q.countries)) return rule("affiliation-country");
  if (!p.countries.size && !q.countries.size && disjoint(p.orgWords, q.orgWords)) return rule("affiliation-organisation");
  // Roles of different fields, unless the roles share a word ("defence minister" and "minister of state").
  if (disjoint(p.fields, q.fields) && disjoint(p.roleWords, q.roleWords)) return rule("role-field");
  return null;
}

/** A row's description as the clustering compares them: role and affiliation, absent as "". */
export const signature = (role: string | null, affiliation: string | null) => `${role ?? ""}|${affiliation ?? ""}`;

/**
 * One description of an entity key as entity_descriptions stores it
 * (migration 0012): how many rows of the key carry it, and the upload order
 * of the first of them.
 */
export interface Description {
  role: string;
  affiliation: string;
  name: string;
  n_rows: number;
  first_seq: number;
}

/** A real entity of one base key, from its descriptions. */
export interface DescribedCluster {
  /** The full key: the base key, or base~n for the n-th namesake. */
  key: string;
  /** Signatures (`signature`) of the descriptions it holds. */
  signatures: Set<string>;
  descriptions: Description[];
  /** Entity rows of the key that are this entity. */
  rows: number;
  /** True when namesakes exist and rows without role or affiliation were counted here by guess. */
  unsure: boolean;
  /** Rows without role or affiliation added to this cluster. */
  guessed: number;
}

/**
 * Splits the descriptions of one base key into real entities (see the module
 * comment). Descriptions are taken in the order of their first upload (ties:
 * by signature); one joins the first cluster none of whose descriptions
 * conflicts with it, else starts its own. Descriptions that say nothing join
 * the cluster with most rows. Clusters come back in the order of their first
 * description; the first has the base key. Rows of one signature always land
 * together, so a row's entity is known from its role and affiliation alone.
 */
export function clusterDescriptions(base: string, descriptions: readonly Description[]): DescribedCluster[] {
  const bySig = new Map<string, { sig: string; list: Description[]; rows: number; first: number; profile: Profile }>();
  for (const d of descriptions) {
    const sig = signature(d.role, d.affiliation);
    const g = bySig.get(sig) ?? { sig, list: [], rows: 0, first: d.first_seq, profile: profileOf(d.role, d.affiliation) };
    g.list.push(d);
    g.rows += d.n_rows;
    g.first = Math.min(g.first, d.first_seq);
    bySig.set(sig, g);
  }
  const groups = [...bySig.values()].sort((a, b) => a.first - b.first || (a.sig < b.sig ? -1 : a.sig > b.sig ? 1 : 0));
  const clusters: Array<{ groups: typeof groups; profiles: Profile[]; rows: number }> = [];
  const bare: typeof groups = [];
  for (const g of groups) {
    if (g.profile.empty) { bare.push(g); continue; }
    const home = clusters.find((c) => c.profiles.every((q) => !conflictOf(g.profile, q)));
    if (home) { home.groups.push(g); home.profiles.push(g.profile); home.rows += g.rows; }
    else clusters.push({ groups: [g], profiles: [g.profile], rows: g.rows });
  }
  const bareRows = bare.reduce((n, g) => n + g.rows, 0);
  const out = (key: string, gs: typeof groups, unsure: boolean, guessed: number): DescribedCluster => ({
    key, signatures: new Set(gs.map((g) => g.sig)), descriptions: gs.flatMap((g) => g.list), rows: gs.reduce((n, g) => n + g.rows, 0), unsure, guessed,
  });
  if (!clusters.length) return bare.length ? [out(base, bare, false, 0)] : [];
  const largest = clusters.reduce((best, c) => (c.rows > best.rows ? c : best), clusters[0]!);
  largest.groups.push(...bare);
  const many = clusters.length > 1;
  return clusters.map((c, i) => out(i === 0 ? base : `${base}~${i + 1}`, c.groups, many, c === largest ? bareRows : 0));
}

/** Full key of a row of base key `base` with this role and affiliation, among the key's clusters (the base key when none is known). */
export function keyOfRow(clusters: readonly DescribedCluster[] | undefined, base: string, role: string | null, affiliation: string | null): string {
  const sig = signature(role, affiliation);
  return clusters?.find((c) => c.signatures.has(sig))?.key ?? base;
}

/**
 * Splits the rows of one base key into clusters, as `clusterDescriptions`
 * does with the rows' descriptions. Deterministic. Clusters come back in the
 * order of their first row; the first has the base key.
 */
export function clusterRows<R extends IdentityRow>(base: string, rows: readonly R[]): Array<Cluster<R>> {
  const descriptions = new Map<string, Description>();
  for (const r of rows) {
    const sig = signature(r.role, r.affiliation);
    const d = descriptions.get(sig) ?? { role: r.role ?? "", affiliation: r.affiliation ?? "", name: "", n_rows: 0, first_seq: r.seq };
    d.n_rows++;
    d.first_seq = Math.min(d.first_seq, r.seq);
    descriptions.set(sig, d);
  }
  return clusterDescriptions(base, [...descriptions.values()]).map((c) => ({
    key: c.key,
    rows: [...rows].filter((r) => c.signatures.has(signature(r.role, r.affiliation))).sort((a, b) => a.seq - b.seq || (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : a.idx - b.idx)),
    unsure: c.unsure,
    guessed: c.guessed,
  }));
}
