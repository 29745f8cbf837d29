// Every meeting trigger's example gives the meeting of its two people, found by that trigger.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { MEETING_VERBS } from "../../src/lexicon/verbs";
import { parseArticle } from "../../src/parse/parse-article";

const meetings = (sentence: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${sentence}`));
  return x.meetings.map((m) => ({ pair: m.participants.map((p) => x.entities[p]!.name).sort().join(" + "), kind: m.kind, rule: m.rule }));
};

describe("meeting triggers", () => {
  it.each(MEETING_VERBS.map((v) => [v.id, v.example, v.kind]))("%s: %s", (_id, example, kind) => {
    expect(meetings(example)).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", kind }));
  });
});

describe("trigger hints", () => {
  // The hint is a substring pre-check on the lower-cased sentence: stems must be lower-case literals, and
  // the example (any wording the pattern takes) must hold one, or the trigger could never fire.
  it.each(MEETING_VERBS.map((v) => [v.id, v.hint, v.example]))("%s: %s", (_id, hint, example) => {
    const stems = hint.split("|");
    for (const stem of stems) expect(stem).toMatch(/^[a-z][a-z ]*$/);
    expect(stems.some((stem) => example.toLowerCase().includes(stem))).toBe(true);
  });
});

describe("other wordings of the triggers", () => {
  it.each([
    ["Mira Holt huddled with Ivo Brandt before the vote.", "in_person"],
    ["Mira Holt held a videoconference with Ivo Brandt on Monday.", "call"],
    ["Mira Holt held a teleconference with Ivo Brandt on Monday.", "call"],
    ["Mira Holt met a delegation headed by Ivo Brandt on Monday.", "in_person"],
  ])("%s", (sentence, kind) => {
    expect(meetings(sentence)).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", kind }));
  });
  it.each([
    // Must not: a conference as an event, a huddle of one side.
    ["Mira Holt spoke at a conference on Monday, where Ivo Brandt was also a speaker."],
    ["Mira Holt huddled in her office before the vote, Ivo Brandt said."],
  ])("%s: no meeting", (sentence) => expect(meetings(sentence)).toEqual([]));
});
