// First-person meetings inside quotes: each trigger's example, and quotes that tell no meeting.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { QUOTED_MEETING_TRIGGERS } from "../../src/extract/quoted-meetings";
import { parseArticle } from "../../src/parse/parse-article";

const meetings = (body: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\nMira Holt is Norway's trade minister.\n\n${body}`));
  return x.meetings.map((m) => `${m.participants.map((p) => x.entities[p]!.name).sort().join(" + ")} (${m.rule})`);
};

describe("meetings in the speaker's own words", () => {
  it.each(QUOTED_MEETING_TRIGGERS.map((t) => [t.id, t.example]))("%s: %s", (id, example) => {
    expect(meetings(example)).toContain(`Ivo Brandt + Mira Holt (quoted:${id})`);
  });
  it.each([
    "“I met resistance everywhere,” Mira Holt said.",
    "“We will meet Ivo Brandt next week,” Mira Holt said.",
    "“The meeting was long. Ivo Brandt left early,” Mira Holt said.",
  ])("none in: %s", (example) => expect(meetings(example)).toEqual([]));
});
