// Glosses and editors' insertions in brackets, a role phrase set off before the speaker, a view told in the sentence
// before ("expressed this view"), and an envoy's posting "in" a country: sentences of our own, and what must not match.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const read = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\n2024-05-10\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    meetings: x.meetings.filter((m) => m.status === "held").map((m) => ({ pair: m.participants.map(name).sort().join(" + "), place: m.place })),
    statements: x.statements.map((s) => `${name(s.speaker)}: ${s.text}`),
  };
};

describe("a bracketed gloss or insertion between the verb and the one met", () => {
  it.each([
    ["Ambassador Ola Brenne called on the Municipal President (equivalent to mayor) of the City of Tarn, Rui Caldas, at his office.", "Ola Brenne + Rui Caldas"],
    ["Ambassador Ola Brenne held talks with [outgoing] Prime Minister Rui Caldas.", "Ola Brenne + Rui Caldas"],
  ])("%s", (body, pair) => {
    expect(read(body).meetings.map((m) => m.pair)).toContainEqual(pair);
  });

  it("a bracketed name is no gloss: the list still stops at the clause's end", () => {
    expect(read("Ambassador Ola Brenne met Governor Rui Caldas to discuss (Oslo) trade with Ana Lind.").meetings.map((m) => m.pair)).not.toContainEqual("Ana Lind + Ola Brenne + Rui Caldas");
  });
});

describe("what a speaker said, told in the sentence before", () => {
  it.each([
    ["A visit by the premier was a natural and positive move. Ambassador Ola Brenne expressed this view in talks with Rui Caldas.",
      "Ola Brenne: A visit by the premier was a natural and positive move."],
    ["Oslo, 7 May: The port deal is fair to both sides. Mayor Ana Lind reiterated this position on Friday.",
      "Ana Lind: The port deal is fair to both sides."],
  ])("%s", (body, said) => {
    expect(read(body).statements).toContainEqual(said);
  });

  it.each([
    // The sentence before attributes its words to someone else already.
    ["Harbour director Ana Lind said the port would reopen. Mayor Ola Brenne expressed this view too.", "Ola Brenne"],
    // A new paragraph starts a new topic.
    ["The port deal is fair to both sides.\n\nMayor Ana Lind reiterated this position on Friday.", "Ana Lind"],
  ])("%s gives no statement of the sentence before", (body, who) => {
    expect(read(body).statements.filter((s) => s.startsWith(`${who}:`))).toEqual([]);
  });
});

describe("a role phrase set off before the speaker is not what was said", () => {
  it("The UK ambassador in Norway, X, expressed …", () => {
    expect(read("The non-resident UK ambassador in Norway, Ola Brenne, expressed support for the talks.").statements).not.toContainEqual(expect.stringMatching(/^Ola Brenne: The non-resident/));
  });
  it("words before a trailing attribution still are", () => {
    expect(read("The port will reopen in June, the harbour master, Ola Brenne, said.").statements).toContainEqual(expect.stringMatching(/^Ola Brenne: The port will reopen in June/));
  });
});

describe("an envoy's posting is not where a meeting was", () => {
  it.each([
    ["The UK ambassador in Norway, Ola Brenne, held talks with Prime Minister Rui Caldas.", null],
    ["Ambassador Ola Brenne met Prime Minister Rui Caldas in Oslo.", "Oslo"],
  ])("%s", (body, place) => {
    expect(read(body).meetings[0]?.place ?? null).toBe(place);
  });
});
