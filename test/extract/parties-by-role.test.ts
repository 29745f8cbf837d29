// Parties named by their office and country ("the finance ministers of A and B met") and a country told after the
// name ("Finance Minister X of Norway"), with sentences of our own and what must not be read so.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const read = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\n2024-05-10\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    held: x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map(name).sort().join(" + ")),
    entity: (n: string) => x.entities.find((e) => e.name === n),
  };
};

describe("the holders of an office in two countries, named earlier, as a meeting's parties", () => {
  it.each([
    ["Norwegian Finance Minister Ola Brenne flew to Lisbon. Portugal's finance minister, Rui Caldas, greeted reporters. The finance ministers of Norway and Portugal met on Tuesday.",
      "Ola Brenne + Rui Caldas"],
    ["Chilean President Ana Lind arrived on Monday with Peruvian President Ivo Brandt. The leaders of Chile and Peru held talks on fishing.",
      "Ana Lind + Ivo Brandt"],
    ["Kenyan Prime Minister Mira Holt and Ugandan Prime Minister Lena Park opened the fair. Later, the prime ministers of Kenya and Uganda met at the port.",
      "Lena Park + Mira Holt"],
  ])("%s", (body, pair) => {
    expect(read(body).held).toContainEqual(pair);
  });

  it.each([
    // Two holders from one country: which one met is not told.
    ["Norwegian Finance Minister Ola Brenne and Norwegian Finance Minister Kari Dahl spoke. Portuguese Finance Minister Rui Caldas listened. The finance ministers of Norway and Portugal met on Tuesday.",
      "Ola Brenne + Rui Caldas"],
    // The office differs from the one named.
    ["Norwegian Trade Minister Ola Brenne and Portuguese Finance Minister Rui Caldas spoke. The foreign ministers of Norway and Portugal met on Tuesday.",
      "Ola Brenne + Rui Caldas"],
  ])("%s names no pair", (body, pair) => {
    expect(read(body).held).not.toContainEqual(pair);
  });
});

describe("a country after a titled name is the title's", () => {
  it.each([
    ["Finance Minister Ola Brenne of Norway arrived.", "Ola Brenne", "Norway"],
    ["President Ana Lind of the United States spoke on Monday.", "Ana Lind", "United States"],
  ])("%s", (body, who, country) => {
    expect(read(body).entity(who)?.affiliation).toBe(country);
  });

  it.each([
    // A party, a city or a longer name is no country.
    ["Senator Kim Lund of the Green Party spoke.", "Kim Lund"],
    ["Minister Ana Dias of Porto Alegre spoke.", "Ana Dias"],
    ["Ambassador Ana Dias of Norway and Denmark spoke.", "Ana Dias"],
  ])("%s", (body, who) => {
    expect(read(body).entity(who)?.affiliation ?? null).toBeNull();
  });
});

describe("an office closing a longer title is no mention of its holder", () => {
  it("'Head of the Administration of the President of X, Name' is Name, not the President", () => {
    const r = read("President Ola Brenne received Rui Caldas on Monday. On the same day Rui Caldas met with Head of the Administration of the President of the Republic of Portugal Ana Lind.");
    expect(r.held).toContainEqual("Ana Lind + Rui Caldas");
  });
  it("the office alone still stands for its holder", () => {
    const r = read("President Ola Brenne spoke at the port on Monday. Rui Caldas met the President on Tuesday at the palace.");
    expect(r.held).toContainEqual("Ola Brenne + Rui Caldas");
  });
});
