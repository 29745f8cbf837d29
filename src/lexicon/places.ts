import { GENERATED_COUNTRIES, GENERATED_OFFICIAL_NAMES } from "./countries.generated";

/**
 * Countries with their nationality adjectives and capitals, and other major
 * cities with their country. A small gazetteer shipped as data: places are
 * never people, capitals stand for governments, adjectives map to countries.
 * [country, adjectives, capital, other cities]
 */
const COUNTRIES: ReadonlyArray<[string, string[], string, string[]]> = [
  ["China", ["Chinese"], "Beijing", ["Shanghai", "Hong Kong", "Shenzhen", "Guangzhou"]],
  ["Russia", ["Russian"], "Moscow", ["St. Petersburg", "Rostov-on-Don"]],
  ["United States", ["American", "U.S.", "US"], "Washington", ["New York", "Houston", "Los Angeles", "Chicago", "Corpus Christi", "San Francisco", "Miami"]],
  ["United Kingdom", ["British", "U.K.", "UK"], "London", ["Manchester", "Edinburgh", "Hull"]],
  ["France", ["French"], "Paris", ["Marseille", "Lyon"]],
  ["Germany", ["German"], "Berlin", ["Bonn", "Munich", "Frankfurt", "Hamburg"]],
  ["Belarus", ["Belarusian"], "Minsk", []],
  ["Ukraine", ["Ukrainian"], "Kyiv", ["Kiev", "Odesa", "Kharkiv"]],
  ["Japan", ["Japanese"], "Tokyo", ["Osaka", "Kyoto"]],
  ["South Korea", ["South Korean", "Korean"], "Seoul", ["Busan"]],
  ["North Korea", ["North Korean"], "Pyongyang", []],
  ["India", ["Indian"], "New Delhi", ["Mumbai", "Delhi", "Bengaluru"]],
  ["Pakistan", ["Pakistani"], "Islamabad", ["Karachi", "Lahore"]],
  ["Indonesia", ["Indonesian"], "Jakarta", ["Surabaya"]],
  ["Philippines", ["Philippine", "Filipino"], "Manila", []],
  ["Vietnam", ["Vietnamese"], "Hanoi", ["Ho Chi Minh City"]],
  ["Laos", ["Lao", "Laotian"], "Vientiane", []],
  ["Thailand", ["Thai"], "Bangkok", []],
  ["Cambodia", ["Cambodian"], "Phnom Penh", []],
  ["Malaysia", ["Malaysian"], "Kuala Lumpur", []],
  ["Singapore", ["Singaporean"], "Singapore", []],
  ["Australia", ["Australian"], "Canberra", ["Sydney", "Melbourne"]],
  ["New Zealand", ["New Zealand"], "Wellington", ["Auckland"]],
  ["Canada", ["Canadian"], "Ottawa", ["Toronto", "Montreal", "Vancouver"]],
  ["Mexico", ["Mexican"], "Mexico City", ["Tapachula", "Monterrey", "Guadalajara"]],
  ["Guatemala", ["Guatemalan"], "Guatemala City", ["Cobán"]],
  ["Brazil", ["Brazilian"], "Brasília", ["São Paulo", "Rio de Janeiro"]],
  ["Argentina", ["Argentine", "Argentinian"], "Buenos Aires", []],
  ["Kenya", ["Kenyan"], "Nairobi", ["Mombasa"]],
  ["Sudan", ["Sudanese"], "Khartoum", ["Port Sudan"]],
  ["Egypt", ["Egyptian"], "Cairo", ["Alexandria"]],
  ["Ethiopia", ["Ethiopian"], "Addis Ababa", []],
  ["Nigeria", ["Nigerian"], "Abuja", ["Lagos"]],
  ["South Africa", ["South African"], "Pretoria", ["Johannesburg", "Cape Town"]],
  ["Qatar", ["Qatari"], "Doha", []],
  ["Saudi Arabia", ["Saudi"], "Riyadh", ["Jeddah"]],
  ["United Arab Emirates", ["Emirati", "UAE"], "Abu Dhabi", ["Dubai"]],
  ["Iran", ["Iranian"], "Tehran", []],
  ["Iraq", ["Iraqi"], "Baghdad", []],
  ["Israel", ["Israeli"], "Jerusalem", ["Tel Aviv"]],
  ["Turkey", ["Turkish"], "Ankara", ["Istanbul"]],
  ["Italy", ["Italian"], "Rome", ["Milan"]],
  ["Spain", ["Spanish"], "Madrid", ["Barcelona"]],
  ["Portugal", ["Portuguese"], "Lisbon", ["Porto"]],
  ["Netherlands", ["Dutch"], "Amsterdam", ["The Hague", "Rotterdam", "Groningen"]],
  ["Belgium", ["Belgian"], "Brussels", ["Antwerp"]],
  ["Switzerland", ["Swiss"], "Bern", ["Geneva", "Zurich"]],
  ["Sweden", ["Swedish"], "Stockholm", []],
  ["Norway", ["Norwegian"], "Oslo", []],
  ["Denmark", ["Danish"], "Copenhagen", []],
  ["Finland", ["Finnish"], "Helsinki", []],
  ["Poland", ["Polish"], "Warsaw", []],
  ["Serbia", ["Serbian"], "Belgrade", []],
  ["Kosovo", ["Kosovar", "Kosovo"], "Pristina", []],
  ["Austria", ["Austrian"], "Vienna", []],
  ["Greece", ["Greek"], "Athens", []],
  ["Ireland", ["Irish"], "Dublin", []],
  ["Hungary", ["Hungarian"], "Budapest", []],
  ["Czech Republic", ["Czech"], "Prague", []],
  ["Romania", ["Romanian"], "Bucharest", []],
  ["Bulgaria", ["Bulgarian"], "Sofia", []],
  ["Venezuela", ["Venezuelan"], "Caracas", []],
  ["Colombia", ["Colombian"], "Bogotá", []],
  ["Chile", ["Chilean"], "Santiago", []],
  ["Peru", ["Peruvian"], "Lima", []],
  ["Cuba", ["Cuban"], "Havana", []],
  ["Afghanistan", ["Afghan"], "Kabul", []],
  ["Syria", ["Syrian"], "Damascus", []],
  ["Lebanon", ["Lebanese"], "Beirut", []],
  ["Jordan", ["Jordanian"], "Amman", []],
  ["Taiwan", ["Taiwanese"], "Taipei", []],
  ["Bangladesh", ["Bangladeshi"], "Dhaka", []],
  ["Sri Lanka", ["Sri Lankan"], "Colombo", []],
  ["Myanmar", ["Myanmar", "Burmese"], "Naypyidaw", ["Yangon"]],
  ["Kazakhstan", ["Kazakh"], "Astana", ["Almaty"]],
  ["Morocco", ["Moroccan"], "Rabat", ["Casablanca"]],
  ["Algeria", ["Algerian"], "Algiers", []],
  ["Ghana", ["Ghanaian"], "Accra", []],
  ["European Union", ["European", "E.U.", "EU"], "Brussels", []],
];

/** Regions and continents: places, never people, and no country of their own. */
const REGIONS: readonly string[] = [
  "Asia", "East Asia", "Southeast Asia", "South Asia", "Central Asia", "Europe", "Eastern Europe", "Western Europe",
  "Africa", "East Africa", "West Africa", "North Africa", "Southern Africa", "Horn of Africa", "Sahel", "Middle East",
  "Latin America", "South America", "North America", "Central America", "Americas", "Caribbean", "Balkans", "Caucasus",
  "Gulf", "Pacific", "Atlantic", "Arctic", "Antarctica", "Mekong", "Scandinavia", "Oceania",
];

/** Nations inside a country, named in the news as often as countries: [name, country]. Places, never people. */
const NATIONS_WITHIN: ReadonlyArray<readonly [string, string]> = [
  ["England", "United Kingdom"], ["Scotland", "United Kingdom"], ["Wales", "United Kingdom"], ["Northern Ireland", "United Kingdom"],
];

/** Adjectives of regions and continents ("Southeast Asian nations", "African leaders"): never a name's word. */
export const REGION_ADJECTIVES: readonly string[] = [
  "asian", "african", "european", "arab", "american", "latin", "nordic", "baltic", "balkan", "caribbean", "pacific",
  "scandinavian", "eastern", "western", "southeast", "middle", "gulf", "sub-saharan", "transatlantic", "caucasian",
];
const REGION_ADJECTIVE_SET = new Set(REGION_ADJECTIVES);
/** True for a region's adjective, any case: "Asian", "Nordic". */
export const isRegionAdjective = (w: string): boolean => REGION_ADJECTIVE_SET.has(w.toLowerCase());

/**
 * Words that open the name of a geographic feature or district before a place name ("Mount Kenya", "Greater
 * Asia", "Lake Victoria"): such a run is a place, never a company's branch ("Corvane Asia"; see names.ts).
 */
export const PLACE_FEATURE_WORDS: readonly string[] = [
  "mount", "mt", "lake", "river", "cape", "port", "gulf", "bay", "saint", "st", "san", "santa", "upper", "lower", "greater",
  "inner", "outer", "metro", "metropolitan", "coastal", "rural", "great", "little", "old", "new", "rest", "mainland", "island",
  "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "northeast", "northwest",
  "southeast", "southwest", "all", "across", "in", "from", "to", "of", "and",
];
const PLACE_FEATURE_SET = new Set(PLACE_FEATURE_WORDS);
/** Whether `w` (any case) opens a feature's or district's name before a place (PLACE_FEATURE_WORDS). */
export const isPlaceFeatureWord = (w: string): boolean => PLACE_FEATURE_SET.has(w.toLowerCase());

export interface Place {
  name: string;
  country: string;
  kind: "country" | "capital" | "city" | "region";
}

const places = new Map<string, Place>();
const adjectives = new Map<string, string>();
const capitals = new Map<string, string>();
// The rest of the world from the maintained package (scripts/gen-gazetteer.ts); the hand table above wins.
const handled = new Set(COUNTRIES.map(([c]) => c));
const ALL_COUNTRIES: ReadonlyArray<readonly [string, readonly string[], string, readonly string[]]> = [
  ...COUNTRIES,
  ...GENERATED_COUNTRIES.filter(([c]) => !handled.has(c)).map(([c, adjs, capital]) => [c, adjs, capital, []] as const),
];
for (const [country, adjs, capital, cities] of ALL_COUNTRIES) {
  places.set(country.toLowerCase(), { name: country, country, kind: "country" });
  if (capital && !places.has(capital.toLowerCase())) places.set(capital.toLowerCase(), { name: capital, country, kind: "capital" });
  if (capital) capitals.set(capital.toLowerCase(), country);
  for (const c of cities) places.set(c.toLowerCase(), { name: c, country, kind: "city" });
  for (const a of adjs) if (!adjectives.has(a.toLowerCase())) adjectives.set(a.toLowerCase(), country);
}
// Adjectives the package leaves out, made the regular way from the country's name ("Djibouti" → "Djiboutian",
// "Ecuador" → "Ecuadorian", "Suriname" → "Surinamese"); a form a table gives is never replaced.
for (const [country] of ALL_COUNTRIES) {
  const c = country.toLowerCase();
  if (/\s/.test(c)) continue;
  const stem = c.replace(/[aey]$/, "");
  for (const a of [`${c}n`, `${c}an`, `${c}ian`, `${stem}ian`, `${stem}ese`, `${c}i`]) if (!adjectives.has(a) && !places.has(a)) adjectives.set(a, country);
}
// Demonyms not made so: "Nepali", "Uzbek", "Kyrgyz", "Tajik", "Timorese".
for (const [a, country] of [["nepali", "Nepal"], ["uzbek", "Uzbekistan"], ["kyrgyz", "Kyrgyzstan"], ["tajik", "Tajikistan"], ["timorese", "Timor-Leste"], ["maldivian", "Maldives"]] as const) {
  if (!adjectives.has(a) && places.get(country.toLowerCase())) adjectives.set(a, places.get(country.toLowerCase())!.name);
}
// "the Russian Federation", "the Republic of Korea": a country's official name is that country.
for (const [official, common] of GENERATED_OFFICIAL_NAMES) {
  const place = places.get(common.toLowerCase());
  if (place && !places.has(official.toLowerCase())) places.set(official.toLowerCase(), place);
}
for (const [alias, name] of [["the hague", "The Hague"], ["korea", "South Korea"], ["britain", "United Kingdom"], ["america", "United States"], ["u.s.", "United States"], ["uk", "United Kingdom"], ["u.k.", "United Kingdom"], ["usa", "United States"], ["uae", "United Arab Emirates"]] as const) {
  // (Short forms in capitals: "UK", "U.S.", "UAE".)
  places.set(alias, { ...places.get(name.toLowerCase())!, name: name === "The Hague" ? "The Hague" : /^[a-z.]{2,5}$/.test(alias) && !/^[a-z]{4,}$/.test(alias) ? alias.toUpperCase() : alias.replace(/\b\w/g, (c) => c.toUpperCase()) });
}

for (const r of REGIONS) if (!places.has(r.toLowerCase())) places.set(r.toLowerCase(), { name: r, country: "", kind: "region" });
for (const [r, country] of NATIONS_WITHIN) if (!places.has(r.toLowerCase())) places.set(r.toLowerCase(), { name: r, country, kind: "region" });
// "St Vincent and the Grenadines", "St. Lucia": "Saint" shortened.
for (const [k, p] of [...places]) if (k.startsWith("saint ")) for (const short of ["st ", "st. "]) if (!places.has(short + k.slice(6))) places.set(short + k.slice(6), p);

/** Places whose name has "and" inside ("trinidad and tobago"), as lower-case word lists: a name run reads on through them. */
export const PLACES_WITH_AND: readonly (readonly string[])[] = [...places.keys()].filter((k) => / and /.test(k)).map((k) => k.split(" "));

/** Places by their name without accents ("brasilia" → Brasília), for names written without them. */
const foldAccents = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const folded = new Map<string, Place>();
for (const [k, p] of places) if (/[^\x00-\x7f]/.test(k) && !places.has(foldAccents(k))) folded.set(foldAccents(k), p);

/**
 * A known place by name, case-insensitive; a name written without its accents ("Bogota", "Asuncion") is found too,
 * named as the article writes it (a country keeps its own name).
 */
export const lookupPlace = (name: string): Place | undefined => {
  const key = name.toLowerCase();
  const exact = places.get(key);
  if (exact) return exact;
  // (Keys of `folded` have no accents: a name with some finds nothing there.)
  const p = folded.get(key);
  return p && (p.kind === "country" ? p : { ...p, name });
};
// First words of the places named in several words ("sri" of "Sri Lanka"): a longer run is looked up only when it opens so.
const MULTIWORD_OPENERS: ReadonlySet<string> = new Set([...places.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]!));
/** True when some place's name of two or more words starts with the word `w` (any case): "Sri", "New". */
export const opensMultiwordPlace = (w: string): boolean => MULTIWORD_OPENERS.has(w.toLowerCase());
/** Country of a nationality adjective ("Belarusian" → "Belarus"). */
export const countryOfAdjective = (adj: string): string | undefined => adjectives.get(adj.toLowerCase());
/** "Kenyans", "South Africans", "Filipinos", "Asians": the people of a country or region, as a plural (any case). */
export const isPluralDemonym = (w: string): boolean => /s$/i.test(w) && (!!countryOfAdjective(w.slice(0, -1)) || isRegionAdjective(w.slice(0, -1)));
/** Country a capital stands for ("Beijing" → "China"). */
export const countryOfCapital = (name: string): string | undefined => capitals.get(name.toLowerCase());
/** Adjective of a country ("China" → "Chinese"). */
export function adjectiveOf(country: string): string | undefined {
  const row = ALL_COUNTRIES.find(([c]) => c === country);
  return row?.[1][0];
}

/**
 * Nouns whose "in X" names what was talked about, not where anyone met: "discussed the situation in Ukraine",
 * "reviewed investment in Kenya" (a meeting's place is never read after them; tested in test/extract/meeting-phrasings.test.ts).
 */
export const TOPIC_NOUNS_BEFORE_IN: readonly string[] = [
  "situation", "crisis", "conflict", "war", "fighting", "violence", "unrest", "tensions", "tension", "developments", "development",
  "peace", "stability", "security", "elections", "election", "investment", "investments", "projects", "project", "operations",
  "presence", "interests", "events", "cooperation", "trade", "reforms", "progress", "growth", "humanitarian", "refugees", "crackdown",
  "plans", "plan", "ventures", "venture", "expansion", "opportunities", "opportunity", "business", "infrastructure",
];

/**
 * Seats of government and other landmarks that stand for their city when a
 * meeting is held "at" them ("met at the Kremlin" → Moscow). Only used for
 * meeting places: "the Kremlin said" is still an organisation speaking.
 */
export const LANDMARKS: Readonly<Record<string, string>> = {
  "White House": "Washington", "Capitol Hill": "Washington", "Pentagon": "Washington", "Oval Office": "Washington",
  "Kremlin": "Moscow", "Élysée Palace": "Paris", "Elysee Palace": "Paris", "Élysée": "Paris", "Elysee": "Paris",
  "Quai d'Orsay": "Paris", "Matignon": "Paris", "Downing Street": "London", "Number 10": "London", "Whitehall": "London",
  "Zhongnanhai": "Beijing", "Great Hall of the People": "Beijing", "Diaoyutai State Guesthouse": "Beijing",
  "Chancellery": "Berlin", "Bundestag": "Berlin", "Blue House": "Seoul", "Yongsan": "Seoul", "Kantei": "Tokyo",
  "Berlaymont": "Brussels", "Palais des Nations": "Geneva", "Rashtrapati Bhavan": "New Delhi", "Hyderabad House": "New Delhi",
  "Aso Rock": "Abuja", "Union Buildings": "Pretoria", "Planalto Palace": "Brasília", "Casa Rosada": "Buenos Aires",
  "Los Pinos": "Mexico City", "Palacio Nacional": "Mexico City", "Malacanang Palace": "Manila", "Malacañang Palace": "Manila",
  "Istana": "Singapore", "Merdeka Palace": "Jakarta", "Amiri Diwan": "Doha", "Al-Yamamah Palace": "Riyadh",
};

/** A country's capital as the gazetteer names it ("Peru" → "Lima"), or undefined. */
export function capitalOf(country: string): string | undefined {
  for (const [capital, c] of capitals) if (c === country) return lookupPlace(capital)?.name;
  return undefined;
}

/** Where a government sits when that is not the capital of the table above. */
const SEATS_OF_GOVERNMENT: Readonly<Record<string, string>> = { Netherlands: "The Hague", Bolivia: "La Paz", "Côte d'Ivoire": "Abidjan", Benin: "Cotonou" };

/** The city a country's ministers receive visitors in ("hosted him at her ministry"). */
export function seatOfGovernment(country: string): string | undefined {
  return SEATS_OF_GOVERNMENT[country] ?? capitalOf(country);
}
