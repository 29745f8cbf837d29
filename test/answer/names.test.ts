import { describe, expect, it } from "vitest";
import { editDistance, typoAllowance } from "../../src/util/edit-distance";
import { api, json, uploadText } from "../helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

describe("edit distance", () => {
  it.each([
    ["peskov", "peskov", 0],
    ["peskow", "peskov", 1],
    ["rudneko", "rudenko", 1], // adjacent swap counts once
    ["prigozin", "prigozhin", 1],
    ["lukashenka", "lukashenko", 1],
    ["qin", "xi", 2],
  ])("%s ~ %s = %i", (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it("allows no typo in short names, one in mid-length, two in long", () => {
    expect([typoAllowance(3), typoAllowance(6), typoAllowance(10)]).toEqual([0, 1, 2]);
  });
});

describe("names as people type them", () => {
  const ask = async (question: string) =>
    (await json<{ answer: string }>(await api("/api/ask", { method: "POST", body: JSON.stringify({ question }), headers: { "content-type": "application/json" } }))).answer;

  it.each([
    ["Who did Rudneko meet?", "Qin Gang"],
    ["What did Peskow say?", "Dmitry Peskov said"],
    ["who did RUDENKO meet", "Ma Zhaoxu"],
    ["What did Prigozhin's say?", "Yevgeny Prigozhin said"],
    ["Who is Ma Zhaoxu?", "vice foreign minister"],
    ["Who is qin?", "Qin Gang"],
    ["What did the Kremlin spokesman say?", "Dmitry Peskov said"],
  ])("%s", async (q, expected) => {
    await uploadText(example);
    expect(await ask(q)).toContain(expected);
  });

  it("does not guess at a name too far from any stored one", async () => {
    await uploadText(example);
    expect(await ask("Who did Zzyzx meet?")).toContain("no one called");
  });
});
