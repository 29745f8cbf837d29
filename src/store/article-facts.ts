/**
 * An article's facts with their evidence offsets and the record keys of the
 * entities they name, for the article view (facts in place, linked to people
 * pages. Look-ups by article key, then the entities' descriptions by key.
 */
import { keyOf, loadIdentities } from "./entities";

/** A fact of the article as the view highlights it. */
export interface ArticleFact {
  kind: "meeting" | "statement";
  /** in_person or call (meetings); direct or reported (statements). */
  subkind: string;
  status: string | null;
  date: string | null;
  place: string | null;
  text: string | null;
  evidence: string;
  start: number | null;
  end: number | null;
  /** Participants (meetings) or the speaker (statements), linked to their pages. */
  people: Array<{ key: string; name: string; type: string }>;
}

/** Every meeting and statement of an article (ordered by evidence offset), each with its people's record keys. */
export async function articleFacts(db: D1Database, id: string): Promise<ArticleFact[]> {
  const [ents, meetings, parts, statements] = await db.batch<unknown>([
    db.prepare("SELECT idx, name, type, ekey, role, affiliation FROM entities WHERE article_id = ?1").bind(id),
    db.prepare("SELECT idx, kind, status, date, place, evidence, ev_start, ev_end FROM meetings WHERE article_id = ?1").bind(id),
    db.prepare("SELECT meeting_idx, entity_idx FROM meeting_participants WHERE article_id = ?1").bind(id),
    db.prepare("SELECT idx, speaker_idx, text, kind, evidence, ev_start, ev_end FROM statements WHERE article_id = ?1").bind(id),
  ]);
  const entities = ents!.results as Array<{ idx: number; name: string; type: string; ekey: string; role: string | null; affiliation: string | null }>;
  const ids = await loadIdentities(db, entities.map((e) => e.ekey));
  const person = (i: number) => {
    const e = entities.find((x) => x.idx === i);
    return e ? [{ key: keyOf(ids, e), name: e.name, type: e.type }] : [];
  };
  type M = { idx: number; kind: string; status: string; date: string | null; place: string | null; evidence: string; ev_start: number | null; ev_end: number | null };
  type S = { idx: number; speaker_idx: number; text: string; kind: string; evidence: string; ev_start: number | null; ev_end: number | null };
  const links = parts!.results as Array<{ meeting_idx: number; entity_idx: number }>;
  const facts: ArticleFact[] = [
    ...(meetings!.results as M[]).map((m) => ({
      kind: "meeting" as const, subkind: m.kind, status: m.status, date: m.date, place: m.place, text: null, evidence: m.evidence, start: m.ev_start, end: m.ev_end,
      people: links.filter((l) => l.meeting_idx === m.idx).flatMap((l) => person(l.entity_idx)),
    })),
    ...(statements!.results as S[]).map((s) => ({
      kind: "statement" as const, subkind: s.kind, status: null, date: null, place: null, text: s.text, evidence: s.evidence, start: s.ev_start, end: s.ev_end,
      people: person(s.speaker_idx),
    })),
  ];
  return facts.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}
