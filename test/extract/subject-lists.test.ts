// Lists of subjects before a reciprocal "met": a group joined last by "and" ends the list as a name would.
// Sentences of our own: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const held = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  return x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + "));
};

describe("a group joined last by 'and' ends a list of subjects", () => {
  it.each([
    ["Premier Ana Lind, Grand Chief Ivo Brandt and chiefs from the northern bands met to discuss the treaty.", ["Ana Lind + Ivo Brandt"]],
    ["Premier Ana Lind, Mayor Ivo Brandt and other officials met on Monday.", ["Ana Lind + Ivo Brandt"]],
  ])("%s", (text, expected) => expect(held(text)).toEqual(expected));
  it.each([
    // Must not: the comma closing a fronted clause is no set-off title's ("When A and her aides arrived, B met C").
    ["When Ana Lind and her aides arrived, Ivo Brandt met Kari Holm at the port.", ["Ivo Brandt + Kari Holm"]],
    // …nor a group joined last with no other name listed before it by a comma.
    ["Premier Ana Lind and chiefs from the northern bands met to discuss the treaty.", []],
  ])("must not: %s", (text, expected) => expect(held(text)).toEqual(expected));
});

describe("'the two ministers discussed …' after both were named", () => {
  it("is a meeting of the two the story is about", () => {
    expect(held("Foreign Minister Ana Lind spoke to reporters with her counterpart, Ivo Brandt. Lind said the port was safe and Brandt agreed. The two ministers also discussed the port.")).toEqual(["Ana Lind + Ivo Brandt"]);
  });
  it.each([
    // Must not: one subject discussing a thing met no one; "they" may be anyone; separate interviews are no meeting;
    // a third named in passing is not one of "the pair".
    ["Foreign Minister Ana Lind spoke to reporters on Monday. The minister also discussed the port with reporters.", []],
    ["Mayor Ana Lind met union leaders on Monday. Senator Ivo Brandt spoke to farmers in Norland. They discussed the price of diesel.", []],
    ["Senator Ana Lind and Senator Ivo Brandt are rivals in the race. Lind and Brandt are both from Bergen. Both discussed their plans for the port in separate radio interviews.", []],
  ])("must not: %s", (text, expected) => expect(held(text)).toEqual(expected));
  it("must not: a third named in passing is one of 'the pair'", () => {
    const got = held("Foreign Minister Ana Lind visited Bergen, where Foreign Minister Ivo Brandt welcomed her. Lind thanked Brandt. Brandt was until last month prime minister; Prime Minister Kari Holm has now succeeded him. The pair discussed trade.");
    expect(got.join(" | ")).not.toContain("Kari Holm");
  });
});

describe("'The two together with A and B met': the pair named before joins those listed", () => {
  it("meets all four", () => {
    expect(held("President Ivo Brandt and former leader Piet Kessler met today in Bergen. The two together with Ana Kessler and Mira Brandt met at the house.")).toContain("Ana Kessler + Ivo Brandt + Mira Brandt + Piet Kessler");
  });
  it("must not: 'the two' with no 'together with' reads the names it lists only", () => {
    expect(held("President Ivo Brandt and former leader Piet Kessler met today in Bergen. Later Ana Kessler and Mira Brandt met at the house.")).toContain("Ana Kessler + Mira Brandt");
  });
});

describe("a surname shared with a first lady is the principal's", () => {
  it("gives 'Kessler posted' to the leader, not to 'former First Lady Ana Kessler'", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nPresident Ivo Brandt and former leader Piet Kessler met today in Bergen. The two together with former First Lady Ana Kessler met at the house. “We had a very good chat,” Kessler posted on Facebook."));
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Piet Kessler"]);
  });
});

describe("post-nominals and set-off titles inside a list of subjects", () => {
  it("joins 'A, TD and the Harbour Minister, B, MLA' as one side", () => {
    expect(held("The Minister for Justice, Ada Keane, TD and the Northern Harbour Minister, Lena Lund, MLA today met with the Harbour Commissioner, Ola Harrow.")).toEqual(["Ada Keane + Lena Lund + Ola Harrow"]);
  });
  it("must not: a title set off before a speaker's name still means the one who held it before", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nMinister Ana Lind arrived in Bergen on Monday. Ivo Brandt greeted the minister, Kari Holm said."));
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Kari Holm"]);
  });
});

describe("'The diplomats, Ambassador X, Ambassador Y, …' names the group met just before", () => {
  it.each([
    "Mira Holt received letters of credence from two new ambassadors on Monday. The diplomats, Ambassador of the Republic of Chile H.E. Mr. Ivo Brandt, and Ambassador of the Republic of Peru H.E. Ms. Lena Park, presented their letters at the palace.",
    "Mira Holt received two new envoys on Monday. The envoys, Ivo Brandt and Lena Park, presented their letters at the palace.",
  ])("%s", (text) => expect(held(text)).toEqual(["Ivo Brandt + Lena Park + Mira Holt"]));
  it("must not: an attribution set off after the group is no member", () => {
    expect(held("Mira Holt received two new envoys on Monday. The envoys, Foreign Minister Ivo Brandt said, will present their letters next week.")).toEqual([]);
  });
  it("must not: names after 'from the' body stay out of the group", () => {
    expect(held("Mira Holt received two new envoys on Monday. The envoys, from the Harbour Group Ivo Brandt, presented their letters.")).toEqual([]);
  });
});

describe("'the joint … delegation held engagements, including with X' after the two who met", () => {
  it("meets the two met just before and those named", () => {
    expect(held("General Ana Lind and General Ivo Brandt have met with senior army leaders in Bergen this week. On Tuesday the joint Norway-Sweden delegation held a series of engagements, including with Brigadier Ono Cova.")).toContain("Ana Lind + Ivo Brandt + Ono Cova");
  });
  it.each([
    // Must not: places joined by a hyphen are no person; engagements with no one named are no meeting.
    ["The joint Norway-Sweden delegation arrived in Bergen on Monday.", []],
    ["The company had engagements with the community on Tuesday.", []],
    // …and a delegation that is no joint one is not the two who met before.
    ["Mayor Ana Lind met Ivo Brandt on Monday to discuss the port. On Tuesday the visiting delegation held talks with Trade Minister Kari Holm.", ["Ana Lind + Ivo Brandt"]],
    // …nor is a body's group welcomed as a decision's authors met.
    ["Ana Lind and Ivo Brandt welcomed the decision by the union leaders.", []],
  ])("must not: %s", (text, expected) => expect(held(text)).toEqual(expected));
});

describe("a group met whose name is a body's, short form and all", () => {
  it("is a group: the two who met it came together", () => {
    expect(held("General Ana Lind and her counterpart General Ivo Brandt have met with senior Kessmere Defence Forces (KDF) leaders in Bergen this week.")).toEqual(["Ana Lind + Ivo Brandt"]);
  });
  it("must not: one alone meeting a body's leaders met no one named", () => {
    expect(held("General Ana Lind has met with senior Kessmere Defence Forces (KDF) leaders in Bergen this week.")).toEqual([]);
  });
});

describe("a range or pair of days dates a meeting by its first day", () => {
  const dated = (body: string) => { const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`)); return x.meetings.map((m) => m.date); };
  it.each([
    ["On Tuesday and Wednesday Ana Lind held talks with Ivo Brandt in Bergen.", "2024-05-07"],
    ["Ana Lind held talks with Ivo Brandt in Bergen from Tuesday to Thursday.", "2024-05-07"],
  ])("%s", (text, date) => expect(dated(text)).toEqual([date]));
  it("must not: 'on Monday and on Wednesday' are two dates of their own", () => {
    expect(dated("Ana Lind held talks with Ivo Brandt on Monday and on Wednesday Kari Holm hosted Tomas Vedder.")).toEqual(["2024-05-06", "2024-05-08"]);
  });
});
