// npm run bench [-- --dir DIR ...] : extraction throughput in Node, side by side
// with the tagger's bare pass (wink-nlp: sentences and tags, as the pipeline runs it)
// and compromise's people() on the same text. Bounds (issue "Reading real pages"):
// the pipeline within 2x the tagger's bare pass, at least 5x faster than people().
// Our code is bundled with esbuild first, as wrangler bundles it for the Worker
// (running it through tsx would time tsx's wrappers too).
// Median of several timed rounds after warm-up, the engines taking turns in each; prints a table and one BENCH line.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import nlp from "compromise";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Pipeline = {
  extractFacts: typeof import("../src/extract/extract-facts").extractFacts;
  parseArticle: typeof import("../src/parse/parse-article").parseArticle;
  articleText: typeof import("../src/ingest/article-text").articleText;
};
async function bundledPipeline(): Promise<Pipeline> {
  const src = (p: string) => JSON.stringify(resolve(p));
  const out = await build({
    stdin: { contents: `export { extractFacts } from ${src("src/extract/extract-facts.ts")}; export { parseArticle } from ${src("src/parse/parse-article.ts")}; export { articleText } from ${src("src/ingest/article-text.ts")};`, resolveDir: ".", loader: "ts" },
    bundle: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], write: false, logLevel: "warning",
  });
  const dir = mkdtempSync(join(tmpdir(), "bench-"));
  const file = join(dir, "pipeline.mjs");
  writeFileSync(file, out.outputFiles[0]!.text);
  try {
    return (await import(pathToFileURL(file).href)) as Pipeline;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const { extractFacts, parseArticle, articleText } = await bundledPipeline();

/** Size of the whole Worker as wrangler would bundle it (minified), raw and gzipped. */
async function workerBundleSize(): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    entryPoints: ["src/index.ts"], bundle: true, format: "esm", platform: "neutral", mainFields: ["browser", "module", "main"], minify: true, write: false,
    conditions: ["workerd", "worker", "browser"], external: ["cloudflare:*", "node:*"], logLevel: "warning",
    loader: { ".html": "text", ".css": "text", ".client.js": "text" },
  });
  const code = out.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code).byteLength };
}

const args = process.argv.slice(2);
// The repo's fixtures, the shared evaluation articles when they sit beside the project, and any --dir given.
const dirs = ["fixtures", ...["../shared/eval/dev", "../shared/eval/real"].filter((d) => existsSync(d)), ...args.flatMap((a, i) => (args[i - 1] === "--dir" ? [a] : []))];
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
if (!texts.length) throw new Error("no .txt articles found in " + dirs.join(", "));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const WARMUP = 10, RUNS = 25;

// The tagger as src/extract/tagging.ts configures it; its bare pass reads the document and its tags.
const wink = winkNLP(model, ["sbd", "pos"]);
const engines: Array<[string, (text: string) => unknown]> = [
  ["newsgraph parse + extract", (t) => extractFacts(parseArticle(articleText(t, "text/plain"), { referenceYear: 2025 }))],
  ["wink-nlp tagger, bare pass", (t) => wink.readDoc(t).tokens().out(wink.its.pos)],
  ["compromise nlp(text).people()", (t) => nlp(t).people().out("array")],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// The engines take turns within each timed round (in a rotating order), so that a machine slowing down or speeding
// up during the run weighs on all of them alike and the ratios between them hold.
for (const [, run] of engines) for (let i = 0; i < WARMUP; i++) for (const t of texts) run(t);
const times: number[][] = engines.map(() => []);
for (let i = 0; i < RUNS; i++) {
  for (let k = 0; k < engines.length; k++) {
    const e = (i + k) % engines.length;
    const run = engines[e]![1];
    const t0 = performance.now();
    for (const t of texts) run(t);
    times[e]!.push(performance.now() - t0);
  }
}
const rows = engines.map(([name], e) => {
  const ms = median(times[e]!);
  return { name, ms, mbPerS: bytes / 1e6 / (ms / 1000), msPer5k: (ms / bytes) * 5 * 1024 };
});

console.log(`${texts.length} article(s), ${(bytes / 1024).toFixed(1)} KiB, Node ${process.version}, median of ${RUNS} runs after ${WARMUP} warm-up passes\n`);
console.log(`${"engine".padEnd(32)} ${"MB/s".padStart(8)} ${"ms / 5 KB".padStart(10)} ${"ms / pass".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(32)} ${r.mbPerS.toFixed(2).padStart(8)} ${r.msPer5k.toFixed(3).padStart(10)} ${r.ms.toFixed(1).padStart(10)}`);
const ours = rows[0]!;
const size = await workerBundleSize();
const tagger = rows[1]!, compromise = rows[2]!;
// Cold start: a fresh process loads the model and tags one sentence (what the first extraction on a new
// isolate pays once; asks and webhooks never load it). Median of three processes.
const coldMs = median([0, 1, 2].map(() => {
  const script = `const t0 = performance.now(); const w = require("wink-nlp")(require("wink-eng-lite-web-model"), ["sbd", "pos"]); w.readDoc("Mira Holt met the mayor.").tokens().out(w.its.pos); console.log(performance.now() - t0);`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}));
const vsTagger = ours.ms / tagger.ms, vsCompromise = compromise.ms / ours.ms;
console.log(`\npipeline / tagger bare pass: ${vsTagger.toFixed(2)}x (bound: within 2x)`);
console.log(`compromise people() / pipeline: ${vsCompromise.toFixed(2)}x (bound: at least 5x)`);
console.log(`a 5 KB article: ${ours.msPer5k.toFixed(2)} ms of CPU (Workers free tier: 10 ms per request); loading the tagger once per isolate: ${coldMs.toFixed(0)} ms`);
console.log(`Worker bundle (minified): ${(size.raw / 1024).toFixed(0)} KiB, ${(size.gzip / 1024).toFixed(0)} KiB gzipped (bound: 1.5 MB = 1465 KiB)`);
console.log(`\nBENCH ${JSON.stringify({
  articles: texts.length, bytes, mb_per_s: +ours.mbPerS.toFixed(2), ms_per_5kb: +ours.msPer5k.toFixed(3),
  tagger_ms_per_5kb: +tagger.msPer5k.toFixed(3), compromise_ms_per_5kb: +compromise.msPer5k.toFixed(3),
  pipeline_vs_tagger: +vsTagger.toFixed(2), compromise_vs_pipeline: +vsCompromise.toFixed(2), tagger_cold_ms: Math.round(coldMs),
  bundle_gzip_kib: Math.round(size.gzip / 1024),
})}`);
