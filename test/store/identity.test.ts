import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IDENTITY_RULES } from "../../src/lexicon/identity";
import { clusterDescriptions, clusterRows, conflictBetween, entityKey, keyOfRow, splitKey, type IdentityRow } from "../../src/store/identity";

describe("cross-article identity rules", () => {
  it.each(IDENTITY_RULES.map((r) => [r.id, r] as const))("%s: its example is kept apart by it", (_id, rule) => {
    expect(conflictBetween([...rule.example[0]], [...rule.example[1]])?.id).toBe(rule.id);
  });

  // Descriptions of one person that must never split them.
  it.each([
    [["prime minister", null], ["pm", null]],
    [["U.S. president", "U.S."], ["president", "United States"]],
    [["president", "America"], ["president", "American"]],
    [["spokesman", "Chinese foreign ministry"], ["spokesman", "China"]],
    [["president-elect", null], ["president", null]],
    [["trade minister", "Kenya"], ["prime minister", "Kenya"]],
    [["spokesman", "Kremlin"], ["spokesman", "Russia"]],
    [["chief executive", "Harbour Logistics"], ["chairman", "Harbour Logistics Group"]],
    [[null, null], ["singer", "Brazil"]],
    [["leader", null], ["president", null]],
  ] as const)("%j and %j may be one entity", (a, b) => {
    expect(conflictBetween([...a], [...b])).toBeNull();
  });

  it.each([
    [["foreign minister", "Portugal"], ["singer", "Brazil"], "affiliation-country"],
    [["president", "Nairobi"], ["president", "Tanzania"], "affiliation-country"],
    [["coach", null], ["senator", null], "role-field"],
    [["editor", "Daily Ledger"], ["editor", "Morning Post"], "affiliation-organisation"],
  ] as const)("%j and %j are two entities (%s)", (a, b, id) => {
    expect(conflictBetween([...a], [...b])?.id).toBe(id);
  });
});

describe("entity keys and clusters", () => {
  it("keys are the type and the normalised name", () => {
    expect(entityKey("person", "Rui Álmeida")).toBe("person:rui_almeida");
    expect(entityKey("organization", "The Harbour Workers’ Union")).toBe("org:harbour_workers_union");
    expect(entityKey("person", "Иван Петров")).toBe("person:иван_петров");
    expect(splitKey("person:rui_almeida~2")).toEqual({ base: "person:rui_almeida", n: 2 });
    expect(splitKey("person:rui_almeida")).toEqual({ base: "person:rui_almeida", n: 1 });
  });

  const row = (article: string, seq: number, role: string | null, affiliation: string | null) => ({ article_id: article, idx: 0, name: "Rui Almeida", role, affiliation, seq });

  it("one cluster when nothing conflicts, in upload order", () => {
    const c = clusterRows("person:rui_almeida", [row("b", 2, "foreign minister", "Portugal"), row("a", 1, "minister", "Portuguese")]);
    expect(c.map((x) => [x.key, x.rows.map((r) => r.article_id), x.unsure])).toEqual([["person:rui_almeida", ["a", "b"], false]]);
  });

  it("namesakes with conflicting descriptions are split; bare mentions join the largest and it says it is unsure", () => {
    const c = clusterRows("person:rui_almeida", [
      row("a", 1, "singer", "Brazil"),
      row("b", 2, "foreign minister", "Portugal"),
      row("c", 3, "foreign minister", "Portugal"),
      row("d", 4, null, null),
    ]);
    expect(c.map((x) => [x.key, x.rows.map((r) => r.article_id).sort(), x.unsure, x.guessed])).toEqual([
      ["person:rui_almeida", ["a"], true, 0],
      ["person:rui_almeida~2", ["b", "c", "d"], true, 1],
    ]);
  });

  it("only bare mentions: one cluster, not unsure", () => {
    const c = clusterRows("person:x", [row("a", 1, null, null), row("b", 2, null, null)]);
    expect(c).toHaveLength(1);
    expect(c[0]!.unsure).toBe(false);
  });
});

/**
 * The clustering as first written, row by row in upload order (kept here as
 * the reference): a row joins the first cluster that has its description or
 * none of whose descriptions conflicts with it; bare rows join the largest.
 */
function referenceClusters(base: string, rows: IdentityRow[]): Array<{ key: string; rows: string[]; guessed: number }> {
  const sorted = [...rows].sort((a, b) => a.seq - b.seq);
  const clusters: Array<{ rows: IdentityRow[]; sigs: Array<[string | null, string | null]> }> = [];
  const bare: IdentityRow[] = [];
  const empty = (r: IdentityRow) => !r.role?.trim() && !r.affiliation?.trim();
  for (const r of sorted) {
    if (empty(r)) { bare.push(r); continue; }
    const home = clusters.find((c) => c.sigs.some(([ro, af]) => (ro ?? "") === (r.role ?? "") && (af ?? "") === (r.affiliation ?? "")) || c.sigs.every((d) => !conflictBetween([r.role, r.affiliation], d)));
    if (home) { home.rows.push(r); home.sigs.push([r.role, r.affiliation]); } else clusters.push({ rows: [r], sigs: [[r.role, r.affiliation]] });
  }
  if (!clusters.length) return bare.length ? [{ key: base, rows: bare.map((r) => r.article_id).sort(), guessed: 0 }] : [];
  const largest = clusters.reduce((best, c) => (c.rows.length > best.rows.length ? c : best), clusters[0]!);
  const guessed = bare.length;
  largest.rows.push(...bare);
  return clusters.map((c, i) => ({ key: i === 0 ? base : `${base}~${i + 1}`, rows: c.rows.map((r) => r.article_id).sort(), guessed: c === largest ? guessed : 0 }));
}

describe("clusters from descriptions (entity_descriptions, migration 0012)", () => {
  const DESCRIPTIONS: Array<[string | null, string | null]> = [
    [null, null], ["foreign minister", "Portugal"], ["minister", "Portuguese"], ["singer", "Brazil"], ["singer", null],
    ["coach", null], ["senator", null], ["editor", "Daily Ledger"], ["editor", "Morning Post"], [null, "Brazil"], ["president", "Tanzania"],
  ];
  it("give every row the entity the row-by-row clustering gives it (any upload order, any mix of descriptions)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: DESCRIPTIONS.length - 1 }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 14 }), (picks) => {
      // Distinct upload orders, as articles.seq is.
      const rows: IdentityRow[] = picks.map(([d, seq], i) => ({ article_id: `a${i}`, idx: 0, name: "Rui Almeida", role: DESCRIPTIONS[d]![0], affiliation: DESCRIPTIONS[d]![1], seq: seq * 100 + i }));
      const want = referenceClusters("person:x", rows);
      const got = clusterRows("person:x", rows).map((c) => ({ key: c.key, rows: c.rows.map((r) => r.article_id).sort(), guessed: c.guessed }));
      expect(got).toEqual(want);
    }), { numRuns: 300 });
  });

  it("a row's entity is found by its role and affiliation alone", () => {
    const clusters = clusterDescriptions("person:rui_almeida", [
      { role: "singer", affiliation: "Brazil", name: "Rui Almeida", n_rows: 1, first_seq: 1 },
      { role: "foreign minister", affiliation: "Portugal", name: "Rui Almeida", n_rows: 2, first_seq: 2 },
      { role: "", affiliation: "", name: "Rui Almeida", n_rows: 1, first_seq: 3 },
    ]);
    expect(clusters.map((c) => [c.key, c.rows, c.guessed, c.unsure])).toEqual([["person:rui_almeida", 1, 0, true], ["person:rui_almeida~2", 3, 1, true]]);
    expect(keyOfRow(clusters, "person:rui_almeida", "foreign minister", "Portugal")).toBe("person:rui_almeida~2");
    expect(keyOfRow(clusters, "person:rui_almeida", null, null)).toBe("person:rui_almeida~2");
    expect(keyOfRow(clusters, "person:rui_almeida", "singer", "Brazil")).toBe("person:rui_almeida");
    // A description not (yet) counted: the base key.
    expect(keyOfRow(clusters, "person:rui_almeida", "mayor", "Lisbon")).toBe("person:rui_almeida");
  });
});
