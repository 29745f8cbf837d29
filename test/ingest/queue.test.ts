import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import type { IngestMessage } from "../../src/env";
import { api, json, SAMPLE } from "../helpers";

const runQueue = async (queue: string, messages: Array<{ id: string; body: IngestMessage }>) => {
  const batch = createMessageBatch<IngestMessage>(queue, messages.map((m) => ({ ...m, timestamp: new Date(), attempts: 1 })));
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
};

describe("batch upload through the queue", () => {
  it("answers 202 with one id per article, then the consumer makes them ready", async () => {
    const texts = [SAMPLE, "Second story\n\nTrade Minister Paula Grant met with Commerce Secretary Omar Diaz in Lisbon.", SAMPLE];
    const res = await api("/api/articles/batch", { method: "POST", body: JSON.stringify(texts.map((text) => ({ text }))), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(202);
    const body = await json<{ articles: Array<{ id: string; status: string; duplicate: boolean }>; accepted: number; duplicates: number }>(res);
    expect(body).toMatchObject({ accepted: 2, duplicates: 1 });
    expect(body.articles[2]!.id).toBe(body.articles[0]!.id);
    const queued = await json<{ articles: unknown[] }>(await api("/api/articles?status=queued"));
    expect(queued.articles).toHaveLength(2);

    const result = await runQueue("newsgraph-ingest", body.articles.slice(0, 2).map((a, i) => ({ id: `m${i}`, body: { id: a.id } })));
    expect(result.explicitAcks.sort()).toEqual(["m0", "m1"]);
    expect(result.retryMessages).toEqual([]);
    const stats = await json<{ articles: Record<string, number> }>(await api("/api/stats"));
    expect(stats.articles).toMatchObject({ ready: 2, queued: 0 });
  });

  it("marks articles stored before as duplicates with their status, and keeps the raw text of the new ones", async () => {
    const first = await json<{ id: string }>(await api("/api/articles", { method: "POST", body: SAMPLE, headers: { "content-type": "text/plain" } }));
    const other = "Third story\n\nLena Park met Tom Reyes in Seoul on Monday.";
    const res = await api("/api/articles/batch", { method: "POST", body: JSON.stringify([{ text: SAMPLE }, { text: other }]), headers: { "content-type": "application/json" } });
    const body = await json<{ articles: Array<{ id: string; status: string; duplicate: boolean }>; accepted: number }>(res);
    expect(body.accepted).toBe(1);
    expect(body.articles[0]).toEqual({ id: first.id, status: "ready", duplicate: true });
    expect(body.articles[1]).toMatchObject({ status: "queued", duplicate: false });
    expect(await env.ARTICLES.get(`raw:${body.articles[1]!.id}`)).toBe(other);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM articles").first("n")).toBe(2);
  });

  it("retries a message whose article cannot be processed yet, acks the others, and marks dead letters failed", async () => {
    const res = await api("/api/articles/batch", { method: "POST", body: `{"text": ${JSON.stringify(SAMPLE)}}\n`, headers: { "content-type": "application/x-ndjson" } });
    const { articles } = await json<{ articles: Array<{ id: string }> }>(res);
    const id = articles[0]!.id;
    const raw = await env.ARTICLES.get(`raw:${id}`);
    // A D1 failure on the fact write: simulated by removing a table the batch writes to.
    await env.DB.exec("ALTER TABLE statements RENAME TO statements_gone");
    const result = await runQueue("newsgraph-ingest", [{ id: "bad", body: { id } }, { id: "junk", body: {} as IngestMessage }]);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(["bad"]);
    expect(result.explicitAcks).toEqual(["junk"]);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM entities").first("n")).toBe(0); // nothing half-written
    await env.DB.exec("ALTER TABLE statements_gone RENAME TO statements");

    await runQueue("newsgraph-ingest-dlq", [{ id: "dead", body: { id } }]);
    const failed = await json<{ articles: Array<{ id: string }> }>(await api("/api/articles?status=failed"));
    expect(failed.articles.map((a) => a.id)).toEqual([id]);
    expect(await env.ARTICLES.get(`raw:${id}`)).toBe(raw);
    expect(await json(await api(`/api/articles/${id}/reprocess`, { method: "POST" }))).toMatchObject({ status: "ready" });
  });
});
