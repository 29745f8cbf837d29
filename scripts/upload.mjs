#!/usr/bin/env node
// npm run upload -- <files or folders> [--base URL] [--token T]
// Uploads articles to a local or deployed Worker with a progress bar and a final count.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args.splice(i, 2)[1] : fallback; };
const base = opt("base", process.env.NEWSGRAPH_URL ?? "http://127.0.0.1:8787").replace(/\/$/, "");
const token = opt("token", process.env.INGEST_TOKEN ?? "demo-token");
const files = args.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => /\.(txt|html?|md)$/.test(f)).map((f) => join(p, f)) : [p]));
if (!files.length) { console.error("usage: npm run upload -- <files or folders> [--base URL] [--token T]"); process.exit(2); }

const counts = { new: 0, duplicate: 0, failed: 0 };
const bar = (done) => { const w = 30, n = Math.round((done / files.length) * w); process.stderr.write(`\r[${"#".repeat(n)}${".".repeat(w - n)}] ${done}/${files.length}`); };
for (const [i, f] of files.entries()) {
  try {
    const res = await fetch(`${base}/api/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": /\.html?$/.test(f) ? "text/html" : "text/plain; charset=utf-8" },
      body: readFileSync(f),
    });
    const body = await res.json().catch(() => ({}));
    if (res.status === 200 && body.duplicate) counts.duplicate++;
    else if (res.ok && body.status !== "failed") counts.new++;
    else { counts.failed++; process.stderr.write(`\n${f}: ${res.status} ${body.error?.message ?? ""}\n`); }
  } catch (err) {
    counts.failed++;
    process.stderr.write(`\n${f}: ${err.message}\n`);
  }
  bar(i + 1);
}
console.log(`\nnew ${counts.new}, duplicate ${counts.duplicate}, failed ${counts.failed}`);
process.exit(counts.failed ? 1 : 0);
