import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/parse/dates";
import { htmlToText } from "../../src/parse/html";
import { parseArticle } from "../../src/parse/parse-article";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

describe("the example article", () => {
  const p = parseArticle(example);
  it("reads title, dates and byline", () => {
    expect(p.title).toBe("China, Russia Diplomats Meet in Beijing After Wagner Mercenary Uprising");
    expect(p.published).toBe("2023-06-25");
    expect(p.updated).toBe("2023-06-26");
    expect(p.byline).toBe("Tom Ozimek and Reuters contributed to this report.");
  });
  it("separates and deduplicates captions", () => {
    expect(p.captions).toHaveLength(3);
    expect(p.captions.every((c) => /\)$/.test(c.text))).toBe(true);
    expect(p.paragraphs.some((x) => x.text.includes("Getty Images"))).toBe(false);
  });
  it("drops page residue and the repeated title, and keeps offsets into the text", () => {
    expect(p.paragraphs.some((x) => x.text === "0:00" || x.text.startsWith("China, Russia Diplomats"))).toBe(false);
    for (const x of [...p.paragraphs, ...p.captions]) expect(example.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("dates in the forms people paste", () => {
  it.each([
    ["6/25/2023", "2023-06-25"],
    ["June 25, 2023", "2023-06-25"],
    ["25 June 2023", "2023-06-25"],
    ["Tue 19 Nov 2024 18.04 GMT", "2024-11-19"],
    ["Published: April 12, 2025 | 09:15 KST", "2025-04-12"],
    ["Jan. 23, 2025", "2025-01-23"],
    ["no date here", null],
  ])("%s → %s", (text, iso) => expect(parseDate(text)).toBe(iso));
});

describe("datelines", () => {
  it("takes the place and date of a wire dateline", () => {
    const p = parseArticle("Title\n\nPARIS, March 3, 2024 (Reuters) - Leaders met on Monday.");
    expect(p.dateline).toMatchObject({ place: "Paris", date: "2024-03-03", agency: "Reuters" });
    expect(p.published).toBe("2024-03-03");
    expect(p.paragraphs[0]!.text).toBe("Leaders met on Monday.");
  });

  it.each([
    ["Title\n\n08 July 2015 - On July 02, the envoy called on the mayor.", "2015-07-08", "On July 02, the envoy called on the mayor."],
    ["Title\n\nMarch 3, 2024 – The board met on Monday.", "2024-03-03", "The board met on Monday."],
  ])("a press release's date opening its first paragraph dates it: %s", (text, published, first) => {
    const p = parseArticle(text);
    expect(p.published).toBe(published);
    expect(p.paragraphs[0]!.text).toBe(first);
  });

  it.each([
    // A date in the sentence, or a range after it, is no opener.
    "Title\n\nOn 08 July 2015 the envoy called on the mayor.",
    "Title\n\n08 July 2015 - 10 July 2015 were the days of the fair.",
  ])("no press-release date: %s", (text) => {
    expect(parseArticle(text).paragraphs[0]!.text).toMatch(/^(?:On 08|08 July)/);
  });

  it.each([
    // The issuing office in square brackets before the dash; a region after a known town.
    ["Title\n\nBergen, Vestland  [Ministry of Health] – The minister met the envoy on Tuesday.", { place: "Bergen", region: "Vestland", agency: "Ministry of Health" }, "The minister met the envoy on Tuesday."],
    // A clock and a bar before the place, the region in brackets, and the place and date a paragraph alone.
    ["Title\n\n16:00 | Bergen (Vestland region), Jun. 22.\n\nThe minister met the mayors on Friday.\n\nPublished: 6/22/2018", { place: "Bergen", date: "2018-06-22" }, "The minister met the mayors on Friday."],
  ])("reads an agency's dateline: %s", (text, dateline, first) => {
    const p = parseArticle(text);
    expect(p.dateline).toMatchObject(dateline);
    expect(p.paragraphs[0]!.text).toBe(first);
  });
  it.each([
    // An unknown town before an unknown region, with no dash, date or agency, is prose.
    "Title\n\nKessmere, Tormund said the port would open.",
    // A place and a date alone, with more in the paragraph, is a sentence.
    "Title\n\nBergen, June 22 was the day the port opened.",
  ])("no dateline: %s", (text) => expect(parseArticle(text).dateline).toBeNull());

  it("a body's name and its short form opening a sentence are no dateline", () => {
    const p = parseArticle("Title\n\nMay 10, 2024\n\nVarde Football Association (VFA) President, Ana Lind, led a delegation to the ministry.");
    expect(p.dateline).toBeNull();
    expect(p.paragraphs[0]!.text).toMatch(/^Varde Football Association/);
  });
});

describe("html", () => {
  it("reduces tags and entities to lines of text", () => {
    expect(htmlToText("<h1>A &amp; B</h1><p>One&#8217;s <b>bold</b></p><script>x()</script><p>Two</p>")).toBe("A & B\n\nOne’s bold\n\nTwo");
  });
});
