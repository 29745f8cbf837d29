// Each attribution form's example, and a table of quotes that must NOT be attributed.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { ATTRIBUTION_FORMS } from "../../src/extract/quote-attribution";
import { findQuotes, QUOTE_MARKS } from "../../src/extract/quotes";
import { parseArticle } from "../../src/parse/parse-article";

const statements = (body: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
  return x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text, rule: s.rule }));
};

describe("quote marks", () => {
  it.each(QUOTE_MARKS.map((m) => [m.id, m.example]))("%s: %s", (_id, example) => {
    const q = findQuotes([{ text: example, start: 0, end: example.length }]);
    expect(q.map((x) => x.inner)).toEqual(["We are ready,"]);
  });
  it.each([
    ["Don’t tell the Jones’ dog", []],
    ["the ‘amicable’ talks", []], // a scare-quoted word is no quote
    ["He said ‘we will go, whatever it costs,’ and left.", ["we will go, whatever it costs,"]],
    ["“We start,” she said, “and we finish.”", ["We start,", "and we finish."]],
    // Two single closing marks close a curly double quote, when no double one does.
    ["She called it “absolutely disgusting’’ and left.", ["absolutely disgusting"]],
    ["“We start’’, she said, “and we finish.”", ["We start", "and we finish."]],
  ])("%s", (text, inner) => {
    expect(findQuotes([{ text, start: 0, end: text.length }]).map((x) => x.inner)).toEqual(inner);
  });
  it("marks a quote that runs to its paragraph's end as unclosed", () => {
    const t = "“We are ready. We will go on";
    expect(findQuotes([{ text: t, start: 0, end: t.length }])[0]).toMatchObject({ unclosed: true, inner: "We are ready. We will go on" });
  });
});

describe("attribution forms", () => {
  it.each(ATTRIBUTION_FORMS.map((f) => [f.id, f]))("%s", (_id, f) => {
    const body = `Mira Holt and Ivo Brandt met in Bergen on Monday.\n\n${f.example}`;
    const s = statements(body);
    const quoted = f.example.slice(f.example.lastIndexOf("“") + 1, f.example.lastIndexOf("”")).replace(/[,.]$/, "");
    const hit = s.find((x) => x.text.includes(quoted.slice(0, 12)));
    expect(hit?.speaker).toBe(f.speaker);
  });

  it("joins a quote that runs over paragraphs into one statement of the speaker named in the first", () => {
    const s = statements("“We are ready,” Mira Holt said. “The port will open.\n\n“The ferries will run.\n\n“Nobody will lose a job.”\n\nIvo Brandt said the plan was late.");
    expect(s.filter((x) => x.speaker === "Mira Holt").map((x) => x.text).join(" ")).toMatch(/port will open.*ferries will run.*Nobody will lose a job/);
    expect(s.find((x) => /Nobody/.test(x.text))?.speaker).toBe("Mira Holt");
  });

  it("reads a quote of several sentences closed by the speaker", () => {
    const s = statements("Mira Holt spoke in Oslo.\n\n“Trade is up. Jobs are up. Prices are down,” Holt said.");
    expect(s).toContainEqual(expect.objectContaining({ speaker: "Mira Holt", text: expect.stringContaining("Trade is up. Jobs are up. Prices are down") }));
  });
});

describe("quotes that are not attributed", () => {
  it.each([
    ["a headline-style quote with no speaker nearby", "The board met on Monday.\n\n“Open skies” is the plan’s name, the document shows in its first pages."],
    ["a quote followed by an unrelated clause", "Ivo Brandt arrived.\n\nThe sign read “Closed for repairs until June” and nobody came."],
  ])("%s", (_why, body) => {
    expect(statements(body)).toEqual([]);
  });
});

describe("a person set off after a role phrase of an organisation", () => {
  it.each([
    ["The chief executive of Norland Shipping, Petra Vik, said the company had lost the files.", "Petra Vik"],
    ["The interim head of Aldermoor Analytics, Dr Jonas Brekke, said the firm would appeal.", "Jonas Brekke"],
  ])("%s → %s", (body, speaker) => expect(statements(body).map((s) => s.speaker)).toEqual([speaker]));
  it.each([
    // the organisation itself speaks, or the person is named before the appositive
    ["Norland Shipping, the ferry operator, said the company had lost the files.", "Norland Shipping"],
    ["Petra Vik, chief executive of Norland Shipping, said the company had lost the files.", "Petra Vik"],
  ])("not: %s → %s", (body, speaker) => expect(statements(body).map((s) => s.speaker)).toEqual([speaker]));
});

describe("a group's words are each member's", () => {
  const MET = "Mayor Ana Lind met Governor Tom Berg in Bergen on Monday.\n\n";
  it.each([
    ["The two Liberals said the bridge plan was sound.", ["Ana Lind", "Tom Berg"]],
    ["The duo described the talks as 'long but useful'.", ["Ana Lind", "Tom Berg"]],
    // one member named: only that one
    ["Berg said the bridge plan was sound.", ["Tom Berg"]],
  ])("%s", (sentence, speakers) => expect(statements(MET + sentence).map((s) => s.speaker).sort()).toEqual(speakers));
});
