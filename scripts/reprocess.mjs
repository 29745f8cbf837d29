#!/usr/bin/env node
// npm run reprocess [-- --base URL --token T]: queues every stored article for extraction again (after the rules
// change), through POST /api/reprocess a page at a time, then shows the queue draining (GET /api/stats) until done.
import { politeFetch, progressBar } from "./lib/client.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const base = opt("base", process.env.NEWSGRAPH_BASE ?? "http://127.0.0.1:8787").replace(/\/$/, "");
const token = opt("token", process.env.INGEST_TOKEN ?? "demo-token");
const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

async function call(path, init) {
  const res = await politeFetch(`${base}${path}`, { ...init, headers });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`${path}: ${res.status} ${body?.error?.message ?? ""}`);
  return body;
}

let cursor = 0, queued = 0;
do {
  const page = await call("/api/reprocess", { method: "POST", body: JSON.stringify({ cursor, limit: 200 }) });
  queued += page.queued;
  cursor = page.next_cursor;
  process.stderr.write(`\rqueued    ${queued} article(s)   `);
} while (cursor !== null);
process.stderr.write("\n");
for (;;) {
  const s = await call("/api/stats", { method: "GET" });
  const waiting = (s.articles?.queued ?? 0) + (s.articles?.processing ?? 0);
  progressBar("reprocess", queued - Math.min(queued, waiting), queued);
  if (waiting === 0) break;
  await new Promise((r) => setTimeout(r, 500));
}
const s = await call("/api/stats", { method: "GET" });
process.stderr.write("\n");
console.log(`reprocessed ${queued} article(s): ready ${s.articles.ready}, failed ${s.articles.failed}`);
