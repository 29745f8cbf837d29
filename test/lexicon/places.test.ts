// The gazetteer's countries, adjectives and short forms: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { capitalOf, countryOfAdjective, lookupPlace } from "../../src/lexicon/places";

describe("nationality adjectives", () => {
  it.each([
    // Made the regular way where the package gives none.
    ["Djiboutian", "Djibouti"], ["Slovenian", "Slovenia"], ["Ecuadorian", "Ecuador"], ["Surinamese", "Suriname"],
    // Irregular ones, listed.
    ["Nepali", "Nepal"], ["Uzbek", "Uzbekistan"], ["Maldivian", "Maldives"],
    // A form a table gives is never replaced: "Nigerian" is Nigeria's, not Niger's.
    ["Nigerian", "Nigeria"], ["Indian", "India"],
  ])("%s → %s", (adjective, country) => expect(countryOfAdjective(adjective)).toBe(country));
  it.each(["Harbour", "Minister", "Monday"])("%s is no nationality", (w) => expect(countryOfAdjective(w)).toBeUndefined());
});

describe("places named in several words", () => {
  it.each([
    ["St Vincent and the Grenadines", "Saint Vincent and the Grenadines"], ["St. Lucia", "Saint Lucia"], ["Trinidad and Tobago", "Trinidad and Tobago"],
  ])("%s → %s", (name, country) => expect(lookupPlace(name)?.name).toBe(country));
  it("gives a country's capital", () => expect(capitalOf("Peru")).toBe("Lima"));
});
