// The article's date and title through the API: a `published` field at
// upload, where the date came from, corrections by PATCH, and re-uploads.
import { describe, expect, it } from "vitest";
import { api, countRows, json } from "../helpers";

type Article = { id: string; title: string | null; published: string | null; published_source: string | null; status: string; meetings: Array<{ date: string | null }> };
type Err = { error: { code: string; message: string } };

const NO_DATE = "Ferry crews meet minister\n\nFisheries Minister Sigrid Holm met union leader Lars Aasen in Tromsø on Monday.";
const WITH_DATE = "Ferry crews meet minister\n\nMay 2, 2024\n\nFisheries Minister Sigrid Holm met union leader Lars Aasen in Tromsø on Monday.";
const YEARLESS = "Ferry crews meet minister\n\nTROMSØ, March 6 (Wire) - Fisheries Minister Sigrid Holm met union leader Lars Aasen on Monday.";

async function upload(body: Record<string, unknown>): Promise<{ status: number; body: { id: string; duplicate?: boolean; message?: string } }> {
  const res = await api("/api/articles", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  return { status: res.status, body: await json(res) };
}
const article = async (id: string) => json<Article>(await api(`/api/articles/${id}`));
const patch = (id: string, body: unknown, type = "application/json") =>
  api(`/api/articles/${id}`, { method: "PATCH", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": type } });

describe("published at upload", () => {
  it.each([
    ["the text's own date wins over the given one", WITH_DATE, "2023-01-09", "2024-05-02", "text"],
    ["a given date fills in when the text has none", NO_DATE, "2023-01-09", "2023-01-09", "given"],
    ["a given date in words is read", NO_DATE, "January 9, 2023", "2023-01-09", "given"],
    ["no date anywhere", NO_DATE, undefined, null, null],
  ])("%s", async (_what, text, given, published, source) => {
    const { status, body } = await upload({ text, ...(given ? { published: given } : {}) });
    expect(status).toBe(201);
    expect(await article(body.id)).toMatchObject({ published, published_source: source });
  });

  it("a dateline without a year is dated by a guess and says so", async () => {
    const { body } = await upload({ text: YEARLESS });
    const a = await article(body.id);
    expect(a.published_source).toBe("guessed");
    expect(a.published).toMatch(/^\d{4}-03-06$/);
  });

  it("multipart uploads take title and published fields", async () => {
    const form = new FormData();
    form.set("file", new File([NO_DATE], "crews.txt", { type: "text/plain" }));
    form.set("title", "Crews and the minister");
    form.set("published", "2023-01-09");
    const res = await api("/api/articles", { method: "POST", body: form });
    expect(res.status).toBe(201);
    const a = await article((await json<{ id: string }>(res)).id);
    expect(a).toMatchObject({ title: "Crews and the minister", published: "2023-01-09", published_source: "given" });
  });

  it.each([["not a date"], ["2023-02-30"], [42]])("a bad published value %s is a 400 and stores nothing", async (value) => {
    const res = await api("/api/articles", { method: "POST", body: JSON.stringify({ text: NO_DATE, published: value }), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
    expect((await json<Err>(res)).error.code).toBe("invalid_body");
    expect(await countRows("articles")).toBe(0);
  });
});

describe("PATCH /api/articles/:id", () => {
  it("corrects the title and url without reprocessing", async () => {
    const { body } = await upload({ text: WITH_DATE });
    const res = await patch(body.id, { title: "Crews meet the minister in Tromsø", url: "https://harbour.test/crews" });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ title: "Crews meet the minister in Tromsø", url: "https://harbour.test/crews", reprocessed: false });
    expect((await article(body.id)).title).toBe("Crews meet the minister in Tromsø");
  });

  it("a new date reprocesses the facts: relative dates move with it", async () => {
    const { body } = await upload({ text: WITH_DATE });
    const before = await article(body.id);
    expect(before.meetings[0]?.date).toBe("2024-04-29"); // the Monday before May 2, 2024
    const res = await patch(body.id, { published: "2023-06-15" });
    expect(await json(res)).toMatchObject({ published: "2023-06-15", published_source: "given", reprocessed: true, status: "ready" });
    expect((await article(body.id)).meetings[0]?.date).toBe("2023-06-12");
    // null gives the text its own date back.
    await patch(body.id, { published: null });
    expect(await article(body.id)).toMatchObject({ published: "2024-05-02", published_source: "text" });
  });

  it.each([
    ["an unknown field", { headline: "x" }, 400, "invalid_body"],
    ["an empty title", { title: "  " }, 400, "invalid_body"],
    ["a bad url", { url: "not a url" }, 400, "invalid_body"],
    ["a bad date", { published: "someday" }, 400, "invalid_body"],
    ["nothing to change", {}, 400, "empty_patch"],
    ["broken JSON", "{\"title\": ", 400, "invalid_json"],
  ])("%s → %i", async (_what, payload, status, code) => {
    const { body } = await upload({ text: WITH_DATE });
    const res = await patch(body.id, payload);
    expect(res.status).toBe(status);
    expect((await json<Err>(res)).error.code).toBe(code);
    expect(await article(body.id)).toMatchObject({ title: "Ferry crews meet minister", published: "2024-05-02" });
  });

  it("a text body is a 415; an unknown id a 404", async () => {
    const { body } = await upload({ text: WITH_DATE });
    expect((await patch(body.id, "title=x", "text/plain")).status).toBe(415);
    expect((await patch("0".repeat(64), { title: "x" })).status).toBe(404);
    expect((await patch("nope", { title: "x" })).status).toBe(404);
  });
});

describe("re-uploading the same text", () => {
  it("with another title answers duplicate and says how to change the title", async () => {
    const first = await upload({ text: WITH_DATE });
    const again = await upload({ text: WITH_DATE, title: "Another headline" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect(again.body.message).toContain(`PATCH /api/articles/${first.body.id}`);
    expect(again.body.message).toContain("title");
    expect((await article(first.body.id)).title).toBe("Ferry crews meet minister");
  });

  it("with the same metadata answers duplicate without a message", async () => {
    await upload({ text: WITH_DATE });
    const again = await upload({ text: WITH_DATE });
    expect(again.body.duplicate).toBe(true);
    expect(again.body.message).toBeUndefined();
  });
});
