/**
 * Frequent English words of news prose that are never names by themselves:
 * auxiliaries, frequent verbs and nouns, adverbs. Used to give ALL-CAPS text a
 * case-folded reading ("WE DISCUSSED BORDER SECURITY" → "We discussed border
 * security"). Lower case. Compiled by hand from frequent words of wire copy.
 */
export const COMMON_LOWER_WORDS: readonly string[] = [
  "be", "been", "being", "is", "are", "was", "were", "am", "has", "have", "had", "having", "do", "does", "did", "done",
  "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "so", "than", "too", "very",
  "more", "less", "much", "up", "down", "out", "off", "into", "onto", "upon", "via", "again", "away", "back",
  "met", "meet", "meets", "meeting", "talk", "talks", "held", "hold", "holds", "visit", "visited", "visits", "call",
  "called", "spoke", "speak", "speaks", "discuss", "discussed", "discusses", "agree", "agreed", "agrees", "sign",
  "signed", "plan", "plans", "deal", "deals", "day", "days", "week", "weeks", "month", "months", "year", "years",
  "time", "times", "country", "countries", "government", "border", "trade", "security", "talks", "issue", "issues",
  "said", "says", "say", "told", "tell", "asked", "ask", "went", "go", "goes", "came", "come", "comes", "took",
  "take", "takes", "made", "make", "makes", "gave", "give", "gives", "got", "get", "gets", "saw", "see", "sees",
  "new", "old", "good", "bad", "big", "small", "high", "low", "long", "short", "further", "details", "detail",
  "officials", "official", "people", "police", "forces", "troops", "war", "peace", "news", "report", "reports",
  "statement", "statements",
  // Frequent verbs, nouns and adjectives of news prose that are no names (words that are also given names or
  // surnames, such as "grant", "rose", "bill", "hope", "mark", "will" as a name, are left out on purpose).
  "run", "ran", "runs", "win", "won", "wins", "lose", "lost", "loses", "vote", "votes", "open", "opens", "close", "closes",
  "end", "ends", "start", "starts", "strike", "strikes", "struck", "cut", "cuts", "raise", "raises", "rise", "rises",
  "fall", "falls", "fell", "pay", "pays", "paid", "build", "built", "buy", "bought", "sell", "sold", "keep", "keeps",
  "kept", "leave", "leaves", "left", "stay", "stays", "stop", "stops", "send", "sent", "set", "put", "show", "shows",
  "need", "needs", "want", "wants", "help", "helps", "work", "works", "move", "moves", "return", "returns", "pass",
  "bring", "brings", "brought", "carry", "protect", "protects", "support", "supports", "oppose", "accept", "reject",
  "offer", "offers", "remain", "remains", "expect", "expects", "fund", "funds", "budget", "budgets", "tax", "taxes",
  "price", "prices", "rate", "rates", "job", "jobs", "workers", "coast", "city", "cities", "town", "towns", "people's",
  "school", "schools", "hospital", "hospitals", "water", "power", "energy", "oil", "gas", "food", "fuel", "bridge",
  "road", "roads", "rail", "ferry", "ferries", "bus", "buses", "flight", "flights", "market", "markets", "money",
  "cost", "costs", "crisis", "attack", "attacks", "election", "elections", "law", "laws", "case", "cases", "agreement",
  "accord", "summit", "trip", "tour", "region", "area", "areas", "still", "already", "just", "only", "even", "yet",
  "soon", "never", "ever", "always", "fair", "free", "full", "hard", "easy", "early", "late", "clear", "strong", "weak",
  "safe", "ready", "tight", "important", "possible", "major", "key", "main", "final", "first", "second", "third",
  "other", "same", "own", "whole", "best", "better", "worse", "worst", "enough", "together", "against", "between",
  "about", "around", "across", "without", "within", "behind", "ahead", "every", "any", "none", "nothing", "something",
  "everyone", "someone", "anyone", "our", "us", "them", "my", "me", "your", "him", "who", "which", "whose",
];

/** Endings of inflected verbs, adverbs and abstract nouns ("discussed", "meeting", "strongly", "security"). */
export const LOWER_SUFFIXES = /(?:ed|ing|ly|tion|tions|sion|ment|ments|ity|ness|ies|ous|ive|able|ful|ance|ence)$/;
