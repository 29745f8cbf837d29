// Where a meeting was when its sentence names no place: a trip under way outranks the dateline; an occasion to come
// places nothing. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const places = (text: string) => {
  const x = extractFacts(parseArticle(text));
  return x.meetings.map((m) => `${m.participants.map((i) => x.entities[i]!.name).sort().join(" + ")}: ${m.place}`);
};

describe("the city of a trip under way", () => {
  it.each([
    ["OSLO – During his visit to Geneva on May 6, Foreign Minister Ivo Brandt met with heads of agencies.\n\nHe met with Ana Lind, the head of the Ferry Agency, to discuss shipping.", ["Ana Lind + Ivo Brandt: Geneva"]],
    ["OSLO, May 7 (Wire) – Foreign Minister Ivo Brandt arrived in Lisbon on Sunday on a two-day visit.\n\nBrandt met Prime Minister Ana Lind on Monday.", ["Ana Lind + Ivo Brandt: Lisbon"]],
  ])("%s", (text, expected) => expect(places(text)).toEqual(expected));

  it.each([
    // Must not: a trip that is over, or the trip of someone else, places nothing; the dateline does.
    ["OSLO – After his visit to Geneva last month, Foreign Minister Ivo Brandt returned home.\n\nHe met with Ana Lind, the head of the Ferry Agency, on Monday.", ["Ana Lind + Ivo Brandt: Oslo"]],
    ["OSLO – Piet Kool arrived in Lisbon on Sunday.\n\nIvo Brandt met Ana Lind on Monday.", ["Ana Lind + Ivo Brandt: Oslo"]],
  ])("%s", (text, expected) => expect(places(text)).toEqual(expected));
});

describe("an occasion to come places no meeting", () => {
  it("does not take the place of a summit the sentence before invites to", () => {
    const text = "OSLO – Ivo Brandt conveyed the invitation to Ana Lind to participate in the Ferry Summit in Bergen this July.\n\nAt a meeting with Ana Lind, Brandt spoke about shipping.";
    expect(places(text)).toEqual(["Ana Lind + Ivo Brandt: Oslo"]);
  });
});

describe("a place fronting the sentence", () => {
  it.each([
    ["In Portugal, Ivo Brandt spoke with Prime Minister Ana Lind.", ["Ana Lind + Ivo Brandt: Portugal"]],
    ["Harbour news\n\nMay 3, 2024\n\nAt Bergen, Ivo Brandt met Ana Lind on Monday.", ["Ana Lind + Ivo Brandt: Bergen"]],
  ])("%s", (text, expected) => expect(places(text)).toEqual(expected));
});

describe("a venue named after a town", () => {
  it.each([
    // A town of another country than the dateline's opening a venue's name is the venue's, no place.
    ["OSLO – Ivo Brandt received Ana Lind at Geneva House on Monday.", ["Ana Lind + Ivo Brandt: Oslo"]],
    // A town of the dateline's country is where they met.
    ["OSLO – Ivo Brandt received Ana Lind at Bergen Hall on Monday.", ["Ana Lind + Ivo Brandt: Bergen"]],
  ])("%s", (text, expected) => expect(places(text)).toEqual(expected));
});
