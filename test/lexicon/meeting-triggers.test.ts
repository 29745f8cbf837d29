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
