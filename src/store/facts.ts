import type { Extraction } from "../extract/types";
import type { ParsedArticle } from "../parse/parse-article";
import { normaliseKey } from "../util/normalise";
import { entityKey } from "./identity";
import { deleteSentenceStatements, indexSentenceStatements } from "./sentence-index";

/** D1 refuses statements with more than 100 bound parameters. */
const MAX_PARAMS = 100;

/** Multi-row INSERTs, chunked so that none exceeds the parameter limit. */
function insertRows(db: D1Database, table: string, columns: string[], rows: unknown[][]): D1PreparedStatement[] {
  const perRow = columns.length;
  const rowsPerStmt = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < rows.length; i += rowsPerStmt) {
    const chunk = rows.slice(i, i + rowsPerStmt);
    const tuples = chunk.map((_, r) => `(${columns.map((_, c) => `?${r * perRow + c + 1}`).join(", ")})`);
    out.push(db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`).bind(...chunk.flat()));
  }
  return out;
}

/** Bumped in the same batch as every change of facts; answer caches are keyed by it. */
export const bumpStoreVersion = (db: D1Database) => db.prepare("UPDATE meta SET value = value + 1 WHERE key = 'store_version'");

/** The full-text indexes: FTS table, its document table, the fact table and the text it indexes. */
const SEARCH = [
  { fts: "statement_search", docs: "statement_docs", table: "statements", body: "t.text || ' ' || t.evidence" },
  { fts: "meeting_search", docs: "meeting_docs", table: "meetings", body: "t.evidence" },
] as const;

/** Deletes every fact row of an article (children first, whatever the FK settings). */
export function deleteFactStatements(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    ...uncountDescriptions(db, id),
    ...deleteSentenceStatements(db, id),
    // The article's search rows by their (consecutive) document numbers: an FTS rowid range, not a scan.
    ...SEARCH.map((s) =>
      db.prepare(
        `DELETE FROM ${s.fts} WHERE rowid BETWEEN (SELECT min(doc) FROM ${s.docs} WHERE article_id = ?1)
         AND (SELECT max(doc) FROM ${s.docs} WHERE article_id = ?1)`,
      ).bind(id),
    ),
    ...["meeting_edges", "statement_docs", "meeting_docs", "meeting_participants", "meetings", "statements", "aliases", "entities"].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE article_id = ?1`).bind(id),
    ),
  ];
}

/** An entity row's description as entity_descriptions keys it (migration 0012). */
const DESCRIPTION = "e.ekey, coalesce(e.role, '') AS role, coalesce(e.affiliation, '') AS affiliation, e.name";

/**
 * Counts an article's entity rows (inserted earlier in the same batch) into
 * entity_descriptions: one row per key and description, with the first upload
 * that gave it.
 */
export function countDescriptions(db: D1Database, id: string): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO entity_descriptions (ekey, role, affiliation, name, n_rows, first_seq)
     SELECT ${DESCRIPTION}, count(*), a.seq FROM entities e JOIN articles a ON a.id = e.article_id
     WHERE e.article_id = ?1 GROUP BY 1, 2, 3, 4
     ON CONFLICT (ekey, role, affiliation, name) DO UPDATE SET n_rows = n_rows + excluded.n_rows, first_seq = min(first_seq, excluded.first_seq)`,
  ).bind(id);
}

/**
 * Takes an article's entity rows (before they are deleted) out of
 * entity_descriptions: counts go down, the first upload of each description
 * is found again among the other articles, descriptions no row carries go.
 */
export function uncountDescriptions(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    db.prepare(
      `UPDATE entity_descriptions AS d SET n_rows = d.n_rows - x.n,
         first_seq = coalesce((SELECT min(a.seq) FROM entities o JOIN articles a ON a.id = o.article_id
           WHERE o.ekey = d.ekey AND coalesce(o.role, '') = d.role AND coalesce(o.affiliation, '') = d.affiliation AND o.name = d.name AND o.article_id <> ?1), d.first_seq)
       FROM (SELECT ${DESCRIPTION}, count(*) AS n FROM entities e WHERE e.article_id = ?1 GROUP BY 1, 2, 3, 4) AS x
       WHERE d.ekey = x.ekey AND d.role = x.role AND d.affiliation = x.affiliation AND d.name = x.name`,
    ).bind(id),
    db.prepare("DELETE FROM entity_descriptions WHERE n_rows <= 0 AND ekey IN (SELECT ekey FROM entities WHERE article_id = ?1)").bind(id),
  ];
}

/**
 * Writes an article's rows of meeting_edges (migrations 0012, 0014) from its
 * participants, entities, meetings and title, written earlier in the same
 * batch: one per participant and each other participant of a meeting.
 */
export function insertMeetingEdges(db: D1Database, id: string): D1PreparedStatement {
  return db.prepare(
    `INSERT INTO meeting_edges (ekey, date, article_id, meeting_idx, entity_idx, other_idx, sig, name, type, other_ekey, other_sig, other_name, other_type, place, kind, status, evidence, title,
       date_text, venue, status_text, duration, ev_start, ev_end)
     SELECT e.ekey, coalesce(m.date, ''), p.article_id, p.meeting_idx, p.entity_idx, coalesce(o.idx, -1),
       coalesce(e.role, '') || '|' || coalesce(e.affiliation, ''), e.name, e.type,
       o.ekey, CASE WHEN o.idx IS NULL THEN NULL ELSE coalesce(o.role, '') || '|' || coalesce(o.affiliation, '') END, o.name, o.type,
       m.place, m.kind, m.status, m.evidence, ar.title, m.date_text, m.venue, m.status_text, m.duration, m.ev_start, m.ev_end
     FROM meeting_participants p
     JOIN entities e ON e.article_id = p.article_id AND e.idx = p.entity_idx
     JOIN meetings m ON m.article_id = p.article_id AND m.idx = p.meeting_idx
     JOIN articles ar ON ar.id = p.article_id
     LEFT JOIN meeting_participants p2 ON p2.article_id = p.article_id AND p2.meeting_idx = p.meeting_idx AND p2.entity_idx <> p.entity_idx
     LEFT JOIN entities o ON o.article_id = p2.article_id AND o.idx = p2.entity_idx
     WHERE p.article_id = ?1 AND e.ekey IS NOT NULL`,
  ).bind(id);
}

/** Indexes an article's statements and meetings (inserted earlier in the same batch) for full-text search. */
function indexForSearch(db: D1Database, id: string): D1PreparedStatement[] {
  return SEARCH.flatMap((s) => [
    db.prepare(`INSERT INTO ${s.docs} (article_id, idx) SELECT article_id, idx FROM ${s.table} WHERE article_id = ?1 ORDER BY idx`).bind(id),
    db.prepare(
      `INSERT INTO ${s.fts} (rowid, body) SELECT d.doc, ${s.body}
       FROM ${s.docs} d JOIN ${s.table} t ON t.article_id = d.article_id AND t.idx = d.idx WHERE d.article_id = ?1`,
    ).bind(id),
  ]);
}

const NOT_KEYS = new Set(["the", "and", "for", "of", "de", "von", "van", "bin", "al", "del", "la"]);

/**
 * Every form under which a question may name an entity: its name and aliases;
 * each token of its name ("Vetrov", "Lin" of surname-first "Lin Dao", "union"
 * of "Harbour Workers Union"); its role and the role's words ("Kremlin
 * spokesman", "mayor"), so that role phrases resolve by index look-ups.
 */
export type KeyKind = "alias" | "name" | "role" | "affiliation";

export function lookupKeys(e: Extraction["entities"][number]): Array<{ text: string; kind: KeyKind }> {
  const words = (s: string) => s.split(/[\s’']+/).filter((t) => t.length > 2 && !NOT_KEYS.has(t.toLowerCase()));
  // Role words in lower case only: "Union" in "president of Amalgamated Transit Union" names the union, not him.
  const roleWords = e.role ? words(e.role).filter((w) => !/^\p{Lu}/u.test(w)) : [];
  return [
    ...[e.name, ...e.aliases].map((text) => ({ text, kind: "alias" as const })),
    ...words(e.name).map((text) => ({ text, kind: "name" as const })),
    ...(e.role ? [e.role, ...roleWords] : []).map((text) => ({ text, kind: "role" as const })),
    // The affiliation too: "the foreign minister of Kenya".
    ...(e.affiliation && e.type === "person" ? words(e.affiliation) : []).map((text) => ({ text, kind: "affiliation" as const })),
  ];
}

/**
 * All writes of one processed article as one batch (one transaction): old
 * facts removed, new facts inserted, the article marked ready. Either all of
 * it lands or none.
 */
export function replaceFactsStatements(db: D1Database, id: string, parsed: ParsedArticle, x: Extraction, opts: { fresh?: boolean } = {}): D1PreparedStatement[] {
  const entities = x.entities.map((e, i) => [id, i, e.name, normaliseKey(e.name), e.type, e.role, e.affiliation, e.mentions, entityKey(e.type, e.name)]);
  const aliases = x.entities.flatMap((e, i) => {
    const seen = new Set<string>();
    return lookupKeys(e).flatMap(({ text, kind }) => {
      const k = normaliseKey(text);
      if (!k || seen.has(k)) return [];
      seen.add(k);
      return [[id, i, text, k, kind]];
    });
  });
  const meetings = x.meetings.map((m, i) => [id, i, m.date, m.place, m.kind, m.evidence.text, m.evidence.start, m.evidence.end, m.rule, m.status, m.statusText, m.dateText, m.duration, m.venue]);
  const participants = x.meetings.flatMap((m, i) => [...new Set(m.participants)].map((p) => [id, i, p]));
  const statements = x.statements.map((s, i) => [id, i, s.speaker, s.text, s.kind, s.evidence.text, s.evidence.start, s.evidence.end, s.rule]);
  return [
    // An article never processed before has no facts to remove (a failed batch writes nothing).
    ...(opts.fresh ? [] : deleteFactStatements(db, id)),
    ...insertRows(db, "entities", ["article_id", "idx", "name", "norm", "type", "role", "affiliation", "mentions", "ekey"], entities),
    countDescriptions(db, id),
    ...insertRows(db, "aliases", ["article_id", "entity_idx", "alias", "norm", "kind"], aliases),
    ...insertRows(db, "meetings", ["article_id", "idx", "date", "place", "kind", "evidence", "ev_start", "ev_end", "rule", "status", "status_text", "date_text", "duration", "venue"], meetings),
    ...insertRows(db, "meeting_participants", ["article_id", "meeting_idx", "entity_idx"], participants),
    ...insertRows(db, "statements", ["article_id", "idx", "speaker_idx", "text", "kind", "evidence", "ev_start", "ev_end", "rule"], statements),
    ...indexForSearch(db, id),
    ...indexSentenceStatements(db, id, parsed, x),
    bumpStoreVersion(db),
    db
      .prepare(
        `UPDATE articles SET status = 'ready', error = NULL, title = COALESCE(title, ?2), published = ?3, updated = ?4,
         byline = ?5, processed_at = ?6, attempts = attempts + 1 WHERE id = ?1`,
      )
      .bind(id, parsed.title, parsed.published, parsed.updated, parsed.byline, new Date().toISOString()),
    // After the article row: the edges carry its title.
    insertMeetingEdges(db, id),
  ];
}

/** Removes an article and all its facts in one transaction. */
export async function deleteArticleRows(db: D1Database, id: string): Promise<void> {
  await db.batch([...deleteFactStatements(db, id), db.prepare("DELETE FROM articles WHERE id = ?1").bind(id), bumpStoreVersion(db)]);
}
