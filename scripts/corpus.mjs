#!/usr/bin/env node
// npm run corpus -- --articles N [--seed S] [--out DIR]
// Writes N synthetic wire stories (NNNNNN.txt) and their expected facts (NNNNNN.expected.json).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeArticle } from "./lib/corpus.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const n = Number(opt("articles", "100")), seed = Number(opt("seed", "1")), out = opt("out", "corpus");
if (!Number.isInteger(n) || n < 1) { console.error("usage: npm run corpus -- --articles N [--seed S] [--out DIR]"); process.exit(2); }
mkdirSync(out, { recursive: true });
for (let i = 0; i < n; i++) {
  const { text, expected } = makeArticle(seed, i);
  const name = String(i).padStart(6, "0");
  writeFileSync(join(out, `${name}.txt`), text);
  writeFileSync(join(out, `${name}.expected.json`), JSON.stringify(expected, null, 1));
}
console.log(`${n} articles written to ${out}/ (seed ${seed})`);
