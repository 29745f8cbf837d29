// Property tests: the parser, the extractor and the question parser take any
// text without throwing, keep offsets inside the text, and finish on
// pathological input (a catastrophic regex would hit the test timeout).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIntent } from "../../src/answer/intent";
import { extractFacts } from "../../src/extract/extract-facts";
import { articleText } from "../../src/ingest/article-text";
import { htmlToText } from "../../src/parse/html";
import { parseArticle } from "../../src/parse/parse-article";

// Text built from pieces that matter to the rules, mixed with arbitrary Unicode and control characters.
const piece = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("Qin Gang", " met ", " with ", "“", "”", '"', "'", " said ", "Mr. ", "U.S. ", "\n\n", "\n", ", ", ". ", " and ", "Foreign Minister ", "BEIJING, June 25 (Reuters) - ", "(Photo: A/B)", "Updated:", "By Ann Lee", "<p>", "</p>", "<script>", "&amp;", "\u0000", "\u202e", "\r\n", "\t", "on Tuesday", "in March", "al-", "de la ", "’s"),
);
const article = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(""));

function checkExtraction(raw: string) {
  const parsed = parseArticle(articleText(raw, "text/plain"), { referenceYear: 2025 });
  for (const s of [...parsed.paragraphs, ...parsed.captions]) {
    expect(0 <= s.start && s.start <= s.end && s.end <= parsed.text.length).toBe(true);
  }
  const x = extractFacts(parsed);
  for (const f of [...x.meetings, ...x.statements]) {
    expect(0 <= f.evidence.start && f.evidence.start <= f.evidence.end && f.evidence.end <= parsed.text.length).toBe(true);
  }
  for (const m of x.meetings) for (const p of m.participants) expect(x.entities[p]).toBeDefined();
  for (const s of x.statements) expect(x.entities[s.speaker]).toBeDefined();
}

describe("parser and extractor on any text", () => {
  it("never throw and keep offsets inside the text", () => {
    fc.assert(fc.property(article, (raw) => checkExtraction(raw)), { numRuns: 300 });
  });

  it("read HTML of any shape", () => {
    const tag = fc.constantFrom("p", "div", "script", "style", "b", "a", "figure", "x");
    const html = fc.array(fc.oneof(tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`), fc.string({ maxLength: 15 }), fc.constant("<!--"), fc.constant("-->"), fc.constant("<")), { maxLength: 80 }).map((xs) => xs.join(""));
    fc.assert(fc.property(html, (h) => {
      expect(typeof htmlToText(h)).toBe("string");
      checkExtraction(`<p>Title</p>${h}`);
    }), { numRuns: 300 });
  });
});

describe("question parser on any text", () => {
  const TYPES = ["help", "search", "participants", "all_meetings", "meetings_of", "when", "where", "did_meet", "discuss", "said_by", "said_about", "who_said", "who_is", "mentions", "led_by"];
  it("always returns a known intent", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.array(fc.constantFrom("Who ", "did ", "meet", " and ", "What ", "said ", "?", "When ", "’s", "the two"), { maxLength: 20 }).map((x) => x.join(""))), (q) => {
      expect(TYPES).toContain(parseIntent(q).type);
    }), { numRuns: 500 });
  });
});

describe("pathological input finishes (no catastrophic backtracking)", () => {
  const N = 100_000;
  it.each([
    ["a 100,000-character word", "a".repeat(N)],
    ["capitalised words without end", "Abc ".repeat(N / 4)],
    ["unbalanced quotes", '"'.repeat(N)],
    ["curly quotes and words", "“said ".repeat(N / 6)],
    ["dots and capitals", "A. ".repeat(N / 3)],
    ["initials", "U.S.".repeat(N / 4)],
    ["commas", ", ,".repeat(N / 3)],
    ["met with met with", "Ann Lee met with ".repeat(N / 17)],
    ["nested html", "<div>".repeat(10_000) + "text" + "</div>".repeat(10_000)],
    ["unclosed scripts", "<script>".repeat(N / 8)],
    ["stray angle brackets", "<".repeat(N)],
    ["unclosed comments", "<!--".repeat(N / 4)],
    ["control characters", "\u0000\u0001\u0002\u001f".repeat(N / 4)],
    ["one long line of names and roles", "Foreign Minister Qin Gang said, ".repeat(N / 32)],
  ])("%s", (_name, text) => {
    const html = text.startsWith("<");
    // After a title line, so that the whole input is body text the extractor reads.
    const parsed = parseArticle(articleText(html ? `<h1>Headline</h1><p>${text}</p>` : `Headline\n\n${text}`, html ? "text/html" : "text/plain"), { referenceYear: 2025 });
    expect(extractFacts(parsed)).toBeDefined();
    expect(parseIntent(text.slice(0, 1000)).type).toBeDefined();
  }, 20_000);
});
