#!/usr/bin/env node
// npm run upload -- <files or folders> [--base URL] [--token T] [--no-wait] [--title T] [--published DATE]
// Uploads articles in batches of up to 100 through POST /api/articles/batch (the
// queue does the processing), then shows the queue draining from GET /api/stats.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { politeFetch, progressBar } from "./lib/client.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const flag = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 && !!args.splice(i, 1); };
const base = opt("base", process.env.NEWSGRAPH_URL ?? "http://127.0.0.1:8787").replace(/\/$/, "");
const token = opt("token", process.env.INGEST_TOKEN ?? "demo-token");
const noWait = flag("no-wait");
// --title and --published describe one article: only with a single file.
const given = Object.fromEntries([["title", opt("title")], ["published", opt("published")]].filter(([, v]) => v !== undefined));
const files = args.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(txt|html?|md)$/.test(f)).map((f) => join(p, f)) : [p]));
if (!files.length) { console.error("usage: npm run upload -- <files or folders> [--base URL] [--token T] [--no-wait] [--title T] [--published DATE]"); process.exit(2); }
if (Object.keys(given).length && files.length !== 1) { console.error("--title and --published apply to a single file"); process.exit(2); }

const BATCH = 100, MAX_BATCH_BYTES = 15 * 1024 * 1024;
const headers = { authorization: `Bearer ${token}` };
const counts = { new: 0, duplicate: 0, failed: 0 };

// Group files into batches by count and size.
const batches = [];
let cur = [], size = 0;
for (const f of files) {
  const text = readFileSync(f, "utf8");
  const item = JSON.stringify({ text, ...given });
  if (cur.length && (cur.length === BATCH || size + item.length > MAX_BATCH_BYTES)) { batches.push(cur); cur = []; size = 0; }
  cur.push({ f, item }); size += item.length;
}
if (cur.length) batches.push(cur);

let sent = 0;
for (const b of batches) {
  try {
    const res = await politeFetch(`${base}/api/articles/batch`, { method: "POST", headers: { ...headers, "content-type": "application/x-ndjson" }, body: b.map((x) => x.item).join("\n") });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`${res.status} ${body.error?.message ?? ""}`);
    counts.new += body.accepted; counts.duplicate += body.duplicates;
  } catch (err) {
    counts.failed += b.length;
    process.stderr.write(`\n${b[0].f} … (${b.length} files): ${err.cause?.code ?? err.message}\n`);
  }
  sent += b.length;
  progressBar("upload", sent, files.length);
}
process.stderr.write("\n");
console.log(`accepted ${counts.new}, duplicate ${counts.duplicate}, failed to upload ${counts.failed}`);

if (!noWait && counts.new) {
  // The queue processes them; follow the counts until nothing is queued or processing.
  for (;;) {
    const stats = await fetch(`${base}/api/stats`, { headers }).then((r) => r.json(), () => null);
    if (!stats?.articles) break;
    const { queued, processing, ready, failed } = stats.articles;
    progressBar("process", ready + failed, stats.total);
    if (queued + processing === 0) { process.stderr.write(`\nready ${ready}, failed ${failed} (GET /api/articles?status=failed lists them)\n`); break; }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
process.exit(counts.failed ? 1 : 0);
