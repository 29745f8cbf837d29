#!/usr/bin/env node
// npm run bench:scale -- --articles N [--seed S] [--asks K] [--record R] [--concurrency C] [--backlog B (0: none)] [--state DIR]
// Starts the Worker locally on fresh state (as a user would), generates N synthetic
// articles, uploads them through POST /api/articles/batch, waits for the queue to
// drain, asks a fixed mix of questions, reads the record (R people: search, page,
// map one and two steps out), and prints a table and one SCALE line. With
// --state DIR the local state is kept in DIR, and a store already holding the
// N articles there is read again without uploading them (to time reads only).
import { readdirSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { politeFetch, progressBar } from "./lib/client.mjs";
import { makeArticle, rng } from "./lib/corpus.mjs";
import { startLocalServer } from "./lib/local-server.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? Number(args[i + 1]) : fallback; };
const N = opt("articles", 1000), SEED = opt("seed", 1), ASKS = opt("asks", 300), CONCURRENCY = opt("concurrency", 4), BACKLOG = opt("backlog", 2000);
const BATCH = 100;
const STATE = args.includes("--state") ? args[args.indexOf("--state") + 1] : undefined;

const server = await startLocalServer({ state: STATE });
const headers = { authorization: `Bearer ${server.token}` };
const api = async (path, init = {}) => {
  const res = await politeFetch(server.base + path, { ...init, headers: { ...headers, ...(init.headers ?? {}) } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return body;
};

try {
  // Upload in batches of 100, a few requests at a time.
  const t0 = performance.now();
  let accepted = 0, sent = 0, next = 0;
  const expected = [];
  // Flow control, as a bulk loader should: keep at most BACKLOG articles waiting in the queue.
  async function backpressure() {
    for (;;) {
      const { articles: a } = await api("/api/stats");
      if (a.queued <= BACKLOG) return;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  async function uploader() {
    for (;;) {
      const from = next; next += BATCH;
      if (from >= N) return;
      if (BACKLOG > 0 && (from / BATCH) % CONCURRENCY === 0) await backpressure();
      const items = [];
      for (let i = from; i < Math.min(N, from + BATCH); i++) {
        const a = makeArticle(SEED, i);
        if (i < 2000) expected.push(a.expected);
        items.push(JSON.stringify({ text: a.text }));
      }
      const r = await api("/api/articles/batch", { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: items.join("\n") });
      accepted += r.accepted; sent += items.length;
      progressBar("upload", sent, N);
    }
  }
  const stored = (await api("/api/stats")).articles.ready;
  const reused = !!STATE && stored >= N;
  if (reused) {
    // The store in --state already holds these articles: only their expected facts are needed.
    for (let i = 0; i < Math.min(N, 2000); i++) expected.push(makeArticle(SEED, i).expected);
    accepted = sent = N;
    process.stderr.write(`upload    skipped: ${stored} articles already stored in ${STATE}`);
  } else await Promise.all(Array.from({ length: CONCURRENCY }, uploader));
  const uploaded = performance.now();
  process.stderr.write("\n");

  // Wait for the queue to drain, showing progress from GET /api/stats.
  let stats;
  for (;;) {
    stats = await api("/api/stats");
    const { queued, processing, ready, failed } = stats.articles;
    progressBar("process", ready + failed, stats.total);
    if (queued + processing === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const drained = performance.now();
  process.stderr.write("\n");

  // A fixed mix of questions over known facts.
  const r = rng(SEED + 99);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const surname = (n) => n.split(" ").pop();
  const kinds = [
    (e) => `Who did ${surname(e.meetings[0].participants[0])} meet?`,
    (e) => `When did ${e.meetings[0].participants[0]} meet ${e.meetings[0].participants[1]}?`,
    (e) => `What did ${e.statements[0].speaker} say?`,
    (e) => `Who said ${e.statements[1].keywords[0]}?`,
    (e) => `Who is ${e.meetings[0].participants[1]}?`,
    () => "Who met whom?",
    // No intent covers it: answered by the sentence search over every article.
    (e) => `Why was there talk of ${e.statements[1].keywords[0]}?`,
  ];
  const times = [];
  const byKind = kinds.map(() => []);
  let answered = 0;
  for (let i = 0; i < ASKS; i++) {
    const question = kinds[i % kinds.length](pick(expected));
    const t = performance.now();
    const a = await api("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question }) });
    times.push(performance.now() - t);
    byKind[i % kinds.length].push(performance.now() - t);
    if (a.sources.length) answered++;
    if (i % 20 === 0) progressBar("ask", i + 1, ASKS);
  }
  progressBar("ask", ASKS, ASKS);
  process.stderr.write("\n");
  // The record's reads: name search, a person's page, the map around them (one and two steps).
  const RECORD = opt("record", 100);
  const record = { search: [], page: [], graph1: [], graph2: [] };
  const timed = async (list, path) => { const t = performance.now(); const body = await api(path); list.push(performance.now() - t); return body; };
  for (let i = 0; i < RECORD; i++) {
    const who = pick(expected).meetings[0].participants[0];
    const { entities } = await timed(record.search, `/api/entities?q=${encodeURIComponent(surname(who))}`);
    if (entities[0]) await timed(record.page, `/api/entities/${encodeURIComponent(entities[0].key)}`);
    await timed(record.graph1, `/api/graph?around=${encodeURIComponent(who)}`);
    await timed(record.graph2, `/api/graph?around=${encodeURIComponent(who)}&depth=2`);
    if (i % 10 === 0) progressBar("record", i + 1, RECORD);
  }
  progressBar("record", RECORD, RECORD);
  process.stderr.write("\n");
  const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? +s[Math.min(s.length - 1, Math.floor(s.length * 0.95))].toFixed(1) : null; };
  const p50 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? +s[Math.floor(s.length / 2)].toFixed(1) : null; };

  times.sort((a, b) => a - b);
  const pct = (p) => +times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);

  const d1Bytes = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => {
    const p = join(dir, e.name);
    return sum + (e.isDirectory() ? d1Bytes(p) : /\.sqlite(-wal)?$/.test(e.name) ? statSync(p).size : 0);
  }, 0);
  const dbBytes = d1Bytes(join(server.state, "v3", "d1"));
  const result = {
    articles: N,
    // A reused store was not uploaded by this run: no ingestion figures.
    ingest_articles_per_s: reused ? null : +(N / ((drained - t0) / 1000)).toFixed(1),
    upload_s: +((uploaded - t0) / 1000).toFixed(1),
    drain_s: +((drained - uploaded) / 1000).toFixed(1),
    ask_p50_ms: pct(50),
    ask_p95_ms: pct(95),
    entities_search_p95_ms: p95(record.search),
    entity_page_p95_ms: p95(record.page),
    graph_p95_ms: p95(record.graph1),
    graph_depth2_p95_ms: p95(record.graph2),
    db_bytes: dbBytes,
    failed: stats.articles.failed,
    load: +loadavg()[0].toFixed(1),
  };
  console.log("\n| measure | value |\n|---|---|");
  console.log(`| articles generated / accepted / stored ready | ${N} / ${accepted} / ${stats.articles.ready} |`);
  console.log(`| upload (batches of ${BATCH}, ${CONCURRENCY} in flight, at most ${BACKLOG || "∞"} queued) | ${result.upload_s} s |`);
  console.log(`| queue drained after upload | ${result.drain_s} s |`);
  console.log(`| ingestion end to end | ${reused ? "n/a (the store was reused)" : `${result.ingest_articles_per_s} articles/s`} |`);
  console.log(`| asks (${ASKS}, ${answered} with sources) p50 / p95 | ${result.ask_p50_ms} / ${result.ask_p95_ms} ms |`);
  const KIND_NAMES = ["meetings of X", "when did X meet Y", "what did X say", "who said <phrase>", "who is X", "who met whom", "sentence search"];
  byKind.forEach((ts, k) => { ts.sort((x, y) => x - y); console.log(`| — ${KIND_NAMES[k]} p50 / p95 | ${ts[Math.floor(ts.length / 2)].toFixed(1)} / ${ts[Math.min(ts.length - 1, Math.floor(ts.length * 0.95))].toFixed(1)} ms |`); });
  for (const [label, xs] of [["GET /api/entities?q= (surname)", record.search], ["GET /api/entities/:key", record.page], ["GET /api/graph?around= (1 step)", record.graph1], ["GET /api/graph?around=&depth=2", record.graph2]]) console.log(`| ${label} p50 / p95 | ${p50(xs)} / ${p95(xs)} ms |`);
  console.log(`| D1 size | ${(dbBytes / 1e6).toFixed(1)} MB (${Math.round(dbBytes / N)} bytes per article) |`);
  console.log(`| machine | ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min; a busy machine slows every figure) |`);
  console.log(`| failed | ${result.failed} |`);
  console.log(`\nSCALE ${JSON.stringify(result)}`);
} catch (err) {
  // What the Worker printed last says why a request failed (a restart, a D1 error).
  process.stderr.write(`\n${err.stack ?? err}\n--- the Worker's last output ---\n${server.log().slice(-4000)}\n`);
  process.exitCode = 1;
} finally {
  server.stop();
}
