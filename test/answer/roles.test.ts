// Offices typed in questions ("the Indian PM", "Ghana's foreign minister") read against the people's roles on record.
// Invented names only.
import { describe, expect, it } from "vitest";
import { byRole, readRolePhrase } from "../../src/answer/roles";
import type { EntityRef } from "../../src/store/queries";

describe("an office typed in a question", () => {
  it.each([
    ["the Indian PM", { head: "minister", words: ["prime"], countries: ["India"] }],
    ["Ghana's foreign minister", { head: "minister", words: ["foreign"], countries: ["Ghana"] }],
    ["the Qatari Amir", { head: "amir", words: [], countries: ["Qatar"] }],
    ["the Amir of Kuwait", { head: "amir", words: [], countries: ["Kuwait"] }],
    ["the South Korean foreign minister", { head: "minister", words: ["foreign"], countries: ["South Korea"] }],
    ["the union president", { head: "president", words: ["union"], countries: [] }],
    ["the vietnamese pm", { head: "minister", words: ["prime"], countries: ["Vietnam"] }],
  ])("%s", (phrase, read) => expect(readRolePhrase(phrase)).toEqual(read));

  it.each([
    "Vera Olsen", // a name
    "Minister Tom Reed", // a title before a name
    "the minister", // an office alone is looked up as typed
    "Olsen's courtesy call", // no office
    "the Maltese harbour", // no role head
  ])("%s is no office to read", (phrase) => expect(readRolePhrase(phrase)).toBeNull());
});

const person = (idx: number, name: string, role: string | null, affiliation: string | null, type = "person"): EntityRef =>
  ({ article_id: "a", idx, name, type, role, affiliation, title: null });

describe("the people an office stands for", () => {
  const people = [
    person(0, "Vera Olsen", "prime minister", null),
    person(1, "Tom Reed", "prime minister of Spain", null),
    person(2, "Ana Ruiz", "foreign minister", "Japan"),
    person(3, "Lars Holm", "foreign minister", null),
    person(4, "Ivo Brandt", "counterpart", "Portugal"),
    person(5, "Mira Holt", "minister of foreign affairs", "Indonesia"),
    person(6, "Karl Lund", "amir", "Qatar"),
    person(7, "Omar Sadiq", "amir", "Kuwait"),
    person(8, "Nia Bello", "Minister of Saint Vincent", null),
    person(9, "Harbour Workers Union", null, null, "organization"),
  ];
  const names = (phrase: string) => byRole(readRolePhrase(phrase)!, people).map((r) => r.name);
  it.each([
    // another country on record rules a person out; one not on record does not
    ["the Indian PM", ["Vera Olsen"], ["Tom Reed"]],
    ["the Spanish prime minister", ["Tom Reed"], ["Vera Olsen"]],
    ["the South Korean foreign minister", ["Lars Holm"], ["Ana Ruiz"]],
    ["the Japanese foreign minister", ["Ana Ruiz"], ["Lars Holm"]],
    // "his Portuguese counterpart" is the Portuguese minister; the Indonesian one is not
    ["the Portuguese foreign minister", ["Ivo Brandt"], ["Mira Holt"]],
    ["the Qatari Amir", ["Karl Lund"], ["Omar Sadiq"]],
    ["the Amir of Kuwait", ["Omar Sadiq"], ["Karl Lund"]],
    // every word of the office must be in the role: the minister of Saint Vincent is no foreign minister
    ["Ghana's foreign minister", ["Lars Holm"], ["Nia Bello", "Vera Olsen"]],
    // organisations hold no office
    ["the union president", [], ["Harbour Workers Union"]],
  ])("%s", (phrase, must, mustNot) => {
    const got = names(phrase);
    for (const m of must) expect(got).toContain(m);
    for (const n of mustNot) expect(got).not.toContain(n);
    if (!must.length) expect(got).toEqual([]);
  });
});
