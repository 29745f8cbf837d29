import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import worker from "../src/index";

export const TOKEN = "test-token";

/**
 * Calls the Worker's fetch handler with the test token unless headers say
 * otherwise, and waits for the work it deferred (waitUntil: the answer cache
 * write) so none of it outlives the test into the next test's storage reset.
 */
export async function api(path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = init.token === undefined ? TOKEN : init.token;
  if (token !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${token}`);
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`http://worker.test${path}`, { ...init, headers }), env, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** Uploads text/plain and returns the parsed JSON answer with its status. */
export async function uploadText(text: string): Promise<{ status: number; body: { id: string; status: string; duplicate?: boolean } }> {
  const res = await api("/api/articles", { method: "POST", body: text, headers: { "content-type": "text/plain; charset=utf-8" } });
  return { status: res.status, body: (await res.json()) as { id: string; status: string; duplicate?: boolean } };
}

/** Rows in a table of the test D1. */
export async function countRows(table: string): Promise<number> {
  return (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** A small article with a meeting and a quote, made up for tests. */
export const SAMPLE = `Ministers meet in Lisbon over fishing rights

LISBON, May 4 (Wire) - Portuguese Foreign Minister Rui Almeida met with Spanish Foreign Minister Elena Castro in Lisbon on Tuesday.

"We have agreed on a common plan," Almeida told reporters.

(Reporting by Ana Sousa; editing by Tom Hale)`;
