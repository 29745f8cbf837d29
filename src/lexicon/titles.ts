/**
 * Words that head a role or title ("Foreign Minister", "Kremlin spokesman",
 * "Hanul CEO"). In a capitalised run, the name starts after the last of them.
 * Lower case; matched case-insensitively, with or without a final dot.
 */
export const ROLE_HEADS: readonly string[] = [
  "minister", "secretary", "president", "vice-president", "premier", "chancellor", "spokesman", "spokeswoman",
  "spokesperson", "ambassador", "envoy", "senator", "sen", "governor", "mayor", "executive", "officer", "director",
  "chair", "coordinator", "co-ordinator", "chairman", "chairwoman", "chairperson", "ceo", "cfo", "coo", "founder", "co-founder", "owner", "manager",
  "commissioner", "constable", "king", "queen", "prince", "princess", "sheikh", "emir", "ruler", "leader", "head", "general", "gen",
  "administrator", "negotiator", "counsel", "adviser", "advisor", "assistant", "aide", "mediator", "coach", "rep", "representative",
  "lawmaker", "member", "official", "chief", "deputy", "economist", "analyst", "diplomat", "justice", "judge", "speaker",
  "secretary-general", "director-general", "president-elect", "captain", "colonel", "col", "lt", "maj", "major",
  "admiral", "commander", "councillor", "councilor", "treasurer", "editor", "professor", "prof",
  // Port and ship offices ("Harbour Master Ana Lind", "harbourmaster Ivo Brandt").
  "master", "harbourmaster", "harbormaster",
  // Occupations that stand as roles in appositives ("Carmen Ruiz, a human rights lawyer,").
  // ("Advocate X": a lawyer's title in South Asia.)
  "lawyer", "attorney", "advocate", "activist", "researcher", "journalist", "scientist", "engineer", "historian", "consultant",
  "strategist", "campaigner", "organiser", "organizer", "lobbyist", "expert", "scholar", "author",
  "banker", "investor", "entrepreneur", "businessman", "businesswoman", "farmer", "teacher", "doctor",
  "counterpart", "producer", "actor", "actress", "singer", "writer", "lyricist", "poet", "filmmaker", "artist",
  "player", "athlete",
  // National and religious titles ("the Taoiseach, Liam Doyle", "Sultan Omar Rahim", "MP Nora Quist").
  "taoiseach", "tanaiste", "tánaiste", "amir", "sultan", "pope", "cardinal", "bishop", "archbishop", "rabbi", "patriarch", "mufti", "nuncio",
  "imam", "ayatollah", "mp", "mps", "mep", "mla", "mk", "mks", "pm", "fm", "cs", "dpm", "cm", "eam", "congressman", "congresswoman", "assemblyman", "assemblywoman",
  "chairperson", "superintendent", "commissioner", "inspector", "sergeant", "sgt", "brigadier", "marshal",
  "consul", "consul-general", "attaché", "attache", "chargé", "charge", "envoy", "premier", "governor-general",
  "reverend", "rev", "pastor", "father", "monsignor", "bishop", "sheikha", "ayatollah", "mufti", "lama",
  // A misspelling of "minister" common enough in wire copy to read as it ("Prime Minster X").
  "minster",
];

/** Titles and honorifics that show a person's gender (for "he"/"she" and "Mr. Jonas" vs "Ms. Jonas"). */
export const GENDERED_TITLES: Readonly<Record<string, "male" | "female">> = {
  mr: "male", sir: "male", lord: "male", king: "male", prince: "male", sheikh: "male", herr: "male", emir: "male",
  amir: "male", sultan: "male", spokesman: "male", chairman: "male", congressman: "male", businessman: "male",
  ms: "female", mrs: "female", miss: "female", dame: "female", lady: "female", madam: "female", queen: "female",
  princess: "female", mme: "female", mlle: "female", frau: "female", spokeswoman: "female", chairwoman: "female",
  congresswoman: "female", businesswoman: "female",
};

/** The gender a run of title words shows, if any ("Mr.", "Foreign Minister" → none). */
export function genderOfTitle(prefix: string): "male" | "female" | undefined {
  for (const w of prefix.split(/\s+/).reverse()) {
    const g = GENDERED_TITLES[bare(w)];
    if (g) return g;
  }
  return undefined;
}

/**
 * Role words a role phrase may stand for: "the diplomat" is the minister,
 * ambassador or envoy named before; "the leader" the president or premier.
 * A head not listed stands for itself.
 */
export const ROLE_KIN: Readonly<Record<string, readonly string[]>> = {
  diplomat: ["diplomat", "minister", "ambassador", "envoy", "secretary", "consul", "counterpart"],
  leader: ["leader", "president", "premier", "chancellor", "king", "emir", "amir", "sultan", "chairman", "chair", "head"],
  official: ["official", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "director", "commissioner", "officer"],
  envoy: ["envoy", "ambassador", "representative"],
  host: ["host"],
  chief: ["chief", "head", "director", "executive", "ceo", "chairman", "chair"],
  boss: ["ceo", "executive", "chief", "chairman", "head", "director"],
  premier: ["premier", "prime"],
  pm: ["prime", "pm"],
  // "the Deputy FM": a foreign minister.
  fm: ["foreign", "fm"],
  minister: ["minister"],
  president: ["president"],
  // "the head of state", "the head of government".
  head: ["head", "president", "premier", "prime", "chancellor", "leader", "king", "emir", "amir", "sultan", "chief", "chairman", "chair"],
};

/**
 * Honorifics and styles of address in the house styles of outlets outside the US and UK press (source: the
 * government, agency and newspaper styles of Nigeria, Ghana, Kenya, India, Pakistan, Malaysia, Cambodia, Fiji and
 * UK local papers). Each row: the honorific as written (lower case, no dot), why it is no part of the name, and an
 * example whose person a test finds without it (test/lexicon/honorifics.test.ts).
 */
export const REGIONAL_HONORIFICS: ReadonlyArray<{ id: string; reason: string; example: string }> = [
  { id: "engr", reason: "Nigerian and Ghanaian style for a registered engineer", example: "The board met Engr. Ada Nwosu-Bello in Lagos on Monday." },
  { id: "arc", reason: "Nigerian style for a registered architect", example: "The board met Arc. Ada Nwosu-Bello in Lagos on Monday." },
  { id: "barr", reason: "Nigerian style for a barrister", example: "The board met Barr. Ada Nwosu-Bello in Lagos on Monday." },
  { id: "barrister", reason: "Nigerian and Ghanaian style for a barrister, written out", example: "The board met Barrister Ada Nwosu-Bello in Lagos on Monday." },
  { id: "comrade", reason: "trade-union style for an officer of the union", example: "The board met Comrade Ada Nwosu-Bello in Lagos on Monday." },
  { id: "alhaji", reason: "West African style for a man who has made the hajj", example: "The board met Alhaji Musa Garba-Idris in Kano on Monday." },
  { id: "alhaja", reason: "West African style for a woman who has made the hajj", example: "The board met Alhaja Rukayat Bello-Ajao in Ibadan on Monday." },
  { id: "hajiya", reason: "Hausa style for a woman who has made the hajj", example: "The board met Hajiya Zainab Garba-Idris in Kano on Monday." },
  { id: "mallam", reason: "Hausa style for a learned man", example: "The board met Mallam Musa Garba-Idris in Kano on Monday." },
  { id: "sardar", reason: "Pakistani and Punjabi style before a name", example: "The board met Sardar Iqbal Khan-Lodhi in Lahore on Monday." },
  { id: "mian", reason: "Pakistani style before a name", example: "The board met Mian Iqbal Khan-Lodhi in Lahore on Monday." },
  { id: "shri", reason: "Indian style for a man ('Shri', 'Sri')", example: "The board met Shri Arvind Kothandaraman in Chennai on Monday." },
  { id: "sri", reason: "Indian style for a man ('Sri'; 'Sri Lanka' is a place and read first)", example: "The board met Sri Arvind Kothandaraman in Chennai on Monday." },
  { id: "smt", reason: "Indian style for a married woman ('Smt.', 'Shrimati')", example: "The board met Smt. Lalitha Venkatachalam in Chennai on Monday." },
  { id: "shrimati", reason: "Indian style for a married woman", example: "The board met Shrimati Lalitha Venkatachalam in Chennai on Monday." },
  { id: "datuk", reason: "Malaysian federal title", example: "The board met Datuk Aminah Rosli-Hamid in Putrajaya on Monday." },
  { id: "dato", reason: "Malaysian state title ('Dato'', 'Dato' Sri')", example: "The board met Dato Aminah Rosli-Hamid in Putrajaya on Monday." },
  { id: "seri", reason: "Malaysian title word ('Datuk Seri')", example: "The board met Datuk Seri Aminah Rosli-Hamid in Putrajaya on Monday." },
  { id: "patinggi", reason: "Sarawak's highest state title ('Datuk Patinggi')", example: "The board met Datuk Patinggi Aminah Rosli-Hamid in Miri on Monday." },
  { id: "pehin", reason: "Bruneian and Sarawak title of nobility ('Pehin Sri')", example: "The board met Pehin Aminah Rosli-Hamid in Miri on Monday." },
  // Cambodian honorific titles, written before the name in Khmer papers' English ("Samdech Akka Moha Sena Padei Techo Chea Sovannarith").
  { id: "samdech", reason: "Cambodian royal title of the highest rank", example: "The board met Samdech Chea Sovannarith in Phnom Penh on Monday." },
  { id: "krolahom", reason: "Cambodian title of a senior minister ('Samdech Krolahom')", example: "The board met Samdech Krolahom Chea Sovannarith in Phnom Penh on Monday." },
  { id: "datin", reason: "Malaysian style for a titled man's wife", example: "The board met Datin Aminah Rosli-Hamid in Putrajaya on Monday." },
  { id: "tengku", reason: "Malaysian royal style", example: "The board met Tengku Aminah Rosli-Hamid in Putrajaya on Monday." },
  { id: "ratu", reason: "Fijian chiefly style for a man", example: "The board met Ratu Josefa Naivalu-Tora in Suva on Monday." },
  { id: "samdech", reason: "Cambodian honorific for senior leaders", example: "The board met Samdech Chea Sophanna in Phnom Penh on Monday." },
  { id: "h.h", reason: "Gulf agencies' 'H.H.' (His Highness) before a ruler's or minister's name", example: "The board met H.H. Saif Al Marri-Kaabi in Doha on Monday." },
  { id: "h.r.h", reason: "'H.R.H.' (His or Her Royal Highness) before a royal's name", example: "The board met H.R.H. Saif Al Marri-Kaabi in Doha on Monday." },
  { id: "alh", reason: "Nigerian papers' short form of Alhaji", example: "The board met Alh. Musa Garba-Idris in Kano on Monday." },
  { id: "cllr", reason: "UK local papers' style for a councillor", example: "The board met Cllr Gwen Tremlett-Hayes in Truro on Monday." },
];

/** Honorifics dropped from a name ("Mr. Varga" is Varga). */
export const HONORIFICS: readonly string[] = [
  "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mx", "madam",
  // Styles of address ("His Highness", "H.E.", "Rt. Hon.", "Hon. Ama Owusu").
  "highness", "excellency", "majesty", "hon", "honourable", "honorable", "rt", "h.e", "amb", "mme", "mlle", "herr", "frau",
];

/** Lower-case words that belong to a role phrase before a name ("deputy foreign minister"). */
/**
 * Words of a Cambodian honorific chain, titles only after "Samdech" or another word of the chain ("Samdech Akka Moha
 * Sena Padei Techo Chea Sovannarith", "Samdech Moha Borvor Thipadei X"): alone they are names ("Sena Kaya", "Moha Ouali").
 */
export const SAMDECH_CHAIN: ReadonlySet<string> = new Set(["akka", "moha", "sena", "padei", "techo", "borvor", "thipadei"]);

export const ROLE_MODIFIERS: readonly string[] = [
  "vice", "deputy", "foreign", "defence", "defense", "trade", "investment", "economy", "finance", "interior",
  "commerce", "affairs", "cabinet", "state", "competition", "prime", "top", "senior", "chief", "former", "acting",
  "executive", "general", "federal", "regional", "national", "union", "transport", "energy", "health", "security",
  "military", "opposition", "party", "team", "club", "company", "board", "elected", "interim", "special", "crown",
  // "Managing director Ana Lind" opening a sentence: a title's own word, no affiliation; "chief operating officer".
  "managing", "operating", "financial", "commercial", "marketing", "technical", "technology",
  // "British High Commissioner X": the title's own word, not a body "British High".
  "high",
  // "Ambassador Extraordinary and Plenipotentiary of Canada X": a diplomat's full title.
  "extraordinary", "plenipotentiary",
  // "Presidential Aide X", "Personal Assistant X": whom the office serves, no body.
  "presidential", "personal", "private", "principal",
  // "Grand Chief X", "Grand Mufti X": the title's own rank, no body "Grand".
  "grand",
  // "First Minister X", "Second Secretary Y": an office's or a diplomat's rank, no body "First".
  "first", "second", "third",
  // "the Pro Tempore Presidency", "President pro tempore": a term of office, no name.
  "pro", "tempore",
  // "UN Resident and Humanitarian Coordinator X", "Resident Representative Y": a UN office's own word.
  "resident",
];

/**
 * Capitalised words of a portfolio after "of" in a title ("Minister of Water
 * Resources", "Secretary of State"): part of the role, never of the name.
 */
export const PORTFOLIO_WORDS: readonly string[] = [
  "state", "foreign", "affairs", "home", "interior", "defence", "defense", "finance", "economy", "economic",
  "trade", "industry", "commerce", "energy", "mines", "petroleum", "oil", "gas", "water", "resources", "natural",
  "environment", "agriculture", "fisheries", "health", "education", "justice", "labour", "labor", "transport",
  "infrastructure", "housing", "culture", "tourism", "sport", "sports", "information", "communications",
  "planning", "development", "investment", "public", "security", "homeland", "national", "internal", "external", "the", "and",
  "municipal", "rural", "urban", "parliamentary", "endowments", "religious",
  "&", "staff", "operations", "treasury", "budget", "works", "science", "technology", "digital", "employment",
  "social", "welfare", "family", "women", "youth", "immigration", "migration", "citizenship", "climate", "land",
  "lands", "cooperation", "european", "international", "relations", "integration", "government", "policy",
  "mining", "forestry", "aviation", "maritime", "ports", "water", "telecommunications", "finance", "civil",
  "urban", "rural", "veterans", "heritage", "consumer", "competition", "elections", "regional", "local",
  "diaspora", "overseas", "expatriate", "expatriates", "emigration",
  // ("Minister of Justice and Human Rights", "Agriculture and Irrigation Minister", "(Labor-Employment Promotion)")
  "human", "rights", "irrigation", "production", "promotion", "livestock", "food", "sanitation", "gender", "innovation",
  "business", "entrepreneurship", "enterprise", "enterprises",
  // "Minister for Port Services, Regulations and Coordination", "Minister of Administrative Reform".
  "services", "regulation", "regulations", "coordination", "reform", "reforms",
  // "Special Assistant to the President for Press and Public Relations".
  "press", "media", "publicity", "broadcasting",
  // "Minister of Sports and Recreation", "… Arts and Heritage", "… Gender and Social Protection".
  "recreation", "leisure", "arts", "gender", "sanitation", "livestock", "cooperatives", "innovation", "research",
  "communication", "humanitarian", "relief", "rehabilitation", "reconstruction", "protection", "disaster",
  // "State Minister for Women and Children Affairs", "… for Cultural Affairs", "… for Disability Affairs".
  "children", "child", "cultural", "disability", "disabilities", "elderly", "senior", "equality",
];

/** Lower case without a final dot or possessive ("Sen." → "sen", "China’s" → "china"). */
export function bare(w: string): string {
  let b = w.toLowerCase();
  let end = b.length;
  // Final dots and apostrophes ("Sen.", "the Joneses'"), then a possessive "'s".
  for (let c = b.charCodeAt(end - 1); end > 0 && (c === 46 || c === 39 || c === 0x2019); c = b.charCodeAt(--end - 1));
  if (end >= 2 && b.charCodeAt(end - 1) === 115 && (b.charCodeAt(end - 2) === 39 || b.charCodeAt(end - 2) === 0x2019)) end -= 2;
  return end === b.length ? b : b.slice(0, end);
}
const ROLE_HEAD_SET = new Set(ROLE_HEADS);
/** "Ministers" → "minister", "Secretaries" → "secretary": plural titles head a list of names ("Presidents Okafor and Lindqvist"). */
const singular = (w: string) => (w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.endsWith("s") ? w.slice(0, -1) : w);
const HONORIFIC_SET = new Set([...HONORIFICS, ...REGIONAL_HONORIFICS.map((h) => h.id)]);
/** True when a word (any case, with or without a final dot or possessive) heads a role: "Minister", "spokesman". */
export const isRoleHead = (w: string): boolean => isBareRoleHead(bare(w));

/** The role heads written as one word of letters and hyphens ("minister", "secretary-general"), for patterns. */
const ONE_WORD_ROLE_HEADS: readonly string[] = ROLE_HEADS.filter((h) => /^[a-z-]+$/.test(h));
/**
 * The one-word role heads as a regex alternation: capitalised ("Minister") or with the first letter in either case
 * ("[Mm]inister"), for patterns that cannot take the i flag (with it, \p{Lu} matches any letter).
 */
export const roleHeadAlternation = (form: "capital" | "either"): string =>
  // (After a hyphen either case: "Secretary-General" as "Secretary-general", "Vice-President" as "Vice-president".)
  ONE_WORD_ROLE_HEADS.map((h) => h.split("-").map((part, k) => (form === "capital" && k === 0 ? part[0]!.toUpperCase() + part.slice(1) : `[${part[0]!.toUpperCase()}${part[0]}]${part.slice(1)}`)).join("-")).join("|");
/** True when a word is a plural role head: "Ministers", "Presidents", "Secretaries". */
export const isPluralRoleHead = (w: string): boolean => isBarePluralRoleHead(bare(w));
/** True when a word is an honorific: "Mr.", "Dr", "Sheikh". */
export const isHonorific = (w: string): boolean => isBareHonorific(bare(w));
/** isRoleHead, isPluralRoleHead and isHonorific for a word already made bare (`bare(w)`), as name tokens keep it. */
export function isBareRoleHead(b: string): boolean { return ROLE_HEAD_SET.has(b) || (b.includes("-") && ROLE_HEAD_SET.has(b.replace(HYPHENED_RANK, ""))); }
/** A rank joined to a title by a hyphen: "Vice-Chief", "Deputy-Governor", "Co-Chair", "Ex-Minister". */
const HYPHENED_RANK = /^(?:vice|deputy|co|ex|acting|assistant|sub|under)-/;
export function isBarePluralRoleHead(b: string): boolean { return b.endsWith("s") && !ROLE_HEAD_SET.has(b) && ROLE_HEAD_SET.has(singular(b)); }
export function isBareHonorific(b: string): boolean { return HONORIFIC_SET.has(b); }

/**
 * Offices one person holds for a country at a time: "the Chinese ambassador", "Ghana's foreign minister" name
 * one person even when the article never gives the name. (Not "official", "diplomat", "spokesman": many hold those.)
 */
export const UNIQUE_OFFICES: readonly string[] = [
  "minister", "ambassador", "consul", "consul-general", "president", "premier", "chancellor", "king", "queen",
  "emir", "prime", "vice-president", "governor-general", "high commissioner", "envoy",
];
const UNIQUE_OFFICE_SET = new Set(UNIQUE_OFFICES);
/**
 * Offices a body, country or city has one holder of, read in "the <office> of <body or place>": the holder,
 * named by the office until the article names them ("Reiker met the chief executive of Valdane Shipping. …
 * chief executive Anouk Verhelst said" is one person). Each row: the office as written (lower case, the words a
 * later title must hold) and an example a test runs (test/extract/office-of.test.ts).
 */
export const OFFICES_OF: ReadonlyArray<{ office: string; example: string }> = [
  { office: "chief executive", example: "Tomas Reiker met the chief executive of Valdane Shipping. Valdane chief executive Anouk Verhelst said talks went well." },
  { office: "chief executive officer", example: "Tomas Reiker met the chief executive officer of Valdane Shipping. Chief executive officer Anouk Verhelst said talks went well." },
  { office: "ceo", example: "Tomas Reiker met the CEO of Valdane Shipping. CEO Anouk Verhelst said talks went well." },
  { office: "managing director", example: "Tomas Reiker met the managing director of Valdane Shipping. Managing director Anouk Verhelst said talks went well." },
  { office: "chairman", example: "Tomas Reiker met the chairman of Valdane Shipping. Chairman Edvar Lunn said talks went well." },
  { office: "chairwoman", example: "Tomas Reiker met the chairwoman of Valdane Shipping. Chairwoman Anouk Verhelst said talks went well." },
  { office: "chairperson", example: "Tomas Reiker met the chairperson of the Orlen Dockworkers Union. Chairperson Anouk Verhelst said talks went well." },
  { office: "president", example: "Tomas Reiker met the president of Ghana on Monday. President Edvar Lunn said talks went well." },
  { office: "prime minister", example: "Tomas Reiker met the prime minister of Ghana on Monday. Prime Minister Edvar Lunn said talks went well." },
  { office: "secretary-general", example: "Tomas Reiker met the secretary-general of the Orlen Dockworkers Union. Secretary-General Anouk Verhelst said talks went well." },
  { office: "general secretary", example: "Tomas Reiker met the general secretary of the Orlen Dockworkers Union. General secretary Anouk Verhelst said talks went well." },
  { office: "director-general", example: "Tomas Reiker met the director-general of the Valdane Port Authority. Director-general Anouk Verhelst said talks went well." },
  { office: "governor", example: "Tomas Reiker met the governor of the Central Bank of Ghana. Governor Edvar Lunn said talks went well." },
  { office: "mayor", example: "Tomas Reiker met the mayor of Lisbon on Monday. Mayor Edvar Lunn said talks went well." },
  { office: "leader", example: "Tomas Reiker met the leader of the Orlen Dockworkers Union. Union leader Edvar Lunn said talks went well." },
  { office: "head", example: "Tomas Reiker met the head of the Valdane Port Authority. Its head, Anouk Verhelst, said talks went well." },
];

/** True for a head noun in UNIQUE_OFFICES (lower case). */
export const isUniqueOffice = (head: string): boolean => UNIQUE_OFFICE_SET.has(head.toLowerCase());

/**
 * Styles of address that stand alone for the one who bears them ("His Majesty stressed …", "Her Highness said"),
 * each with the titles of those styled so (source: the court and agency usage of Jordan, the Gulf states, the
 * UK and the Holy See): the style resolves to the last person named with one of those titles. "His Excellency"
 * is left out, as it styles any minister or envoy. Each example is run by test/lexicon/honorifics.test.ts.
 */
export const STYLE_REFERENTS: ReadonlyArray<{ id: string; style: RegExp; heads: readonly string[]; example: string }> = [
  { id: "majesty", style: /^(?:his|her) majesty$/i, heads: ["king", "queen", "emperor", "empress", "sultan", "monarch"], example: "King Omar Vidal received the envoy. His Majesty stressed the ties between the two countries." },
  { id: "highness", style: /^(?:his|her) (?:royal )?highness$/i, heads: ["amir", "emir", "prince", "princess", "sultan"], example: "Emir Omar Vidal received the envoy. His Highness stressed the ties between the two countries." },
  { id: "holiness", style: /^his holiness$/i, heads: ["pope", "patriarch", "pontiff"], example: "Pope Omar Vidal received the envoy. His Holiness stressed the need for peace." },
  { id: "holy-father", style: /^the holy father$/i, heads: ["pope", "pontiff"], example: "Pope Omar Vidal spoke on Monday. The Holy Father stressed the need for peace." },
];
