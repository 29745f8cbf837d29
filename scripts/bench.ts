// npm run bench [-- --dir DIR ...] : extraction throughput in Node, side by side
// with compromise's people() and wink-nlp's entity pass on the same text.
// Our code is bundled with esbuild first, as wrangler bundles it for the Worker
// (running it through tsx would time tsx's wrappers too).
// Median of several timed runs after warm-up; prints a table and one BENCH line.
import { build } from "esbuild";
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
    bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "warning",
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
    entryPoints: ["src/index.ts"], bundle: true, format: "esm", platform: "neutral", minify: true, write: false,
    conditions: ["workerd", "worker", "browser"], external: ["cloudflare:*", "node:*"], logLevel: "warning",
    loader: { ".html": "text", ".css": "text", ".client.js": "text" },
  });
  const code = out.outputFiles[0]!.contents;
  return { raw: code.byteLength, gzip: gzipSync(code).byteLength };
}

const args = process.argv.slice(2);
// The repo's fixtures, the shared evaluation articles when they sit beside the project, and any --dir given.
const dirs = ["fixtures", ...(existsSync("../shared/eval/dev") ? ["../shared/eval/dev"] : []), ...args.flatMap((a, i) => (args[i - 1] === "--dir" ? [a] : []))];
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(d, f), "utf8")));
if (!texts.length) throw new Error("no .txt articles found in " + dirs.join(", "));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const WARMUP = 10, RUNS = 25;

const wink = winkNLP(model);
const engines: Array<[string, (text: string) => unknown]> = [
  ["newsgraph parse + extract", (t) => extractFacts(parseArticle(articleText(t, "text/plain"), { referenceYear: 2025 }))],
  ["compromise nlp(text).people()", (t) => nlp(t).people().out("array")],
  ["wink-nlp readDoc + entities", (t) => wink.readDoc(t).entities().out()],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = engines.map(([name, run]) => {
  for (let i = 0; i < WARMUP; i++) for (const t of texts) run(t);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (const t of texts) run(t);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { name, ms, mbPerS: bytes / 1e6 / (ms / 1000), msPer5k: (ms / bytes) * 5 * 1024 };
});

console.log(`${texts.length} article(s), ${(bytes / 1024).toFixed(1)} KiB, Node ${process.version}, median of ${RUNS} runs after ${WARMUP} warm-up passes\n`);
console.log(`${"engine".padEnd(32)} ${"MB/s".padStart(8)} ${"ms / 5 KB".padStart(10)} ${"ms / pass".padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(32)} ${r.mbPerS.toFixed(2).padStart(8)} ${r.msPer5k.toFixed(3).padStart(10)} ${r.ms.toFixed(1).padStart(10)}`);
const ours = rows[0]!;
const size = await workerBundleSize();
console.log(`\nWorker bundle (minified): ${(size.raw / 1024).toFixed(0)} KiB, ${(size.gzip / 1024).toFixed(0)} KiB gzipped (limit 1024 KiB)`);
console.log(`\nBENCH ${JSON.stringify({ articles: texts.length, bytes, mb_per_s: +ours.mbPerS.toFixed(2), ms_per_5kb: +ours.msPer5k.toFixed(3), compromise_ms_per_5kb: +rows[1]!.msPer5k.toFixed(3), wink_ms_per_5kb: +rows[2]!.msPer5k.toFixed(3), bundle_gzip_kib: Math.round(size.gzip / 1024) })}`);
