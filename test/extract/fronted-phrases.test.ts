// A phrase fronted before the main clause that tells of a meeting: its partner met the clause's subject.
// Sentences of our own: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const held = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  return x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + "));
};

describe("a fronted participle of speech, then the meeting: the main clause's subject met the partner", () => {
  it.each([
    "Speaking after his meeting with Ivo Brandt, Ana Lind said the two had agreed to set up a joint committee.",
    "Speaking to reporters shortly after the talks with Ivo Brandt, Ana Lind said progress was made.",
    "Addressing journalists after meeting Ivo Brandt, Ana Lind said the two had agreed.",
    "Briefing the press at the end of the talks with Ivo Brandt, Ana Lind said the two had agreed.",
    // "For" a talk too, and a company's "Co., Ltd." inside the aside.
    "For the talk with Mr. Ivo Brandt, Chairman of Kessmere Harbour Construction Co., Ltd., Ana Lind encouraged the company to build the quay.",
  ])("%s", (body) => expect(held(body)).toEqual(["Ana Lind + Ivo Brandt"]));

  it.each([
    // No meeting in the fronted phrase.
    "Speaking after the vote, Ana Lind said Ivo Brandt had lost.",
    "Addressing reporters after the debate, Ana Lind criticised Ivo Brandt.",
  ])("must not: %s", (body) => expect(held(body)).toEqual([]));
});

describe("a verb of telling whose occasion is the two's meeting: a meeting of speaker and listener", () => {
  it.each([
    "Ana Lind told Ivo Brandt during their meeting on Monday that the funds were gone.",
    "Ana Lind assured Ivo Brandt during the talks in Bergen on Monday that the port would stay open.",
  ])("%s", (body) => expect(held(body)).toEqual(["Ana Lind + Ivo Brandt"]));
  it.each([
    // A letter is no meeting; a meeting "of" a body or "with" a third is not theirs.
    "Ana Lind told Ivo Brandt in a letter that the funds were gone.",
    "Ana Lind told Ivo Brandt at the meeting of the board that the funds were gone.",
  ])("must not: %s", (body) => expect(held(body)).toEqual([]));
});

describe("an occasion set between a body and its verb", () => {
  it("the body speaks, and met the one the occasion names", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nThe President of the Harbour Workers Union (HWU), Ana Lind, spoke on Sunday. The HWU after a closed-door meeting with the Minister of Labour Ivo Brandt, on Monday, said the Thursday deadline is still in force."));
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Harbour Workers Union"]);
    expect(held("The President of the Harbour Workers Union (HWU), Ana Lind, spoke on Sunday. The HWU after a closed-door meeting with the Minister of Labour Ivo Brandt, on Monday, said the Thursday deadline is still in force.")).toEqual(["Harbour Workers Union + Ivo Brandt"]);
  });
  it("must not: a relative clause's occasion leaves the speaker before it", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nLabour Secretary Ana Lind, who was also present during the meeting with the union chief, mentioned that they might resolve the wage issue within the week."));
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Ana Lind"]);
  });
});

describe("verbs joined by 'and' past an abbreviation's dot, and meetings told apart by the next sentence", () => {
  it("'visited the cathedral of St. George and met with X': the one who visited met X", () => {
    expect(held("Defense Minister Ana Lind visited Bergen. On the same day, the Defense Minister visited the cathedral of St. Olav of Bergen and met with Bishop Ivo Brandt and the clergy.")).toEqual(["Ana Lind + Ivo Brandt"]);
  });
  it("'At the meetings, …' opening the next paragraph: one meeting with each one met", () => {
    expect(held("Defense Minister Ana Lind on Thursday met with committee chairman Kari Holm, and Foreign Minister Ivo Brandt.\n\nAt the meetings, the interlocutors discussed friendly ties.")).toEqual(["Ana Lind + Kari Holm", "Ana Lind + Ivo Brandt"]);
  });
  it("must not: 'At the meeting' in the singular keeps one meeting of all", () => {
    expect(held("Defense Minister Ana Lind on Thursday met with committee chairman Kari Holm, and Foreign Minister Ivo Brandt.\n\nAt the meeting, the interlocutors discussed friendly ties.")).toEqual(["Ana Lind + Ivo Brandt + Kari Holm"]);
  });
});

describe("where and when from the article around a meeting", () => {
  const meetings = (body: string) => {
    const x = extractFacts(parseArticle(`Harbour news\n\n${body}`));
    return x.meetings.map((m) => [m.participants.map((p) => x.entities[p]!.name).sort().join(" + "), m.date, m.place]);
  };
  it("'In Bergen, …' opening a sentence names the city the article is set in", () => {
    expect(meetings("Defence Minister Ana Lind, who is on an official visit to Norway, on Thursday met with Ivo Brandt.\n\nIn Bergen, Lind also met with students.")[0]![2]).toBe("Bergen");
  });
  it("'visited the Norwegian capital … for a meeting with' names its capital", () => {
    expect(meetings("President Ana Lind visited the Norwegian capital on Friday for a private meeting with his counterpart Ivo Brandt.").map((m) => m[2])).toEqual(["Oslo"]);
  });
  it("a quote's 'this week' dates the meetings it tells in the first person", () => {
    expect(meetings("October 11, 2023\n\n“Bergen this week is the key platform. We held talks with Director Ivo Brandt,” Governor Ana Lind posted on Facebook.")).toEqual([["Ana Lind + Ivo Brandt", "2023-10", null]]);
  });
});
