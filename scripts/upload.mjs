#!/usr/bin/env node
// npm run upload -- <files or folders> [--base URL] [--token T] [--no-wait] [--title T] [--published DATE]
// Uploads articles in batches of up to 100 through POST /api/articles/batch (the
// queue does the processing), waits for this run's articles to be processed,
// then prints one line per file (id, status, new or duplicate, title) and the
// counts of this run only. Files that are not UTF-8 are detected and converted
// (the line says from what); a file whose encoding cannot be told is not sent.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { politeFetch, progressBar } from "./lib/client.mjs";
import { readText } from "./lib/read-text.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const flag = (name) => { const i = args.indexOf(`--${name}`); return i >= 0 && !!args.splice(i, 1); };
const base = opt("base", process.env.NEWSGRAPH_URL ?? "http://127.0.0.1:8787").replace(/\/$/, "");
const token = opt("token", process.env.INGEST_TOKEN ?? "demo-token");
const noWait = flag("no-wait");
// --title and --published describe one article: only with a single file.
const given = Object.fromEntries([["title", opt("title")], ["published", opt("published")]].filter(([, v]) => v !== undefined));
const files = args.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(txt|html?|md)$/.test(f)).sort().map((f) => join(p, f)) : [p]));
if (!files.length) { console.error("usage: npm run upload -- <files or folders> [--base URL] [--token T] [--no-wait] [--title T] [--published DATE]"); process.exit(2); }
if (Object.keys(given).length && files.length !== 1) { console.error("--title and --published apply to a single file"); process.exit(2); }

const BATCH = 100, MAX_BATCH_BYTES = 15 * 1024 * 1024;
const headers = { authorization: `Bearer ${token}` };

/** The batch item for one file: its text plus the fields given for it (title, published…). */
function itemFor(file, text) {
  return { text, ...given };
}

/** One result per file, in the order given: what this run did with it. */
const results = files.map((file) => ({ file, id: null, status: null, duplicate: false, error: null, charset: null, title: null }));

// Read and group files into batches by count and size.
const batches = [];
let cur = [], size = 0;
for (const r of results) {
  let text;
  try {
    ({ text, charset: r.charset } = readText(r.file));
  } catch (err) {
    r.error = err.message;
    continue;
  }
  const item = JSON.stringify(itemFor(r.file, text));
  if (cur.length && (cur.length === BATCH || size + item.length > MAX_BATCH_BYTES)) { batches.push(cur); cur = []; size = 0; }
  cur.push({ r, item }); size += item.length;
}
if (cur.length) batches.push(cur);

let sent = 0;
for (const b of batches) {
  try {
    const res = await politeFetch(`${base}/api/articles/batch`, { method: "POST", headers: { ...headers, "content-type": "application/x-ndjson" }, body: b.map((x) => x.item).join("\n") });
    const body = await res.json().catch(() => ({}));
    // 202: all taken; 207: some items refused; 400 with per-item results: none taken.
    if (!Array.isArray(body.articles)) throw new Error(`${res.status} ${body.error?.message ?? ""}`.trim());
    body.articles.forEach((a, k) => {
      const r = b[k].r;
      if (a.error) r.error = a.error.message.replace(/^article \d+(?: \(line \d+\))?: /, "");
      else Object.assign(r, { id: a.id, status: a.status, duplicate: a.duplicate });
    });
  } catch (err) {
    for (const { r } of b) r.error = `upload failed: ${err.cause?.code ?? err.message}`;
  }
  sent += b.length;
  progressBar("upload", sent, files.length);
}
process.stderr.write("\n");

// Follow this run's articles (not the whole store) until each is ready or failed.
const stored = results.filter((r) => r.id);
const byId = new Map(stored.map((r) => [r.id, r]));
const article = (id) => fetch(`${base}/api/articles/${id}`, { headers }).then((res) => (res.ok ? res.json() : null), () => null);
async function refresh(rs) {
  for (let i = 0; i < rs.length; i += 8) {
    await Promise.all(rs.slice(i, i + 8).map(async (r) => {
      const a = await article(r.id);
      if (a) Object.assign(r, { status: a.status, title: a.title ?? null });
    }));
  }
}
const unique = [...byId.values()];
await refresh(unique);
for (let round = 0; !noWait; round++) {
  const pending = unique.filter((r) => r.status === "queued" || r.status === "processing");
  progressBar("process", unique.length - pending.length, unique.length);
  if (!pending.length) break;
  await new Promise((res) => setTimeout(res, Math.min(500 * 2 ** round, 3000)));
  await refresh(pending);
}
process.stderr.write("\n");
for (const r of stored) Object.assign(r, { status: byId.get(r.id).status, title: byId.get(r.id).title });

// One line per file, then this run's counts.
for (const r of results) {
  const note = r.charset ? `  [converted from ${r.charset}]` : "";
  if (r.error) console.log(`${"-".repeat(12)}  failed     ${r.file}: ${r.error}`);
  else console.log(`${r.id.slice(0, 12)}  ${r.status.padEnd(10)} ${r.duplicate ? "duplicate" : "new      "}  ${r.title ?? "(untitled)"}  (${r.file})${note}`);
}
const count = (f) => results.filter(f).length;
const summary = [
  `${count((r) => r.id && !r.duplicate)} new`,
  `${count((r) => r.duplicate)} duplicate`,
  `${count((r) => r.error)} not uploaded`,
  ...(noWait ? [] : [`${count((r) => r.id && r.status === "ready")} ready`, `${count((r) => r.status === "failed")} failed processing`]),
];
console.log(`This run: ${files.length} file(s): ${summary.join(", ")}.${count((r) => r.status === "failed") ? " (GET /api/articles?status=failed lists them; POST /api/articles/:id/reprocess retries.)" : ""}`);
process.exit(count((r) => r.error) ? 1 : 0);
