// A text in its author's voice: headlines that name the author, and texts where "I" is nobody's.
import { describe, expect, it } from "vitest";
import { authorOf } from "../../src/extract/authored";
import { analyse } from "../../src/extract/entities";
import { extractFacts } from "../../src/extract/extract-facts";
import { AUTHORED_DOCUMENTS } from "../../src/lexicon/authored-documents";
import { parseArticle } from "../../src/parse/parse-article";

const BODY = "Today I had a productive meeting with Chancellor Ivo Brandt in Bergen. We discussed the ferry link.\n\nI told the Chancellor that our two ports will work together.";
const read = (title: string, body = BODY) => {
  const x = extractFacts(parseArticle(`${title}\n\nMay 10, 2024\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    statements: x.statements.map((s) => `${name(s.speaker)}: ${s.text}`),
    meetings: x.meetings.map((m) => `${m.participants.map(name).sort().join(" + ")} ${m.date ?? "-"}`),
  };
};

describe("headlines that name the text's author", () => {
  it.each(AUTHORED_DOCUMENTS.map((d) => [d.id, d.where, d.example]))("%s (%s): %s", (_id, where, cue) => {
    const text = where === "headline" ? `${cue}\n\nMay 10, 2024\n\n${BODY}` : `Port news\n\nMay 10, 2024\n\n${cue}\n\n${BODY}`;
    const a = analyse(parseArticle(text));
    const by = authorOf(a);
    expect(by).toBeDefined();
    expect(a.entities[by!.author]!.name).toMatch(/^(?:Ines Moreau|Lena Ostrova)$/);
  });
  it("a line introducing the author's words makes the first-person sentences after it theirs", () => {
    const r = read("Harbour talks end", `Mira Holt met the Chancellor on Monday.\n\nHere is the statement issued by Mira Holt, the trade minister, after the meeting:\n\n${BODY}`);
    expect(r.statements).toContain("Mira Holt: I told the Chancellor that our two ports will work together.");
    // (Monday's meeting with "the Chancellor", named Ivo Brandt in her words, is the one she tells of.)
    expect(r.meetings.filter((m) => m.startsWith("Ivo Brandt + Mira Holt "))).toHaveLength(1);
  });
  it.each([
    ["Statement by President Mira Holt following her meeting with Chancellor Ivo Brandt", "Mira Holt"],
    ["Remarks by Mira Holt at the harbour forum", "Mira Holt"],
    ["Message from Trade Minister Mira Holt on the ferry link", "Mira Holt"],
    ["Prime Minister Mira Holt's statement on the ferry link", "Mira Holt"],
  ])("%s → %s speaks the first-person sentences, one statement a paragraph", (headline, author) => {
    const r = read(headline);
    expect(r.statements).toEqual([
      `${author}: Today I had a productive meeting with Chancellor Ivo Brandt in Bergen. We discussed the ferry link.`,
      `${author}: I told the Chancellor that our two ports will work together.`,
    ]);
    // The meeting the author tells, dated by "today" = the day the statement is dated.
    expect(r.meetings).toEqual([`Ivo Brandt + ${author} 2024-05-10`]);
  });
  it("the author named in the body too is that entity, not a second one", () => {
    const r = read("Statement by President Holt on the ferry link", `President Mira Holt spoke in Bergen.\n\n${BODY}`);
    expect(r.statements[0]).toMatch(/^Mira Holt: Today I had/);
  });
});

describe("texts where 'I' and 'we' are nobody's", () => {
  it.each([
    // A news headline, not an author's.
    ["Harbour talks end without a deal", BODY],
    ["Ivo Brandt criticises statement on the ferry link", BODY],
    // No person named after "Statement by".
    ["Statement by the harbour board on the ferry link", BODY],
  ])("%s", (headline, body) => {
    expect(read(headline, body).statements.filter((s) => s.includes("Today I had"))).toEqual([]);
  });
  it("quoted words in an authored text stay with the rules that attribute quotes", () => {
    const r = read("Statement by Mira Holt on the ferry link", "“We will rebuild,” Ivo Brandt said on Monday.\n\nThe ferry link opens in June.");
    expect(r.statements).toEqual(["Ivo Brandt: We will rebuild"]);
  });
});
