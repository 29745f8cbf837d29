// Races against the Worker inside workerd with real local D1, KV and queues.
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import type { IngestMessage } from "../../src/env";
import { api, countRows, json } from "../helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

const count = countRows;
const story = (i: number) => `Story ${i}\n\n2024-05-10\n\nTrade Minister Paula Grant${i} met Commerce Secretary Omar Diaz${i} in Lisbon on Tuesday.\n\n"We agreed on ${i} points," Grant${i} said.`;

async function drainQueue(ids: string[]) {
  const batch = createMessageBatch<IngestMessage>("newsgraph-ingest", ids.map((id, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: { id } })));
  const ctx = createExecutionContext();
  await worker.queue(batch, env, ctx);
  return getQueueResult(batch, ctx);
}

describe("concurrency", () => {
  it("50 parallel uploads of the same text make one article with one id and one set of rows", async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => api("/api/articles", { method: "POST", body: example, headers: { "content-type": "text/plain" } })));
    expect(responses.every((r) => r.status < 500)).toBe(true);
    const bodies = await Promise.all(responses.map((r) => json<{ id: string }>(r)));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(await count("articles")).toBe(1);
    const single = await json<{ meetings: unknown[]; statements: unknown[] }>(await api(`/api/articles/${bodies[0]!.id}`));
    expect(await count("meetings")).toBe(single.meetings.length);
    expect(await count("statements")).toBe(single.statements.length);
    expect(await count("statement_search")).toBe(single.statements.length);
  });

  it("200 parallel uploads of distinct texts, inline and batched, are all stored and ready", async () => {
    const inline = Array.from({ length: 100 }, (_, i) => api("/api/articles", { method: "POST", body: story(i), headers: { "content-type": "text/plain" } }));
    const batched = Array.from({ length: 4 }, (_, b) =>
      api("/api/articles/batch", { method: "POST", body: JSON.stringify(Array.from({ length: 25 }, (_, j) => ({ text: story(100 + b * 25 + j) }))), headers: { "content-type": "application/json" } }));
    const responses = await Promise.all([...inline, ...batched]);
    expect(responses.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
    const queuedIds = (await Promise.all(responses.slice(100).map((r) => json<{ articles: Array<{ id: string }> }>(r)))).flatMap((b) => b.articles.map((a) => a.id));
    expect(queuedIds).toHaveLength(100);
    const result = await drainQueue(queuedIds);
    expect(result.retryMessages).toEqual([]);
    expect(await count("articles")).toBe(200);
    const stats = await json<{ articles: Record<string, number> }>(await api("/api/stats"));
    expect(stats.articles).toEqual({ queued: 0, processing: 0, ready: 200, failed: 0 });
  });

  it("20 parallel deliveries of one Telegram update get exactly one reply", async () => {
    const update = { update_id: 31337, message: { message_id: 1, date: 1, chat: { id: 5, type: "private" }, text: "/help" } };
    const responses = await Promise.all(Array.from({ length: 20 }, () =>
      api("/webhooks/telegram", { method: "POST", token: null, body: JSON.stringify(update), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "test-secret" } })));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const bodies = await Promise.all(responses.map((r) => json<{ method?: string }>(r)));
    expect(bodies.filter((b) => b.method === "sendMessage")).toHaveLength(1);
  });

  it("reads racing with reprocess and delete see the whole article or none of it", async () => {
    const { id } = await json<{ id: string }>(await api("/api/articles", { method: "POST", body: example, headers: { "content-type": "text/plain" } }));
    const whole = await json<{ meetings: unknown[]; statements: unknown[]; entities: unknown[] }>(await api(`/api/articles/${id}`));
    const reads = () => Array.from({ length: 15 }, () => api(`/api/articles/${id}`));
    const results = await Promise.all([
      ...reads(),
      api(`/api/articles/${id}/reprocess`, { method: "POST" }),
      ...reads(),
      api(`/api/articles/${id}/reprocess`, { method: "POST" }),
      ...reads(),
    ]);
    const deleting = [api(`/api/articles/${id}`, { method: "DELETE" }), ...reads(), ...reads()];
    for (const res of [...results, ...(await Promise.all(deleting))]) {
      expect(res.status).toBeLessThan(500);
      const body = await json<{ meetings?: unknown[]; statements?: unknown[]; entities?: unknown[]; status?: string; deleted?: boolean }>(res);
      if (res.status === 404 || body.deleted || !body.meetings) continue;
      if (body.status !== "ready") continue;
      expect(body.meetings.length).toBe(whole.meetings.length);
      expect(body.statements!.length).toBe(whole.statements.length);
      expect(body.entities!.length).toBe(whole.entities.length);
    }
  });
});
