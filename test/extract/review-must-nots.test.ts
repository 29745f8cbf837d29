// What a review of the fourteenth session's rules found them taking too widely: each row a sentence of our own that
// must keep its reading.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const facts = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    people: x.entities.filter((e) => e.type === "person").map((e) => `${e.name}: ${e.role ?? "-"}`),
    meetings: x.meetings.map((m) => m.participants.map(name).sort().join(" + ")),
    statements: x.statements.map((s) => `${name(s.speaker)}: ${s.text}`),
  };
};

describe("must keep their reading", () => {
  it("a body's initials after a title are the body's, not the title holder's", () => {
    expect(facts("The chief executive of Norwind Shipping (NWS) Piet Kool met Mayor Ana Lind on Monday. NWS said the talks went well.").statements.join()).not.toMatch(/^Piet Kool/);
  });
  it("an indefinite role phrase is no one named before, and a title word must be the holder's", () => {
    expect(facts("Norwind chief executive Ana Lind met the mayor on Monday. A Norwind executive said the talks had gone well.").statements.join()).not.toMatch(/Ana Lind/);
    expect(facts("Norwind director Ana Lind met the mayor on Monday. The Norwind chairman said the talks had gone well.").statements.join()).not.toMatch(/Ana Lind/);
  });
  it("an office someone served as the possessive of is not theirs", () => {
    expect(facts("Ana Lind, who served as the president's chief of staff, met Ivo Brandt.").people).not.toContain("Ana Lind: president");
  });
  it("a surname that is also a town named in the article stays the person", () => {
    expect(facts("Governor Tom Austin met Ana Lind in Austin on Monday. Austin said the talks were fruitful.").statements).toContain("Tom Austin: the talks were fruitful.");
  });
  it("a subject after 'said' is no audience", () => {
    expect(facts("Ana Lind said Norway at the summit would insist that fishing quotas be cut.").statements.join()).toMatch(/Norway at the summit/);
  });
  it("a clause with 'that' left out takes no verb before it", () => {
    expect(facts("Ana Lind noted the port would open in June.").statements).toEqual(["Ana Lind: the port would open in June."]);
  });
  it("a name after a role phrase and 'after meeting' is no speaker", () => {
    expect(facts("“The talks were useful,” said a spokesman for the ministry after meeting Ana Lind.").statements.join()).not.toMatch(/^Ana Lind/);
  });
  it("representatives of a body met are not its chief named elsewhere", () => {
    expect(facts("Norwind chief executive Piet Kool said demand was up. Mayor Ana Lind met representatives of Norwind in Bergen.").meetings).not.toContain("Ana Lind + Piet Kool");
  });
  it("a participle after the meeting noun keeps 'between'", () => {
    expect(facts("The meeting organised by the embassy between Ana Lind and Ivo Brandt took place in Oslo on Monday.").meetings).toContain("Ana Lind + Ivo Brandt");
  });
  it.each([
    "Striker Ana Lind signed a new three-year contract with Norwind FC on Monday, manager Ivo Brandt said.",
    "Ana Lind and Ivo Brandt signed the agreement in separate ceremonies in Oslo and Bergen.",
  ])("a signing that is no meeting: %s", (body) => expect(facts(body).meetings).not.toContain("Ana Lind + Ivo Brandt"));
  it("a session of parliament attended is not the meeting told before", () => {
    expect(facts("Mira Holt met Ivo Brandt in Bergen on Monday. On Tuesday, Lena Park attended the plenary session of parliament.").meetings).toEqual(["Ivo Brandt + Mira Holt"]);
  });
  it("'Camp' and 'Reserve' stay surnames", () => {
    expect(facts("Senator Ana Camp met Ivo Brandt on Monday.").meetings).toEqual(["Ana Camp + Ivo Brandt"]);
  });
  it("a town of four capitals before a dash stays a dateline", () => {
    expect(parseArticle("Title\n\nHILO - The mayor met the harbour board on Monday.").dateline).not.toBeNull();
  });
});

// Fifteenth session's review: sentences a reviewer wrote against the session's rules.
describe("must not (fifteenth session's review)", () => {
  const read = (text: string) => {
    const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${text}`));
    const name = (i: number) => x.entities[i]!.name;
    return { x, meetings: x.meetings.map((m) => m.participants.map(name).sort().join(" + ")), speakers: x.statements.map((s) => name(s.speaker)) };
  };
  it.each([
    ["Mira Holt is the deputy mayor of Bergen. With Ivo Brandt away on holiday, she reviewed the port's budget alone."],
    ["Analyst Kari Lund told reporter Ivo Brandt that the strike would continue. The union leaders met on Monday."],
    ["Kari Lund led a delegation to Oslo on Monday. Ivo Brandt spoke to the press. The Chinese delegation was received by Mira Holt on Tuesday."],
    ["President of Nigeria Ivo Brandt spoke on Monday. Mira Holt met with the Presidents of Niger and Chad on Tuesday."],
    ["Ivo Brandt and Mira Holt came together in 2019 to found the company."],
  ])("no meeting: %s", (text) => expect(read(text).meetings).toEqual([]));
  it("gives no office to one who appoints", () => {
    expect(read("Ivo Brandt’s decision to appoint her as ambassador surprised many.").x.entities.find((e) => e.name === "Ivo Brandt")?.role ?? null).toBeNull();
  });
  it("takes an abbreviated title before a surname only for the whole surname", () => {
    expect(read("Ana Blind met reporters in Oslo on Monday. HRVP Lind said the talks were useful.").speakers).toEqual(["HRVP Lind"]);
  });
  it("reads 'according to her' by gender", () => {
    expect(read("Mr. Ivo Brandt met Ms. Mira Holt on Monday, and according to her, the talks went well.").speakers).toEqual(["Mira Holt"]);
  });
  it("places no meeting at a trip that is over", () => {
    const x = extractFacts(parseArticle("OSLO, May 5 (Wire) - On her return from a visit to Geneva, Mira Holt briefed reporters. She met Ivo Brandt on Monday."));
    expect(x.meetings.map((m) => m.place)).toEqual(["Oslo"]);
  });
  it("reads a degree's abbreviation as no body", () => {
    expect(read("Ivo Brandt, a PhD student, met Mira Holt on Monday.").x.entities.map((e) => e.name)).not.toContain("PhD");
  });
  it("keeps a headline ending in a capital letter", () => {
    expect(parseArticle("Oslo Launches Drive Against Hepatitis A\n\nThe minister met the nurses in Oslo on Monday.").title).toBe("Oslo Launches Drive Against Hepatitis A");
  });
});
