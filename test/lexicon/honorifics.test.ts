// Every regional honorific's example gives one person named without the honorific, met by "the board" (no person).
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { REGIONAL_HONORIFICS, STYLE_REFERENTS } from "../../src/lexicon/titles";
import { parseArticle } from "../../src/parse/parse-article";

const people = (body: string) => {
  const x = extractFacts(parseArticle(`Board news\n\nMay 10, 2024\n\n${body}`));
  return x.entities.filter((e) => e.type === "person").map((e) => e.name);
};

describe("regional honorifics", () => {
  it.each(REGIONAL_HONORIFICS.map((h) => [h.id, h.example]))("%s: %s", (id, example) => {
    const names = people(example);
    expect(names).toHaveLength(1);
    expect(names[0]!.toLowerCase().split(/\s+/)).not.toContain(id);
    expect(names[0]!.split(/\s+/).length).toBeGreaterThanOrEqual(2);
  });
  it.each([
    // A titled person after a role and an honorific: the role's person, not a person called "Engr".
    ["The Minister of Mines, Engr. Tolu Adewale-Coker, said the quarry would reopen.", "Tolu Adewale-Coker"],
    ["Ministers met Sri Lanka's envoy, Dilani Weerakoon-Perera, on Friday.", "Dilani Weerakoon-Perera"],
  ])("%s", (sentence, name) => {
    expect(people(sentence)).toEqual([name]);
  });
  it.each([
    // Must not: the same words as places or plain names.
    ["The ferry to Sri Lanka left on Monday, Ivo Brandt said.", ["Ivo Brandt"]],
    ["Sri Lankan Deputy Minister Ivo Brandt said the ferry would sail on Monday.", ["Ivo Brandt"]],
    ["Indian and Sri Lankan port officials said the ferry would sail on Monday, Ivo Brandt said.", ["Ivo Brandt"]],
  ])("no honorific here: %s", (sentence, names) => {
    expect(people(sentence)).toEqual(names);
  });
});

describe("a style of address standing alone for the one who bears it", () => {
  const speakers = (body: string) => {
    const x = extractFacts(parseArticle(`Board news\n\nMay 10, 2024\n\n${body}`));
    return x.statements.map((st) => x.entities[st.speaker]!.name);
  };
  it.each(STYLE_REFERENTS.map((r) => [r.id, r.example]))("%s: %s", (_id, example) => {
    expect(speakers(example)).toEqual(["Omar Vidal"]);
  });
  it.each([
    // Must not: two people hold such a title; the style before a title or a name is part of that phrase.
    ["Emir Omar Vidal met Emir Ivo Brandt. His Highness stressed the ties between the two countries.", []],
    ["King Omar Vidal received the envoy. His Majesty King Ivo Brandt stressed the ties between the two countries.", ["Ivo Brandt"]],
  ])("%s", (body, expected) => expect(speakers(body)).toEqual(expected));
});
