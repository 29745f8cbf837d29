import { splitSentences } from "../extract/sentences";
import type { Extraction } from "../extract/types";
import type { ParsedArticle } from "../parse/parse-article";

/** D1 refuses statements with more than 100 bound parameters. */
const MAX_PARAMS = 100;
/** Sentences longer than this are cut (a runaway "sentence" of a table or list would only blur ranking). */
const MAX_SENTENCE_CHARS = 600;

/** One indexed sentence: 0 is the title, then body sentences in text order. */
export interface SentenceDoc {
  idx: number;
  start: number | null;
  text: string;
  /** The names of the entities the sentence mentions (by name, role or alias) and of the speakers whose words it holds, space-separated; null for none. */
  names: string | null;
}

/**
 * The sentences of an article that the search indexes: the title and every
 * sentence of the body and of captions (a caption often carries a quote or a
 * date the body does not), in text order.
 * Split by the extractor's own sentence splitter, so offsets agree with evidence.
 */
export function articleSentences(parsed: ParsedArticle, facts?: Partial<Pick<Extraction, "entities" | "mentions" | "statements">>): SentenceDoc[] {
  const spans = unwrap([...parsed.paragraphs.map((p, i) => ({ p, i, caption: false })), ...parsed.captions.map((p, i) => ({ p, i: -1 - i, caption: true }))].sort((a, b) => a.p.start - b.p.start));
  const body = spans.flatMap(({ p, i, caption }) => splitSentences(p, i, caption)).filter((s) => /\p{L}{2}/u.test(s.text));
  const docs = body.map((s, i) => ({ idx: i + 1, start: s.start as number | null, text: s.text.slice(0, MAX_SENTENCE_CHARS), names: namesIn(facts, s.start, s.start + s.text.length) }));
  return parsed.title ? [{ idx: 0, start: null, text: parsed.title.slice(0, MAX_SENTENCE_CHARS), names: null }, ...docs] : docs;
}

/**
 * The distinct names of the entities mentioned inside `[start, end)` and of the speakers whose statements it holds
 * ("With the quay finished the port must grow …" in Varga's quote is Varga's), space-separated, or null.
 */
function namesIn(facts: Partial<Pick<Extraction, "entities" | "mentions" | "statements">> | undefined, start: number, end: number): string | null {
  const entities = facts?.entities;
  if (!entities) return null;
  const mentioned = (facts.mentions ?? []).filter((m) => m.start >= start && m.end <= end).map((m) => m.entity);
  const speakers = (facts.statements ?? []).filter((st) => st.evidence.start < end && st.evidence.end > start).map((st) => st.speaker);
  const names = new Set([...mentioned, ...speakers].map((e) => entities[e]?.name).filter((n): n is string => !!n));
  return names.size ? [...names].join(" ") : null;
}

/**
 * Joins hard-wrapped lines ("made little progress" / "in negotiations in London")
 * back into one paragraph: a line without final punctuation followed by one
 * starting in lower case continues it.
 */
function unwrap<T extends { p: { text: string; start: number; end: number }; caption: boolean }>(spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.caption === s.caption && !/[.!?:"”’)]$/.test(last.p.text) && /^[\p{Ll}\d(“"]/u.test(s.p.text)) {
      out[out.length - 1] = { ...last, p: { text: `${last.p.text} ${s.p.text}`, start: last.p.start, end: s.p.end } };
    } else out.push(s);
  }
  return out;
}

/**
 * Removes an article's sentences from the index and the document table. The
 * FTS5 'delete' command needs the indexed text, read from the rows it removes
 * (so it runs first, in the same batch).
 */
export function deleteSentenceStatements(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    db.prepare("INSERT INTO sentence_search (sentence_search, rowid, text, names) SELECT 'delete', doc, text, names FROM sentence_docs WHERE article_id = ?1").bind(id),
    db.prepare("DELETE FROM sentence_docs WHERE article_id = ?1").bind(id),
  ];
}

/** Writes an article's sentences and indexes them; meant for the batch that writes its facts. */
export function indexSentenceStatements(db: D1Database, id: string, parsed: ParsedArticle, facts?: Partial<Pick<Extraction, "entities" | "mentions" | "statements">>): D1PreparedStatement[] {
  const docs = articleSentences(parsed, facts);
  const perStmt = Math.floor(MAX_PARAMS / 5);
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < docs.length; i += perStmt) {
    const chunk = docs.slice(i, i + perStmt);
    const tuples = chunk.map((_, r) => `(?${r * 5 + 1}, ?${r * 5 + 2}, ?${r * 5 + 3}, ?${r * 5 + 4}, ?${r * 5 + 5})`);
    out.push(db.prepare(`INSERT INTO sentence_docs (article_id, idx, start, text, names) VALUES ${tuples.join(", ")}`).bind(...chunk.flatMap((d) => [id, d.idx, d.start, d.text, d.names])));
  }
  if (docs.length) out.push(db.prepare("INSERT INTO sentence_search (rowid, text, names) SELECT doc, text, names FROM sentence_docs WHERE article_id = ?1").bind(id));
  return out;
}
