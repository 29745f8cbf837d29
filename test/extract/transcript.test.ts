// Transcript statements: a speaker label opens a turn; the turn's paragraphs are the labelled speaker's words.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const said = (body: string) => {
  const x = extractFacts(parseArticle(`Ferry talks\n\n2024-05-10\n\n${body}`));
  return x.statements.filter((s) => s.rule === "transcript-label").map((s) => `${x.entities[s.speaker]!.name}: ${s.text}`);
};
const OPENING = "Secretary of State Tove Aalberg met Foreign Minister Ruben Castell in Oslo on Monday.";

describe("transcript turns", () => {
  it.each([
    // A label with a role before the surname: the person named in full earlier.
    [`${OPENING}\n\nSECRETARY AALBERG: Thank you for coming. The ferry link is our priority.\n\nFOREIGN MINISTER CASTELL: We agree on the ferry link.`,
      ["Tove Aalberg: Thank you for coming. The ferry link is our priority.", "Ruben Castell: We agree on the ferry link."]],
    // A reporter's question whose label the page dropped ends the turn before it; the answer after a label is kept.
    [`${OPENING}\n\nFOREIGN MINISTER CASTELL: We agree on the ferry link.\n\nWill the port reopen?\n\nSECRETARY AALBERG: Yes, by June, as planned.`,
      ["Ruben Castell: We agree on the ferry link.", "Tove Aalberg: Yes, by June, as planned."]],
    // "QUESTION:" in capitals is a reporter's label: it names nobody and ends the turn before it.
    [`${OPENING}\n\nFOREIGN MINISTER CASTELL: We agree on the ferry link.\n\nQUESTION: Will the port reopen?\n\nSECRETARY AALBERG: Yes, by June, as planned.`,
      ["Ruben Castell: We agree on the ferry link.", "Tove Aalberg: Yes, by June, as planned."]],
  ])("%s", (body, expected) => expect(said(body)).toEqual(expected));
  it.each([
    // Must not: a labelled turn that asks questions is a reporter's, whoever the label names.
    `${OPENING}\n\nSECRETARY AALBERG: Will the port reopen? Who pays for it?\n\nFOREIGN MINISTER CASTELL: Nobody knows yet, sadly.`,
  ])("no statement from a questioning turn: %s", (body) => expect(said(body).filter((s) => s.startsWith("Tove Aalberg"))).toEqual([]));
});

describe("a page's own labels are no speakers", () => {
  it.each([
    `Announcement: Mayor Tove Aalberg meets the envoy\n\nAnnouncement: Mayor Tove Aalberg meets the envoy Ruben Castell.\n\nThe two officials exchanged views on the ferry link.`,
    `Please note: This page is archived.\n\nRelated articles: Ferry link opens.\n\nMayor Tove Aalberg met Ruben Castell.`,
  ])("%s", (body) => expect(said(body)).toEqual([]));
});
