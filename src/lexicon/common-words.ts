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
];

/** Endings of inflected verbs, adverbs and abstract nouns ("discussed", "meeting", "strongly", "security"). */
export const LOWER_SUFFIXES = /(?:ed|ing|ly|tion|tions|sion|ment|ments|ity|ness|ies|ous|ive|able|ful|ance|ence)$/;
