// Name spans with titles, places and verbs around them: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { findNames } from "../../src/extract/names";

const people = (text: string) => findNames(text).filter((r) => r.kind === "person").map((r) => r.name);

describe("titles and places around names", () => {
  it.each([
    ["He met the Queen of Norway Astrid Berg on Monday.", ["Astrid Berg"]],
    ["She phoned the President of Chile Tomas Reyes.", ["Tomas Reyes"]],
    ["Trade Ministers Ana Lind of Sweden and Piet Kool of Belgium Friday agreed.", ["Ana Lind", "Piet Kool"]],
    ["Governors Ruiz and Okafor signed.", ["Ruiz", "Okafor"]],
    ["Minister of Culture and Sport Ida Moen spoke.", ["Ida Moen"]],
    ["Upon landing in Lisbon Okafor told reporters.", ["Okafor"]],
    ["Added Okafor, the deal was done.", ["Okafor"]],
    ["Labour MP Nora Quist said so.", ["Nora Quist"]],
    ["They met the Taoiseach, Liam Doyle.", ["Liam Doyle"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("words that are no people", () => {
  it.each([
    ["Newly elected members arrived.", []],
    ["Foreign Ministers met in Oslo.", []],
    ["Upon arrival, the delegation rested.", []],
    ["Presidents gathered in Lima.", []],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});
