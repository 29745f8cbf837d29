/**
 * Data for telling namesakes apart across articles (src/store/identity.ts):
 * which field a role belongs to, role abbreviations, and the rules that split
 * two entities of the same name. Lower case.
 */

/**
 * The field a role's head word belongs to. Two people of the same name whose
 * roles fall in different fields ("singer" and "foreign minister") are two
 * people; roles of one field may be one person's over time ("trade minister",
 * later "prime minister"). Head words not listed belong to no known field and
 * never split anyone.
 */
export const ROLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  government: [
    "minister", "secretary", "president", "vice-president", "president-elect", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "senator", "governor", "mayor", "king", "queen", "prince", "princess", "emir", "amir",
    "sultan", "sheikh", "lawmaker", "diplomat", "commissioner", "councillor", "councilor", "taoiseach", "tanaiste", "mp", "mep",
    "mla", "pm", "fm", "congressman", "congresswoman", "consul", "secretary-general", "parliamentarian", "legislator",
  ],
  business: ["ceo", "cfo", "coo", "founder", "co-founder", "owner", "chairman", "chairwoman", "banker", "investor", "entrepreneur", "businessman", "businesswoman", "executive"],
  military: ["general", "admiral", "colonel", "commander", "brigadier", "marshal", "sergeant", "captain", "major"],
  justice: ["judge", "justice", "prosecutor", "lawyer", "attorney"],
  religion: ["pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "ayatollah", "pastor", "cleric", "mufti", "lama"],
  arts: ["actor", "actress", "singer", "writer", "lyricist", "poet", "filmmaker", "artist", "musician", "novelist", "author", "producer"],
  sport: ["player", "athlete", "coach", "footballer", "striker", "goalkeeper", "boxer", "cyclist", "runner", "swimmer"],
  science: ["professor", "researcher", "scientist", "economist", "historian", "scholar", "doctor", "physician", "engineer"],
  press: ["journalist", "editor", "reporter", "correspondent", "columnist"],
};

/** Abbreviated roles read as their full words before roles are compared ("PM" is a prime minister). */
export const ROLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  pm: "prime minister", fm: "foreign minister", dpm: "deputy prime minister", eam: "external affairs minister",
  sen: "senator", gen: "general", col: "colonel", prof: "professor", rep: "representative", ceo: "chief executive",
};

/** Words of an affiliation that name nothing by themselves. */
export const AFFILIATION_STOPWORDS: readonly string[] = ["the", "of", "and", "for", "in", "a", "an", "s"];

/** A rule that keeps two same-name entities apart: an id, the reason, and an example pair it splits. */
export interface IdentityRule {
  id: "affiliation-country" | "affiliation-organisation" | "role-field";
  reason: string;
  /** Two descriptions [role, affiliation] of a same-name entity that this rule keeps apart. */
  example: readonly [readonly [string | null, string | null], readonly [string | null, string | null]];
}

export const IDENTITY_RULES: readonly IdentityRule[] = [
  {
    id: "affiliation-country",
    reason: "both are tied to a country (by name, nationality or capital) and the countries differ",
    example: [["foreign minister", "Spain"], ["foreign minister", "Mexican"]],
  },
  {
    id: "affiliation-organisation",
    reason: "both name an organisation, no country, and the names share no word",
    example: [["chief executive", "Harbour Logistics"], ["chief executive", "Vantor Mining"]],
  },
  {
    id: "role-field",
    reason: "both roles belong to a known field and the fields differ (a singer is not a foreign minister)",
    example: [["singer", null], ["foreign minister", null]],
  },
];
