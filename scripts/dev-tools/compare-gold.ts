// Lists meeting date/place disagreements with the eval gold files, offline:
// npx tsx scripts/dev-tools/compare-gold.ts ../shared/eval/dev/*.txt
import { readFileSync } from "node:fs";
import { articleText } from "../../src/ingest/article-text";
import { parseArticle } from "../../src/parse/parse-article";
import { extractFacts } from "../../src/extract/extract-facts";

interface GoldMeeting { participants: string[]; date?: string; place?: string; evidence: string }
const tokens = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").split(/[\s-]+/);
const same = (a: string, b: string) => { const ta = tokens(a), tb = tokens(b); return ta.every((t) => tb.includes(t)) || tb.every((t) => ta.includes(t)); };
for (const file of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, ".gold.json"), "utf8")) as { meetings: GoldMeeting[] };
  const f = extractFacts(parseArticle(articleText(readFileSync(file, "utf8"), "text/plain"), { referenceYear: 2025 }));
  for (const g of gold.meetings) {
    const m = f.meetings.find((x) => g.participants.filter((p) => x.participants.some((i) => same(f.entities[i]!.name, p))).length >= 2);
    if (!m) { console.log(`${file.split("/").pop()}: MISSING ${g.participants.join(" + ")}`); continue; }
    const dateOk = !g.date || (m.date ?? "").startsWith(g.date) || g.date.startsWith(m.date ?? "\u0000");
    const placeOk = !g.place || (m.place ?? "").toLowerCase() === g.place.toLowerCase();
    if (!dateOk || !placeOk) console.log(`${file.split("/").pop()}: ${g.participants.join(" + ")}\n   date ${m.date} vs ${g.date ?? "-"}   place ${m.place} vs ${g.place ?? "-"}\n   ${m.evidence.text.slice(0, 200)}`);
  }
}
