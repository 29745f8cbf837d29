// Forms of other countries' outlets (press releases, state agencies, wire copy): sentences of our own, with what must not match.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const facts = (body: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    meetings: x.meetings.map((m) => ({ pair: m.participants.map(name).sort().join(" + "), place: m.place, date: m.date })),
    statements: x.statements.map((s) => ({ speaker: name(s.speaker), text: s.text })),
  };
};

describe("the city after a venue and a comma is the meeting's place", () => {
  it.each([
    ["Mira Holt hosted Ivo Brandt at Skarholm House, Oslo, on Monday.", "Oslo"],
    ["Mira Holt received Ivo Brandt at the Federal Secretariat, Nairobi, on Monday.", "Nairobi"],
    ["Mira Holt met Ivo Brandt at the mayor's office in Frogner, Oslo, on Monday.", "Oslo"],
  ])("%s", (sentence, place) => {
    expect(facts(sentence).meetings).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", place }));
  });
  it.each([
    // Must not: an envoy's posting is where the envoy serves, not where the meeting was (the dateline's city is).
    ["LIMA, May 9 (Wire) - The Ambassador of Norway to Chile, Ivo Brandt, paid a courtesy call on Mira Holt on Monday.", "Lima"],
    ["LIMA, May 9 (Wire) - Mira Holt met Ivo Brandt, envoy to Bolivia, on Monday.", "Lima"],
  ])("%s", (sentence, place) => {
    expect(facts(sentence).meetings).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", place }));
  });
});

describe("a title's own office is an organisation named with the title", () => {
  const speakers = (body: string) => facts(body).statements.map((s) => s.speaker);
  it.each([
    ["The ferry timetable was agreed, the Chief Minister's Office (CMO) said in a statement.", "Chief Minister's Office"],
    ["The Premier's Media Division said the ferry would run on Sundays.", "Premier's Media Division"],
    ["The ferry would run on Sundays, the PM Office said.", "PM Office"],
    ["The Mayor's Office said the ferry would run on Sundays.", "Mayor's Office"],
  ])("%s", (sentence, speaker) => expect(speakers(sentence)).toEqual([speaker]));
  it.each([
    // Must not: a person's office stays that person's; a title before a name is still the name's title.
    ["Harbour Minister Ivo Brandt's office said the ferry would run on Sundays.", "Ivo Brandt's office"],
    ["Mayor Ida Lervik said the Harbour Office would open on Sundays.", "Ida Lervik"],
  ])("%s", (sentence, speaker) => expect(speakers(sentence)).toEqual([speaker]));
});

describe("role phrases of press-release style stand for the office-holder named before", () => {
  const said = (body: string) => facts(body).statements.map((s) => s.speaker);
  it.each([
    // A title set off before an honorific and the name ("the Minister of Mines, Engr. X"), then "the Minister".
    ["The Minister of Mines, Engr. Ida Lervik, on Monday received Ivo Brandt in Kaduna.\nThe Minister stated that the quarry would reopen.", "Ida Lervik"],
    // "The Hon. Minister": a style of address inside the role phrase.
    ["The Minister for Ports, Hon. Ida Lervik, received Ivo Brandt in Takoradi.\nThe Hon. Minister said the quay would be dredged.", "Ida Lervik"],
    // "the Head of State": the president named before.
    ["President Ida Lervik met Ivo Brandt at the lodge on Monday.\nThe Head of State said the ferry would be free for pupils.", "Ida Lervik"],
  ])("%s", (body, speaker) => expect(said(body)).toEqual([speaker]));
  it.each([
    // Must not: "Head of State Security" is a title before a name, not "the head of state".
    ["President Ida Lervik met Ivo Brandt on Monday.\nThe Head of State Security Arne Vik said the border was calm.", "Arne Vik"],
  ])("%s", (body, speaker) => expect(said(body)).toEqual([speaker]));
});

describe("'the president', 'the Head of State' is not a vice-president named beside one", () => {
  const said = (body: string) => facts(body).statements.map((s) => s.speaker);
  it.each([
    ["President Ida Lervik met Bank Vice President Ivo Brandt at the lodge on Monday.\nThe Head of State said the ferry would be free for pupils.", "Ida Lervik"],
    ["President Ida Lervik met Vice President Ivo Brandt at the lodge on Monday.\nThe president said the ferry would be free for pupils.", "Ida Lervik"],
  ])("%s", (body, speaker) => expect(said(body)).toEqual([speaker]));
  it("must not: 'the vice president' is the vice-president", () => {
    expect(said("President Ida Lervik met Vice President Ivo Brandt at the lodge on Monday.\nThe vice president said the ferry would be free for pupils.")).toEqual(["Ivo Brandt"]);
  });
});

describe("operators of trains, buses and ferries are organisations", () => {
  it.each([
    ["Cllr Ida Lervik met Coastal Link Trains' regional director Ivo Brandt at the Town Hall on Thursday.", "Ida Lervik + Ivo Brandt"],
    ["Ida Lervik met Fjord Ferries chief executive Ivo Brandt in Bodø.", "Ida Lervik + Ivo Brandt"],
  ])("%s", (sentence, pair) => expect(facts(sentence).meetings.map((m) => m.pair)).toEqual([pair]));
  it("must not: trains as a common noun", () => {
    expect(facts("Ida Lervik took the trains to Oslo with Ivo Brandt.").meetings).toEqual([]);
  });
});

describe("a full state title before the name: portfolio, then the country", () => {
  it.each([
    ["Ida Lervik received a phone call from Minister of Fisheries of the Kingdom of Norway Ivo Brandt.", "Ida Lervik + Ivo Brandt"],
    ["Ida Lervik received a phone call from Minister of Foreign Affairs of Peru Ivo Brandt.", "Ida Lervik + Ivo Brandt"],
  ])("%s", (sentence, pair) => expect(facts(sentence).meetings.map((m) => m.pair)).toEqual([pair]));
  it("must not: a title with no name after it is no person", () => {
    expect(facts("Ida Lervik received a phone call from the Minister of Foreign Affairs of the Republic of Peru.").meetings).toEqual([]);
  });
});

describe("a name inside a relative clause after the subject does not speak", () => {
  const said = (body: string) => facts(body).statements.map((s) => s.speaker);
  it.each([
    ["Ida Lervik, who was accompanied by the harbour master, Captain Ivo Brandt, described the new quay as a lifeline.", "Ida Lervik"],
    ["Ida Lervik, whose visit was hosted by the mayor, Ivo Brandt, said the quay would open in June.", "Ida Lervik"],
  ])("%s", (body, speaker) => expect(said(body)).toEqual([speaker]));
  it("must not: a titled name set off after a role phrase still speaks", () => {
    expect(said("The harbour master of Bodø, Captain Ivo Brandt, said the quay would open in June.")).toEqual(["Ivo Brandt"]);
  });
});

describe("a counterpart of a nationality named before", () => {
  const pairs = (body: string) => facts(body).meetings.map((m) => m.pair);
  it("the one person of that country named before is the counterpart", () => {
    expect(pairs("Thai Fisheries Minister Ida Lervik paid a courtesy visit to Prime Minister Ivo Brandt on Tuesday.\nCambodian Deputy Prime Minister Arne Vik also held talks with his Thai counterpart in the afternoon."))
      .toContain("Arne Vik + Ida Lervik");
  });
  it.each([
    // Must not: two people of that country named before (which one?), or none.
    ["Thai Fisheries Minister Ida Lervik and Thai envoy Ola Moe paid a courtesy visit to Prime Minister Ivo Brandt on Tuesday.\nCambodian Deputy Prime Minister Arne Vik also held talks with his Thai counterpart in the afternoon."],
    ["Prime Minister Ivo Brandt met Ida Lervik on Tuesday.\nCambodian Deputy Prime Minister Arne Vik also held talks with his Thai counterpart in the afternoon."],
  ])("%s", (body) => expect(pairs(body).filter((p) => p.includes("Arne Vik"))).toEqual([]));
});
