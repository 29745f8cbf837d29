/**
 * Capitalised words that start sentences or clauses but never start a name
 * ("Prior to the talks", "While the rebellion"). Lower case.
 */
export const NON_NAME_WORDS: readonly string[] = [
  "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and", "or", "but", "as", "after",
  "before", "while", "when", "where", "what", "who", "why", "how", "prior", "during", "since", "until", "although",
  "whenever", "wherever", "whereas", "unless", "once",
  "though", "because", "if", "it", "its", "his", "her", "their", "they", "he", "she", "we", "i", "you", "this",
  "that", "these", "those", "there", "here", "also", "both", "each", "all", "some", "many", "most", "several",
  "last", "next", "this", "earlier", "later", "then", "now", "today", "yesterday", "tomorrow", "under", "over",
  "about", "against", "between", "among", "through", "despite", "without", "within", "members", "fighters",
  "talks", "photo", "caption", "reporting", "editing", "writing", "additional", "updated", "published", "read",
  "share", "advertisement", "asked", "speaking", "according", "meanwhile", "however", "still", "yet", "not",
  "no", "yes", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second",
  "third", "new", "former", "western", "eastern", "northern", "southern", "central", "state", "investors",
  "neither", "either", "whatever", "our", "my", "your", "once", "even", "only", "just", "such", "other", "another",
  "people", "officials", "negotiators", "ministers", "leaders", "analysts", "diplomats", "supporters",
  "upon", "newly", "so", "amid", "following", "ahead", "besides", "regarding", "whereas", "unlike", "like", "toward",
  "towards", "across", "beyond", "throughout", "via", "plus", "except", "recently", "currently", "previously",
  "shares", "police", "soldiers", "rivers", "ice", "buses", "workers", "dockworkers", "residents", "riders",
  // prepositions that open a sentence before a name ("Alongside Lula were …")
  "alongside", "along", "around", "behind", "beside", "outside", "inside", "near",
  // auxiliaries opening a question ("Does GM's chief …?")
  "does", "did", "do", "is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "had",
];

/**
 * Words that make a capitalised run a place, event, document or group rather
 * than a person ("Southern Military District", "World Cup", "FIFA Women's").
 */
export const NOT_PERSON_WORDS: readonly string[] = [
  "district", "region", "province", "state", "republic", "territory", "territories", "county", "prefecture", "oblast", "governorate", "city", "island", "islands", "sea", "ocean", "river", "avenue", "street",
  "road", "square", "ground", "terminal", "hall", "house", "palace", "diwan", "hill", "cup", "summit", "forum",
  "conference", "games", "championship", "war", "day", "week", "strait", "gulf", "coast", "bay", "valley", "port",
  "airport", "station", "stadium", "tower", "building", "headquarters", "base", "hotel", "plant", "site",
  "channel", "peninsula", "mountains", "desert", "canal", "dam", "zone", "agreement", "accord", "treaty", "act",
  "protocol", "memorandum", "declaration", "communique", "communiqué", "charter",
  "plan", "initiative", "framework", "corridor", "project", "policy", "index", "report", "league", "series", "women", "men", "people", "children", "youth",
  "basin", "fleet", "market", "markets", "deal", "data", "power", "bid", "room", "lounge", "residence",
  // places of worship and monuments ("the Basilica of Guadalupe", "Westminster Abbey")
  // ("Bath Abbey"; "Leeds Minster" is read as the title "Minster", a common misspelling of "Minister": lexicon/titles.ts)
  "basilica", "cathedral", "mosque", "shrine", "monastery", "monument", "museum", "abbey", "chapel", "synagogue", "pagoda",
  // documents handed over ("the Letters of Credence", "Credentials")
  "letters", "letter", "introduction", "recall", "credence", "credentials", "sector", "disease", "virus",
  // residences and venues ("the Presidential Villa", "the Home of FIFA")
  "villa", "lodge", "mansion", "home", "casa", "palacio", "palais", "istana",
  "hotel", "arena", "gardens", "convention", "congress", "festival", "expo", "olympics", "election", "elections", "mosque", "temple", "cathedral",
  // followers of a faith and counts of people ("Muslims and Christians", "Thousands of Filipinos")
  "muslims", "christians", "hindus", "buddhists", "jews", "sikhs", "catholics", "protestants", "thousands", "hundreds", "dozens", "millions", "scores",
  // gatherings named with a title word before them ("the Spring General Meeting", "the Annual General Assembly")
  "meeting", "meetings", "session", "retreat", "symposium", "workshop", "seminar", "rally",
  // works built ("the New Fjord Bridge", "the Bergen Flyover", "the Coastal Highway")
  "bridge", "flyover", "highway", "motorway", "expressway", "tunnel", "pipeline",
  // shows and fairs ("the 91st Agriculture and Commercial Show", "the Trade Fair", "the Motor Exhibition")
  "show", "fair", "exhibition", "trade-fair", "carnival", "awards", "gala", "parade", "marathon", "tournament",
];

const NON_NAME_SET: ReadonlySet<string> = new Set(NON_NAME_WORDS);
/** True for a word of NON_NAME_WORDS, any case ("The", "However"). */
export const isNonNameWord = (w: string): boolean => NON_NAME_SET.has(w.toLowerCase());
