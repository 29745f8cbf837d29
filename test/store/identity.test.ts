import { describe, expect, it } from "vitest";
import { IDENTITY_RULES } from "../../src/lexicon/identity";
import { clusterRows, conflictBetween, entityKey, splitKey } from "../../src/store/identity";

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
