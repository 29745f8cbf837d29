import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../../src/app";
import { api, countRows, json, SAMPLE, uploadText } from "../../helpers";
import example from "../../../fixtures/01-beijing-wagner.txt?raw";

type ErrorBody = { error: { code: string; message: string } };

describe("errors: every bad request gets a JSON error and changes nothing", () => {
  const cases: Array<[string, RequestInit & { token?: string | null }, number, string]> = [
    ["no token", { method: "POST", body: "x", token: null }, 401, "unauthorized"],
    ["wrong token", { method: "POST", body: "x", token: "nope" }, 401, "unauthorized"],
    ["empty body", { method: "POST", body: "", headers: { "content-type": "text/plain" } }, 400, "empty_article"],
    ["whitespace only", { method: "POST", body: " \n\t ", headers: { "content-type": "text/plain" } }, 400, "empty_article"],
    ["over 1 MiB", { method: "POST", body: "a".repeat(1024 * 1024 + 1), headers: { "content-type": "text/plain" } }, 413, "too_large"],
    ["invalid UTF-8", { method: "POST", body: new Uint8Array([0x48, 0xff, 0xfe, 0x41]), headers: { "content-type": "text/plain" } }, 400, "invalid_utf8"],
    ["unsupported type", { method: "POST", body: "x", headers: { "content-type": "image/png" } }, 415, "unsupported_media_type"],
    ["broken JSON", { method: "POST", body: "{\"text\": ", headers: { "content-type": "application/json" } }, 400, "invalid_json"],
    ["JSON without text", { method: "POST", body: "{\"url\": \"https://x.test\"}", headers: { "content-type": "application/json" } }, 400, "invalid_body"],
    ["JSON with blank text", { method: "POST", body: "{\"text\": \"  \"}", headers: { "content-type": "application/json" } }, 400, "invalid_body"],
    ["JSON array instead of object", { method: "POST", body: "[1,2]", headers: { "content-type": "application/json" } }, 400, "invalid_body"],
  ];
  it.each(cases)("%s", async (_name, init, status, code) => {
    const res = await api("/api/articles", init);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect((await json<ErrorBody>(res)).error.code).toBe(code);
    expect(await countRows("articles")).toBe(0);
  });

  it.each([
    ["GET", "/api/articles/" + "0".repeat(64)],
    ["GET", "/api/articles/not-an-id"],
    ["GET", "/api/articles/" + "0".repeat(64) + "/raw"],
    ["DELETE", "/api/articles/" + "a".repeat(64)],
    ["POST", "/api/articles/" + "b".repeat(64) + "/reprocess"],
    ["GET", "/api/nothing-here"],
  ])("%s %s is a 404 JSON error", async (method, path) => {
    const res = await api(path, { method });
    expect(res.status).toBe(404);
    expect((await json<ErrorBody>(res)).error.code).toBe("not_found");
  });

  it("refuses to serve when INGEST_TOKEN is not configured (fails closed)", async () => {
    const res = await app.fetch(new Request("http://worker.test/api/articles", { headers: { authorization: "Bearer " } }), { ...env, INGEST_TOKEN: undefined });
    expect(res.status).toBe(503);
    expect((await json<ErrorBody>(res)).error.code).toBe("not_configured");
  });

  it("rejects a bad list query", async () => {
    const res = await api("/api/articles?status=lost");
    expect(res.status).toBe(400);
  });
});

describe("upload", () => {
  it("processes a small article in the request and returns 201 ready", async () => {
    const { status, body } = await uploadText(example);
    expect(status).toBe(201);
    expect(body.status).toBe("ready");
    expect(body.id).toMatch(/^[0-9a-f]{64}$/);
    const article = await json<{ title: string; published: string; updated: string; status: string }>(await api(`/api/articles/${body.id}`));
    expect(article).toMatchObject({
      status: "ready",
      title: "China, Russia Diplomats Meet in Beijing After Wagner Mercenary Uprising",
      published: "2023-06-25",
      updated: "2023-06-26",
    });
  });

  it("lists true aliases of an entity, not the look-up keys kept for questions", async () => {
    const { body } = await uploadText(example);
    const article = await json<{ entities: Array<{ name: string; aliases: string[] }> }>(await api(`/api/articles/${body.id}`));
    const rudenko = article.entities.find((e) => e.name === "Andrei Rudenko")!;
    expect(rudenko.aliases).toContain("Rudenko");
    expect(rudenko.aliases).not.toContain("minister");
    expect(rudenko.aliases).not.toContain("Andrei");
    // …while the keys still resolve questions.
    const res = await api("/api/ask", { method: "POST", body: JSON.stringify({ question: "Who is the Kremlin spokesman?" }), headers: { "content-type": "application/json" } });
    expect((await json<{ answer: string }>(res)).answer).toContain("Dmitry Peskov");
  });

  it("is idempotent across text, JSON and line-ending variants", async () => {
    const first = await uploadText(SAMPLE);
    const again = await uploadText(SAMPLE.replace(/\n/g, "\r\n") + "\n\n");
    const asJson = await api("/api/articles", { method: "POST", body: JSON.stringify({ text: SAMPLE, url: "https://news.test/a" }), headers: { "content-type": "application/json" } });
    expect(first.status).toBe(201);
    expect(again).toEqual({ status: 200, body: { id: first.body.id, status: "ready", duplicate: true } });
    expect(asJson.status).toBe(200);
    expect(await json(asJson)).toMatchObject({ id: first.body.id, duplicate: true });
    expect(await countRows("articles")).toBe(1);
  });

  it("accepts multipart/form-data with a file field", async () => {
    const form = new FormData();
    form.append("file", new File([SAMPLE], "story.txt", { type: "text/plain" }));
    const res = await api("/api/articles", { method: "POST", body: form });
    expect(res.status).toBe(201);
    const { id } = await json<{ id: string }>(res);
    expect((await uploadText(SAMPLE)).body).toMatchObject({ id, duplicate: true });
  });

  it("reduces text/html to text", async () => {
    const html = "<h1>Leaders talk</h1><p>PARIS, March 3 (Reuters) - The leaders met &amp; talked.</p><script>alert(1)</script>";
    const res = await api("/api/articles", { method: "POST", body: html, headers: { "content-type": "text/html" } });
    expect(res.status).toBe(201);
    const { id } = await json<{ id: string }>(res);
    const article = await json<{ title: string }>(await api(`/api/articles/${id}`));
    expect(article.title).toBe("Leaders talk");
    const raw = await api(`/api/articles/${id}/raw`);
    expect(await raw.text()).toBe(html);
  });

  it("keeps the raw text exactly as uploaded", async () => {
    const text = "  Title line\r\n\r\nBody with ünïcode — and “quotes”.  ";
    const { body } = await uploadText(text);
    const raw = await api(`/api/articles/${body.id}/raw`);
    expect(raw.status).toBe(200);
    expect(await raw.text()).toBe(text);
  });
});

describe("list, delete, reprocess", () => {
  it("lists newest first with cursor paging and a status filter", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await uploadText(`Story ${i}\n\nSomething happened ${i}.`)).body.id);
    const page1 = await json<{ articles: { id: string }[]; next_cursor: string | null }>(await api("/api/articles?limit=2"));
    expect(page1.articles.map((a) => a.id)).toEqual([ids[4], ids[3]]);
    expect(page1.next_cursor).not.toBeNull();
    const page2 = await json<{ articles: { id: string }[]; next_cursor: string | null }>(await api(`/api/articles?limit=2&cursor=${page1.next_cursor}`));
    expect(page2.articles.map((a) => a.id)).toEqual([ids[2], ids[1]]);
    const page3 = await json<{ articles: { id: string }[]; next_cursor: string | null }>(await api(`/api/articles?limit=2&cursor=${page2.next_cursor}`));
    expect(page3).toEqual({ articles: [expect.objectContaining({ id: ids[0] })], next_cursor: null });
    const failed = await json<{ articles: unknown[] }>(await api("/api/articles?status=failed"));
    expect(failed.articles).toEqual([]);
  });

  it("deletes an article's rows and raw text", async () => {
    const { body } = await uploadText(example);
    expect(await countRows("entities")).toBeGreaterThan(0);
    const del = await api(`/api/articles/${body.id}`, { method: "DELETE" });
    expect(del.status).toBe(200);
    for (const t of ["articles", "entities", "aliases", "meetings", "meeting_participants", "statements"]) expect(await countRows(t)).toBe(0);
    expect(await env.ARTICLES.get(`raw:${body.id}`)).toBeNull();
    expect((await api(`/api/articles/${body.id}`)).status).toBe(404);
  });

  it("reprocesses an article, replacing its rows rather than adding to them", async () => {
    const { body } = await uploadText(example);
    const before = await Promise.all(["entities", "meetings", "statements"].map(countRows));
    const res = await api(`/api/articles/${body.id}/reprocess`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ status: "ready" });
    expect(await Promise.all(["entities", "meetings", "statements"].map(countRows))).toEqual(before);
  });

  it("marks an article failed with a reason when its raw text is gone, and reprocess recovers it", async () => {
    const { body } = await uploadText(SAMPLE);
    const raw = await env.ARTICLES.getWithMetadata(`raw:${body.id}`);
    await env.ARTICLES.delete(`raw:${body.id}`);
    const res = await api(`/api/articles/${body.id}/reprocess`, { method: "POST" });
    expect(await json(res)).toMatchObject({ status: "failed" });
    const listed = await json<{ articles: { id: string; error: string }[] }>(await api("/api/articles?status=failed"));
    expect(listed.articles).toEqual([expect.objectContaining({ id: body.id, error: expect.stringContaining("raw") })]);
    await env.ARTICLES.put(`raw:${body.id}`, raw.value!, { metadata: raw.metadata });
    expect(await json(await api(`/api/articles/${body.id}/reprocess`, { method: "POST" }))).toMatchObject({ status: "ready" });
  });

  it("serves /health without a token", async () => {
    const res = await api("/health", { token: null });
    expect(res.status).toBe(200);
  });
});
