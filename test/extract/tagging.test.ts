import { describe, expect, it } from "vitest";
import { lazyTagging, plainWords, tagText, taggingOf, tokensOf } from "../../src/extract/tagging";

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

describe("tagging stage: span by span, on demand", () => {
  const text = "Ilse Varga met the envoy.\n\nLater she said the talks went well.\n\nThe port reopened.";
  const spans = [{ start: 0, end: 25 }, { start: 27, end: 62 }, { start: 64, end: text.length }];

  it("gives the tags and offsets a whole-text pass gives, inside each span", () => {
    // (The blank lines between paragraphs are the whole text's SPACE tokens, in no span.)
    const whole = tagText(text).tokens.filter((t) => t.pos !== "SPACE").map((t) => [t.start, t.end, t.text, t.pos, t.lemma]);
    const lazy = lazyTagging(text, spans).tokens.map((t) => [t.start, t.end, t.text, t.pos, t.lemma]);
    expect(lazy).toEqual(whole);
  });

  it("answers look-ups by offset in the article's text, across spans", () => {
    const tagging = lazyTagging(text, spans);
    expect(tagging.at(text.indexOf("said"))).toMatchObject({ text: "said", pos: "VERB", lemma: "say" });
    expect(tagging.within(text.indexOf("envoy"), text.indexOf("she") + 3).map((t) => t.text)).toEqual(["envoy", ".", "Later", "she"]);
    expect(tagging.at(26)).toBeUndefined(); // between paragraphs: in no span
  });

  it("tags a span only when a look-up reaches into it, and once", () => {
    const tagged: number[] = [];
    const tagging = lazyTagging(text, spans, (t, offset) => (tagged.push(offset), tokensOf(t, offset)));
    expect(tagged).toEqual([]);
    tagging.at(text.indexOf("said"));
    tagging.within(text.indexOf("Later"), text.indexOf("talks"));
    expect(tagged).toEqual([27]);
    tagging.within(0, 30);
    expect(tagged).toEqual([27, 0]);
  });
});

describe("plainWords: words without tagging", () => {
  it.each([
    ["The Foreign Minister's office said", ["the", "foreign", "minister", "office", "said"]],
    ["U.S. co-chair Ana López-Ruiz didn't", ["u.s", "co-chair", "ana", "lópez-ruiz", "did"]],
    ["“We’ll see,” the 2 envoys said.", ["we", "see", "the", "2", "envoys", "said"]],
  ])("%s", (text, words) => {
    expect(plainWords(text)).toEqual(words);
  });

  // What must NOT be a word: punctuation, dashes and quote marks alone.
  it.each(["— … “ ” ( ) , ; -- ' ’", ""])("%j has no words", (text) => {
    expect(plainWords(text)).toEqual([]);
  });
});
