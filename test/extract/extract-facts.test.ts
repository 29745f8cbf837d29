import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

const facts = (body: string, published = "2024-05-10") => {
  const x = extractFacts(parseArticle(`Headline\n\n${published}\n\n${body}`));
  return {
    meetings: x.meetings.map((m) => ({ who: m.participants.map((i) => x.entities[i]!.name).sort(), date: m.date, place: m.place, kind: m.kind, status: m.status })),
    statements: x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text, kind: s.kind })),
    entities: x.entities,
  };
};

describe("meetings: sentences that report one", () => {
  it.each([
    ["Chinese foreign minister Qin Gang met with Russian deputy foreign minister Andrei Rudenko in Beijing on Tuesday.", ["Andrei Rudenko", "Qin Gang"]],
    ["Trade Minister Paula Grant held talks with Commerce Secretary Omar Diaz in Lisbon.", ["Omar Diaz", "Paula Grant"]],
    ["The talks followed a meeting in Rome between Italian Prime Minister Marco Rossi and French President Claire Dubois.", ["Claire Dubois", "Marco Rossi"]],
    ["When Governor Lena Park met Mayor Tom Reyes in Seoul in March, they agreed on a plan.", ["Lena Park", "Tom Reyes"]],
    ["Senator Ruth Ames sat down with Defense Secretary Paul Kerr at the Pentagon.", ["Paul Kerr", "Ruth Ames"]],
    ["Foreign Minister Ana Lucía de la Vega hosted Sen. Laura Whitmore in Guatemala City on Monday.", ["Ana Lucía de la Vega", "Laura Whitmore"]],
    // Lists: "and" with the next one's role between, commas, appositives.
    ["On Monday, Ames and U.S. Ambassador Tom Reyes met with Gen. Paul Kerr at a base. Senator Ruth Ames spoke later.", ["Paul Kerr", "Ruth Ames", "Tom Reyes"]],
    ["Last week, the agency's chief executive, Omar Diaz, Kerr and federal mediator Lena Park met at a hotel. Paul Kerr left.", ["Lena Park", "Omar Diaz", "Paul Kerr"]],
    ["Union president Rosa Lind and Omar Diaz, the chief negotiator for the employers, met with mediator Ivo Tamm.", ["Ivo Tamm", "Omar Diaz", "Rosa Lind"]],
    ["A delegation led by Omar Diaz toured the port and met Rosa Lind and the port's finance director, Ivo Tamm.", ["Ivo Tamm", "Omar Diaz", "Rosa Lind"]],
    ["That evening, Sheikh Khalid Nasser, Ms. Lin Hua and Trade Minister Ravi Patel met to discuss a grain reserve.", ["Khalid Nasser", "Lin Hua", "Ravi Patel"]],
    // Words between the noun and "with".
    ["Trade Minister Paula Grant held a video call on Thursday with Rachel Moss, the chief executive.", ["Paula Grant", "Rachel Moss"]],
    ["A delegation led by Omar Diaz held talks on Wednesday with Foreign Minister Lena Park.", ["Lena Park", "Omar Diaz"]],
    // Portfolios after "of" belong to the title, not the name.
    ["Paula Grant met Minister of Water Resources Sok Dara on Monday.", ["Paula Grant", "Sok Dara"]],
    ["Paula Grant spoke by phone with Deputy Secretary of State Michael Stone.", ["Michael Stone", "Paula Grant"]],
    // A company with an ampersand is not a person; its founder is.
    ["CEO Mark Olsen meets Delta founder Pia Wit in Oslo. Delta Data & Power, founded by Pia Wit, runs two plants.", ["Mark Olsen", "Pia Wit"]],
  ])("%s", (sentence, who) => {
    expect(facts(sentence).meetings.map((m) => m.who)).toEqual([who]);
  });

  it("reads a phone call as a call", () => {
    expect(facts("Defense Secretary Eduardo Villanueva held a phone call with Defence Minister Nakamura Yoshio on Tuesday.").meetings[0]).toMatchObject({ kind: "call", date: "2024-05-07" });
  });

  it("resolves the date relative to the article and the place from the sentence", () => {
    expect(facts("In March, when Chinese leader Xi Jinping met with Russian President Vladimir Putin in Moscow, the two sides signed deals.").meetings[0])
      .toMatchObject({ date: "2024-03", place: "Moscow" });
  });
});

describe("meetings: date and place", () => {
  // The article is dated Friday 2024-05-10.
  it.each([
    ["On Thursday morning Paula Grant, Omar Diaz and Lena Park met to decide how to split the budget by December.", "2024-05-09", null],
    ["Negotiators met for nine hours on Tuesday in Houston. Union chief Rosa Lind and Omar Diaz met at a hotel beside the Houston Ship Channel.", "2024-05-07", "Houston"],
    ["When Lena Park met Tom Reyes on Monday, they agreed. Park also spoke by phone with Omar Diaz later the same day.", "2024-05-06", null],
    ["The talks came a day before a summit, which Kenya hosted in Nairobi on Wednesday. On the sidelines of the summit, Paula Grant held talks with Omar Diaz.", "2024-05-08", null],
    ["The offer follows a meeting in Brussels last week at which Paula Grant sat down with Omar Diaz to press the case, which the Netherlands opposes.", "2024-05", "Brussels"],
    ["Paula Grant, right, and Omar Diaz shake hands after their talks in Seoul, April 11, 2024.", "2024-04-11", "Seoul"],
  ])("%s", (text, date, place) => {
    const last = facts(text).meetings.pop();
    expect(last).toMatchObject({ date });
    if (place) expect(last!.place).toBe(place);
  });
});

describe("meetings: sentences that must NOT produce a held one", () => {
  it.each([
    "Trade Minister Paula Grant is expected to meet Commerce Secretary Omar Diaz in Lisbon next week.",
    "Trade Minister Paula Grant did not meet Commerce Secretary Omar Diaz during the visit.",
    "Trade Minister Paula Grant could meet Commerce Secretary Omar Diaz in June.",
    "The results of Trade Minister Paula Grant's ministry met expectations.",
    "Trade Minister Paula Grant and Commerce Secretary Omar Diaz both criticised the plan.",
    "A meeting between Trade Minister Paula Grant and Omar Diaz, planned for Oslo in late March, was cancelled.",
    "Football Australia, which co-hosted the Women's World Cup, said Paula Grant would attend.",
  ])("%s", (sentence) => {
    expect(facts(sentence).meetings.filter((m) => m.status === "held")).toEqual([]);
  });
});

describe("names that are not people", () => {
  it.each([
    ["The FIFA Women's World Cup in East Asia drew Paula Grant.", ["FIFA Women", "East Asia"]],
    ["Vice Premier Zhou Min met Deputy Prime Minister Dang Ha. The Zhou-Dang talks ran late.", ["Zhou-Dang"]],
  ])("%s", (sentence, notPeople) => {
    const names = facts(sentence).entities.filter((e) => e.type === "person").map((e) => e.name);
    for (const n of notPeople) expect(names).not.toContain(n);
  });
});

describe("statements", () => {
  it.each([
    ["“We will not retreat,” Trade Minister Paula Grant said.", "Paula Grant", "We will not retreat", "direct"],
    ["Trade Minister Paula Grant said: “We will not retreat.”", "Paula Grant", "We will not retreat", "direct"],
    ["Kremlin spokesman Dmitry Peskov told reporters that the deal would hold.", "Dmitry Peskov", "the deal would hold", "reported"],
    ["The plan would cut costs, the Russian foreign ministry said in a statement.", "Russian foreign ministry", "The plan would cut costs", "reported"],
    // Two appositive segments between the speaker and the verb.
    ["Lars Berg, the U.N. envoy, who followed the talks from Geneva, described the week as \"a small but real opening.\"", "Lars Berg", "small but real opening", "direct"],
    // Reported clause after the verb even when the sentence opens with a phrase and a comma.
    ["At last week's meeting, Trade Minister Paula Grant also argued that the deal would hurt customers.", "Paula Grant", "the deal would hurt customers", "reported"],
    ["A ministry spokeswoman, Elise Moreau, said the minister did not meet Grant during the visit.", "Elise Moreau", "did not meet Grant", "reported"],
    // The words before a trailing attribution.
    ["Prices will rise next year, Trade Minister Paula Grant said on Friday.", "Paula Grant", "Prices will rise next year", "reported"],
    // Coordinated verb: the subject of the sentence speaks.
    ["Mediator Ana Lind declined to describe the session but said both sides would return on Monday.", "Ana Lind", "return on Monday", "reported"],
    // An organisation without an earlier name, and a possessive pronoun's organisation.
    ["Costs fell by half, according to figures from the summit secretariat.", "summit secretariat", "Costs fell by half", "reported"],
  ])("%s", (sentence, speaker, text, kind) => {
    const [s] = facts(sentence).statements;
    expect(s).toBeDefined();
    expect(s!.speaker).toBe(speaker);
    expect(s!.text).toContain(text);
    expect(s!.kind).toBe(kind);
  });

  it("attributes a quote that closed the sentence before to the speaker after it", () => {
    const { statements } = facts('Trade Minister Paula Grant spoke last. "If a ship waits four days, whose days are those?" Grant said.');
    expect(statements).toContainEqual(expect.objectContaining({ speaker: "Paula Grant", kind: "direct", text: expect.stringContaining("whose days are those") }));
  });

  it("reads an opening he/she as the subject of the sentence before", () => {
    const { statements } = facts('When Lena Park met Omar Diaz in Zurich, she asked for a bid. She said on Friday that Diaz had been "open but careful."');
    expect(statements).toContainEqual(expect.objectContaining({ speaker: "Lena Park", text: expect.stringContaining("open but careful") }));
  });

  it("gives her office to the person just named", () => {
    const { statements } = facts('Economy Minister Sanne Smit hosted him for what her office called "a frank conversation about jobs."');
    expect(statements[0]).toMatchObject({ speaker: "Smit's office" });
  });

  it("resolves a pronoun speaker to the person just named", () => {
    const { statements } = facts("Trade Minister Paula Grant arrived late. She said the talks had been useful.");
    expect(statements[0]).toMatchObject({ speaker: "Paula Grant" });
  });
});

describe("the example article", () => {
  const x = extractFacts(parseArticle(example));
  const names = (ps: number[]) => ps.map((i) => x.entities[i]!.name).sort();

  it("yields exactly its three meetings with dates and places", () => {
    expect(x.meetings.map((m) => ({ who: names(m.participants), date: m.date, place: m.place }))).toEqual([
      { who: ["Andrei Rudenko", "Qin Gang"], date: "2023-06-25", place: "Beijing" },
      { who: ["Andrei Rudenko", "Ma Zhaoxu"], date: "2023-06-25", place: "Beijing" },
      { who: ["Vladimir Putin", "Xi Jinping"], date: "2023-03", place: "Moscow" },
    ]);
  });

  it("finds roles, affiliations and aliases", () => {
    const rudenko = x.entities.find((e) => e.name === "Andrei Rudenko")!;
    expect(rudenko).toMatchObject({ role: "deputy foreign minister", affiliation: "Russia" });
    expect(rudenko.aliases).toContain("Rudenko");
    expect(x.entities.find((e) => e.name === "Dmitry Peskov")!.role).toBe("Kremlin spokesman");
    expect(x.entities.find((e) => e.name === "Alexander Lukashenko")!.affiliation).toBe("Belarus");
  });

  it("attributes statements to the right speakers", () => {
    const by = (name: string) => x.statements.filter((s) => x.entities[s.speaker]!.name === name).map((s) => s.text).join(" ");
    expect(by("Dmitry Peskov")).toContain("Belarus");
    expect(by("Yevgeny Prigozhin")).toContain("march for justice");
    expect(by("Chinese foreign ministry")).toContain("internal affairs");
    expect(by("Russian foreign ministry")).toContain("stabilize the situation");
  });
});
