// Titles and appositions around a name: a lower-case title before a name written once, a phrase that opens with a
// preposition before a title or after a name, and a plural body a title is "of".
// Sentences of our own: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";
import { findNames } from "../../src/extract/names";

const facts = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    people: x.entities.filter((e) => e.type === "person").map((e) => `${e.name}: ${e.role ?? "-"}`),
    held: x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map(name).sort().join(" + ")),
  };
};

describe("a lower-case title before one word written once titles it", () => {
  it.each([
    ["Finance Minister Ana Lind met Norwegian envoy Tormundsen in Bergen on Monday.", "Ana Lind + Tormundsen"],
  ])("%s", (text, expected) => expect(facts(text).held.join(" | ")).toContain(expected));
  it("titles a name after a possessive and a lower-case title", () => {
    expect(facts("The delegation was received by the country's president Kasparo at the palace on Monday.").people).toContain("Kasparo: president");
  });

  it.each([
    // A weekday or a place after the title is no name.
    ["Ana Lind met the ambassador Monday in Bergen.", ["Ana Lind: -"]],
    ["Ana Lind briefed the minister Norway had sent.", ["Ana Lind: -"]],
  ])("must not: %s", (text, expected) => expect(facts(text).people).toEqual(expected));
});

describe("a phrase a preposition opens is no part of a title", () => {
  it("drops 'From' before a title that opens a release", () => {
    expect(facts("From Senator Ivo Brandt’s office:\n\nSenator Ivo Brandt met with the Kessmere ambassador Ana Lind today.").people).toContain("Ivo Brandt: senator");
  });
  it("must not: an apposition that says where is no role", () => {
    const { people } = facts("Harbour Master Ivo Brandt received the Kessmere envoy, Tormundsen, at the Governor’s office in Bergen on Monday. Tormundsen said trade was up. Tormundsen added that ties were good.");
    expect(people.find((p) => p.startsWith("Tormundsen"))).not.toMatch(/office/);
  });
});

describe("a plural word a title is 'of' is the body, not the title", () => {
  it.each([
    ["Speaker of the House of Representatives Ana Lind met Ivo Brandt on Monday.", "Ana Lind: speaker of the House of Representatives"],
    ["Chairman of the Board of Trustees Ana Lind met Ivo Brandt on Monday.", "Ana Lind: chairman of the board of Trustees"],
    // (A given name after the body's last word opens the name; with none, the run is all title.)
    ["Head of the Board of Trustees Ana Lind met Ivo Brandt on Monday.", "Ana Lind: head of the board of Trustees"],
  ])("%s", (text, expected) => expect(facts(text).people).toContain(expected));
  it("must not: a body's name with no given name after it is no person", () => {
    // (The unnamed holder of the title may stand as a party of its own, named by the title.)
    expect(facts("The Chairperson of the Board of Film Classification met Ivo Brandt on Monday.").people.filter((p) => !p.startsWith("Chairperson of"))).toEqual(["Ivo Brandt: -"]);
  });
  it("must not: a plural title before names still titles each", () => {
    expect(facts("Presidents Kasparo and Tormundsen met in Bergen on Monday.").people).toEqual(["Kasparo: president", "Tormundsen: president"]);
  });
});

describe("the words of an honorific's phrase are no part of the title before it", () => {
  it.each([
    ["Kessmere Premier Datuk Patinggi Tan Sri Aminah Rosli met Ivo Brandt in Bergen on Monday.", "Aminah Rosli: Kessmere premier"],
    // Must not: a title's own words before an honorific stay ("Prime Minister Dr. X").
    ["Prime Minister Dr. Ana Lind met Ivo Brandt in Bergen on Monday.", "Ana Lind: prime minister"],
  ])("%s", (text, expected) => expect(facts(text).people).toContain(expected));
});

describe("a speech verb's form after a possessive or an article is a noun", () => {
  const said = (body: string) => extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`)).statements.map((s) => s.text);
  it.each([
    "A video of Lind’s remarks can be found here.",
    "Her comments were posted online.",
    "The reports were denied by the port office.",
  ])("must not: %s", (text) => expect(said(`Senator Ana Lind met the envoy Ivo Brandt on Monday. ${text}`)).toEqual([]));
  it("must not: a past form after 's is 'has': \"Ivo Brandt's warned that …\"", () => {
    expect(said("Senator Ana Lind met the envoy Ivo Brandt on Monday. Ivo Brandt's warned that the port will close.")).toEqual(["the port will close."]);
  });
  it("must not: a number before a verb's past form ('The two said') makes no noun of it", () => {
    expect(said("Senator Ana Lind met the envoy Ivo Brandt on Monday. The two said the port would reopen.")).toEqual(["the port would reopen.", "the port would reopen."]);
  });
  it("still reads the verb after a name or a pronoun", () => {
    expect(said("Senator Ana Lind met the envoy Ivo Brandt on Monday. Lind remarks that the port is busy.")).toEqual(["the port is busy."]);
  });
});

describe("a capitalised word joined to '-speaking', '-occupied', '-controlled' is no name", () => {
  it.each([
    "He said a summit of Norse-speaking countries will be held on Friday.",
    "The Kessmere-occupied north and Kremlin-controlled media were discussed.",
  ])("must not: %s", (text) => expect(facts(`Ana Lind met Ivo Brandt in Bergen on Monday. ${text}`).people).toEqual(["Ana Lind: -", "Ivo Brandt: -"]));
});

describe("a title 'of' a country, and a country's two-word adjective, give the affiliation", () => {
  const speakers = (body: string) => { const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`)); return x.statements.map((s) => x.entities[s.speaker]!.name); };
  it.each([
    ["Mira Holt received Ambassador of the Republic of South Africa H.E. Mr. Tomas Vedder and Ambassador of the Republic of Chile Ivo Brandt on Monday. The incoming South African ambassador expressed his hope that the talks can restart.", "Tomas Vedder"],
    ["Mira Holt received South African Ambassador Tomas Vedder and Chilean Ambassador Ivo Brandt on Monday. The South African ambassador expressed his hope that the talks can restart.", "Tomas Vedder"],
    ["Mira Holt received South African Ambassador Tomas Vedder and Chilean Ambassador Ivo Brandt on Monday. The Chilean ambassador expressed his hope that the talks can restart.", "Ivo Brandt"],
  ])("%s", (text, speaker) => expect(speakers(text)).toEqual([speaker]));
  it("must not: an honorific after a country's name takes no word of it", () => {
    expect(facts("Mira Holt met Ambassador of the Republic of South Africa H.E. Mr. Tomas Vedder in Bergen on Monday.").people).toContain("Tomas Vedder: ambassador of the Republic of South Africa");
  });
});

describe("a town's name with a lower-case particle inside is that town", () => {
  it.each([
    ["He flew to Mar del Plata on Monday to meet Ana Lind.", ["Mar del Plata"]],
    ["Rio de Janeiro hosted the talks.", ["Rio de Janeiro"]],
  ])("%s", (text, places) => expect(findNames(text).filter((r) => r.kind === "place").map((r) => r.name)).toEqual(places));
  it("must not: a person's name with a particle stays a person", () => {
    expect(findNames("He met Ana von der Lind and Ivo de Brandtos.").map((r) => r.kind)).toEqual(["person", "person"]);
  });
});

describe("two words a page glued are two tokens when the first is a place or the second a day word", () => {
  it.each([
    ["President Ana Lind received the new Ambassador of Chile to NorwayIvo Brandt on Monday.", ["Ana Lind", "Ivo Brandt"]],
    ["Lind and Chief BrandtToday, the chiefs met.", ["Lind", "Brandt"]],
  ])("%s", (text, people) => expect(findNames(text).filter((r) => r.kind === "person").map((r) => r.name)).toEqual(people));
  it("must not: a name whose parts are neither stays whole ('McDonald', 'MacArthur')", () => {
    expect(findNames("He met Ivo McDonald and Ana MacArthur.").map((r) => r.name)).toEqual(["Ivo McDonald", "Ana MacArthur"]);
  });
});
