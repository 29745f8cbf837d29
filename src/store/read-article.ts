import type { ArticleRow } from "./articles";
import { notFound } from "../errors";

interface EntityRow { idx: number; name: string; type: string; role: string | null; affiliation: string | null }
interface AliasRow { entity_idx: number; alias: string }
interface MeetingRow { idx: number; date: string | null; place: string | null; kind: string; evidence: string; ev_start: number | null; ev_end: number | null; rule: string | null; status: string; status_text: string | null; date_text: string | null; duration: string | null; venue: string | null }
interface ParticipantRow { meeting_idx: number; entity_idx: number }
interface StatementRow { idx: number; speaker_idx: number; text: string; kind: string; evidence: string; ev_start: number | null; ev_end: number | null; rule: string | null }

/**
 * The structured article of the API contract: row fields plus entities,
 * meetings and statements, read in one batch (one transaction), so a
 * concurrent reprocess or delete is seen wholly or not at all.
 */
export async function readStructuredArticle(db: D1Database, id: string) {
  const [rows, entities, aliases, meetings, participants, statements] = await db.batch<unknown>([
    db.prepare("SELECT * FROM articles WHERE id = ?1").bind(id),
    db.prepare("SELECT idx, name, type, role, affiliation FROM entities WHERE article_id = ?1 ORDER BY idx").bind(id),
    db.prepare("SELECT entity_idx, alias FROM aliases WHERE article_id = ?1 AND kind = 'alias'").bind(id),
    db.prepare("SELECT idx, date, place, kind, evidence, ev_start, ev_end, rule, status, status_text, date_text, duration, venue FROM meetings WHERE article_id = ?1 ORDER BY idx").bind(id),
    db.prepare("SELECT meeting_idx, entity_idx FROM meeting_participants WHERE article_id = ?1").bind(id),
    db.prepare("SELECT idx, speaker_idx, text, kind, evidence, ev_start, ev_end, rule FROM statements WHERE article_id = ?1 ORDER BY idx").bind(id),
  ]);
  const row = (rows!.results as ArticleRow[])[0];
  if (!row) throw notFound(`Article ${id.slice(0, 80)}`);
  const ents = (entities!.results as EntityRow[]).map((e) => ({
    name: e.name, type: e.type, role: e.role, affiliation: e.affiliation,
    aliases: (aliases!.results as AliasRow[]).filter((a) => a.entity_idx === e.idx && a.alias !== e.name).map((a) => a.alias),
  }));
  const ref = (i: number) => ({ name: ents[i]?.name ?? "?", type: ents[i]?.type ?? "person" });
  const source = (r: { ev_start: number | null; ev_end: number | null; rule: string | null }) =>
    r.ev_start === null ? null : { start: r.ev_start, end: r.ev_end, rule: r.rule };
  return {
    id,
    status: row.status,
    error: row.error,
    title: row.title,
    url: row.url,
    published: row.published,
    published_source: row.published_source ?? null,
    updated: row.updated,
    byline: row.byline,
    created_at: row.created_at,
    entities: ents,
    meetings: (meetings!.results as MeetingRow[]).map((m) => ({
      participants: (participants!.results as ParticipantRow[]).filter((p) => p.meeting_idx === m.idx).map((p) => ref(p.entity_idx)),
      date: m.date, date_text: m.date_text, place: m.place, venue: m.venue, kind: m.kind, status: m.status, status_text: m.status_text,
      duration: m.duration, evidence: m.evidence, source: source(m),
    })),
    statements: (statements!.results as StatementRow[]).map((s) => ({
      speaker: ref(s.speaker_idx), text: s.text, kind: s.kind, evidence: s.evidence, source: source(s),
    })),
  };
}
