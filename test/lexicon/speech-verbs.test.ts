// Every speech verb's example makes a statement by its subject; act verbs without a complement do not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { SPEECH_VERB_LEXICON, WORDS_ONLY_LEMMAS } from "../../src/lexicon/verbs";
import { parseArticle } from "../../src/parse/parse-article";

const speakers = (sentence: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${sentence}`));
  return x.statements.map((s) => x.entities[s.speaker]!.name);
};

describe("speech verbs", () => {
  it.each(SPEECH_VERB_LEXICON.map((v) => [v.lemma, v.example]))("%s: %s", (_lemma, example) => {
    expect(speakers(example)).toContain("Mira Holt");
  });
});

describe("verbs that report words and nothing else: an unnamed body before one speaks", () => {
  it.each(WORDS_ONLY_LEMMAS.map((l) => [l, SPEECH_VERB_LEXICON.find((v) => v.lemma === l)]))("%s is a lexicon row whose form after 'the regulator' speaks", (_l, row) => {
    expect(row).toBeDefined();
    expect(speakers(`The regulator ${row!.forms[0]} that the port would stay open.`)).toEqual(["regulator"]);
  });
  it("a verb that is an act as often as speech does not make an unnamed body speak", () => {
    expect(speakers("The regulator described the port as busy.")).toEqual([]);
  });
});

describe("act verbs that name a deed make no statement", () => {
  it.each([
    "Mira Holt welcomed the union's visit to the port.",
    "Mira Holt thanked the crew.",
    "Mira Holt praised the crew.",
    "Mira Holt rejected the offer.",
    "Mira Holt congratulated the winners.",
    "Mira Holt agreed to meet the union on Friday.",
    "Mira Holt agreed on a date for the talks.",
    "Mira Holt made clear progress on the port.",
    "Mira Holt exchanged pleasantries with the mayor.",
    "Mira Holt renewed the licence of the ferry company.",
    "Mira Holt repeated the exercise in June.",
    "Mira Holt updated the harbour software.",
    "Mira Holt informed decisions at the board for years.",
    "Mira Holt shared a photo of the port.",
    "Mira Holt briefed the mayor on Monday.",
    "Mira Holt requested backup.",
    "Mira Holt requested a meeting with the mayor.",
    "Mira Holt drew a map of the port.",
    "Mira Holt spoke at the port on Monday.",
    "Mira Holt invited the mayor for the meeting during a phone call.",
    "Mira Holt challenged the ruling in court.",
    "Mira Holt pointed to the map of the port.",
    "Mira Holt was of the view of the harbour from her office.",
    "Mira Holt later requested to visit the mayor at his residence.",
    "Mira Holt invited the mayor to a dinner at the port.",
  ])("%s", (sentence) => expect(speakers(sentence)).toEqual([]));
  it.each([
    // A preposition ending in -ing is no participle clause; the occasion before the object is no part of it.
    ["Mira Holt said during the talks that the port would open in June.", "the port would open in June"],
    ["Mira Holt stressed during the phone conversation the need for a second berth.", "the need for a second berth"],
    ["Mira Holt, on the other hand, talked about her desire to build a second berth.", "her desire to build a second berth"],
    ["Mira Holt informed that the port would open in June.", "the port would open in June"],
  ])("%s", (sentence, said) => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${sentence}`));
    expect(x.statements.map((s) => s.text.replace(/[.]$/, ""))).toEqual([said]);
  });
  it("a form of several words is read whole: 'went on to say'", () => expect(speakers("Mira Holt went on to say that the port would open in June.")).toEqual(["Mira Holt"]));
});

describe("'summed up … as' reports a verdict, not the conjunction 'as'", () => {
  it("must not: 'summed up the figures as the clerks watched'", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nMira Holt met Ivo Brandt on Monday. Mira Holt summed up the figures as the clerks watched."));
    expect(x.statements).toEqual([]);
  });
});
