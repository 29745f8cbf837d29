/**
 * Head nouns that make a capitalised run an organisation
 * ("Korea Football Association", "Digital Markets Authority").
 */
export const ORG_HEADS: readonly string[] = [
  "ministry", "presidency", "office", "agency", "association", "union", "authority", "commission", "council", "party", "group",
  "company", "corp", "corporation", "inc", "ltd", "llc", "plc", "bank", "fund", "forces", "alliance", "trust", "league",
  "federation", "board", "administration", "service", "services", "embassy", "government", "department", "institute",
  "university", "secretariat", "watch", "solutions", "metals", "systems", "committee", "organisation", "organization",
  "assembly", "parliament", "senate", "congress", "court", "police", "army", "navy", "club", "athletic", "fc",
  "airlines", "holdings", "partners", "consortium", "foundation", "network", "coalition", "kremlin", "regime",
  "cabinet", "media", "ministries", "press", "times", "news", "post", "reuters", "bureau", "center", "centre",
  "industries", "motors", "motor", "technologies", "energy", "cloud", "labs", "exchange", "network", "programme", "program",
  "minerals", "mining", "petroleum", "steel", "chemicals", "pharmaceuticals", "airways", "shipping", "logistics",
  "ventures", "capital", "insurance", "telecom", "electric", "automotive", "refining", "resources",
  // Operators of ports, terminals and lines ("Scheldt Terminal Operators"), and of trains, buses and ferries
  // ("Northern Line Trains", "Network Rail", "Coastal Ferries").
  "operators", "terminals", "trains", "rail", "buses", "ferries",
  // Regional blocs ("East African Community", "Caribbean Community", "Andean Community") and conferences of them.
  "community", "conference",
  // Broadcasters and outlets ("RTÉ Radio One", "Kenya Broadcasting Corporation"), bodies and firms.
  "radio", "television", "tv", "broadcasting", "broadcaster", "herald", "tribune", "gazette", "journal", "daily",
  "society", "movement", "front", "institution", "chamber", "forum", "guild", "syndicate", "confederation", "congress",
  "directorate", "inspectorate", "tribunal", "commissioner's", "bloc", "caucus", "faction", "brigade", "command",
  "railways", "railway", "college", "academy", "observatory", "enterprises",
  "school", "hospital", "church", "diocese", "archdiocese", "municipality", "tech", "grupo", "banco", "force", "museum", "gallery", "library", "orchestra", "theatre", "theater",
  "limited", "co", "ag", "gmbh", "sa", "nv", "bv", "pty", "berhad", "tbk", "s.a", "s.p.a", "n.v", "b.v", "a.g", "l.l.c",
  "s.r.l", "s.a.s", "s.a.b", "oyj", "asa", "spa", "srl", "nations", "air",
  // Sector words that close a firm's name ("Castlemere Analytics", "Helix Therapeutics"): never a surname.
  "analytics", "dynamics", "robotics", "therapeutics", "biotech", "consulting", "semiconductor", "semiconductors",
  "software", "aerospace", "communications", "securities", "investments", "properties", "construction",
  "engineering", "entertainment", "studios", "pictures", "laboratories", "utilities", "foods", "brands",
  "consultants", "pharma", "beverages", "retail", "textiles", "developments", "advisors", "advisers",
];
/** ORG_HEADS as a set, for look-ups word by word. */
export const ORG_HEAD_SET: ReadonlySet<string> = new Set(ORG_HEADS);

/**
 * Heads of the office that serves one officer, named after the officer's title: "the Prime Minister's Office (PMO)",
 * "the PM Office", "the President's Media Division", "the Governor's Office" (source: government press releases).
 * The title is part of such a name; it names no person.
 */
export const ROLE_OFFICE_HEADS: readonly string[] = ["office", "secretariat", "bureau", "department", "media", "press", "directorate", "division", "cell", "wing"];

/**
 * Words that open sentences and also open organisations' names ("Southern Miners Federation", "National
 * Growers Union"): kept in the name when an organisation head follows.
 */
export const ORG_OPENERS: readonly string[] = [
  "southern", "northern", "eastern", "western", "central", "national", "federal", "united", "royal", "international",
  "general", "independent", "democratic", "popular", "people's", "new", "free", "social", "joint", "supreme",
];

/** Titles' premodifiers that are common nouns, not organisations: "County Executive X", "Airport director X". */
export const TITLE_PREMODIFIERS: readonly string[] = [
  "county", "city", "state", "airport", "school", "hospital", "district", "regional", "provincial", "municipal",
  "port", "prison", "fire", "police", "party", "army", "navy", "court", "union", "company", "club", "team", "campaign",
  // Styles of a church's office ("Ecumenical Patriarch", "Grand Mufti", "Apostolic Nuncio"): no body of their own.
  "ecumenical", "apostolic", "grand",
];

/**
 * Lower-case organisation nouns that, after a country or a possessive, name an
 * actor: "Beijing's foreign ministry", "the Chinese regime", "Lukashenko's office".
 */
export const ORG_NOUNS: readonly string[] = [
  "foreign ministry", "defence ministry", "defense ministry", "trade ministry", "investment ministry", "finance ministry",
  "interior ministry", "ministry", "office", "government", "embassy", "regime", "cabinet", "presidency",
  "state media", "foreign office", "military", "secretariat", "commission", "council", "authority", "union",
  "company", "consortium", "club", "agency", "board", "campaign", "administration", "league", "trust", "federation",
  "association", "alliance", "firm", "operator", "group", "management",
  // Bodies and businesses that speak under a common noun ("the airline warned", "the central bank said").
  "central bank", "bank", "airline", "carrier", "regulator", "watchdog", "insurer", "lender", "utility", "broadcaster",
  "police", "opposition", "party", "court", "tribunal", "delegation",
  // Offices that issue readouts ("the presidential press service said", "the ministry's press office").
  "press service", "press office", "press secretariat",
];

/** Synonyms folded to one canonical organisation noun. */
export const ORG_NOUN_SYNONYMS: Readonly<Record<string, string>> = {
  "ministry of foreign affairs": "foreign ministry",
  "foreign affairs ministry": "foreign ministry",
  "ministry of defence": "defence ministry",
  "ministry of defense": "defence ministry",
  "defense ministry": "defence ministry",
  "ministry of trade": "trade ministry",
  "ministry of investment": "investment ministry",
  "ministry of finance": "finance ministry",
};

/**
 * Seats of power that stand for the office in them ("the White House said"):
 * organisations although no head noun says so. Lower case; source: common
 * metonyms of governments in news copy.
 */
export const INSTITUTION_NAMES: readonly string[] = [
  "white house", "downing street", "number 10", "no 10", "elysee", "élysée", "elysee palace", "élysée palace",
  "blue house", "zhongnanhai", "pentagon", "quai d'orsay", "state house", "malacañang", "malacanang",
  "palacio san martín", "palacio san martin", "casa rosada", "itamaraty", "planalto", "whitehall", "foggy bottom",
  "kremlin", "vatican", "holy see", "chancellery", "bundeskanzleramt", "kantei", "rashtrapati bhavan",
  "south block", "raisina hill", "union buildings", "aso rock", "state department", "home office", "foreign office",
  "government house", "presidential palace", "national palace", "prime minister's office",
];

/**
 * One-word short names of political parties, written capitalised and alone ("Labor said …", "the Tories
 * accused …"): the party as a body that speaks; before a title, the title-holder's party ("Labour MP Ana Lind":
 * MP, of Labour). Lower case. Each row with an example a test runs (test/lexicon/parties.test.ts).
 */
export const PARTY_NAMES: ReadonlyArray<{ name: string; example: string }> = [
  { name: "labor", example: "Labor said the minister had misled parliament." },
  { name: "labour", example: "Labour said the minister had misled parliament." },
  { name: "tories", example: "The Tories said the minister had misled parliament." },
  { name: "conservatives", example: "The Conservatives said the minister had misled parliament." },
  { name: "liberals", example: "The Liberals said the minister had misled parliament." },
  { name: "democrats", example: "Democrats said the minister had misled Congress." },
  { name: "republicans", example: "Republicans said the minister had misled Congress." },
  { name: "greens", example: "The Greens said the minister had misled parliament." },
  { name: "nationals", example: "The Nationals said the minister had misled parliament." },
];
const PARTY_SET = new Set(PARTY_NAMES.map((p) => p.name));
/** True for a party's one-word short name (PARTY_NAMES), any case. */
export const isPartyName = (w: string): boolean => PARTY_SET.has(w.toLowerCase());

/**
 * Plural nouns for the people a body is made of, closing its name: "Federated Growers", "United Steelworkers",
 * "Grain Growers". A capitalised name of two words or more that ends in one is an organisation, never a person
 * (source: the trades and members that unions and federations are named after).
 */
export const MEMBERS_AS_BODY: readonly string[] = [
  "farmers", "growers", "producers", "employers", "workers", "steelworkers", "dockworkers", "autoworkers", "teamsters",
  "teachers", "nurses", "doctors", "physicians", "pharmacists", "drivers", "pilots", "miners", "fishermen", "retailers",
  "manufacturers", "exporters", "importers", "builders", "engineers", "journalists", "lawyers", "veterans", "taxpayers",
];

