// A party's one-word short name: the party as a body that speaks, and the party of a member's title.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { PARTY_NAMES } from "../../src/lexicon/organisations";
import { parseArticle } from "../../src/parse/parse-article";

const read = (body: string) => {
  const x = extractFacts(parseArticle(`Party row\n\nMay 10, 2024\n\n${body}`));
  return {
    speakers: x.statements.map((s) => x.entities[s.speaker]!),
    entity: (name: string) => x.entities.find((e) => e.name === name),
  };
};

describe("party short names", () => {
  it.each(PARTY_NAMES.map((p) => [p.name, p.example]))("%s: %s", (name, example) => {
    const [speaker] = read(example).speakers;
    expect(speaker).toMatchObject({ type: "organization" });
    expect(speaker!.name.toLowerCase()).toBe(name);
  });

  it.each([
    ["Labour MP Ana Kessie said the port would reopen.", "Ana Kessie", { role: "mp", affiliation: "Labour" }],
    ["Labor senator Tomas Reiker said the port would reopen.", "Tomas Reiker", { role: "senator", affiliation: "Labor" }],
    // Must not: a portfolio is no party ("Labour Minister" is the minister for labour).
    ["Education and Labour Minister Ana Kessie said the port would reopen.", "Ana Kessie", { affiliation: null }],
  ])("%s", (text, name, fields) => expect(read(text).entity(name)).toMatchObject(fields));

  it.each([
    // Must not: counted members are people ("the two Democrats" are the two named before), a word in a phrase.
    ["Governor Ana Kessie met Mayor Tomas Reiker on Monday. The two Democrats said the plan was fair.", ["Ana Kessie", "Tomas Reiker"]],
    ["Labor costs rose sharply, Tomas Reiker said.", ["Tomas Reiker"]],
  ])("%s", (text, speakers) => expect(read(text).speakers.map((e) => e.name).sort()).toEqual(speakers));
});
