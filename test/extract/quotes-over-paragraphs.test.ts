// A quote running over paragraphs opens each with a mark and closes only the last; the attribution where it closes
// names its speaker, even when someone else spoke just before. Sentences of our own: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const said = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  return x.statements.map((s) => `${x.entities[s.speaker]!.name}: ${s.text}`);
};

describe("a quote over paragraphs is the speaker's its close names", () => {
  it("gives each paragraph to the speaker named at the close, one statement each", () => {
    const got = said("Harbour Minister Ana Lind met union leaders on Monday.\n\nUnion President Ivo Brandt said talks would be in good faith.\n\n“We cannot afford a strike at the port.\n\n“We left in good spirits,” the minister said.");
    expect(got).toContain("Ana Lind: We cannot afford a strike at the port.");
    expect(got).toContain("Ana Lind: We left in good spirits");
    expect(got.filter((g) => g.startsWith("Ivo Brandt"))).toEqual(["Ivo Brandt: talks would be in good faith."]);
  });
  it.each([
    // Must not: a next paragraph with no opening mark ends the quote; its words are not held for a later close.
    ["“We cannot afford a strike at the port.\n\nThe port reopened on Tuesday. “It went well,” Lind said.", "Ivo Brandt: We cannot afford a strike at the port."],
  ])("must not: %s", (tail, expected) => {
    expect(said(`Harbour Minister Ana Lind met union leader Ivo Brandt on Monday.\n\nBrandt said talks would be in good faith.\n\n${tail}`)).toContain(expected);
  });
});

describe("paragraphs signed '~ Name, Title' below them are that person's words", () => {
  const body = (signature: string, words = "I truly valued the open talks. We agreed that the berth is a priority.") =>
    `Premier Ana Lind and Mayor Ivo Brandt met on Monday to discuss the port.\n\n${words}\n\n${signature}\n\nThe talks will go on in June.`;
  it.each([
    ["~ Ana Lind, Premier of Kessmere"],
    ["— Ana Lind"],
  ])("%s", (signature) => {
    expect(said(body(signature))).toEqual(["Ana Lind: I truly valued the open talks.", "Ana Lind: We agreed that the berth is a priority."]);
  });
  it.each([
    // Must not: a paragraph with no first person is the reporter's; a signature naming no one the article knows signs nothing.
    ["~ Ana Lind, Premier of Kessmere", "The talks lasted an hour. The berth was discussed."],
    ["~ Tomas Vedder, Harbour Master", "I truly valued the open talks."],
    // …nor a hyphen's bullet listing those present, nor a signature whose given name is another's.
    ["- Ana Lind, Premier of Kessmere", "We thank the following delegates for attending the talks."],
    ["~ Kari Lind, Harbour Master", "I truly valued the open talks."],
  ])("must not: %s over %s", (signature, words) => expect(said(body(signature, words))).toEqual([]));
});

describe("what a speaker reported about an exchange of his own is his words only", () => {
  it("gives 'he and Y exchanged views' to the one who said it, and his next quote too", () => {
    const got = said("Premier Ana Lind met Minister Ivo Brandt on Monday.\n\nIn a post, Ana Lind said that, during the meeting, she and Brandt exchanged views on port security.\n\n“This meeting is a chance for us,” she said.");
    expect(got.map((g) => g.split(":")[0])).toEqual(["Ana Lind", "Ana Lind"]);
  });
  it.each([
    "Ivo Brandt said that Mayor Ada Krogh promised new ferries.",
    "Ivo Brandt said that he and she spoke for an hour and that Mayor Ada Krogh promised new ferries.",
  ])("must not: another named subject of a reported verb still speaks: %s", (text) => {
    expect(said(text).map((g) => g.split(":")[0])).toContain("Ada Krogh");
  });
});

describe("a time that is the reported clause's subject", () => {
  it.each([
    ["Ana Lind said this year also marks the tenth anniversary of the port.", "Ana Lind: this year also marks the tenth anniversary of the port."],
    ["Ana Lind said next year will bring a second quay.", "Ana Lind: next year will bring a second quay."],
  ])("%s", (text, expected) => expect(said(`Premier Ana Lind met Ivo Brandt on Monday. ${text}`)).toContain(expected));
  it("must not: a bare time after the verb is no words", () => {
    expect(said("Premier Ana Lind met Ivo Brandt on Monday. Ivo Brandt spoke later, as he said this week.")).toEqual([]);
  });
});

describe("a next paragraph that closes a curly mark it never opened goes on with the quote", () => {
  it("gives both paragraphs to the speaker named at the close", () => {
    const got = said("Secretary General Ana Lind on Thursday held a telephone conversation with President Ivo Brandt.\n\n“The Secretary-General took note of President Brandt’s views on the port.\n\nShe expressed her willingness to discuss the issue further,” said Lind’s spokesperson in a statement.");
    expect(got).toEqual(["Ana Lind: The Secretary-General took note of President Brandt’s views on the port.", "Ana Lind: She expressed her willingness to discuss the issue further"]);
  });
  it("must not: a next paragraph with no mark at all is the reporter's", () => {
    const got = said("Secretary General Ana Lind on Thursday held a telephone conversation with President Ivo Brandt.\n\n“The talks went well,” Brandt said.\n\nLind expressed her willingness to discuss the issue further.");
    expect(got).toContain("Ivo Brandt: The talks went well");
  });
});

describe("'the parties' after a meeting speak for both", () => {
  it("gives the words to each party of the meeting just told", () => {
    expect(said("President Ana Lind received the new Ambassador Ivo Brandt on Monday. The parties confirmed their readiness to develop cooperation.")).toEqual(["Ana Lind: their readiness to develop cooperation.", "Ivo Brandt: their readiness to develop cooperation."]);
  });
  it("must not: parties that are bodies, with a speaker named, are that speaker's words", () => {
    expect(said("The Harbour Party and the Labour Party met on Monday. The parties agreed to form a coalition, Ana Lind said.").map((g) => g.split(":")[0])).toEqual(["Ana Lind"]);
  });
});

describe("a verb joined by 'and' to a speech verb before it, with no subject between, is that speaker's", () => {
  it("keeps 'noted … and expressed …' with the one who noted, and 'the two states' is no verb", () => {
    // (Each verb with its own object: two statements, both his.)
    expect(said("Ana Lind met Ivo Brandt on Monday. Brandt noted the friendly relations between the two states and expressed interest in a partnership.")).toEqual(["Ivo Brandt: noted the friendly relations between the two states", "Ivo Brandt: expressed interest in a partnership."]);
  });
  it("must not: a verb with a subject of its own after 'and'", () => {
    expect(said("Ana Lind met Ivo Brandt on Monday. Lind said Kari Holm would visit and Brandt promised new ferries.").map((g) => g.split(":")[0])).toEqual(["Ana Lind", "Ivo Brandt"]);
  });
});
