// Prints what extraction finds in article files: npx tsx scripts/dev-tools/show-extraction.ts FILE... [--grep WORD]
// A development aid for writing rules; not part of the Worker.
import { readFileSync } from "node:fs";
import { articleText } from "../../src/ingest/article-text";
import { parseArticle } from "../../src/parse/parse-article";
import { extractFacts } from "../../src/extract/extract-facts";

const args = process.argv.slice(2);
const g = args.indexOf("--grep");
const grep = g >= 0 ? new RegExp(args.splice(g, 2)[1]!, "i") : null;
for (const file of args) {
  const parsed = parseArticle(articleText(readFileSync(file, "utf8"), "text/plain"), { referenceYear: 2025 });
  const f = extractFacts(parsed);
  const name = (i: number) => f.entities[i]?.name ?? "?";
  console.log(`# ${file}\n  title: ${parsed.title}  published: ${parsed.published}  dateline: ${JSON.stringify(parsed.dateline)}`);
  console.log("  entities:", f.entities.map((e) => `${e.name}[${e.type[0]}${e.role ? `; ${e.role}` : ""}${e.affiliation ? `; ${e.affiliation}` : ""}]{${e.aliases.join("|")}}`).join(", "));
  for (const m of f.meetings) console.log(`  M ${m.participants.map(name).join(" <-> ")} | ${m.status} | ${m.date} [${m.dateText}] | ${m.place} | ${m.kind} | ${m.rule} | ${m.evidence.text.slice(0, 110)}`);
  for (const s of f.statements) console.log(`  S ${name(s.speaker)} (${s.kind}/${s.rule}): ${s.text.slice(0, 100)}`);
  if (grep) for (const line of parsed.text.split(/\n+/)) if (grep.test(line)) console.log(`  > ${line}`);
}
