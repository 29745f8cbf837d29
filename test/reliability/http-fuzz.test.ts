// HTTP fuzzing of every route: random bytes, wrong and missing content types,
// huge headers, deeply nested JSON, wrong methods and path traversal in ids.
// Always a 4xx JSON error (or a success), never a 5xx.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { api } from "../helpers";

const ID = "c".repeat(64);
const PATHS = [
  "/", "/health", "/assets/page.js", "/api/articles", "/api/articles/batch", `/api/articles/${ID}`, `/api/articles/${ID}/raw`,
  `/api/articles/${ID}/reprocess`, "/api/stats", "/api/ask", "/webhooks/telegram",
  "/api/articles/..%2f..%2fetc%2fpasswd", "/api/articles/../../etc/passwd", "/api/articles/%00", `/api/articles/${ID}%2f..`,
  "/api/articles/" + "a".repeat(5000), "/api/articles/%E0%A4%A", "/api/ask/../articles", "/api/articles?limit=-1&cursor=NaN&status=<x>",
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const TYPES = [undefined, "text/plain", "application/json", "application/x-ndjson", "multipart/form-data", "multipart/form-data; boundary=x", "text/html", "image/png", "application/json; charset=latin1", "garbage/;;;", ""];

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const body = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => b as Uint8Array | string),
  fc.string({ maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(nested(10_000), `{"question":${nested(10_000)}}`, `{"text":${nested(10_000)}}`, '{"update_id":1,"message":' + nested(5_000) + "}", "\u0000\uffff", "[{}]", '{"text":""}', '{"question":null}'),
);

async function check(method: string, path: string, type: string | undefined, payload: Uint8Array | string | undefined, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...extra };
  if (type !== undefined) headers["content-type"] = type;
  if (path === "/webhooks/telegram") headers["x-telegram-bot-api-secret-token"] = "test-secret";
  const res = await api(path, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : payload });
  expect(res.status, `${method} ${path} ${type}`).toBeLessThan(500);
  if (res.status >= 400 && method !== "HEAD") {
    const parsed = JSON.parse(await res.text()) as { error?: { code?: string; message?: string } };
    expect(parsed.error?.code).toMatch(/^[a-z0-9_]+$/);
    expect(typeof parsed.error?.message).toBe("string");
  } else await res.arrayBuffer();
}

describe("HTTP fuzzing", () => {
  it("random requests to every route never get a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), fc.constantFrom(...PATHS), fc.constantFrom(...TYPES), body, async (method, path, type, payload) => {
        await check(method, path, type, payload);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("JSON nested 10,000 deep is refused with a 4xx", async () => {
    for (const path of ["/api/articles", "/api/articles/batch", "/api/ask", "/webhooks/telegram"]) await check("POST", path, "application/json", `{"text":${nested(10_000)},"question":${nested(10_000)}}`);
  });

  it("huge headers are survived", async () => {
    for (const path of ["/api/ask", "/api/articles", "/webhooks/telegram"]) {
      await check("POST", path, "application/json", '{"question":"Who met whom?"}', { "x-padding": "x".repeat(60_000), authorization: "Bearer " + "t".repeat(20_000) });
    }
  });
});
