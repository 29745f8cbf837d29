// Input normalisation on pastes of our own making: headline or none, date
// stamps, datelines, hard wraps, headings, labels, ALL-CAPS, HTML pages.
import { describe, expect, it } from "vitest";
import { DATELINE_EXAMPLES } from "../../src/lexicon/datelines";
import { BYLINE_RULES, KICKER, KICKER_EXAMPLE, RESIDUE_RULES } from "../../src/lexicon/page-residue";
import { DATE_FORMS, numericOrder, parseDate } from "../../src/parse/dates";
import { findDateline, inferYear } from "../../src/parse/dateline";
import { dropSiteName, readHtmlArticle } from "../../src/parse/html";
import { parseArticle, type ParsedArticle } from "../../src/parse/parse-article";
import { leadingStamp, readStamp } from "../../src/parse/stamps";
import { articleText } from "../../src/ingest/article-text";

const BODY = "The harbour master met the fishing crews in Tromsø on Monday.";
/** Offsets are valid: every span's text is what `text` holds there, and `text` is as long as the input. */
function expectOffsets(p: ParsedArticle): void {
  expect(p.text.length).toBe(p.source.length);
  for (const s of [...p.paragraphs, ...p.captions, ...p.headings]) expect(p.text.slice(s.start, s.end)).toBe(s.text);
}

describe("a first line cut after an article or a title's modifier", () => {
  it.each([
    "The Vice\nPresident met today with Ivo Brandt in Oslo.",
    "Talks between the\nharbour board and the union resumed on Monday.",
  ])("is no headline: %j", (text) => expect(parseArticle(text).title).toBeNull());
  it("keeps a headline ending in a particle", () => {
    expect(parseArticle(`Regulator closes in\n\n${BODY}`).title).toBe("Regulator closes in");
  });
});

describe("headline or none", () => {
  it.each([
    ["Harbour deal signed after long night", `Harbour deal signed after long night\n\n${BODY}`],
    ["Skip clutter: the headline is the first real line", `Skip to main content\nFerry Union Accepts Offer\n${BODY}`],
    ["a stamp before the headline", `date 2022-04-11 Ferry union accepts offer\n\n${BODY}`],
    ["a section name before a better headline", `Press Releases\n\nMinister opens new ferry terminal in Bodø\n\n${BODY}`],
    ["the headline the page prints twice", `Coastal Weekly Business & Shipping News\n\nFerry talks stall again\n\nFerry talks stall again\n\n${BODY}`],
    ["a one-word headline", `Ferries\n\nMay 3, 2023\n\n${BODY}`],
    ["a long title-case release headline", `Minister For Transport Holds Talks With Ferry Operators From Norway, Denmark And The Faroe Islands On Winter Schedules\n\n${BODY}`],
  ])("%s", (_what, text) => {
    const p = parseArticle(text);
    expect(p.title).not.toBeNull();
    expect(p.paragraphs.map((x) => x.text)).toContain(BODY);
    expect(p.paragraphs.some((x) => x.text === p.title)).toBe(false);
    expectOffsets(p);
  });

  it("takes the headline, not the chrome", () => {
    expect(parseArticle(`Press Releases\n\nMinister opens new ferry terminal in Bodø\n\n${BODY}`).title).toBe("Minister opens new ferry terminal in Bodø");
    expect(parseArticle(`Coastal Weekly Business & Shipping News\n\nFerry talks stall again\n\nFerry talks stall again\n\n${BODY}`).title).toBe("Ferry talks stall again");
  });

  it.each([
    ["a date line, then body", `May 2, 2024\n\n${BODY}`],
    ["body first", `${BODY}\nThe crews said the quotas were too low.`],
    ["a long standfirst without a full stop", `This is the third time this year that the crews have met the harbour master to discuss the cuts to the winter quotas\n\n${BODY}`],
    ["a teaser cut with an ellipsis", `The harbour master will meet the fishing crews in Tromsø to discuss the cuts to the quota…\n\n${BODY}`],
    ["a reporter and a city", `Ingrid Aasen in Tromsø\n\n${BODY}`],
    ["a page tool line only", `date 2021-11-01 Send this page to someone via email\n\n${BODY}`],
  ])("no title: %s", (_what, text) => {
    const p = parseArticle(text);
    expect(p.title).toBeNull();
    expect(p.paragraphs.map((x) => x.text)).toContain(BODY);
  });
});

describe("date stamps", () => {
  it.each([
    ["date 2024-03-07 Print this page", "2024-03-07"],
    ["Published On: 25/06/2025", "2025-06-25"],
    ["[March 14, 2017]", "2017-03-14"],
    ["All News 17:45 December 23, 2020", "2020-12-23"],
    ["4th August 2017", "2017-08-04"],
    ["28th February 2019 By: Coastal News Agency", "2019-02-28"],
    ["Sigrid Holm (HARBOUR TIMES; December 20, 2018)", "2018-12-20"],
    ["Friday, October 8, 2021, 11:14 a.m. Ministry of Fisheries", "2021-10-08"],
    ["June 03, 2020 - 5:26 pm", "2020-06-03"],
    ["Tue 19 Nov 2024 18.04 GMT", "2024-11-19"],
  ])("%s → %s", (line, iso) => {
    expect(readStamp(line, "dmy")?.published).toBe(iso);
    expect(parseArticle(`Ferry talks stall again\n\n${line}\n\n${BODY}`).published).toBe(iso);
  });

  it.each([
    "Talks resume on March 3, 2024",
    "The crews met on March 3, 2024 and agreed to strike.",
    "Created: 2024/04/06 06:30",
  ])("not the article's date: %s", (line) => {
    expect(readStamp(line, "dmy")?.published).toBeUndefined();
  });

  it("reads a labelled date anywhere, and not a reader app's own dates", () => {
    const p = parseArticle(`Ferry talks stall again\n\n${BODY}\n\nCreated: 2024/04/06 06:30\n\nDate: April 5, 2024`);
    expect(p.published).toBe("2024-04-05");
    expect(p.publishedSource).toBe("text");
  });

  it("ignores a weekday banner above the headline (the site's today)", () => {
    expect(parseArticle(`Monday, November 25, 2024\n\nFerry talks stall again\n\n${BODY}`).published).toBeNull();
  });

  it("splits a stamp off the line it opens", () => {
    expect(leadingStamp("date 2024-06-10 Ministers met in Oslo.", "dmy")?.length).toBe("date 2024-06-10 ".length);
    expect(leadingStamp("March 3, 2024 was a cold day.", "dmy")).toBeNull();
  });

  it("reads each date form's example", () => {
    for (const f of DATE_FORMS) expect(parseDate(f.example, "dmy"), f.id).not.toBeNull();
  });

  it.each([
    ["25/06/2025", "mdy", "2025-06-25"],
    ["6/25/2023", "dmy", "2023-06-25"],
    ["06/12/2024", "dmy", "2024-12-06"],
    ["06/12/2024", "mdy", "2024-06-12"],
    ["31/02/2024", "dmy", null],
  ] as const)("numeric %s read %s → %s", (text, order, iso) => expect(parseDate(text, order)).toBe(iso));

  it("reads a document's numeric order from its own unambiguous dates or a US dateline", () => {
    expect(numericOrder("Posted 25/06/2025. Updated 06/07/2025.", false)).toBe("dmy");
    expect(numericOrder("Posted 6/25/2023.", false)).toBe("mdy");
    expect(numericOrder("Posted 06/07/2025.", true)).toBe("mdy");
    expect(numericOrder("Posted 06/07/2025.", false)).toBe("dmy");
  });
});

describe("datelines", () => {
  it.each(DATELINE_EXAMPLES)("$line", (ex) => {
    const found = findDateline(ex.line, { published: "2024-05-01" });
    expect(found?.dateline.place).toBe(ex.place);
    if (ex.date) expect(found?.dateline.date).toBe(`2024${ex.date}`);
    if (ex.agency) expect(found?.dateline.agency).toBe(ex.agency);
  });

  it.each([
    ["Lusaka March 3/2021 /ENA/ The minister met the envoys.", { place: "Lusaka", date: "2021-03-03", agency: "ENA" }],
    ["Port Louis February 6, 2022 (Wire) - Ferries stopped.", { place: "Port Louis", date: "2022-02-06", agency: "Wire" }],
  ])("no comma before a date that opens with its month: %s", (line, expected) => {
    expect(findDateline(line, { published: null })?.dateline).toMatchObject(expected);
  });
  it.each([
    // Filed from two places, a slash between: the first is the dateline's.
    ["Tromsø/Oslo, Aug 12, 2021 (Wire) The ferry union met the minister.", { place: "Tromsø", date: "2021-08-12", agency: "Wire" }],
    ["BERGEN/New Haven, May 3, 2022 – Ferries stopped.", { place: "Bergen", date: "2022-05-03" }],
    // A reposting service's credit in brackets before a dateline in capitals; a full stop after the date, no dash.
    ["(Wire Syndicate) TROMSØ, Norway, January 17. The ferry union met the minister.", { place: "Tromsø", region: "Norway", agency: "Wire Syndicate" }],
    ["TROMSØ, Norway, January 17. The ferry union met the minister.", { place: "Tromsø", region: "Norway" }],
  ])("two places and a slash, a credit before the place: %s", (line, expected) => {
    expect(findDateline(line, { published: null })?.dateline).toMatchObject(expected);
  });
  it.each([
    // Must not: a credit before a name, no date; a title-case place and a date closed by a full stop.
    "(Wire) Ivo Brandt met the union on Monday.",
    "Lena Park, May 3. The talks ended.",
  ])("must not: %s", (line) => expect(findDateline(line, { published: null })).toBeNull());
  it("must not: a name and a date with no agency or dash", () => expect(findDateline("Lena Park May 3 said the port would open.", { published: null })).toBeNull());

  it.each([
    ["SPRINGFIELD, Ill. – The mayor met the governor.", "Springfield", "Ill."],
    ["ØRESUND, Denmark – Ferries stopped.", "Øresund", "Denmark"],
    // The date after the region with no comma: the month is no word of the region.
    ["TROMSØ, Norway Nov 17 – Ferries stopped.", "Tromsø", "Norway"],
  ])("with a region: %s", (line, place, region) => {
    expect(findDateline(line, { published: null })?.dateline).toMatchObject({ place, region });
  });

  it.each([
    "Meanwhile, Halvorsen – who chairs the board – said nothing.",
    "SECRETARY HALVORSEN: We will keep talking.",
    "WASHINGTON-based lobbyists met the crews.",
    "Ferries: the view from the harbour",
    "The crews met – at last – on Monday.",
  ])("no dateline: %s", (line) => expect(findDateline(line, { published: null })).toBeNull());

  it("cuts the dateline off the first paragraph and gives its place", () => {
    const p = parseArticle("Ferry talks stall\n\nBODØ, March 3, 2024 (Wire) - The crews met the harbour master.");
    expect(p.dateline).toMatchObject({ place: "Bodø", date: "2024-03-03", agency: "Wire" });
    expect(p.paragraphs[0]!.text).toBe("The crews met the harbour master.");
  });

  it("guesses a missing year from the weekday, and says so", () => {
    // March 6 was a Wednesday in 2024 (a Friday in 2026, a Thursday in 2025): "on Monday" is two days before.
    expect(inferYear({ month: 3, day: 6 }, "The crews met on Monday.", "2026-11-30")).toBe(2024);
    const p = parseArticle("Ferry talks stall\n\nBODØ, March 6 (Wire) - The crews met the harbour master on Monday.", { referenceDate: "2026-11-30" });
    expect(p).toMatchObject({ published: "2024-03-06", publishedSource: "guessed" });
  });

  it("without a weekday, takes the year that puts the date last before the upload", () => {
    expect(inferYear({ month: 12, day: 28 }, "The crews met.", "2027-01-03")).toBe(2026);
    expect(inferYear({ month: 3, day: 6 }, "The crews met.", "2026-11-30")).toBe(2026);
  });

  it("a date given at upload fills in when the text has none, and dates a yearless dateline", () => {
    const p = parseArticle("Ferry talks stall\n\nBODØ, March 6 (Wire) - The crews met.", { published: "2023-03-07", referenceDate: "2026-11-30" });
    expect(p).toMatchObject({ published: "2023-03-07", publishedSource: "given" });
    expect(p.dateline?.date).toBe("2023-03-06");
    const q = parseArticle(`Ferry talks stall\n\nMay 2, 2024\n\n${BODY}`, { published: "2023-03-07" });
    expect(q).toMatchObject({ published: "2024-05-02", publishedSource: "text" });
    const r = parseArticle(`Ferry talks stall\n\nMay 2, 2024\n\n${BODY}`, { published: "2023-03-07", publishedOverrides: true });
    expect(r).toMatchObject({ published: "2023-03-07", publishedSource: "given" });
  });
});

describe("hard-wrapped text", () => {
  const wrapped = "Ferry talks stall\n\nMay 2, 2024\n\nNorway's Fisheries Minister Sigrid\nHolm met the crews of the northern fleet\nin Tromsø on Monday. \"We heard them,\"\nHolm said.\n\nThe next round is in June.";
  it("joins lines that end mid-sentence, names included", () => {
    const p = parseArticle(wrapped);
    expect(p.paragraphs[0]!.text).toBe("Norway's Fisheries Minister Sigrid Holm met the crews of the northern fleet in Tromsø on Monday. \"We heard them,\" Holm said.");
    expect(p.paragraphs[1]!.text).toBe("The next round is in June.");
    expect(p.headings).toEqual([]);
    expectOffsets(p);
  });

  it.each([
    ["a blank line", "Ferry talks stall\n\nThe crews met the harbour master\n\nThe next round is in June."],
    ["a sentence end", "Ferry talks stall\n\nThe crews met the harbour master on Monday.\nThe next round is in June."],
  ])("does not join across %s", (_what, text) => {
    expect(parseArticle(text).paragraphs.map((p) => p.text)).toContain("The next round is in June.");
  });

  it.each([
    ["The ceremony which was held today Monday May 10, 2021 saw the envoys hold talks.", "2021-05-10"],
    ["The harbour reopened today, 4 March 2024, after the strike.", "2024-03-04"],
    // Must not: "today" with no full date after it dates nothing.
    ["The harbour reopened today after the strike of March 4, 2024 had ended.", null],
  ])("a full date the text calls today dates an unstamped article: %s", (body, published) => {
    expect(parseArticle(`Ferry talks stall\n\n${body}`).published).toBe(published);
  });

  it("joins wire copy whose wrapped lines each got a blank line after them", () => {
    const spaced = [
      "ISLAMABAD, May 3 (APP): Fisheries Minister Sigrid Holm on", "Friday stressed the need for closer ties between Norway and",
      "the Faroe Islands, to pursue common goals in the northern", "fishing grounds.", "She was talking to Ambassador of Iceland",
      "Olaf Brandt Sveinsson, who called on her at the ministry.", "In a separate meeting with the harbour board, the minister",
      "praised the crews for their work in the storm season.",
    ].join("\n\n");
    const p = parseArticle(`Ferry talks stall\n\n${spaced}`);
    expect(p.paragraphs.map((x) => x.text.replace(/\s+/g, " "))).toEqual([
      "Fisheries Minister Sigrid Holm on Friday stressed the need for closer ties between Norway and the Faroe Islands, to pursue common goals in the northern fishing grounds.",
      "She was talking to Ambassador of Iceland Olaf Brandt Sveinsson, who called on her at the ministry.",
      "In a separate meeting with the harbour board, the minister praised the crews for their work in the storm season.",
    ]);
    // The spare space of each join goes where no name runs on: never inside "Olaf Brandt Sveinsson" or "the Faroe Islands".
    expect(p.text).toContain("Olaf Brandt Sveinsson,");
    expect(p.text).toContain("the Faroe Islands,");
    expectOffsets(p);
  });
  it("keeps paragraphs apart when most blank-line blocks end their sentences", () => {
    const p = parseArticle(`Ferry talks stall\n\n${BODY}\n\nThe crews asked for a new quay and more berths\n\nThe minister said she would decide in June.\n\nThe board met the unions on Tuesday in Bergen.\n\nTalks resume next week in the town hall.\n\nThe fishing season opens in August this year.`);
    expect(p.paragraphs.map((x) => x.text)).toContain("The crews asked for a new quay and more berths");
  });

  it("keeps a repeated line and a repeated caption once", () => {
    const p = parseArticle(`Ferry talks stall\n\n${BODY}\n\n${BODY}\n\nCrews at the quay. (Photo: Harbour Times)\n\nCrews at the quay. (Photo: Harbour Times)`);
    expect(p.paragraphs.filter((x) => x.text === BODY)).toHaveLength(1);
    expect(p.captions).toHaveLength(1);
  });
});

describe("headings, labels and ALL CAPS", () => {
  it.each(["Winter Quotas", "'Don't Be Embarrassed'", "Norway-Denmark Relations", "“Hold The Line”"])("heading: %s", (h) => {
    const p = parseArticle(`Ferry talks stall\n\n${BODY}\n\n${h}\n\nThe next round is in June.`);
    expect(p.headings.map((x) => x.text)).toContain(h);
    expect(p.paragraphs.some((x) => x.text === h)).toBe(false);
  });

  it.each(["The crews said no.", "Holm met the crews", "Crews reject the harbour offer again and again, said their union leader"])("not a heading: %s", (line) => {
    const p = parseArticle(`Ferry talks stall\n\n${BODY}\n\n${line}\n\nThe next round is in June.`);
    expect(p.headings.map((x) => x.text)).not.toContain(line);
  });

  it("records transcript labels with their paragraph", () => {
    const p = parseArticle("Press briefing\n\nMINISTER HOLM: We will keep talking.\n\nQ: When?\n\nHarbour Times, Aasen: Is there a date?");
    expect(p.labels.map((l) => l.name)).toEqual(["MINISTER HOLM", "Q", "Harbour Times, Aasen"]);
    for (const l of p.labels) expect(p.text.slice(l.start, l.end)).toBe(l.name);
    expect(p.labels[0]!.paragraph).toBe(0);
  });

  it.each(["The crews said: we are tired.", "Holm: a profile of the harbour master"])("no label in prose: %s", (line) => {
    expect(parseArticle(`Ferry talks stall\n\n${line}`).labels).toEqual([]);
  });

  it("reads ALL-CAPS paragraphs case-folded, same length, names capitalised", () => {
    const src = "CREWS MEET MINISTER\n\nMay 2, 2024\n\nBREAKING: MINISTER SIGRID HOLM MET UNION LEADER LARS AASEN IN TROMSØ ON MONDAY.\n\n\"WE DISCUSSED THE WINTER QUOTAS,\" HOLM SAID.\n\nThe crews did not comment.";
    const p = parseArticle(src);
    expect(p.title).toBe("CREWS MEET MINISTER");
    expect(p.paragraphs[0]!.text).toBe("Minister Sigrid Holm met Union Leader Lars Aasen in Tromsø on Monday.");
    expect(p.paragraphs[1]!.text).toMatch(/^"We discussed the winter quotas," Holm said\.$/i);
    expect(p.paragraphs[1]!.text).toContain("Holm said");
    expect(p.paragraphs[2]!.text).toBe("The crews did not comment.");
    expect(p.caseFolded).toHaveLength(2);
    expectOffsets(p);
  });
});

describe("page residue rules", () => {
  it.each(RESIDUE_RULES.map((r) => [r.id, r.example, r.re] as const))("%s: %s", (_id, example, re) => expect(re.test(example)).toBe(true));
  it.each(BYLINE_RULES.map((r) => [r.id, r.example, r.re] as const))("byline %s: %s", (_id, example, re) => expect(re.test(example)).toBe(true));
  it("the kicker example opens with a kicker", () => expect(KICKER.test(KICKER_EXAMPLE)).toBe(true));
  it.each(["Sign language interpreters met the crews.", "Home is where the harbour is",
    // Not a menu or a ticker: prose with section words, a headline with one bar, a kicker before one headline.
    "News from the markets: business as usual", "Politics and business met at the port", "Breaking: the ferry strike is over",
    "Local news | Port strike called off after talks", "Sport, health and education budgets cut"])("residue rules leave body text alone: %s", (line) => {
    expect(RESIDUE_RULES.some((r) => r.re.test(line))).toBe(false);
  });
});

describe("HTML pages", () => {
  const page = `<!doctype html><html><head><title>Crews meet minister in Tromsø - Harbour Times</title>
<meta property="og:title" content="Crews meet minister in Tromsø">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
<body><header><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></header>
<nav><ul><li>Fisheries</li><li>Shipping</li></ul></nav>
<main><article><h1>Crews meet minister in Tromsø</h1>
<p>Fisheries Minister Sigrid Holm met union leader Lars Aasen in Tromsø on Monday to discuss the winter quotas for the northern fleet.</p>
<p>&ldquo;We heard them,&rdquo; Holm said after the meeting, which lasted two hours and ended without an agreement on the quotas.</p>
<div class="share">Share on Facebook | Share on X | Email</div>
<p>Aasen said the crews would vote on the offer next week, and that a strike was still possible if the quotas stayed as they are.</p>
</article>
<aside><h2>Related</h2><p>Ferry strike ends after three days of talks between the union and the operators.</p></aside></main>
<footer>&copy; 2024 Harbour Times</footer></body></html>`;

  it("takes headline, date and main text, not the site around it", () => {
    const a = readHtmlArticle(page);
    expect(a.title).toBe("Crews meet minister in Tromsø");
    expect(a.published).toBe("2024-05-02");
    expect(a.text).toContain("“We heard them,” Holm said");
    for (const chrome of ["Sport", "Shipping", "Ferry strike ends", "Harbour Times"]) expect(a.text).not.toContain(chrome);
  });

  it("parses a pasted page like an upload of text/html", () => {
    for (const type of ["text/plain", "text/html"]) {
      const p = parseArticle(articleText(page, type));
      expect(p.title).toBe("Crews meet minister in Tromsø");
      expect(p.published).toBe("2024-05-02");
      expect(p.paragraphs[0]!.text).toMatch(/^Fisheries Minister Sigrid Holm met/);
    }
  });

  it.each([
    ["Crews meet minister in Tromsø | Harbour Times", "Crews meet minister in Tromsø"],
    ["Crews meet minister in Tromsø – Harbour Times", "Crews meet minister in Tromsø"],
    ["Tromsø - Bodø ferry", "Tromsø - Bodø ferry"],
  ])("site name dropped: %s", (title, want) => expect(dropSiteName(title)).toBe(want));

  it("cleans a fragment with tag residue as before", () => {
    expect(articleText("Crews &amp; the <em>minister</em> met.", "text/plain")).toBe("Crews & the minister met.");
  });
});

// Variants of the head clutter and date lines the failure cases check, in wordings of our own.
describe("head clutter in other wordings", () => {
  it.each([
    ["a row of page tools", "Menu  Search  Log in\nKelp Farmers Win Licence Fight\n"],
    ["tools with separators", "Print | Email | Share\nKelp Farmers Win Licence Fight\n"],
    ["a breadcrumb", "Home > Business > Farming\nKelp Farmers Win Licence Fight\n"],
    ["a stamp, then share links", "Published 2022-08-30 | Share on Facebook\nKelp Farmers Win Licence Fight\n"],
  ])("the headline is the title, not %s", (_what, head) => {
    const p = parseArticle(`${head}${BODY}`);
    expect(p.title).toBe("Kelp Farmers Win Licence Fight");
    expect(p.paragraphs.map((x) => x.text)).toContain(BODY);
  });

  it.each([
    ["Published 2022-08-30 | Share on Facebook", "2022-08-30"],
    ["Posted: 2022-08-30 07:40 | Print this article", "2022-08-30"],
    ["date 2022-08-30 · Email this story", "2022-08-30"],
  ])("a stamp followed by page tools dates the paste and gives no title: %s", (line, iso) => {
    const p = parseArticle(`${line}\n${BODY}`);
    expect(p.title).toBeNull();
    expect(p.published).toBe(iso);
  });

  it("a stamp followed by a separator and a headline keeps the headline", () => {
    expect(parseArticle(`Published 2022-08-30 | Kelp farmers win licence fight\n\n${BODY}`).title).toBe("Kelp farmers win licence fight");
  });

  it.each([
    "Search resumes for missing trawler crew",
    "Home Secretary signs in new harbour rules",
    "Share prices fall as quotas are cut",
    "Save the Children opens a clinic in Bodø",
    "Email row deepens at the harbour board",
    "Prices rose > 5% in May, the board said.",
  ])("not a tool row or breadcrumb: %s", (line) => {
    expect(RESIDUE_RULES.some((r) => r.re.test(line))).toBe(false);
  });
});

describe("date lines in other wordings", () => {
  it.each([
    ["MARCH 6, 2024", "2024-03-06"],
    ["6 MARCH 2024", "2024-03-06"],
    ["SEPT. 3, 2023", "2023-09-03"],
    ["TUESDAY, MARCH 5, 2024", "2024-03-05"],
  ])("an all-caps date line: %s", (line, iso) => {
    expect(parseArticle(`CREWS MEET MINISTER\n\n${line}\n\n${BODY}`).published).toBe(iso);
  });

  it.each([
    "They may 2024 be paid, the harbour master said.",
    "The crews met in march 2024 to vote.",
  ])("no date from a lower-case month word: %s", (text) => expect(parseDate(text)).toBeNull());

  it("an ALL-CAPS dateline date is read", () => {
    expect(findDateline("BODØ, MARCH 3, 2024 (WIRE) - The crews met.", { published: null })?.dateline).toMatchObject({ place: "Bodø", date: "2024-03-03" });
  });

  it("a page with only a 'Last updated' stamp is dated by it", () => {
    const p = parseArticle(`Last updated: 2022-08-30 14:05 Print Email\n${BODY}`);
    expect(p).toMatchObject({ published: "2022-08-30", updated: "2022-08-30", publishedSource: "text" });
  });

  it("a published stamp wins over a later 'Last updated' one", () => {
    const p = parseArticle(`Ferry talks stall\n\nPublished: 2022-08-29\n\nLast updated: 2022-08-30 14:05\n\n${BODY}`);
    expect(p).toMatchObject({ published: "2022-08-29", updated: "2022-08-30" });
  });

  it("a date given at upload wins over a 'Last updated' stamp", () => {
    expect(parseArticle(`Last updated: 2022-08-30 14:05\n${BODY}`, { published: "2022-08-28" }).published).toBe("2022-08-28");
  });
});

describe("HTML pages with older date conventions", () => {
  const page = (head: string) => `<!doctype html><html><head><title>Kelp farmers win licence fight | Coast Post</title>${head}</head>
<body><main><p>BODØ &#x2014; Fisheries Minister Sigrid Holm met kelp farmer Lars Aasen in Bodø on Monday to settle the licence dispute for good.</p>
<p>&#x201C;We settled it,&#x201D; Holm said after a meeting that lasted most of the afternoon and ended with a signed agreement.</p></main></body></html>`;
  it.each([
    ['<meta name="date" content="2022-08-30">', "2022-08-30"],
    ['<meta name="DC.date.issued" content="2022-08-30">', "2022-08-30"],
    ['<meta name="parsely-pub-date" content="2022-08-30T06:00:00Z">', "2022-08-30"],
    ['<meta name="sailthru.date" content="2022-08-30 06:00:00">', "2022-08-30"],
  ])("%s", (head, iso) => {
    const a = readHtmlArticle(page(head));
    expect(a.published).toBe(iso);
    expect(a.title).toBe("Kelp farmers win licence fight");
    expect(a.text).toContain("“We settled it,” Holm said");
  });

  it("JSON-LD datePublished wins over a generic date meta", () => {
    expect(readHtmlArticle(page('<meta name="date" content="2022-09-15"><script type="application/ld+json">{"datePublished":"2022-08-30"}</script>')).published).toBe("2022-08-30");
  });

  it.each(['<meta name="viewport" content="width=device-width">', '<meta name="description" content="Talks on 2022-08-30">'])("no date from other metas: %s", (head) => {
    expect(readHtmlArticle(page(head)).published).toBeNull();
  });
});

describe("more page clutter and datelines in other wordings", () => {
  it.each([
    ["an app prompt", "Open in app\nKelp Farmers Win Licence Fight\n"],
    ["a paywall counter", "You have 2 free articles left this month\nKelp Farmers Win Licence Fight\n"],
    ["a relative time after the headline", "Kelp Farmers Win Licence Fight\nUpdated 3 hours ago\n"],
  ])("the headline is the title, not %s", (_what, head) => {
    const p = parseArticle(`${head}${BODY}`);
    expect(p.title).toBe("Kelp Farmers Win Licence Fight");
    expect(p.paragraphs.map((x) => x.text)).toContain(BODY);
  });

  it.each(["Open talks resume in the app store dispute", "You have my word, the minister said.", "Two hours ago the crews left the quay."])("body text stays: %s", (line) => {
    expect(RESIDUE_RULES.some((r) => r.re.test(line))).toBe(false);
  });

  it.each([
    ["ST. LOUIS (AP) — The crews met the mayor.", "St. Louis", null],
    ["ST. PAUL, Minn. — The crews met the mayor.", "St. Paul", "Minn."],
    ["GENERAL SANTOS, Philippines — The crews met the mayor.", "General Santos", "Philippines"],
    ["KING CITY, Calif. — The crews met the mayor.", "King City", "Calif."],
  ])("a place that opens with an abbreviation or a title word: %s", (line, place, region) => {
    expect(findDateline(line, { published: null })?.dateline).toMatchObject({ place, region });
  });

  it.each(["GENERAL MILLEY: We are ready.", "PRESIDENT HALVORSEN — who chairs the board — said nothing.", "MINISTER HOLM, Minister of Fisheries: We will.", "HOLM SAID: We will.", "BERG TOLD REPORTERS: no."])("a speaker, not a place: %s", (line) => {
    expect(findDateline(line, { published: null })).toBeNull();
  });
});

describe("wraps and capitals in other layouts", () => {
  it.each([
    ["a name broken at its hyphen", "Ferry talks\n\nMay 2, 2024\n\nMayor Ida Solberg-\nHansen met the crews in Bodø on Monday.", "Mayor Ida Solberg-Hansen  met the crews in Bodø on Monday."],
    ["an indented wrap", "Ferry talks\n\nMay 2, 2024\n\n    Mayor Ida Berg met the harbour master, Liam\n    Roe, in Bodø on Monday.", "Mayor Ida Berg met the harbour master, Liam Roe,     in Bodø on Monday."],
  ])("%s is read as one paragraph, names whole", (_what, text, para) => {
    const p = parseArticle(text);
    expect(p.paragraphs.map((x) => x.text)).toEqual([para]);
    expect(p.headings).toEqual([]);
    expectOffsets(p);
  });

  it.each([
    ["a dash in running text ends a line", "Ferry talks\n\nThe crews met the mayor -\nand the harbour master.", 1],
    ["a list item ending in a hyphen-less word", "Ferry talks\n\nThe crews met the mayor.\nThe harbour master left.", 2],
  ])("%s", (_what, text, n) => expect(parseArticle(text).paragraphs).toHaveLength(n));

  it.each([
    ['"THE FERRIES WILL RUN AGAIN," SAID BERG.', '"The ferries will run again," said Berg.'],
    ["“WE WON THE VOTE,” SAID MAYOR IDA BERG.", "“We won the vote,” said Mayor Ida Berg."],
    ['BERG SAID: "THE BUDGET IS TIGHT."', 'Berg said: "The budget is tight."'],
  ])("ALL CAPS: %s", (caps, want) => {
    const p = parseArticle(`Ferry talks\n\nMay 2, 2024\n\nMayor Ida Berg met the crews.\n\n${caps}`);
    expect(p.paragraphs[1]!.text).toBe(want);
  });

  it("names stay capitalised in ALL CAPS", () => {
    const p = parseArticle("Ferry talks\n\nMay 2, 2024\n\nMAYOR IDA BERG MET GOVERNOR LIAM ROE AND GRANT HOLM IN BODØ.");
    expect(p.paragraphs[0]!.text).toBe("Mayor Ida Berg met Governor Liam Roe and Grant Holm in Bodø.");
  });
});

describe("outlet forms: state-agency datelines, a date at the foot, a copied site menu", () => {
  it.each([
    // An ordinal day before the month; an agency after a comma with no brackets.
    ["TROMSØ, 3rd May, 2024 (NRK) -- The crews met the mayor.", "Tromsø", "2024-05-03", "NRK"],
    ["Bergen, June 21, 2024, NTB -- The crews met the mayor.", "Bergen", "2024-06-21", "NTB"],
    ["HAMAR, 22nd June 2024 - The crews met the mayor.", "Hamar", "2024-06-22", null],
  ])("dateline %s", (line, place, date, agency) => {
    expect(findDateline(line, { published: null })?.dateline).toMatchObject({ place, date, agency });
  });
  it.each([
    // A country in square brackets after the city, as Indian wires write it, with a colon after the date.
    ["Tromsø [Norway], September 26 : The crews met the mayor.", "Tromsø", "Norway", "2024-09-26", null],
    ["Bergen [NO], April 13 : The crews met the mayor.", "Bergen", "NO", "2024-04-13", null],
    // The agency and the date together inside the brackets.
    ["HAMAR (Fjord Post / Wire - 10th September, 2020) The crews met the mayor.", "Hamar", null, "2020-09-10", "Fjord Post / Wire"],
  ])("dateline %s", (line, place, region, date, agency) => {
    expect(findDateline(line, { published: "2024-05-01" })?.dateline).toMatchObject({ place, region, date, agency });
  });
  it("a known city and a colon before a whole sentence is a dateline (Indian papers)", () => {
    expect(findDateline("Bergen: Harbour minister Ana Lind on Monday called on the crews of the northern fleet at their depot.", { published: null })?.dateline.place).toBe("Bergen");
  });
  it.each(["Bergen: a short note.", "Kessmere: Harbour minister Ana Lind on Monday called on the crews of the fleet.", "Meanwhile, Bergen – the city – waited."])("no colon dateline: %s", (line) => {
    expect(findDateline(line, { published: null })).toBeNull();
  });
  it.each(["Holm [pictured], the skipper: we sail at noon.", "Lind [sic], June 3 : the crews met."])("no bracketed dateline: %s", (line) => {
    expect(findDateline(line, { published: null })).toBeNull();
  });
  it.each(["Bergen, Holm, Berg and Lind - who met on Monday - agreed.", "Meanwhile, ABC - the broadcaster - said nothing."])("no dateline: %s", (line) => {
    expect(findDateline(line, { published: null })).toBeNull();
  });

  it.each([
    ["a press release signed and dated", "Harbour board meets crews\n\nThe harbour board met the crews in Bodø on Tuesday.\n\nSigned:\nIda Lervik\nPress Officer\n4th June, 2024\n", "2024-06-04"],
    ["a copied page whose date is under the copyright line", "Harbour board meets crews\n\nThe harbour board met the crews in Bodø on Tuesday.\n\n© 2024 Bodø Post. All rights reserved.\nJune 4, 2024\n", "2024-06-04"],
  ])("a date at the foot dates the article: %s", (_what, text, date) => {
    expect(parseArticle(text).published).toBe(date);
  });
  it("a date in the head wins over one at the foot", () => {
    expect(parseArticle("Harbour board meets crews\n\nJune 2, 2024\n\nThe harbour board met the crews on Tuesday.\n\nJune 4, 2024\n").published).toBe("2024-06-02");
  });
  it("a date in the last body sentence is no foot stamp", () => {
    expect(parseArticle("Harbour board meets crews\n\nThe harbour board met the crews on Tuesday.\n\nThe vote is set for June 4, 2024, the board said.\n").published).toBeNull();
  });

  it("a site menu and a ticker above the headline are not the title", () => {
    const p = parseArticle(`Menu  Home  News  Politics  Business  Sport  E-Paper\nBREAKING: Ferry fares to rise  |  Port strike called off\nKelp Farmers Win Licence Fight\n${BODY}`);
    expect(p.title).toBe("Kelp Farmers Win Licence Fight");
  });
});

describe("date lines in other languages and weekdays that settle two numbers", () => {
  it.each([
    ["Port news\n\n27. februar 2023 20:25\n\nThe crews met the mayor.", "2023-02-27"],
    ["Port news\n\nDate 27 Oktober 2015\n\nThe crews met the mayor.", "2015-10-27"],
    ["Port news\n\n5 de mayo de 2024\n\nThe crews met the mayor.", "2024-05-05"],
    // "Fri, 09/07/2012": September 7, 2012 was a Friday; July 9 a Monday.
    ["Port news\n\nFri, 09/07/2012\n\nThe crews met the mayor.", "2012-09-07"],
    ["Port news\n\nMon, 09/07/2012\n\nThe crews met the mayor.", "2012-07-09"],
  ])("%s", (text, date) => expect(parseArticle(text).published).toBe(date));
  it("must not: a given name that is a month elsewhere is no date", () => {
    expect(parseArticle("Port news\n\nJulio Vidal met the crews in 2024.\n").published).toBeNull();
  });
});

describe("a stamp or a dateline below captions, kickers and bylines", () => {
  it("a bare date line above the first paragraph of prose dates the article", () => {
    const p = parseArticle("1. Skip to content\n2. Skip to main menu\nThe mayor greets the crews\nA cheerful mayor in Bergen on SundayImage: AP\n\nHarbour talks\n\nab/cd, Wire\nMay 10, 2009\n\nHarbour minister Ana Lind met the crews in Bergen on Sunday in a show of support ahead of the vote next month.\n");
    expect(p.published).toBe("2009-05-10");
  });
  it("must not: a date in a later paragraph of prose is no stamp", () => {
    const prose = "Harbour minister Ana Lind met the crews in Bergen on Sunday in a show of support ahead of the vote.\n\n";
    const many = [1, 2, 3, 4, 5, 6].map((n) => prose.replace("Sunday", `Sunday (${n})`)).join("");
    const p = parseArticle(`Harbour talks\n\n${many}May 10, 2009\n\n${many}`);
    expect(p.published).not.toBe("2009-05-10");
  });
  it("a dateline after short residue lines", () => {
    const p = parseArticle("ID :\n512910\nMon, 11/19/2018 - 10:51\nAuther :\n\nHarbour talks in Bergen\n\nBERGEN, November 19. /WIRE/. Harbour minister Ana Lind is holding talks with the crews today on the new quay and its berths.\n");
    expect(p.dateline).toMatchObject({ place: "Bergen", date: "2018-11-19" });
  });
});

describe("a dateline after page residue, or opening a later line of the lead's paragraph", () => {
  it("after short residue lines and a repeated lead", () => {
    const p = parseArticle("ID :\n254328\nAuther :\n\nHarbour talks held\n\nThe harbour ministers of two countries met here today to discuss the berths and the fees.\nBERGEN, Sep 7 (Wire) The harbour ministers of two countries met here today to discuss the berths and the fees.\n");
    expect(p.dateline).toMatchObject({ place: "Bergen", agency: "Wire" });
  });
  it("must not: a line opening with a name and a comma, with no date or agency, is no dateline", () => {
    const p = parseArticle("Harbour talks held\n\nThe harbour ministers of two countries met on Monday to discuss the berths and the fees.\nLind, the minister, said little about the fees afterwards to the waiting press.\n");
    expect(p.dateline).toBeNull();
  });
});

describe("list items", () => {
  it("a bulleted line is never the continuation of the one before", () => {
    const p = parseArticle("Ferry talks stall\n\n  • The minister met the crews of the northern fleet\n  • Had warned about the future of the yard\n\nThe next round is in June.");
    expect(p.paragraphs.map((x) => x.text)).toEqual(["• The minister met the crews of the northern fleet", "• Had warned about the future of the yard", "The next round is in June."]);
    expectOffsets(p);
  });
  it("a wrapped line that opens with no bullet still joins", () => {
    const p = parseArticle("Ferry talks stall\n\nThe minister met the crews of the northern fleet and\nthe harbour master in Tromsø on Monday.");
    expect(p.paragraphs.map((x) => x.text)).toEqual(["The minister met the crews of the northern fleet and the harbour master in Tromsø on Monday."]);
  });
});

describe("a wrap across one blank line", () => {
  it("a line cut mid-sentence and a next block opening in lower case are one paragraph", () => {
    const p = parseArticle("Ferry talks stall\n\nThe minister praised the efforts made for mother\n\nand child by the harbour clinics.\n\nThe next round is in June.");
    expect(p.paragraphs.map((x) => x.text.replace(/\s+/g, " "))).toEqual(["The minister praised the efforts made for mother and child by the harbour clinics.", "The next round is in June."]);
    expectOffsets(p);
  });
  it.each([
    ["a next block opening with a capital", "Ferry talks stall\n\nThe minister praised the clinics of the harbour\n\nThe next round is in June."],
    ["a line ending in a full stop", "Ferry talks stall\n\nThe minister praised the clinics.\n\nand more came later, the paper said."],
  ])("no join: %s", (_what, text) => {
    expect(parseArticle(text).paragraphs.length).toBe(2);
  });
});

describe("a date closing the headline", () => {
  it.each([
    ["Board meets harbour pilots and captain March 5, 2006\n\nThe board met the pilots on Sunday.", "2006-03-05"],
    // Must not: a year alone, or a date that is the headline's subject, with a body date to prefer.
    ["Talks on the 2006 accord resume\n\nThe board met the players on Sunday.", null],
    ["Strike set for March 5, 2026\n\nPublished March 1, 2026\n\nThe union voted on Sunday.", "2026-03-01"],
  ])("%s", (text, published) => expect(parseArticle(text).published).toBe(published));
});
