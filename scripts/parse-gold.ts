/**
 * Compares parseArticle's title and published date with the `title` and
 * `published` of every gold file in the given corpus folders (FORMAT.md), as
 * the pipeline reads an upload sent as text/plain.
 *   npx tsx scripts/parse-gold.ts ../shared/eval/cases ../shared/eval/real [--verbose]
 * Prints one line per mismatch (with --verbose, every article) and a GOLD {...} summary.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { articleText } from "../src/ingest/article-text";
import { parseArticle } from "../src/parse/parse-article";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dirs = args.filter((a) => !a.startsWith("--"));
// Titles compare as a reader would: case, quote style and spacing aside.
const norm = (s: string | null | undefined) =>
  (s ?? "").toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

let n = 0, titles = 0, dates = 0;
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, ".gold.json")), "utf8"));
    const p = parseArticle(articleText(readFileSync(join(dir, file), "utf8"), "text/plain"), { referenceYear: 2026 });
    const okTitle = norm(p.title) === norm(gold.title);
    const okDate = (p.published ?? "") === (gold.published ?? "");
    n++; titles += +okTitle; dates += +okDate;
    if (verbose || !okTitle || !okDate) {
      console.log(`${file.slice(0, 40).padEnd(40)} ${okTitle ? "ok " : "BAD"} title ${JSON.stringify(p.title)}${okTitle ? "" : ` want ${JSON.stringify(gold.title)}`}`);
      console.log(`${"".padEnd(40)} ${okDate ? "ok " : "BAD"} published ${p.published}${okDate ? "" : ` want ${gold.published || null}`}`);
    }
  }
}
console.log(`GOLD ${JSON.stringify({ articles: n, title_ok: titles, published_ok: dates })}`);
