// Calls to several people, two named who "came together", titles written with a hyphen or misspelt: sentences of our own.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const article = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    x,
    entity: (n: string) => x.entities.find((e) => e.name === n),
    meetings: x.meetings.map((m) => `${m.participants.map(name).sort().join(" + ")}: ${m.kind}`),
    speakers: x.statements.map((s) => name(s.speaker)),
  };
};

describe("a call to several people is one call each", () => {
  it.each([
    ["Governor Ivo Brandt called both President Ana Lind and Piet Kool on Monday and urged them to keep talking.", ["Ana Lind + Ivo Brandt: call", "Ivo Brandt + Piet Kool: call"]],
    ["Ivo Brandt phoned Ana Lind and Piet Kool on Tuesday.", ["Ana Lind + Ivo Brandt: call", "Ivo Brandt + Piet Kool: call"]],
    // Met together, they stay one meeting.
    ["Ivo Brandt met both Ana Lind and Piet Kool in Oslo on Monday.", ["Ana Lind + Ivo Brandt + Piet Kool: in_person"]],
  ])("%s", (text, meetings) => expect(article(text).meetings.sort()).toEqual(meetings));

  it.each([
    // Must not: "called" before a name and a noun names something, no call.
    ["Ivo Brandt called Ana Lind and Piet Kool liars on Monday."],
    ["Ivo Brandt called both Ana Lind and Piet Kool cowards."],
  ])("%s", (text) => expect(article(text).meetings).toEqual([]));
});

describe("two named who came together", () => {
  it.each([
    ["As the delegates mingled in the foyer, Rolf Diamant and Ana Lind came together.", ["Ana Lind + Rolf Diamant: in_person"]],
    ["Ivo Brandt and Piet Kool got together on Monday to talk about the ferry.", ["Ivo Brandt + Piet Kool: in_person"]],
  ])("%s", (text, meetings) => expect(article(text).meetings).toEqual(meetings));

  it.each([
    // Must not: coming together for a cause, or against a third, is no meeting of the two.
    ["Rolf Diamant and Ana Lind came together to form a coalition."],
    ["Rolf Diamant and Ana Lind came together against the levy."],
    ["Rolf Diamant and Ana Lind came together in opposition to the levy."],
  ])("%s", (text) => expect(article(text).meetings).toEqual([]));
});

describe("titles as papers write them", () => {
  it("reads a hyphened title with its second part capitalised as the one named before", () => {
    const a = article("Ivo Brandt met UN Secretary-General Ana Lind in Oslo. The Secretary-General said peace was within reach.");
    expect(a.speakers).toEqual(["Ana Lind"]);
  });
  it("reads 'Minster' before a name as the misspelt title it is", () => {
    const a = article("Japan Prime Minster Ana Lind met Ivo Brandt in Oslo on Monday.");
    expect(a.entity("Ana Lind")).toMatchObject({ role: "prime minster", affiliation: "Japan" });
    expect(a.meetings).toEqual(["Ana Lind + Ivo Brandt: in_person"]);
  });
});

describe("a with-phrase fronting a clause that talks things over", () => {
  it.each([
    ["Ivo Brandt spoke first. With Ana Lind, Mira Holt reviewed the port budget.", ["Ana Lind + Mira Holt: in_person"]],
    ["Mira Holt flew in on Monday. With Harbour Board chair Ivo Brandt, she discussed dredging and fees.", ["Ivo Brandt + Mira Holt: in_person"]],
  ])("%s", (text, meetings) => expect(article(text).meetings).toEqual(meetings));

  it.each([
    // Must not: a with-phrase of circumstance or help, or a clause that talks nothing over.
    ["With inflation rising, Mira Holt discussed rates."],
    ["Ivo Brandt spoke. With the help of Ana Lind, Mira Holt reviewed the budget."],
    ["Ivo Brandt spoke. With Ana Lind absent, Mira Holt opened the session."],
  ])("%s", (text) => expect(article(text).meetings).toEqual([]));
});

describe("press-release forms of address", () => {
  it("reads an abbreviated title before a surname as the one named in full", () => {
    const a = article("Ana Lind met Ivo Brandt in Oslo. HRVP Lind said the talks went well.");
    expect(a.speakers).toEqual(["Ana Lind"]);
    expect(a.x.entities.map((e) => e.name)).not.toContain("HRVP Lind");
  });
  it("must not: an abbreviation before a surname no one was named in full with stays a name", () => {
    expect(article("UNHCR Lind said the talks went well.").speakers).toEqual(["UNHCR Lind"]);
  });
  it.each([
    ["Prime Minister Ivo Brandt received Ana Lind on Monday. His Excellency clarified that the port would stay open.", "Ivo Brandt"],
    ["Prime Minister Ivo Brandt received Ana Lind on Monday. Later, His Excellency said the port would stay open.", "Ivo Brandt"],
  ])("reads a style of address standing alone as the pronoun it stands for: %s", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));
  it("reads two titles set off by a comma before the name met", () => {
    const a = article("Prime Minister Ivo Brandt received this Saturday High Representative of the Union for Foreign Affairs and Security Policy, Vice President of the Harbour Commission Ana Lind.");
    expect(a.meetings).toEqual(["Ana Lind + Ivo Brandt: in_person"]);
  });
});

describe("lists and titles of wire copy", () => {
  it.each([
    // Unnamed counterparts, "as well as" one named; meetings in the plural fronting the clause, one with each.
    ["On the first day, Ivo Brandt also met with his Danish, French and British counterparts, as well as Ana Lind.", ["Ana Lind + Ivo Brandt: in_person"]],
    ["In the meetings, Ivo Brandt discussed port cooperation with Norway’s Ana Lind and Harbour Commissioner Piet Kool.", ["Ana Lind + Ivo Brandt: in_person", "Ivo Brandt + Piet Kool: in_person"]],
    // A title's remit after "on"; an envoy's title with no one named before it is the subject's own.
    ["Meanwhile, special representative of Norway’s President on Foreign Policy Ivo Brandt and President of the Harbour Council Ana Lind held a meeting in Oslo.", ["Ana Lind + Ivo Brandt: in_person"]],
  ])("%s", (text, meetings) => expect(article(text).meetings.sort()).toEqual(meetings));

  it("must not: the one who sent an envoy named after someone is no subject", () => {
    expect(article("Ivo Brandt, a special envoy of President Ana Lind, met Piet Kool in Oslo.").meetings).toEqual(["Ivo Brandt + Piet Kool: in_person"]);
  });
  it("counts 'yesterday' from a dateline's date a week or less before the article's", () => {
    const x = extractFacts(parseArticle("date 2024-01-18 (Wire Syndicate) TROMSØ, Norway, January 17. Ivo Brandt met Ana Lind yesterday."));
    expect(x.meetings.map((m) => [m.date, m.place])).toEqual([["2024-01-16", "Tromsø"]]);
  });
});

describe("role phrases of two title words", () => {
  it.each([
    ["Ana Lind, the chief executive of Norwind, met Ivo Brandt. The chief executive said the deal was close.", "Ana Lind"],
    ["Ana Lind, the deputy minister, met Ivo Brandt. The deputy minister said the deal was close.", "Ana Lind"],
    ["Deputy Governor Ana Lind met Governor Ivo Brandt. The deputy governor said that the bank would cut rates.", "Ana Lind"],
  ])("ends at the last title word: %s", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));

  it("must not: 'the Vice President' is no president named beside; unnamed, the office is its own entity", () => {
    const a = article("The Vice President met today with Israeli President Ivo Brandt in Jerusalem. The Vice President also praised the security partnership.");
    expect(a.meetings).toEqual(["Ivo Brandt + Vice President: in_person"]);
    expect(a.speakers).toEqual(["Vice President"]);
  });
});

describe("who a list or a plural title names as met", () => {
  it("keeps two met together", () => {
    expect(article("Ivo Brandt met Speaker Ana Lind and her deputy Piet Kool in Oslo.").meetings).toEqual(["Ana Lind + Ivo Brandt + Piet Kool: in_person"]);
  });
  it("reads the holders of a plural title of each place listed, named later in the article", () => {
    const a = article("Premier Ivo Brandt met with the Premiers of Norland, Sudland and Vestland to discuss trade.\n\nAna Lind, Premier of Norland, said the talks were good.\n\nPiet Kool, Premier of Sudland, said they would meet again.");
    expect(a.meetings).toEqual(["Ana Lind + Ivo Brandt + Piet Kool: in_person"]);
  });
  it("must not: a plural title none of whose places has one holder names no one", () => {
    expect(article("Premier Ivo Brandt met with the Premiers of Norland and Sudland.\n\nAna Lind said the talks were good.").meetings).toEqual([]);
  });
});

describe("a press secretary's list of those the leader met", () => {
  it("reads portfolios joined by 'and' after 'for', and 'Advocate' as a title", () => {
    const a = article("Prime Minister Ana Lind held meetings with State Minister for Women and Children Affairs Eva Holm, State Minister for Cultural Affairs Piet Kool and Presidium Member Advocate Rosa Dahl.");
    expect(a.meetings.sort()).toEqual(["Ana Lind + Eva Holm: in_person", "Ana Lind + Piet Kool: in_person", "Ana Lind + Rosa Dahl: in_person"]);
    expect(a.entity("Eva Holm")?.role).toBe("state minister for women and children affairs");
  });
  it("reads 'Besides, she' as the one the story is about, and dates 'also' meetings by the one before", () => {
    const x = extractFacts(parseArticle("OSLO, May 3, 2024 (Wire) – Prime Minister Ana Lind met Finance Minister Ivo Brandt today.\n\nThe minister briefed her on the budget.\n\nThe prime minister also held meetings with Eva Holm and Piet Kool.\n\nBesides, she held a meeting with Rosa Dahl."));
    const name = (i: number) => x.entities[i]!.name;
    expect(x.meetings.map((m) => `${m.participants.map(name).sort().join(" + ")} ${m.date}`).sort()).toEqual([
      "Ana Lind + Eva Holm 2024-05-03", "Ana Lind + Ivo Brandt 2024-05-03", "Ana Lind + Piet Kool 2024-05-03", "Ana Lind + Rosa Dahl 2024-05-03",
    ]);
  });
});

describe("readouts' subjects and descriptors", () => {
  it.each([
    // A pronoun opening the sentence is the subject of its verbs joined by "and", not the name after it…
    ["Speaker Ana Lind received Ivo Brandt on Monday. In his turn Ivo Brandt thanked her. He introduced the Speaker to the issues and said the agenda covers security.", "the agenda covers security", "Ivo Brandt"],
    // …unless a clause of reported speech opens after it.
    ["Ivo Brandt spoke to reporters. He said President Ana Lind, in a statement, condemned the coup and promised that the union would defend democracy.", "defend democracy", "Ana Lind"],
    // "according to him" in a sentence its subject opens.
    ["Speaker Ana Lind received Ivo Brandt on Monday. Ana Lind spoke first. Mr. Brandt also stressed the role of diplomacy, and according to him, this is no coincidence at all.", "no coincidence", "Ivo Brandt"],
    // An age among a descriptor's modifiers.
    ["President Ivo Brandt of Norway met Ana Lind. The 75-year old Norwegian leader said the talks went well.", "the talks went well", "Ivo Brandt"],
  ])("%s", (text, words, speaker) => {
    const x = article(text).x;
    expect(x.statements.filter((st) => st.text.includes(words)).map((st) => x.entities[st.speaker]!.name)).toContain(speaker);
  });
});

describe("names and lists of a finance meeting", () => {
  it("reads a nickname in quotes inside a name as the name without it", () => {
    const a = article("Norway's Ivo 'Kool' Brandt and International Harbour Fund (IHF) Managing Director Ana Lind met Wednesday in Oslo. Brandt said the talks were excellent.");
    expect(a.meetings).toEqual(["Ana Lind + Ivo Brandt: in_person"]);
    expect(a.speakers).toEqual(["Ivo Brandt"]);
  });
  it("must not: a quoted word that is no nickname joins no names", () => {
    expect(article("Ana Lind met Ivo Brandt. Lind called it 'Excellent' Brandt said.").x.entities.map((e) => e.name)).not.toContain("Lind 'Excellent' Brandt");
  });
  it("reads colleagues met and a gerund adjunct's subject", () => {
    const a = article("Ivo Brandt also met with his colleagues Ana Lind (Norway), Piet Kool, (Spain), and Eva Holm (France), in addition to holding talks with OECD Secretary-General Rosa Dahl.");
    expect(a.meetings.sort()).toEqual(["Ana Lind + Eva Holm + Ivo Brandt + Piet Kool: in_person", "Ivo Brandt + Rosa Dahl: in_person"]);
  });
});

describe("a portfolio with a part of a country, a surname that is a title word", () => {
  it("reads the name after 'Minister for Fisheries and Northern Norway', and the surname alone after it", () => {
    const a = article("Minister for Fisheries and Northern Norway Ana Bishop convened the meetings. Bishop said the industry had worked hard.");
    expect(a.entity("Ana Bishop")?.role).toBe("minister for fisheries and Northern Norway");
    expect(a.speakers).toEqual(["Ana Bishop"]);
  });
  it.each([
    // Must not: the title word after an article, or after another capitalised word, is no surname alone.
    ["Ana Bishop met the clergy. The Bishop said the church would help."],
    ["Ana Bishop met the clergy. Piet Bishop said the church would help."],
  ])("%s", (text) => expect(article(text).speakers).not.toContain("Ana Bishop"));
});

describe("a delegation met through its leader, named without 'led by'", () => {
  it.each([
    ["The Governor of the Bank of Norland, Dr Ivo Brandt, on Friday signed the book of condolence at the palace.\n\nThe BoN delegation was warmly received by King Piet Kool.", ["Ivo Brandt + Piet Kool: in_person"]],
    ["The Governor of the Bank of Norland, Dr Ivo Brandt, on Friday visited the palace.\n\nThe Bank of Norland delegation was warmly received by King Piet Kool.", ["Ivo Brandt + Piet Kool: in_person"]],
    ["Governor Ivo Brandt led a delegation to the palace on Friday.\n\nThe delegation was warmly received by King Piet Kool.", ["Ivo Brandt + Piet Kool: in_person"]],
  ])("%s", (text, meetings) => expect(article(text).meetings).toEqual(meetings));
  it("reads initials with a lower-case 'o' as a body, and as the body its brackets declare", () => {
    const a = article("The Ministry of Foreign Affairs (MoFA) said the talks went well. Later, the talks went on, according to MoFA.");
    expect(a.x.entities.map((e) => `${e.name}/${e.type}`)).toEqual(["Ministry of Foreign Affairs/organization"]);
  });
});

describe("two leaders and their offices, told before any meeting", () => {
  const text = "Ivo Brandt’s first press conference as president of Norway was with his Danish counterpart, Ana Lind. On Monday morning, the leaders had a meeting in Oslo to agree on joint work, said the Norwegian president.\n\nVice President Piet Kool of Norway was not there.";
  it("reads 'the leaders' as the two the sentence before names, and the office of a possessive's occasion", () => {
    const a = article(text);
    expect(a.meetings).toEqual(["Ana Lind + Ivo Brandt: in_person"]);
    expect(a.entity("Ivo Brandt")).toMatchObject({ role: "president of Norway", affiliation: "Norway" });
  });
  it("must not: 'the Norwegian president' is not the vice president", () => expect(article(text).speakers).toEqual(["Ivo Brandt"]));
  it("reads 'the Danish president' as the Danish counterpart when no one else holds it", () => {
    expect(article("Norwegian President Ivo Brandt met his Danish counterpart Ana Lind in Oslo. The talks went well, said the Danish president.").speakers).toEqual(["Ana Lind"]);
  });
});

describe("a body's delegation received, its leader named later", () => {
  it("meets the one the delegation was led by", () => {
    const a = article("Presidency member Ivo Brandt received the delegation of the Foreign Affairs Committee of the Norland Assembly on Wednesday, and talked about relations.\n\nBoth sides expressed hope for more trade.\n\nThe Norland delegation was led by Piet Kool.");
    expect(a.meetings).toEqual(["Ivo Brandt + Piet Kool: in_person"]);
  });
  it("must not: a delegation received with no one named as its leader meets no one", () => {
    expect(article("Ivo Brandt received the delegation of the Foreign Affairs Committee on Wednesday.").meetings).toEqual([]);
  });
});
