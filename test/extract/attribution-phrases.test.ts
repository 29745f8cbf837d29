// What belongs to an attribution rather than to the words attributed: role phrases set off around the speaker's
// name. Sentences of our own: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const statements = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  return x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text.replace(/[.\s]+$/, "") }));
};

describe("a role phrase set off before a set-off name is the attribution's, not the words'", () => {
  it.each([
    ["The talks were useful, the envoy, Kari Holm, said.", "Kari Holm", "The talks were useful"],
    ["The talks were useful, Kessmere’s envoy, Kari Holm, said.", "Kari Holm", "The talks were useful"],
    ["The port will open in June, the special envoy of the president, Kari Holm, told reporters.", "Kari Holm", "The port will open in June"],
  ])("%s", (body, speaker, text) => expect(statements(body)).toContainEqual({ speaker, text }));

  it.each([
    // The role phrase inside the words, not set off before the name.
    ["The talks with the envoy were useful, Kari Holm said.", "Kari Holm", "The talks with the envoy were useful"],
    // A name set off inside the words is theirs: only the phrase right before the speaker goes.
    ["He thanked the envoy, Ana Lind, for the visit, Kari Holm said.", "Kari Holm", "He thanked the envoy, Ana Lind, for the visit"],
  ])("must not cut: %s", (body, speaker, text) => expect(statements(body)).toContainEqual({ speaker, text }));
});

describe("the one addressed and the occasion, before 'that', go with the verb", () => {
  it.each([
    ["Ana Lind told Ivo Brandt during their meeting on Monday that the funds were gone.", "the funds were gone"],
    ["Ana Lind assured Ivo Brandt during the talks in Bergen on Monday that the port would stay open.", "the port would stay open"],
    ["Ana Lind told Ivo Brandt at the meeting of the board that the funds were gone.", "the funds were gone"],
  ])("%s", (body, text) => expect(statements(body)).toContainEqual({ speaker: "Ana Lind", text }));

  it.each([
    // A relative "that" after a thing, not a name: the words keep it.
    ["Ana Lind warned of dangers in the plan that would cut wages.", "of dangers in the plan that would cut wages"],
  ])("must not cut: %s", (body, text) => expect(statements(body)).toContainEqual({ speaker: "Ana Lind", text }));
});

describe("an inverted attribution with an indefinite role phrase before the name", () => {
  it.each([
    ["“Today, we have a very important task”, said a member of the Harbour Presidency Dr Ivo Brandt.", "Ivo Brandt"],
    ["“Today, we have a very important task”, said a member of the presidency, Ivo Brandt.", "Ivo Brandt"],
  ])("%s", (body, speaker) => expect(statements(body).map((s) => s.speaker)).toEqual([speaker]));
  it.each([
    // A name after the words, not after a role phrase, is no speaker of them.
    "“Today, we have a very important task”, said a member of the committee that met Ivo Brandt.",
  ])("must not: %s", (body) => expect(statements(body).map((s) => s.speaker)).not.toContain("Ivo Brandt"));
});
