// The record's queries (people pages, map, article facts) must be index
// look-ups too: every statement is recorded and its EXPLAIN QUERY PLAN read,
// failing on a full scan of a table that grows with the store.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { articleFacts } from "../../src/store/article-facts";
import { entityPage, readVersion, searchEntities } from "../../src/store/entities";
import { countDescriptions, deleteFactStatements, insertMeetingEdges, uncountDescriptions } from "../../src/store/facts";
import { meetingGraph, type GraphQuery } from "../../src/store/graph";
import { findWithFacts } from "../../src/store/queries";
import { uploadText } from "../helpers";
import { fullScans, recording } from "./plan-helpers";
import { LISBON, NAIROBI, RIO } from "../transports/api/record-fixtures";

/** A sort of every row (a temp B-tree over a growing table) is as bad as a scan when it is the whole table. */
async function plan(sql: string, args: unknown[]): Promise<string[]> {
  return (await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...args).all<{ detail: string }>()).results.map((r) => r.detail);
}

describe("query plans of the record", () => {
  it("the checker sees a scan of meetings", async () => {
    expect(await fullScans("SELECT * FROM meetings WHERE evidence = ?1", ["x"])).toHaveLength(1);
  });

  it("the map by place or by dates searches an index range, not a walk of every meeting", async () => {
    for (const [q, index] of [[{ place: "Lisbon" }, "meetings_by_place"], [{ from: "2024-06", to: "2024-07" }, "meetings_by_date"]] as const) {
      const { db, seen } = recording(env.DB);
      await meetingGraph(db, { statuses: ["held"], ...q });
      // The meetings' reads (the batch also reads the store's version).
      const plans = await Promise.all(seen.filter(({ sql }) => /FROM meetings m/.test(sql)).map(({ sql, args }) => plan(sql, args)));
      expect(plans).toHaveLength(2);
      for (const p of plans) expect(p.join("\n")).toMatch(new RegExp(`SEARCH m USING (?:COVERING )?INDEX ${index}`));
    }
  });

  it("a typed name's alias key is one range of a covering index (no look-up of each alias row for its kind)", async () => {
    await uploadText(LISBON);
    for (const run of [(db: D1Database) => searchEntities(db, "Almeida"), (db: D1Database) => findWithFacts(db, [{ name: "Almeida", facts: "meetings" }], null)]) {
      const { db, seen } = recording(env.DB);
      await run(db);
      const aliasPlans = (await Promise.all(seen.filter(({ sql }) => /FROM aliases a/.test(sql)).map(({ sql, args }) => plan(sql, args)))).map((p) => p.join("\n"));
      expect(aliasPlans.length).toBeGreaterThan(0);
      for (const p of aliasPlans) {
        expect(p).toMatch(/SEARCH a USING COVERING INDEX aliases_by_norm_entity \(norm=\?\)/);
        expect(p).not.toMatch(/SEARCH a USING (?:PRIMARY KEY|INDEX aliases_by_norm )/);
      }
    }
  });

  const cases: Array<[string, (db: D1Database, ids: string[]) => Promise<unknown>]> = [
    ["search by name", (db) => searchEntities(db, "Almeida")],
    ["search with a typo", (db) => searchEntities(db, "Almieda")],
    ["a person's page", (db) => entityPage(db, "person:rui_almeida")],
    ["a namesake's page", (db) => entityPage(db, "person:rui_almeida~2")],
    ["a page listing all its facts", (db) => entityPage(db, "person:rui_almeida", 500)],
    // A page or map read again (store/read-cache.ts) reads only this.
    ["the store's version", (db) => readVersion(db)],
    ["the article view's facts", (db, ids) => articleFacts(db, ids[0]!)],
    // Writes too: an article's descriptions counted in and out by key, whatever the store's size.
    ["counting an article's descriptions in", (db, ids) => countDescriptions(db, ids[0]!).run()],
    ["counting an article's descriptions out", (db, ids) => db.batch(uncountDescriptions(db, ids[0]!))],
    // Prepared, not run (the rows exist already): the plans are what counts.
    ["writing an article's meeting edges", async (db, ids) => { insertMeetingEdges(db, ids[0]!); }],
    ["deleting an article's facts (its edges and descriptions too)", async (db, ids) => { deleteFactStatements(db, ids[0]!); }],
    ...([
      {},
      { status: "all" },
      { from: "2024-06", to: "2024-07" },
      { place: "Lisbon" },
      { place: "Lisbon", from: "2024" },
      { articles: ["a".repeat(64)] },
      { around: "Elena Castro" },
      { around: "person:elena_castro", depth: 2 },
      { around: "Almieda", depth: 2, from: "2024-01" },
      { around: "person:rui_almeida~2", depth: 2, place: "Lisbon" },
      { around: "person:rui_almeida", depth: 2, statuses: "all", articles: ["a".repeat(64)] },
    ] as GraphQuery[]).map((q): [string, (db: D1Database) => Promise<unknown>] => [`the map ${JSON.stringify(q)}`, (db) => meetingGraph(db, { statuses: ["held"], ...q } as GraphQuery)]),
  ];

  it.each(cases)("%s", async (_name, run) => {
    const ids: string[] = [];
    for (const t of [LISBON, NAIROBI, RIO]) ids.push((await uploadText(t)).body.id);
    const { db, seen } = recording(env.DB);
    await run(db, ids);
    expect(seen.length).toBeGreaterThan(0);
    for (const { sql, args } of seen) expect(await fullScans(sql, args), `${sql}\n${(await plan(sql, args)).join("\n")}`).toEqual([]);
  });
});
