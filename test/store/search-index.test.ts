import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, json, uploadText } from "../helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n;
const who = async (question: string) =>
  json<{ answer: string; sources: unknown[] }>(await api("/api/ask", { method: "POST", body: JSON.stringify({ question }), headers: { "content-type": "application/json" } }));

describe("full-text index of statements", () => {
  it("holds one row per statement, follows reprocessing and goes with the article", async () => {
    const { body } = await uploadText(example);
    const statements = await count("SELECT COUNT(*) AS n FROM statements");
    expect(statements).toBeGreaterThan(5);
    expect(await count("SELECT COUNT(*) AS n FROM statement_search")).toBe(statements);
    expect(await count("SELECT COUNT(*) AS n FROM meeting_search")).toBe(await count("SELECT COUNT(*) AS n FROM meetings"));
    expect((await who("Who said the uprising was Russia's internal affairs?")).answer).toContain("Chinese foreign ministry");

    expect((await api(`/api/articles/${body.id}/reprocess`, { method: "POST" })).status).toBeLessThan(300);
    expect(await count("SELECT COUNT(*) AS n FROM statement_search")).toBe(statements);
    expect(await count("SELECT COUNT(*) AS n FROM statement_docs")).toBe(statements);

    expect((await api(`/api/articles/${body.id}`, { method: "DELETE" })).status).toBeLessThan(300);
    expect(await count("SELECT COUNT(*) AS n FROM statement_search")).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM meeting_search")).toBe(0);
    expect((await who("Who said the uprising was Russia's internal affairs?")).sources).toEqual([]);
  });

  it("reads question words as words, never as FTS syntax", async () => {
    await uploadText(example);
    for (const q of ['Who said "NEAR(uprising)" OR *?', "Who said uprising AND -internal ^affairs:?", 'Who said """']) {
      const res = await api("/api/ask", { method: "POST", body: JSON.stringify({ question: q }), headers: { "content-type": "application/json" } });
      expect(res.status).toBe(200);
    }
  });
});
