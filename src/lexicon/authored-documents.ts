/**
 * Headlines that say the text below is one person's own words: a statement, remarks, a message or a letter
 * "by"/"of"/"from" a named person, as government and party press offices title them. In such a text "I" and
 * "we" outside quotes are that person speaking (extract/authored.ts). Each record: id, the headline pattern
 * (group 1 is the phrase naming the author, title and all), why, and an example a test runs
 * (test/extract/authored.test.ts).
 */
export interface AuthoredDocument {
  id: string;
  /** Where the cue stands: the headline, or a line of the body that introduces the words below it. */
  where: "headline" | "body";
  re: RegExp;
  reason: string;
  example: string;
}

/** What ends the author's phrase in a headline: "on", "following", "after", a colon or a dash. */
const AUTHOR_END = String.raw`(?=\s+(?:on|following|after|at|to|regarding|about|upon|in|for|ahead|before|marking)\b|\s*[:–—|]|\s+-\s|$)`;

export const AUTHORED_DOCUMENTS: readonly AuthoredDocument[] = [
  {
    id: "statement-by", where: "headline",
    re: new RegExp(String.raw`^(?:(?:Joint|Official|Press)\s+)?(?:Statement|Remarks|Message|Letter|Op-?ed|Address|Speech|Opening remarks|Closing remarks|Reflections)\s+(?:by|of|from)\s+(.{3,90}?)${AUTHOR_END}`, "u"),
    reason: "Press offices title a principal's own words \"Statement by …\"; the body is then in that person's first person.",
    example: "Statement by President Ines Moreau following her meeting with Chancellor Jonas Berg",
  },
  {
    id: "author-statement", where: "headline",
    re: new RegExp(String.raw`^((?:\p{Lu}[\p{L}.’'-]*\s+){1,6}?)(?:statement|remarks|message)${AUTHOR_END}`, "u"),
    reason: "\"Prime Minister Lena Ostrova's statement on …\" and \"President Moreau remarks at …\" put the author first.",
    example: "Prime Minister Lena Ostrova's statement on the flood relief",
  },
  {
    id: "here-is-the-statement", where: "body",
    re: new RegExp(String.raw`\b(?:here is|below is|following is|read|find below|this is)\s+(?:the\s+|a\s+)?(?:full\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:statement|remarks|message|letter|speech)\s+(?:(?:issued|released|signed|posted|delivered|made|sent)\s+)?by\s+(.{3,90}?)${AUTHOR_END.replace("$", "$|[.:]")}`, "iu"),
    reason: "Papers introduce a principal's statement printed in full: \"Here is the statement issued by X after the meeting\"; the words below are X's.",
    example: "Here is the statement issued by Lena Ostrova, the foreign minister, after the meeting",
  },
];
