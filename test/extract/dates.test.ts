// Every relative-date rule's example resolves as its record says; phrases that are no date resolve to nothing.
import { describe, expect, it } from "vitest";
import { DATE_RULES, datesIn, resolveDate } from "../../src/extract/dates";

describe("date rules", () => {
  it.each(DATE_RULES.map((r) => [r.id, ...r.example]))("%s: %s (article of %s)", (_id, text, published, iso) => {
    expect(resolveDate(text, published)).toBe(iso);
  });

  it.each([
    ["They met on Jan. 5 in Lyon.", "2024-12-28", "2025-01-05"],
    ["They met on March 3 in Lyon.", "2024-12-05", "2024-03-03"],
    ["They met on June 2 in Lyon.", "2024-05-10", "2024-06-02"],
    ["They met on the day before yesterday.", "2024-03-01", "2024-02-28"],
    // an ordinal day alone: the article's month, or the month before when that day is still to come
    ["They met on the 28th, in Lyon.", "2024-03-05", "2024-02-28"],
    ["They met on 2nd at the ministry.", "2024-03-05", "2024-03-02"],
    // a day with its ordinal ending and its month, either order, "of" between
    ["They met on 3rd May in Lyon.", "2024-05-10", "2024-05-03"],
    ["They met on May 3rd in Lyon.", "2024-05-10", "2024-05-03"],
    ["They met on the 3rd of May in Lyon.", "2024-05-10", "2024-05-03"],
    ["They met on the 3rd of May, 2023, in Lyon.", "2024-05-10", "2023-05-03"],
    // "last <month>" in a story of that month is a year back
    ["They met last May in Lyon.", "2024-05-10", "2023-05"],
    // "earlier this week" is the article's own week, not the week before
    ["They met earlier this week in Lyon.", "2024-05-01", "2024-04"],
    ["They met earlier this week in Lyon.", "2012-09-07", "2012-09"],
  ])("%s (article of %s) → %s", (text, published, iso) => expect(resolveDate(text, published)).toBe(iso));

  it.each([
    ["Talks lasted through the night."],
    ["The night shift met its targets."],
    ["She spoke to reporters for a week."],
    // an ordinal that does not close its phrase is no date
    ["They met on the 4th floor of the ministry."],
    ["The talks opened on the 4th anniversary of the accord."],
    ["The talks opened on the 3rd floor of May House."],
  ])("no date in: %s", (text) => expect(datesIn(text, "2024-05-10")).toEqual([]));
});
