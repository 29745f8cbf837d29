// Uploading as a new user meets it: text in other encodings, batches with a bad
// item, and a known path called with the wrong method.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, countRows, json } from "../../helpers";

type ErrorBody = { error: { code: string; message: string } };
type Article = { id: string; status: string; duplicate?: boolean };

/** "Café talks in Zürich" and a quote, as windows-1252 / ISO-8859-1 bytes (é = E9, ü = FC, curly quotes = 93/94, € = 80). */
const LATIN = "Café owners meet in Zürich\n\nZÜRICH, May 4 - Renée Dubois met Jürgen Weiß in Zürich on Tuesday.\n\n\u201cWe agreed on prices in \u20ac,\u201d Dubois said.";
const CP1252: Record<string, number> = { "\u201c": 0x93, "\u201d": 0x94, "\u20ac": 0x80 };
const cp1252 = (s: string) => new Uint8Array([...s].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));
const rawOf = async (id: string) => (await api(`/api/articles/${id}/raw`)).text();

describe("uploads in other encodings are decoded by their charset, or refused saying how to convert", () => {
  it.each(["windows-1252", "iso-8859-1", "latin1", "ISO-8859-1"])("text/plain; charset=%s is decoded (WHATWG TextDecoder)", async (charset) => {
    const res = await api("/api/articles", { method: "POST", body: cp1252(LATIN), headers: { "content-type": `text/plain; charset=${charset}` } });
    expect(res.status).toBe(201);
    const { id } = await json<Article>(res);
    const raw = await rawOf(id);
    expect(raw).toBe(LATIN);
    expect(raw).not.toContain("\uFFFD");
  });

  it("the same text sent as UTF-8 and as windows-1252 is one article", async () => {
    const a = await json<Article>(await api("/api/articles", { method: "POST", body: LATIN, headers: { "content-type": "text/plain; charset=utf-8" } }));
    const b = await json<Article>(await api("/api/articles", { method: "POST", body: cp1252(LATIN), headers: { "content-type": "text/plain; charset=windows-1252" } }));
    expect(b).toMatchObject({ id: a.id, duplicate: true });
  });

  it("a multipart file part that names its charset is decoded by it", async () => {
    const form = new FormData();
    form.append("file", new File([cp1252(LATIN)], "cafe.txt", { type: "text/plain; charset=windows-1252" }));
    const res = await api("/api/articles", { method: "POST", body: form });
    expect(res.status).toBe(201);
    expect(await rawOf((await json<Article>(res)).id)).toBe(LATIN);
  });

  it.each([
    ["text/plain", "text/plain"],
    ["no content type", ""],
    ["text/plain; charset=utf-8", "text/plain; charset=utf-8"],
  ])("Latin-1 bytes without their charset (%s) are refused with 400 and how to convert, storing nothing", async (_name, type) => {
    const res = await api("/api/articles", { method: "POST", body: cp1252(LATIN), headers: type ? { "content-type": type } : {} });
    expect(res.status).toBe(400);
    const { error } = await json<ErrorBody>(res);
    expect(error.code).toBe("invalid_utf8");
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.message).toMatch(/iconv -f WINDOWS-1252 -t UTF-8/);
    expect(error.message).toMatch(/charset=windows-1252/);
    expect(await countRows("articles")).toBe(0);
  });

  it("a Latin-1 file in a multipart form without a charset is refused the same way", async () => {
    const form = new FormData();
    form.append("file", new File([cp1252(LATIN)], "cafe.txt", { type: "text/plain" }));
    const res = await api("/api/articles", { method: "POST", body: form });
    expect(res.status).toBe(400);
    expect((await json<ErrorBody>(res)).error.message).toMatch(/The file is not valid UTF-8.*iconv/);
  });

  it("an unknown charset is 415 unsupported_charset", async () => {
    const res = await api("/api/articles", { method: "POST", body: "hello", headers: { "content-type": "text/plain; charset=x-klingon" } });
    expect(res.status).toBe(415);
    expect((await json<ErrorBody>(res)).error.code).toBe("unsupported_charset");
    expect(await countRows("articles")).toBe(0);
  });
});

describe("batches: each item gets its own result", () => {
  const ndjson = (lines: string[]) => api("/api/articles/batch", { method: "POST", body: lines.join("\n"), headers: { "content-type": "application/x-ndjson" } });
  type BatchBody = { articles: Array<{ item?: number; id?: string; duplicate?: boolean; status?: string; error?: { code: string; message: string } }>; accepted: number; duplicates: number; failed: number };

  it("all good: 202 with one result per item, in order", async () => {
    const res = await ndjson([JSON.stringify({ text: "One\n\nAnn Lee met Bo Kim in Oslo." }), JSON.stringify({ text: "Two\n\nCy Roe met Di Fox in Rome." })]);
    expect(res.status).toBe(202);
    const body = await json<BatchBody>(res);
    expect(body).toMatchObject({ accepted: 2, duplicates: 0, failed: 0 });
    expect(body.articles).toHaveLength(2);
    expect(body.articles.every((a) => /^[0-9a-f]{64}$/.test(a.id!) && a.duplicate === false)).toBe(true);
  });

  it("a broken NDJSON line names its line; the other items are stored (207)", async () => {
    const res = await ndjson([JSON.stringify({ text: "One\n\nAnn Lee met Bo Kim in Oslo." }), "", '{"text": "broken', JSON.stringify({ text: "Three\n\nCy Roe met Di Fox in Rome." })]);
    expect(res.status).toBe(207);
    const body = await json<BatchBody>(res);
    expect(body).toMatchObject({ accepted: 2, duplicates: 0, failed: 1 });
    expect(body.articles[1]).toMatchObject({ item: 2, error: { code: "invalid_json" } });
    expect(body.articles[1]!.error!.message).toMatch(/^article 2: line 3 is not valid JSON/);
    expect(body.articles[2]).toMatchObject({ duplicate: false });
    expect(body.articles[2]!.error).toBeUndefined();
    expect(await countRows("articles")).toBe(2);
  });

  it("an invalid item in a JSON array is reported with its 1-based number; stored, duplicate and failed items side by side", async () => {
    const good = { text: "One\n\nAnn Lee met Bo Kim in Oslo." };
    await api("/api/articles/batch", { method: "POST", body: JSON.stringify([good]), headers: { "content-type": "application/json" } });
    const res = await api("/api/articles/batch", { method: "POST", body: JSON.stringify([good, { text: "   " }, { text: "New\n\nEd Poe met Flo Ng in Kyiv.", url: "not a url" }, { text: "Fine\n\nGus Ory met Hal Ito in Lima." }]), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(207);
    const body = await json<BatchBody>(res);
    expect(body).toMatchObject({ accepted: 1, duplicates: 1, failed: 2 });
    expect(body.articles.map((a) => (a.error ? a.error.message.split(":")[0] : a.duplicate ? "duplicate" : "stored"))).toEqual(["duplicate", "article 2", "article 3", "stored"]);
    expect(body.articles[2]!.error!.message).toMatch(/url/);
  });

  it("when no item can be accepted the batch is a 400 JSON error that still lists each item", async () => {
    const res = await ndjson(["nope", JSON.stringify({ text: "" })]);
    expect(res.status).toBe(400);
    const body = await json<ErrorBody & BatchBody>(res);
    expect(body.error.code).toBe("invalid_batch");
    expect(body.error.message).toMatch(/article 1: line 1/);
    expect(body.articles.map((a) => a.item)).toEqual([1, 2]);
    expect(await countRows("articles")).toBe(0);
  });

  it("a JSON body that is not an array, or an empty batch, refuses the whole request", async () => {
    for (const [body, code] of [["[]", "empty_batch"], ["\n\n", "empty_batch"]] as const) {
      const res = await api("/api/articles/batch", { method: "POST", body, headers: { "content-type": "application/json" } });
      expect(res.status).toBe(400);
      expect((await json<ErrorBody>(res)).error.code).toBe(code);
    }
  });
});

describe("a known path with the wrong method is 405 with Allow", () => {
  it.each([
    ["GET", "/api/ask", "POST"],
    ["PUT", "/api/articles", "GET, HEAD, POST"],
    ["GET", "/api/articles/batch", null],
    ["GET", "/webhooks/telegram", "POST"],
    ["POST", "/health", "GET, HEAD"],
    ["DELETE", "/", "GET, HEAD"],
    ["PUT", `/api/articles/${"a".repeat(64)}/reprocess`, "POST"],
  ])("%s %s", async (method, path, allow) => {
    const res = await api(path, { method });
    if (allow === null) {
      // GET /api/articles/batch is GET /api/articles/:id with an id that is not one: 404.
      expect(res.status).toBe(404);
      return;
    }
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe(allow);
    const { error } = await json<ErrorBody>(res);
    expect(error.code).toBe("method_not_allowed");
    expect(error.message).toContain(method);
  });

  it("an unknown path is still 404", async () => {
    const res = await api("/api/nothing", { method: "GET" });
    expect(res.status).toBe(404);
    expect(res.headers.get("allow")).toBeNull();
  });

  it("checks the token before telling which methods exist", async () => {
    expect((await api("/api/ask", { method: "GET", token: null })).status).toBe(401);
    expect(env.INGEST_TOKEN).toBeTruthy();
  });
});
