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

describe("outlet wordings of the triggers (press releases, state agencies, wire copy)", () => {
  it.each([
    ["Governor Mira Holt received a courtesy visit from Ivo Brandt at the lodge on Friday.", "in_person"],
    ["Mira Holt yesterday received in audience Ivo Brandt, the visiting trade envoy.", "in_person"],
    ["Mira Holt disclosed the figures when she played host to Ivo Brandt at the council chamber.", "in_person"],
    ["Mira Holt held a discussion with Ivo Brandt on the ferry subsidy.", "in_person"],
    ["Mira Holt spoke today with Ivo Brandt about the ferry subsidy.", "in_person"],
    ["The port would reopen in May, Mira Holt said after meeting Ivo Brandt at the harbour office.", "in_person"],
    // A delegation named before the one leading it.
    ["Mira Holt received a delegation of the Coastal Ferry Operators Association led by its chairman, Ivo Brandt.", "in_person"],
    ["Mira Holt met a delegation of ferry owners headed by Ivo Brandt at the harbour.", "in_person"],
  ])("%s", (sentence, kind) => {
    expect(meetings(sentence)).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", kind }));
  });
  it("talks without a determiner opening the sentence, with their place", () => {
    expect(meetings("Mira Holt flew to Tromsø on Monday. In talks in Tromsø, Holt and Ivo Brandt agreed on a ferry timetable."))
      .toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt" }));
  });
  it.each([
    // Must not: a letter or a report from a group someone leads; meeting a deadline; a plain call is a phone call, not a visit.
    ["Mira Holt received a letter from the ferry owners' group led by Ivo Brandt."],
    ["Mira Holt received the report of the team of inspectors that Ivo Brandt had led."],
    ["Mira Holt said the yard was on track after meeting the June deadline, Ivo Brandt's office said."],
    ["Mira Holt played host to the regional ferry conference, which Ivo Brandt did not attend."],
  ])("%s: no meeting", (sentence) => expect(meetings(sentence)).toEqual([]));
  it("a courtesy call received is in person; a call received is by phone", () => {
    expect(meetings("Mira Holt received a courtesy call from Ivo Brandt at the lodge.")).toContainEqual(expect.objectContaining({ kind: "in_person" }));
    expect(meetings("Mira Holt received a call from Ivo Brandt on Monday.")).toContainEqual(expect.objectContaining({ kind: "call" }));
  });
});
