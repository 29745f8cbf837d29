import { describe, expect, it } from "vitest";
import { tagText, taggingOf } from "../../src/extract/tagging";

// Sentences of our own; each row names a word and the tag and lemma the stage must give it.
const TAGGED: Array<[sentence: string, word: string, pos: string, lemma: string]> = [
  ["Upon arrival in Lisbon Varga told reporters the talks went well.", "Upon", "ADP", "upon"],
  ["Upon arrival in Lisbon Varga told reporters the talks went well.", "told", "VERB", "tell"],
  ["Upon arrival in Lisbon Varga told reporters the talks went well.", "Varga", "PROPN", "varga"],
  ["Meanwhile the envoy met the minister on Tuesday.", "Meanwhile", "ADV", "meanwhile"],
  ["Meanwhile the envoy met the minister on Tuesday.", "met", "VERB", "meet"],
  ["Speaking to reporters, the mayor said the port would reopen.", "Speaking", "VERB", "speak"],
  ["The two leaders held talks in the capital.", "talks", "NOUN", "talk"],
];

describe("tagging stage: tags and lemmas", () => {
  it.each(TAGGED)("%s → %s is %s (%s)", (sentence, word, pos, lemma) => {
    const token = tagText(sentence).tokens.find((t) => t.text === word);
    expect(token).toMatchObject({ pos, lemma });
  });

  // What must NOT be read: a capitalised sentence opener is not a proper noun because of its capital.
  it.each([
    ["Upon arrival the delegation rested.", "Upon"],
    ["Meanwhile prices rose.", "Meanwhile"],
    ["Speaking on Monday, she declined to comment.", "Speaking"],
  ])("%s → %s is not PROPN", (sentence, word) => {
    expect(tagText(sentence).tokens.find((t) => t.text === word)?.pos).not.toBe("PROPN");
  });
});

describe("tagging stage: offsets", () => {
  it("maps every token back to its text, across quotes, contractions and odd spacing", () => {
    const text = "“We can't wait,”  she said.\n\nLÓPEZ — Ana López-Ruiz (AFP) met   him at 9 a.m.";
    const { tokens } = tagText(text);
    expect(tokens.length).toBeGreaterThan(15);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
  });

  it("gives no tokens for empty or blank text and does not throw on control characters", () => {
    expect(tagText("").tokens).toEqual([]);
    expect(tagText("  \n ").tokens.filter((t) => t.pos !== "SPACE")).toEqual([]);
    expect(() => tagText("a\u0000b \u0007 c\uFFFF")).not.toThrow();
  });

  it("leaves an unbroken run longer than any word untagged, keeping the offsets of the words around it", () => {
    const text = `Varga met ${"x".repeat(500)} the envoy.`;
    const { tokens } = tagText(text);
    expect(tokens.map((t) => t.text)).toEqual(["Varga", "met", "the", "envoy", "."]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("finds the token at an offset and the tokens inside a span", () => {
    const tagging = taggingOf([
      { start: 0, end: 3, text: "The", pos: "DET", lemma: "the" },
      { start: 4, end: 9, text: "envoy", pos: "NOUN", lemma: "envoy" },
      { start: 10, end: 13, text: "met", pos: "VERB", lemma: "meet" },
    ]);
    expect(tagging.at(5)?.text).toBe("envoy");
    expect(tagging.at(9)).toBeUndefined(); // the space between tokens
    expect(tagging.at(13)).toBeUndefined();
    expect(tagging.within(4, 13).map((t) => t.text)).toEqual(["envoy", "met"]);
    expect(tagging.within(5, 13).map((t) => t.text)).toEqual(["met"]); // a token cut by the span is left out
  });
});
