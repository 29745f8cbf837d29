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
    "“Ivo Brandt called me a liar,” Mira Holt said.",
    "“Ivo Brandt met us halfway on the tax,” Mira Holt said.",
    "“Ivo Brandt left. Then the mayor called me,” Mira Holt said.",
  ])("none in: %s", (example) => expect(meetings(example)).toEqual([]));
  it("'The meeting with' bodies joined by 'and' in the speaker's words names both", () => {
    expect(meetings("“The meeting with the Harbour Workers Union and the Ministry of Transport was a fruitful one,” Mira Holt said.")).toContain("Harbour Workers Union + Ministry of Transport + Mira Holt (quoted:meeting-with)");
  });
  it("'The meeting with the press' names no one met", () => expect(meetings("“The meeting with the press was short,” Mira Holt said.")).toEqual([]));
  it("each meeting a quote tells, with a deputy joined by 'and his deputy'", () => {
    expect(meetings("“We held the first talks with the top management of the Harbour Fund – Executive Director Ivo Brandt and his deputy Lena Park. We also met separately with the Fund's Europe Director Kari Holm and his deputy Tomas Berg,” Mira Holt posted on Facebook.")).toEqual([
      "Ivo Brandt + Lena Park + Mira Holt (quoted:i-met)", "Kari Holm + Mira Holt + Tomas Berg (quoted:i-met)",
    ]);
  });

  it.each([
    ["“Ivo Brandt called me for a telephone talk yesterday,” Mira Holt said.", "call"],
    ["“Today I met my friend Ivo Brandt in the old town,” Mira Holt said.", "in_person"],
  ])("%s is a %s", (example, kind) => {
    const x = extractFacts(parseArticle(`Headline\n\nBERGEN, May 3 - ${example}`));
    expect(x.meetings.map((m) => m.kind)).toEqual([kind]);
    if (kind === "call") expect(x.meetings[0]!.place).toBeNull();
  });
});

describe("a quoted meeting's date", () => {
  it("is the date its sentence gives", () => {
    const x = extractFacts(parseArticle("Port news\n\nMay 10, 2024\n\n“Ivo Brandt called me yesterday about the port,” Mira Holt said."));
    expect(x.meetings.map((m) => m.date)).toEqual(["2024-05-09"]);
  });
});

describe("delegations: members named after the group met", () => {
  const held = (body: string) => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
    return x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + "));
  };
  it.each([
    ["A Danish delegation met Tuesday with President Ana Ruiz. The delegation included Senator Lars Holm and Mayor Eva Berg.", ["Ana Ruiz + Lars Holm", "Ana Ruiz + Eva Berg"]],
    ["A team of engineers met Governor Ana Ruiz on Monday. Ivo Brandt and Lena Park were part of the team.", ["Ana Ruiz + Ivo Brandt", "Ana Ruiz + Lena Park"]],
  ])("%s", (body, expected) => expect(held(body).sort()).toEqual([...expected].sort()));
  it.each([
    ["members named far from the meeting", "A Danish delegation met President Ana Ruiz. The port was busy. Ships came in. Trade grew. The delegation included Lars Holm."],
    ["a group that met nobody named", "A Danish delegation toured the port. The delegation included Senator Lars Holm."],
  ])("none for %s", (_why, body) => expect(held(body)).toEqual([]));
});

describe("'Our meeting with X' in the speaker's words", () => {
  it("is a meeting of the speaker and X", () => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\nUnion leader Mira Holt spoke after the talks. "Our meeting with Ivo Brandt and the local managers helped us understand the plans," Holt said.`));
    expect(x.meetings.map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + "))).toContain("Ivo Brandt + Mira Holt");
  });
});
