import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { answerKey, storeVersion } from "../../src/store/answer-cache";
import { api, json, SAMPLE, uploadText } from "../helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

const askQ = async (question: string, conversation_id?: string) =>
  json<{ answer: string }>(await api("/api/ask", { method: "POST", body: JSON.stringify({ question, conversation_id }), headers: { "content-type": "application/json" } }));

describe("answer cache", () => {
  it("serves a repeated question from KV until the facts change", async () => {
    await uploadText(example);
    const v1 = await storeVersion(env.DB);
    const first = await askQ("Who said the uprising was an internal affair?");
    const key = await answerKey("Who said the uprising was an internal affair?", null, v1);
    // Written after the response (waitUntil).
    await vi.waitFor(async () => expect(await env.CACHE!.get(key, "json")).toMatchObject({ answer: first.answer }));

    // A cached answer is what comes back (planted here to prove it is read).
    await env.CACHE!.put(key, JSON.stringify({ answer: "from the cache", sources: [], intent: "who_said" }));
    expect((await askQ("who said the  UPRISING was an internal affair")).answer).toBe("from the cache");

    // Any change of facts moves to a new version: the planted answer is no longer reachable.
    await uploadText(SAMPLE);
    expect(await storeVersion(env.DB)).toBeGreaterThan(v1);
    expect((await askQ("Who said the uprising was an internal affair?")).answer).toContain("Chinese foreign ministry");
  });

  it("does not cache cheap index look-ups", async () => {
    await uploadText(example);
    await askQ("Who did Rudenko meet?");
    await new Promise((r) => setTimeout(r, 50));
    expect((await env.CACHE!.list({ prefix: "answer:" })).keys).toEqual([]);
  });

  it("does not cache follow-ups that lean on a conversation", async () => {
    await uploadText(example);
    await askQ("Who is Peskov?", "c1");
    await askQ("What did he say?", "c1");
    const key = await answerKey("What did he say?", null, await storeVersion(env.DB));
    expect(await env.CACHE!.get(key)).toBeNull();
  });
});
