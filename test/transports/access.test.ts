import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../src/app";
import type { Env } from "../../src/env";
import { api, json, SAMPLE, TOKEN, uploadText } from "../helpers";

const READ = "read-only-token";
const withEnv = (extra: Partial<Env>) => ({ ...env, ...extra }) as unknown as Env;
const call = (path: string, init: RequestInit, e: Env) => app.fetch(new Request(`http://worker.test${path}`, init), e, { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext);

/** A limiter that lets `n` requests through, then refuses, and records the keys it saw. */
function limiter(n: number) {
  const keys: string[] = [];
  return { keys, binding: { limit: async ({ key }: { key: string }) => ({ success: keys.push(key) <= n }) } as unknown as RateLimit };
}

describe("every /api route refuses a missing or wrong token", () => {
  it.each([
    ["GET", "/api/articles"], ["POST", "/api/articles"], ["POST", "/api/articles/batch"], ["GET", "/api/articles/" + "a".repeat(64)],
    ["GET", "/api/articles/" + "a".repeat(64) + "/raw"], ["POST", "/api/articles/" + "a".repeat(64) + "/reprocess"],
    ["DELETE", "/api/articles/" + "a".repeat(64)], ["GET", "/api/stats"], ["POST", "/api/ask"],
  ])("%s %s", async (method, path) => {
    for (const token of [null, "wrong", TOKEN + "x", ""]) {
      const res = await api(path, { method, token, body: method === "POST" ? "{}" : undefined, headers: { "content-type": "application/json" } });
      expect(res.status).toBe(401);
      expect((await json<{ error: { code: string } }>(res)).error.code).toBe("unauthorized");
    }
  });
});

describe("read-only tokens", () => {
  it("may read and ask, but not upload, reprocess or delete", async () => {
    const { body } = await uploadText(SAMPLE);
    const e = withEnv({ READ_TOKENS: `other, ${READ}` });
    const as = (method: string, path: string, b?: string) => call(path, { method, body: b, headers: { authorization: `Bearer ${READ}`, "content-type": "application/json" } }, e);
    expect((await as("GET", "/api/articles")).status).toBe(200);
    expect((await as("GET", `/api/articles/${body.id}`)).status).toBe(200);
    expect((await as("POST", "/api/ask", JSON.stringify({ question: "Who did Almeida meet?" }))).status).toBe(200);
    for (const [method, path] of [["POST", "/api/articles"], ["POST", `/api/articles/${body.id}/reprocess`], ["DELETE", `/api/articles/${body.id}`]] as const) {
      const res = await as(method, path, JSON.stringify({ text: "x y z" }));
      expect(res.status).toBe(403);
      expect((await json<{ error: { code: string } }>(res)).error.code).toBe("read_only_token");
    }
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM articles").first("n")).toBe(1);
  });
});

describe("rate limits", () => {
  it("answer 429 with Retry-After past the limit, per client, and do nothing", async () => {
    const asks = limiter(2);
    const e = withEnv({ ASK_LIMIT: asks.binding });
    const ask = (ip: string) => call("/api/ask", { method: "POST", body: JSON.stringify({ question: "Who met whom?" }), headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", "cf-connecting-ip": ip } }, e);
    expect((await ask("10.0.0.1")).status).toBe(200);
    expect((await ask("10.0.0.1")).status).toBe(200);
    const refused = await ask("10.0.0.1");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect((await json<{ error: { code: string } }>(refused)).error.code).toBe("rate_limited");
    expect(asks.keys.every((k) => k === "ASK_LIMIT:10.0.0.1")).toBe(true);
  });

  it("limit uploads without storing the refused one", async () => {
    const e = withEnv({ UPLOAD_LIMIT: limiter(0).binding });
    const res = await call("/api/articles", { method: "POST", body: SAMPLE, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "text/plain" } }, e);
    expect(res.status).toBe(429);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM articles").first("n")).toBe(0);
  });

  it("limit the Telegram webhook per chat with 429, leaving the update to be answered on redelivery", async () => {
    const e = withEnv({ TELEGRAM_LIMIT: limiter(0).binding });
    const update = { update_id: 4242, message: { message_id: 1, date: 1, chat: { id: 9, type: "private" }, text: "/help" } };
    const res = await call("/webhooks/telegram", { method: "POST", body: JSON.stringify(update), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "test-secret" } }, e);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM telegram_updates").first("n")).toBe(0);
  });

  it("are wired to the Workers rate-limit bindings of wrangler.toml", () => {
    for (const b of [env.UPLOAD_LIMIT, env.ASK_LIMIT, env.TELEGRAM_LIMIT]) expect(typeof b?.limit).toBe("function");
  });
});

describe("CORS", () => {
  it("allows only configured origins", async () => {
    const e = withEnv({ CORS_ORIGINS: "https://news.example" });
    const preflight = (origin: string) => call("/api/ask", { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" } }, e);
    expect((await preflight("https://news.example")).headers.get("access-control-allow-origin")).toBe("https://news.example");
    expect((await preflight("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
    const plain = await call("/api/stats", { headers: { origin: "https://evil.example", authorization: `Bearer ${TOKEN}` } }, e);
    expect(plain.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("secrets stay secret", () => {
  it("never appear in logs, errors or answers", async () => {
    const logged: string[] = [];
    const orig = { log: console.log, error: console.error, warn: console.warn };
    for (const k of ["log", "error", "warn"] as const) console[k] = (...a: unknown[]) => { logged.push(a.map(String).join(" ")); };
    try {
      const bodies: string[] = [];
      const collect = async (res: Response) => bodies.push(await res.text());
      await collect(await api("/api/stats", { token: "wrong" }));
      await uploadText(SAMPLE);
      await collect(await api("/api/ask", { method: "POST", body: JSON.stringify({ question: "Who met whom?" }), headers: { "content-type": "application/json" } }));
      await collect(await api("/api/ask", { method: "POST", body: "{not json", headers: { "content-type": "application/json" } }));
      await collect(await api("/webhooks/telegram", { method: "POST", token: null, body: "{}", headers: { "x-telegram-bot-api-secret-token": "test-secret-wrong" } }));
      // A storage failure is logged: the log line must not carry the secrets either.
      await collect(await call("/api/stats", { headers: { authorization: `Bearer ${TOKEN}` } }, withEnv({ DB: { prepare() { throw new Error("down"); } } as unknown as D1Database })));
      const everything = [...bodies, ...logged].join("\n");
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toMatch(/test-secret(?!-wrong)/);
    } finally {
      Object.assign(console, orig);
    }
  });
});
