import { describe, expect, it } from "vitest";
import { parseInContext, resolveFollowUp, type Subject } from "../../src/answer/follow-up";

const peskov: Subject = { people: ["Dmitry Peskov"] };
const meeting: Subject = { people: ["Qin Gang", "Andrei Rudenko"], pair: ["Qin Gang", "Andrei Rudenko"] };

describe("follow-up questions lean on the last subject", () => {
  it.each([
    ["And what did he say?", peskov, "what did Dmitry Peskov say?"],
    ["Who did she meet?", peskov, "Who did Dmitry Peskov meet?"],
    ["When was that?", meeting, "When did Qin Gang meet Andrei Rudenko?"],
    ["where was that meeting?", meeting, "Where did Qin Gang meet Andrei Rudenko?"],
    ["What did the two discuss?", meeting, "What did Qin Gang and Andrei Rudenko discuss?"],
    ["Who is Ma Zhaoxu?", meeting, "Who is Ma Zhaoxu?"],
  ])("%s", (q, subject, rewritten) => expect(resolveFollowUp(q, subject)).toBe(rewritten));

  it.each([
    ["And what did he say?", peskov, { type: "said_by", a: "Dmitry Peskov" }],
    ["When was that?", meeting, { type: "when", a: "Qin Gang", b: "Andrei Rudenko" }],
    ["What did they discuss?", meeting, { type: "discuss", a: "Qin Gang", b: "Andrei Rudenko" }],
    // A question about "the meeting" itself stays one: the meeting in context answers it.
    ["What was discussed at the meeting?", meeting, { type: "meeting_detail", detail: "topics" }],
    ["What did they discuss?", peskov, { type: "meeting_detail", detail: "topics" }],
    // Questions that stand alone keep their own words, pronouns and all.
    ["Who said they would march for justice?", peskov, { type: "who_said", phrase: "they would march for justice" }],
    ["What did Putin say?", peskov, { type: "said_by", a: "Putin" }],
    // Without context a follow-up is not guessed at.
    ["When was that?", null, { type: "search" }],
  ])("%s → intent", (q, subject, intent) => expect(parseInContext(q, subject)).toEqual(intent));
});
