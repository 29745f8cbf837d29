// Reported speech in participle clauses, read over tags and lemmas (src/extract/participles.ts).
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";
import { mayHoldSpeechParticiple } from "../../src/extract/participles";
import { plainWords } from "../../src/extract/tagging";

const statements = (sentence: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${sentence}`));
  return x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text, rule: s.rule }));
};

describe("participle clause: the subject's words", () => {
  it.each([
    ["Premier Ilse Varga hosted the envoy on Monday, assuring him that the new railway would be finished by 2027.", "Ilse Varga", "the new railway would be finished by 2027"],
    ["Mayor Tomas Brandt opened the terminal, stressing that no jobs would be lost.", "Tomas Brandt", "no jobs would be lost"],
    ["Dora Keane backed the plan, underlining the need to protect the fishing grounds.", "Dora Keane", "the need to protect the fishing grounds"],
    ["The two sides spoke by phone, and Karl Ohlsen later posted a note, reiterating that the border would stay open.", "Karl Ohlsen", "the border would stay open"],
    ["Ilse Varga met the unions in the morning, agreeing that wages had fallen behind prices.", "Ilse Varga", "wages had fallen behind prices"],
    // "by" and a that-clause: any verb of speech, no comma needed.
    ["Karl Ohlsen angered the dockers by predicting that the old quay would close.", "Karl Ohlsen", "the old quay would close"],
    // After a quote's attribution with its audience, after a comma or "while" and a that-clause.
    ["Karl Ohlsen met the dockers. “The quay is safe,” he told the press, adding that the old cranes would go.", "Karl Ohlsen", "the old cranes would go"],
    ["Karl Ohlsen met the dockers. “The quay is safe,” he told the press while adding that the old cranes would go.", "Karl Ohlsen", "the old cranes would go"],
  ])("%s", (sentence, speaker, text) => {
    expect(statements(sentence)).toContainEqual(expect.objectContaining({ speaker, text: expect.stringMatching(new RegExp(`^${text}\\.?$`)) }));
  });
});

describe("participle clause: what must NOT be read as speech", () => {
  it.each([
    // an act verb naming a deed
    "Tomas Brandt toured the port, welcoming the crews of two ships.",
    "Dora Keane closed the meeting, thanking the staff.",
    // not a speech verb
    "Ilse Varga left the capital, heading for the coast with her aides.",
    // no comma: a gerund, not an adjunct clause
    "Karl Ohlsen spent the week saying goodbye to old friends.",
    // "by" with no that-clause: a means, not words
    "Karl Ohlsen won the vote by promising cheaper ferries to the islands.",
    // "while" with no that-clause: a time, not words
    "Karl Ohlsen waved to the crowd while stressing the same points for hours.",
    // inside a quote the words are the quote's, not an attribution
    "“We kept talking, stressing the same points for hours,” the port manager recalled.",
  ])("%s", (sentence) => {
    expect(statements(sentence).filter((s) => s.rule === "participle-clause")).toEqual([]);
  });
});

describe("an adjective in -ing after a speech verb is no participle clause", () => {
  it.each([
    ["During the meeting, Karl Ohlsen expressed unwavering support for the port.", "Karl Ohlsen", "expressed unwavering support for the port."],
    ["Ilse Varga voiced growing concern over the delays.", "Ilse Varga", "voiced growing concern over the delays."],
  ])("%s", (sentence, speaker, text) => expect(statements(sentence)).toContainEqual(expect.objectContaining({ speaker, text })));
  it("a participle after a trailing attribution still is one", () => {
    expect(statements("The ferry will stop, the harbour board said citing scheduling conflicts.").map((s) => s.text)).toEqual(["The ferry will stop"]);
  });
});

describe("participle clause: which sentences need tagging at all", () => {
  // A speech verb's "-ing" form in any spelling rule of English: the sentence may hold a participle clause.
  it.each([
    "She left, saying the port would reopen.",
    "He backed the plan, noting that costs had risen.",
    "The envoy spoke, admitting that talks had stalled.",
    "The mayor replied, denying any wrongdoing.",
  ])("%s may hold one", (sentence) => {
    expect(mayHoldSpeechParticiple(plainWords(sentence))).toBe(true);
  });

  // What must NOT need tagging: no "-ing" word, or none of a speech verb.
  it.each([
    "She left the port on Monday.",
    "The building of the quay continued, according to the plan.",
    "Shipping resumed in the morning.",
  ])("%s holds none", (sentence) => {
    expect(mayHoldSpeechParticiple(plainWords(sentence))).toBe(false);
  });
});
