// "the <office> of <body or place>": one holder, named by the office until the article names them (OFFICES_OF).
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { OFFICES_OF } from "../../src/lexicon/titles";
import { parseArticle } from "../../src/parse/parse-article";

const read = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour talks\n\nMay 10, 2024\n\n${body}`));
  return {
    pairs: x.meetings.map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + ")),
    people: x.entities.filter((e) => e.type === "person").map((e) => e.name),
  };
};

describe("an office of a body or place, named later", () => {
  // Each row's example: the office-holder met is the person the next sentence names with that office.
  it.each(OFFICES_OF.map((o) => [o.office, o.example]))("%s: %s", (_office, example) => {
    const named = /(?:Anouk Verhelst|Edvar Lunn)/.exec(example.split(". ").slice(1).join(". "))![0];
    expect(read(example).pairs).toContain([named, "Tomas Reiker"].sort().join(" + "));
  });

  it.each([
    // The name stands right there: no office entity of its own.
    ["Tomas Reiker met the chief executive of Valdane Shipping, Anouk Verhelst, on Monday.", "Anouk Verhelst + Tomas Reiker"],
    ["Tomas Reiker met the President of Ghana Edvar Lunn on Monday.", "Edvar Lunn + Tomas Reiker"],
    // Named before the office phrase.
    ["Valdane chief executive Anouk Verhelst flew in on Sunday. Tomas Reiker met the chief executive of Valdane Shipping on Monday.", "Anouk Verhelst + Tomas Reiker"],
    // An appositive of the name before it, bracketed or with "also": that person's role, no office entity.
    ["Tomas Reiker met Anouk Verhelst (also the chief executive of Valdane Shipping) on Monday.", "Anouk Verhelst + Tomas Reiker"],
    ["Tomas Reiker met Anouk Verhelst, the head of the Valdane Port Authority, on Monday.", "Anouk Verhelst + Tomas Reiker"],
    // The office of what a possessive heads, named there.
    ["Tomas Reiker met the head of the Valdane Port Authority's Lisbon office, Anouk Verhelst, on Monday.", "Anouk Verhelst + Tomas Reiker"],
    // Nobody named with the office: the office-holder is the party.
    ["Tomas Reiker met the mayor of Lisbon on Monday.", "Tomas Reiker + mayor of Lisbon"],
  ])("%s", (body, pair) => {
    const r = read(body);
    expect(r.pairs).toContain(pair);
    expect(r.people.filter((p) => / of /.test(p) && !pair.includes(p))).toEqual([]);
  });

  it.each([
    // Another body's chief executive is not the one met.
    ["Tomas Reiker met the chief executive of Valdane Shipping on Monday. Orlen Bank chief executive Anouk Verhelst was not there.", "Anouk Verhelst + Tomas Reiker"],
    // An office that is not one holder's ("a director of"), a lower-case body, an unknown word after "of".
    ["Tomas Reiker met a director of Valdane Shipping on Monday. Director Anouk Verhelst said talks went well.", "Anouk Verhelst + Tomas Reiker"],
    ["Tomas Reiker met the president of the company on Monday. President Edvar Lunn said talks went well.", "Edvar Lunn + Tomas Reiker"],
  ])("%s: not %s", (body, pair) => {
    expect(read(body).pairs).not.toContain(pair);
  });
});
