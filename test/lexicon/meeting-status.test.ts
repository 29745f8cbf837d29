// Every status cue's example gives a meeting with that status; plain meetings are held.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { MEETING_STATUS_CUES } from "../../src/lexicon/meeting-status";
import { parseArticle } from "../../src/parse/parse-article";

const meetings = (sentence: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${sentence}`));
  return x.meetings.map((m) => ({ pair: m.participants.map((p) => x.entities[p]!.name).sort().join(" + "), status: m.status, statusText: m.statusText, duration: m.duration, kind: m.kind, dateText: m.dateText }));
};

/** Participants of the held meetings of a body, each pair or group as "A + B". */
const held = (body: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
  return x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + "));
};

describe("meeting status cues", () => {
  it.each(MEETING_STATUS_CUES.map((c) => [c.id, c.example, c.status]))("%s: %s", (_id, example, status) => {
    expect(meetings(example)).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", status, statusText: expect.any(String) }));
  });
  it.each([
    "Mira Holt met Ivo Brandt in Bergen on Monday.",
    "Mira Holt, who had planned the trip for months, met Ivo Brandt on Monday.",
  ])("held: %s", (sentence) => {
    expect(meetings(sentence)).toContainEqual(expect.objectContaining({ pair: "Ivo Brandt + Mira Holt", status: "held", statusText: null }));
  });
});

describe("meeting features from the clause", () => {
  it.each([
    ["Mira Holt held a 45-minute meeting with Ivo Brandt on Monday.", { duration: "45 minutes", dateText: "on Monday" }],
    ["Mira Holt talked with Ivo Brandt by telephone on Monday.", { kind: "call" }],
    ["Mira Holt met Ivo Brandt; the talks lasted two hours.", { duration: "two hours" }],
  ])("%s", (sentence, expected) => expect(meetings(sentence)[0]).toMatchObject(expected));
  it("no duration from an unrelated span of time", () => {
    expect(meetings("Mira Holt met Ivo Brandt on Monday, 45 minutes after the blast in the harbour.")[0]?.duration).toBeNull();
  });
});

describe("places, venues and dates of a meeting", () => {
  it.each([
    ["Mira Holt met Ivo Brandt at Government House on Thursday.", { venue: "Government House", place: "Government House" }],
    ["Mira Holt received Ivo Brandt, who brought a letter from Sweden's king.", { place: null }],
    ["Mira Holt is meeting Ivo Brandt at the Riverside Palace.", { date: "2024-05-10", venue: "Riverside Palace" }],
  ])("%s", (sentence, expected) => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${sentence}`));
    expect(x.meetings[0]).toMatchObject(expected);
  });
  it("keeps two meetings of the same people on different dates apart", () => {
    const x = extractFacts(parseArticle("Port news\n\nMay 10, 2024\n\nMira Holt met Ivo Brandt in Oslo on March 3. Mira Holt met Ivo Brandt again in Bergen on Wednesday."));
    expect(x.meetings.map((m) => `${m.date} ${m.place}`)).toEqual(["2024-03-03 Oslo", "2024-05-08 Bergen"]);
  });
});

describe("sides of a meeting", () => {
  it.each([
    ["an organisation led by a person", "The Harbour Workers Union (HWU) led by Secretary General Ana Ruiz met Governor Ivo Brandt on Monday.", ["Ana Ruiz + Harbour Workers Union + Ivo Brandt"]],
    ["named people meeting an unnamed group", "Mira Holt, Lena Park and Ivo Brandt met with the leadership of three unions on Monday.", ["Ivo Brandt + Lena Park + Mira Holt"]],
    ["a pronoun object in a relative clause", "The plan was explained by Mira Holt to Ivo Brandt, who paid her a courtesy visit at the palace on Monday.", ["Ivo Brandt + Mira Holt"]],
  ])("%s", (_why, body, expected) => expect(held(body)).toEqual(expected));
  it("no meeting of named people with the press", () => expect(held("Mira Holt and Lena Park met with the press on Monday.")).toEqual([]));
});

describe("the status told last wins", () => {
  it.each([
    ["A planned meeting between Mira Holt and Ivo Brandt was cancelled on Monday.", "cancelled"],
    ["A planned meeting between Mira Holt and Ivo Brandt was postponed.", "postponed"],
    ["Mira Holt is due to meet Ivo Brandt, whose office said the talks are scheduled for June.", "planned"],
  ])("%s", (sentence, status) => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${sentence}`));
    expect(x.meetings.map((m) => m.status)).toEqual([status]);
  });
});

describe("parties in a list of those met", () => {
  it("meets a second party opened by a plural title apart from the first", () => {
    expect(held("Governor Ana Ruiz met with Italian envoy Marco Resta, and ambassadors Lars Holm of Norway and Eva Berg of Sweden.").sort())
      .toEqual(["Ana Ruiz + Eva Berg + Lars Holm", "Ana Ruiz + Marco Resta"]);
  });
  it("keeps two people met together in one meeting", () => {
    expect(held("Governor Ana Ruiz met envoy Lars Holm and his deputy Eva Berg in Oslo.")).toEqual(["Ana Ruiz + Eva Berg + Lars Holm"]);
  });
});

describe("lists and appositives after a meeting verb", () => {
  it.each([
    ["a fronted meeting phrase then its subject", "In his meeting with Lars Holm, Ivo Brandt raised trade.", ["Ivo Brandt + Lars Holm"]],
    ["a list that closes with 'and'", "Ana Ruiz met Lars Holm, Eva Berg and Ivo Brandt in Oslo.", ["Ana Ruiz + Eva Berg + Ivo Brandt + Lars Holm"]],
    ["a name set off after a role phrase", "Trade Minister Eva Berg spoke. Ana Ruiz later held talks with the Danish trade minister, Mr. Lars Holm.", ["Ana Ruiz + Lars Holm"]],
  ])("%s", (_why, body, expected) => expect(held(body)).toEqual(expected));
});
