import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/parse-article";
import { articleSentences } from "../../src/store/sentence-index";
import { searchSentences } from "../../src/store/sentence-search";
import { api, countRows, SAMPLE, uploadText } from "../helpers";

const ARTICLE = `Harbour talks end without a deal

Port Alden, March 3 - Mayor Lina Varga met dock union leader Tomas Bell at the city hall on Monday.
The meeting lasted 40 minutes and was held behind closed doors.
Bell said the workers would strike if wages were frozen.`;

describe("sentence index", () => {
  it("keeps the title as sentence 0 and every body sentence after it, verbatim", () => {
    const docs = articleSentences(parseArticle(ARTICLE));
    expect(docs[0]).toEqual({ idx: 0, start: null, text: "Harbour talks end without a deal", names: null });
    expect(docs.map((d) => d.text)).toContain("The meeting lasted 40 minutes and was held behind closed doors.");
    expect(docs.map((d) => d.idx)).toEqual(docs.map((_, i) => i));
  });

  it("is written with the facts, follows reprocessing and goes with the article", async () => {
    const { body } = await uploadText(ARTICLE);
    const n = await countRows("sentence_docs");
    expect(n).toBeGreaterThanOrEqual(4);
    const hits = await searchSentences(env.DB, ["lasted", "meeting"], body.id);
    expect(hits[0]!.text).toContain("lasted 40 minutes"); // porter: "lasted" matches "lasted", both words beat one

    await uploadText(SAMPLE);
    const other = await searchSentences(env.DB, ["lasted"], null);
    expect(other.every((h) => h.article_id === body.id)).toBe(true);

    expect((await api(`/api/articles/${body.id}/reprocess`, { method: "POST" })).status).toBeLessThan(300);
    expect(await searchSentences(env.DB, ["strike"], body.id)).toHaveLength(1);
    expect((await api(`/api/articles/${body.id}`, { method: "DELETE" })).status).toBeLessThan(300);
    expect(await searchSentences(env.DB, ["strike"], null)).toEqual([]);
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM sentence_docs WHERE article_id = ?1").bind(body.id).first<{ n: number }>())!.n).toBe(0);
    // The FTS index itself is consistent with its content table after the deletes.
    await env.DB.prepare("INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)").run();
  });

  it("finds a sentence that names someone only by role, through the names it is indexed with", async () => {
    const { body } = await uploadText(`Harbour talks end without a deal

Port Alden, March 3 - The Chairman of Alden Shipping Group, Mr. Tomas Bell, paid a courtesy call on President Lina Varga on Monday.

During the meeting, the Chairman congratulated the President on a successful state visit.`);
    const hits = await searchSentences(env.DB, ["Bell", "congratulate"], body.id);
    const found = hits.find((h) => h.text.startsWith("During the meeting"));
    expect(found?.names).toContain("Tomas Bell");
    expect(found?.names).toContain("Lina Varga");
    // The index stays consistent with its content table, names and all.
    await env.DB.prepare("INSERT INTO sentence_search (sentence_search, rank) VALUES ('integrity-check', 1)").run();
  });

  it("names the speaker of the words a sentence holds", () => {
    const parsed = parseArticle(`Harbour talks end without a deal

Mayor Lina Varga spoke after the talks.

“With the quay finished the port must now grow,” Varga said.`);
    const quote = parsed.text.indexOf("“With");
    const docs = articleSentences(parsed, { entities: [{ name: "Lina Varga", type: "person", role: null, affiliation: null, aliases: [], mentions: 2 }], mentions: [],
      statements: [{ speaker: 0, text: "With the quay finished the port must now grow", kind: "direct", rule: "quote-verb", evidence: { text: "", start: quote, end: quote + 40 } }] });
    expect(docs.find((d) => d.text.startsWith("“With"))?.names).toBe("Lina Varga");
    expect(docs.find((d) => d.text.startsWith("Mayor"))?.names).toBeNull();
  });

  it("must not: a sentence that mentions no one has no names", () => {
    const docs = articleSentences(parseArticle(ARTICLE), { entities: [], mentions: [] });
    expect(docs.every((d) => d.names === null)).toBe(true);
  });

  it("scopes a search to one article", async () => {
    const a = await uploadText(ARTICLE);
    await uploadText(SAMPLE);
    const hits = await searchSentences(env.DB, ["met"], a.body.id);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.article_id === a.body.id)).toBe(true);
  });

  it("reads FTS syntax in words as plain words", async () => {
    await uploadText(ARTICLE);
    for (const w of ['NEAR(a b)', '"', "*", "-x", "a:b", "AND"]) await expect(searchSentences(env.DB, [w], null)).resolves.toBeInstanceOf(Array);
  });
});
