// POST /api/reprocess: every stored article queued again, a page at a time, then brought up to date by the consumer.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import type { IngestMessage } from "../../src/env";
import { api, json, uploadText } from "../helpers";

const post = (body: unknown, token?: string) =>
  api("/api/reprocess", { method: "POST", body: body === undefined ? "" : JSON.stringify(body), headers: { "content-type": "application/json" }, ...(token ? { token } : {}) });

describe("reprocessing every article", () => {
  it("queues pages by cursor, and the consumer brings old rows up to date (meeting status)", async () => {
    const a = await uploadText("Port news\n\nMay 10, 2024\n\nMira Holt met Ivo Brandt in Bergen on Monday.");
    const b = await uploadText("Port news two\n\nMay 10, 2024\n\nMira Holt is due to meet Ivo Brandt next week.");
    // An old row: written before meetings had a status.
    await env.DB.prepare("UPDATE meetings SET status = 'held', status_text = NULL WHERE article_id = ?1").bind(b.body.id).run();

    const first = await json<{ queued: number; next_cursor: number | null }>(await post({ limit: 1 }));
    expect(first.queued).toBe(1);
    expect(first.next_cursor).not.toBeNull();
    const second = await json<{ queued: number; next_cursor: number | null }>(await post({ cursor: first.next_cursor, limit: 1 }));
    expect(second).toEqual({ queued: 1, next_cursor: null });
    const stats = await json<{ articles: Record<string, number> }>(await api("/api/stats"));
    expect(stats.articles).toMatchObject({ queued: 2, ready: 0 });

    const batch = createMessageBatch<IngestMessage>("newsgraph-ingest", [a, b].map((x, i) => ({ id: `r${i}`, body: { id: x.body.id }, timestamp: new Date(), attempts: 1 })));
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    expect((await getQueueResult(batch, ctx)).explicitAcks.sort()).toEqual(["r0", "r1"]);
    const article = await json<{ status: string; meetings: Array<{ status: string; status_text: string | null }> }>(await api(`/api/articles/${b.body.id}`));
    expect(article.status).toBe("ready");
    expect(article.meetings[0]).toMatchObject({ status: "planned", status_text: expect.stringContaining("due to") });
  });

  it("answers an empty store with nothing queued", async () => {
    expect(await json(await post(undefined))).toEqual({ queued: 0, next_cursor: null });
  });

  it.each([
    [{ limit: 0 }, 400],
    [{ limit: 501 }, 400],
    [{ cursor: -1 }, 400],
    [{ cursor: "x" }, 400],
  ])("refuses %j with %i", async (body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(await json(res)).toMatchObject({ error: { code: expect.any(String) } });
  });
});
