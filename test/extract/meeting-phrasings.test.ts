// Phrasings found missing by eval/phrasings, each a table of our own sentences: what must be read and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { DAY_SHIFT } from "../../src/extract/meetings";
import { findNames } from "../../src/extract/names";
import { CALLED_SOMEONE } from "../../src/lexicon/verbs";
import { parseArticle } from "../../src/parse/parse-article";

// A Friday: "on Monday" is 2024-05-06.
const article = (body: string, published = "2024-05-10") => {
  const x = extractFacts(parseArticle(`Headline\n\n${published}\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  const pair = (m: (typeof x.meetings)[number]) => m.participants.map(name).sort().join(" + ");
  return {
    held: x.meetings.filter((m) => m.status === "held").map(pair),
    meeting: (p: string) => x.meetings.find((m) => m.status === "held" && pair(m) === p),
    statements: x.statements.map((s) => `${name(s.speaker)}: ${s.text}`),
    people: x.entities.filter((e) => e.type === "person").map((e) => e.name),
  };
};

describe("'called X' + a time, purpose or medium is a call, not words", () => {
  it.each([
    ["Tove Aalberg called Ruben Castell on Friday to congratulate him.", "Ruben Castell + Tove Aalberg"],
    ["Prime Minister Tove Aalberg called President Ruben Castell yesterday.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg met the press. Later Ruben Castell called her to apologise.", "Ruben Castell + Tove Aalberg"],
  ])("%s", (text, p) => {
    const a = article(text);
    expect(a.held).toContain(p);
    expect(a.meeting(p)?.kind).toBe("call");
    expect(a.statements.filter((s) => s.includes("Castell:") || s.startsWith("Tove Aalberg: Ruben"))).toEqual([]);
  });
  it.each([
    ["Tove Aalberg called the offer a cynical trick.", "Tove Aalberg: called the offer a cynical trick"],
    ["Tove Aalberg called Ruben Castell a coward.", "Tove Aalberg: called Ruben Castell a coward"],
  ])("must stay words, no meeting: %s", (text, said) => {
    const a = article(text);
    expect(a.held).toEqual([]);
    expect(a.statements).toContainEqual(expect.stringContaining(said));
  });
  it.each(["Tove Aalberg called for calm.", "Tove Aalberg called on Ruben Castell to resign."])("no call: %s", (text) => {
    expect(article(text).held).toEqual([]);
  });
  it("the pattern itself: names then a time or purpose; not a predicate noun", () => {
    expect(CALLED_SOMEONE.test(" Ruben Castell on Monday")).toBe(true);
    expect(CALLED_SOMEONE.test(" him to say sorry")).toBe(true);
    expect(CALLED_SOMEONE.test(" Ruben Castell a coward")).toBe(false);
    expect(CALLED_SOMEONE.test(" the plan a trick")).toBe(false);
  });
});

describe("act verbs: a day or a meeting noun after 'on'/'for' is a deed, not words", () => {
  it.each([
    ["Tove Aalberg welcomed Ruben Castell at the palace on Monday.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg welcomed Ruben Castell for talks in Bergen.", "Ruben Castell + Tove Aalberg"],
  ])("%s", (text, p) => {
    const a = article(text);
    expect(a.held).toContain(p);
    expect(a.statements).toEqual([]);
  });
  it.each([
    ["Tove Aalberg welcomed the ruling as a victory for farmers.", "victory for farmers"],
    ["Tove Aalberg congratulated Ruben Castell on his re-election.", "re-election"],
  ])("still words: %s", (text, said) => {
    expect(article(text).statements).toContainEqual(expect.stringContaining(said));
  });
  it("a visit welcomed on a day, then 'disclosed nothing', is no statement", () => {
    expect(article("Tove Aalberg welcomed the minister's visit on Monday but disclosed nothing.").statements).toEqual([]);
  });
});

describe("calls a clause tells; audiences; summits", () => {
  it.each([
    ["In a 15-minute telephone conversation, Tove Aalberg briefed Ruben Castell on the strike.", "Ruben Castell + Tove Aalberg", "call"],
    ["Tove Aalberg informed Ruben Castell of the decision in a phone call on Monday.", "Ruben Castell + Tove Aalberg", "call"],
    ["Tove Aalberg invited Ruben Castell to visit Bergen during a telephone call on Monday.", "Ruben Castell + Tove Aalberg", "call"],
    ["During a video call, Tove Aalberg thanked Ruben Castell for the aid.", "Ruben Castell + Tove Aalberg", "call"],
    ["Tove Aalberg was received in audience by King Ruben Castell on Monday.", "Ruben Castell + Tove Aalberg", "in_person"],
    ["King Ruben Castell granted an audience to Tove Aalberg.", "Ruben Castell + Tove Aalberg", "in_person"],
    ["Tove Aalberg held a summit with Ruben Castell in Bergen.", "Ruben Castell + Tove Aalberg", "in_person"],
  ])("%s", (text, p, kind) => {
    expect(article(text).meeting(p)?.kind).toBe(kind);
  });
  it.each([
    "Tove Aalberg briefed Ruben Castell on the strike.",
    "Tove Aalberg informed Ruben Castell that the port was closed.",
    "Tove Aalberg invited Ruben Castell to visit Bergen in June.",
    "Tove Aalberg thanked Ruben Castell for taking her phone calls.",
    "The concert drew an audience of 2,000 people to hear Ruben Castell.",
  ])("no meeting: %s", (text) => {
    expect(article(text).held).toEqual([]);
  });
});

describe("a day later, a day earlier", () => {
  it.each(DAY_SHIFT.map((d) => [d.id, d.example, d.days]))("%s: %s", (_id, example, days) => {
    const m = article(example as string).meeting("Lena Park + Mira Holt");
    expect(m?.date).toBe(days === 1 ? "2024-05-07" : "2024-05-05");
  });
  it("a sentence with a date of its own keeps it", () => {
    expect(article("Mira Holt met Ivo Brandt on Monday. A day later, on Wednesday, Holt was hosted by Lena Park.").meeting("Lena Park + Mira Holt")?.date).toBe("2024-05-08");
  });
});

describe("two meetings in coordinated clauses: no cross pairs", () => {
  it.each([
    ["Tove Aalberg met Ruben Castell on Monday, and Ines Moreau had a meeting with Jonas Vik.", ["Ines Moreau + Jonas Vik", "Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg met Ruben Castell in Oslo, and Ines Moreau held talks with Jonas Vik.", ["Ines Moreau + Jonas Vik", "Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, pairs) => {
    expect(article(text).held.sort()).toEqual(pairs);
  });
  it("one subject meeting a second person after a place still meets both", () => {
    expect(article("Tove Aalberg met Ruben Castell in Oslo on Monday and Ines Moreau in Rome on Tuesday.").held.sort()).toEqual(["Ines Moreau + Tove Aalberg", "Ruben Castell + Tove Aalberg"]);
  });
});

describe("who is met: the employer before a role and a name is no party", () => {
  it.each([
    ["Tove Aalberg sat down with Harbour Freight chief executive Ruben Castell in Bergen.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg met Nordic Ferries finance director Ines Moreau.", "Ines Moreau + Tove Aalberg"],
  ])("%s", (text, p) => {
    expect(article(text).held).toEqual([p]);
  });
  it("two people named one after the other are both met", () => {
    expect(article("Tove Aalberg met Ruben Castell and Ines Moreau.").held).toEqual(["Ines Moreau + Ruben Castell + Tove Aalberg"]);
  });
});

describe("a subject pronoun after a short opener is the sentence before's subject", () => {
  it.each([
    ["Tove Aalberg met Ines Moreau in Oslo. Later he conferred with Ruben Castell.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg met Ines Moreau in Oslo. On Tuesday he called on Ruben Castell.", "Ruben Castell + Tove Aalberg"],
  ])("%s", (text, p) => {
    expect(article(text).held).toContain(p);
    expect(article(text).held).not.toContain("Ines Moreau + Ruben Castell");
  });
});

describe("names: places made modifiers, regions before a name", () => {
  it.each([
    ["She met Bergen-based lawyer Ines Moreau.", ["Ines Moreau"], ["Bergen-based"]],
    ["He phoned the Lagos-born singer.", [], ["Lagos-born"]],
    ["The envoy for the Middle East Ines Moreau arrived.", ["Ines Moreau"], ["Middle East Ines Moreau"]],
  ])("%s", (text, must, mustNot) => {
    const names = findNames(text).filter((r) => r.kind === "person").map((r) => r.name);
    for (const n of must) expect(names).toContain(n);
    for (const n of mustNot) expect(names).not.toContain(n);
  });
});

describe("statements: 'In his words', an inverted role before the name, 'the two' after a pair", () => {
  it.each([
    ["Tove Aalberg defended the plan on Monday. In her words, the toll would \"pay for the new bridge\".", "Tove Aalberg: the toll would"],
    ["In the words of Ruben Castell, the harbour is \"a gift to the town\".", "Ruben Castell: the harbour is"],
    ["“We will not pay twice,” said the mayor of Bergen, Ruben Castell, on Friday.", "Ruben Castell: We will not pay twice"],
  ])("%s", (text, said) => {
    expect(article(text).statements).toContainEqual(expect.stringContaining(said));
  });
  it("'The two senators said' after 'Senators A and B …' with no meeting: both", () => {
    const a = article("Senators Tove Aalberg and Ruben Castell questioned the ministry on Tuesday. The two senators said the contract was rigged.");
    expect(a.statements.sort()).toEqual(["Ruben Castell: the contract was rigged.", "Tove Aalberg: the contract was rigged."]);
  });
  it.each([
    "In other words, the harbour will stay shut.",
    "“We will not pay twice,” said the mayor of Bergen on Friday.",
  ])("no named speaker: %s", (text) => {
    expect(article(text).statements).toEqual([]);
  });
});

describe("parties: operators as organisations, portfolios after 'for', members of a delegation with a leader", () => {
  it("talks between a terminal operator and a union", () => {
    expect(article("Talks between Bergen Port Operators and the Harbour Pilots Union ended on Friday.").held).toEqual(["Bergen Port Operators + Harbour Pilots Union"]);
  });
  it("a titled object with 'Minister for <portfolio>'", () => {
    expect(article("Tove Aalberg met Deputy Minister for Fisheries Ruben Castell in Oslo.").held).toEqual(["Ruben Castell + Tove Aalberg"]);
  });
  it("members named after a delegation led by someone meet the host", () => {
    const a = article("A Danish delegation led by Tove Aalberg met Ruben Castell in Oslo on Monday. The delegation included banker Ines Moreau.");
    expect(a.held.some((p) => p.includes("Ines Moreau") && p.includes("Ruben Castell"))).toBe(true);
  });
  it.each([
    // The delegation is no entity of its own: its leader stands for it in the meeting.
    "A delegation led by Tove Aalberg called on Ruben Castell in Oslo on Monday. The delegation included banker Ines Moreau.",
    "Tove Aalberg led a five-member delegation to Oslo, where she met Ruben Castell on Monday. Members of the delegation included Ines Moreau.",
  ])("members named after a delegation's leader met the host: %s", (text) => {
    expect(article(text).held).toContain("Ines Moreau + Ruben Castell + Tove Aalberg");
  });
  it.each([
    "Tove Aalberg met Ruben Castell in Oslo on Monday. The committee included banker Ines Moreau.",
    "Tove Aalberg met Ruben Castell in Oslo on Monday. Castell's delegation, which included Ines Moreau, later flew to Bergen.",
    "A Danish delegation led by Tove Aalberg met Ruben Castell in Oslo on Monday. The port is busy. Fishing is slow. Trade grew. The delegation included banker Ines Moreau.",
  ])("no members joined: %s", (text) => {
    expect(article(text).held.filter((p) => p.includes("Ines Moreau"))).toEqual([]);
  });
});

describe("coreference: a descriptor opening a sentence, 'his/her office' in a trailing attribution", () => {
  it.each([
    ["Veteran sailor Tove Aalberg met harbour chief Ruben Castell in Bergen. The 82-year-old said the harbour needed dredging.", "Tove Aalberg: the harbour needed dredging."],
    ["Ruben Castell arrived late. Tove Aalberg, 82, met Castell in Bergen. The 82-year-old said the harbour needed dredging.", "Tove Aalberg: the harbour needed dredging."],
  ])("%s", (text, said) => {
    expect(article(text).statements).toContain(said);
  });
  it("a descriptor inside a sentence still takes the latest person", () => {
    expect(article("Tove Aalberg met Ruben Castell in Bergen, and the 82-year-old said the harbour needed dredging.").statements).toContain("Ruben Castell: the harbour needed dredging.");
  });
  it.each([
    ["Tove Aalberg met Ruben Castell in Bergen on Monday, her office said.", "Aalberg's office"],
    ["Tove Aalberg met Ruben Castell in Bergen on Monday. His office said the talks were useful.", "Castell's office"],
  ])("%s", (text, office) => {
    expect(article(text).statements).toContainEqual(expect.stringMatching(new RegExp(`^${office}:`)));
  });
});

describe("a place no gazetteer knows, right after 'in' in the meeting's clause, beats the dateline", () => {
  const datelined = (body: string) => {
    const x = extractFacts(parseArticle(`Headline\n\nMay 10, 2024\n\nOSLO, May 10 (Reuters) - ${body}`));
    return x.meetings.filter((m) => m.status === "held").map((m) => m.place);
  };
  it.each([
    ["Tove Aalberg met Ruben Castell in Skjervøy on Monday.", "Skjervøy"],
    ["Tove Aalberg met Ruben Castell in Vardø, the ministry said.", "Vardø"],
  ])("%s", (text, place) => {
    expect(datelined(text)).toEqual([place]);
  });
  it.each([
    "Tove Aalberg met Ruben Castell in March.",
    "Tove Aalberg met Ruben Castell in Parliament on Monday.",
    "Tove Aalberg met Ruben Castell in Finance on Monday.",
    "Tove Aalberg met Ruben Castell in Norwegian.",
  ])("the dateline stays: %s", (text) => {
    expect(datelined(text)).toEqual(["Oslo"]);
  });
});

describe("readout offices and datelined descriptors", () => {
  it.each([
    ["Tove Aalberg spoke with Ruben Castell by phone, the presidential press service said.", "presidential press service:"],
    ["Tove Aalberg met Ruben Castell. The press service said the talks had been useful.", "press service: the talks had been useful"],
  ])("%s", (text, speaker) => {
    expect(article(text).statements).toContainEqual(expect.stringContaining(speaker));
  });
  it("a dateline before the subject does not hide it from a descriptor", () => {
    const x = extractFacts(parseArticle("Headline\n\nMay 10, 2024\n\nBERGEN, Norway, May 10 (Reuters) - Veteran sailor Tove Aalberg met harbour chief Ruben Castell on Monday. The 82-year-old said the harbour needed dredging."));
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Tove Aalberg"]);
  });
});

describe("'his <nationality> counterpart', named in the next sentence", () => {
  it.each([
    "Tove Aalberg held talks with her Danish counterpart in Oslo on Monday.\n\nNorwegian Fisheries Minister Tove Aalberg and Danish Fisheries Minister Ruben Castell agreed on quotas.",
    "Fisheries Minister Tove Aalberg met her counterpart in Oslo on Monday. Danish Fisheries Minister Ruben Castell said the quotas were fair.",
  ])("%s", (text) => {
    expect(article(text).held).toEqual(["Ruben Castell + Tove Aalberg"]);
  });
  it.each([
    "Tove Aalberg held talks with her Danish counterpart in Oslo on Monday. Opposition leader Ruben Castell criticised the talks.",
    "Tove Aalberg held talks with her Danish counterpart in Oslo on Monday. “Danish Fisheries Minister Ruben Castell is a friend,” she said.",
    "Tove Aalberg held talks with her Danish counterpart in Oslo on Monday. The port was busy. Danish Fisheries Minister Ruben Castell said the quotas were fair.",
  ])("no pair: %s", (text) => {
    expect(article(text).held).toEqual([]);
  });
});

describe("first person in a quote: 'today' is the day the words were posted", () => {
  it.each([
    ["“Today I met my old friend Ruben Castell in Bergen,” Tove Aalberg wrote on Wednesday.", "2024-05-08"],
    ["“I met Ruben Castell last month,” Tove Aalberg said on Wednesday.", "2024-04"],
  ])("%s", (text, date) => {
    expect(article(text).meeting("Ruben Castell + Tove Aalberg")?.date).toBe(date);
  });
});

describe("more phrasings of the same frames", () => {
  it.each([
    ["Tove Aalberg exchanged views with Ruben Castell in Oslo on Monday.", "in_person"],
    ["Ruben Castell was greeted at the palace by Queen Tove Aalberg on Monday.", "in_person"],
    ["Ruben Castell was welcomed on the tarmac by Tove Aalberg.", "in_person"],
    ["Tove Aalberg called Ruben Castell late on Monday.", "call"],
  ])("%s", (text, kind) => {
    expect(article(text).meeting("Ruben Castell + Tove Aalberg")?.kind).toBe(kind);
  });
  it.each([
    ["Tove Aalberg called off her meeting with Ruben Castell on Monday.", ""],
    ["Tove Aalberg called up reservists on Monday.", ""],
    ["Ruben Castell was greeted at the palace by cheering crowds.", ""],
    ["The two envoys exchanged fire with rebels near the border.", ""],
  ])("no held meeting and no words: %s", (text) => {
    const a = article(text);
    expect(a.held).toEqual([]);
    expect(a.statements).toEqual([]);
  });
});

describe("attribution: single marks, a role after 'according to', a news agency told, port titles", () => {
  it.each([
    ["‘The ferry will run all winter,’ Tove Aalberg said.", "Tove Aalberg: The ferry will run all winter"],
    ["'The ferry will run all winter,' Tove Aalberg said.", "Tove Aalberg: The ferry will run all winter"],
    ["«The ferry will run all winter», said Tove Aalberg.", "Tove Aalberg: The ferry will run all winter"],
    ["The ferry will run all winter, according to harbour master Tove Aalberg.", "Tove Aalberg: The ferry will run all winter"],
    ["Tove Aalberg told Reuters the ferry would run all winter.", "Tove Aalberg: the ferry would run all winter."],
    ["“The ferry will run all winter,” said Harbour Master Tove Aalberg.", "Tove Aalberg: The ferry will run all winter"],
  ])("%s", (text, said) => {
    expect(article(text).statements).toContain(said);
  });
  it.each([
    "Tove Aalberg called the plan 'rather odd' on Monday.",
    "The ferry will run all winter, according to the timetable.",
  ])("no statement by a person with those words quoted whole: %s", (text) => {
    expect(article(text).statements.filter((s) => s.endsWith(": rather odd") || s.startsWith("timetable"))).toEqual([]);
  });
});

describe("a topic's place is not the meeting's; a dated dateline dates its lead", () => {
  it.each([
    ["Tove Aalberg met Ruben Castell in Oslo on Monday and discussed the situation in Ukraine.", "Oslo"],
    ["Tove Aalberg held talks with Ruben Castell on Monday about investment in Kenya.", null],
    ["Tove Aalberg met Ruben Castell on Monday to review the conflict in Sudan.", null],
  ])("%s", (text, place) => {
    expect(article(text).meeting("Ruben Castell + Tove Aalberg")?.place ?? null).toBe(place);
  });
  it("must not: a meeting held in a country keeps it", () => {
    expect(article("Tove Aalberg met Ruben Castell in Kenya on Monday.").meeting("Ruben Castell + Tove Aalberg")?.place).toBe("Kenya");
  });

  const wire = (body: string) => {
    const x = extractFacts(parseArticle(`Headline\n\n${body}`));
    return x.meetings.map((m) => `${m.participants.map((p) => x.entities[p]!.name).sort().join(" + ")} ${m.date}`);
  };
  it("the lead after a dated dateline, with no date of its own, took place that day", () => {
    expect(wire("OSLO, May 8, 2024 (Wire) - Tove Aalberg held talks with Ruben Castell.\n\nThe two had last met on April 2, 2024 in Rome.")).toContain("Ruben Castell + Tove Aalberg 2024-05-08");
  });
  it.each([
    // Must not: a date of its own wins; a later sentence's meeting is not the lead.
    ["OSLO, May 8, 2024 (Wire) - Tove Aalberg held talks with Ruben Castell on Monday.", "Ruben Castell + Tove Aalberg 2024-05-06"],
    ["OSLO, May 8, 2024 (Wire) - Ports were shut.\n\nTove Aalberg later held talks with Ruben Castell.", "Ruben Castell + Tove Aalberg null"],
  ])("%s", (body, expected) => expect(wire(body)).toContain(expected));
});

describe("those met listed after the occasion", () => {
  it("'met several envoys on the sidelines of X, including A, B and C': one-to-one meetings with each", () => {
    const a = article("Tove Aalberg met several envoys on the sidelines of the fisheries forum, including Trade Minister Ruben Castell, Ines Moreau and Jonas Vik.");
    expect(a.held.sort()).toEqual(["Ines Moreau + Tove Aalberg", "Jonas Vik + Tove Aalberg", "Ruben Castell + Tove Aalberg"]);
  });
  it.each([
    // Must not: the list of a different clause, or a list of topics.
    ["Tove Aalberg met Ruben Castell on the sidelines of the forum, which drew ministers including Ines Moreau.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg met Ruben Castell about the fishing quotas, including those Ines Moreau set.", ["Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("meetings in the plural, one with each party", () => {
  it.each([
    ["Tove Aalberg held bilateral meetings with Trade Minister Ruben Castell and Farm Minister Ines Moreau.", ["Ruben Castell + Tove Aalberg", "Ines Moreau + Tove Aalberg"]],
    ["On Monday Tove Aalberg had bilaterals with Ruben Castell and Ines Moreau.", ["Ruben Castell + Tove Aalberg", "Ines Moreau + Tove Aalberg"]],
    ["Tove Aalberg met with Moroccan and Algerian counterparts Ruben Castell and Ines Moreau respectively.", ["Ruben Castell + Tove Aalberg", "Ines Moreau + Tove Aalberg"]],
    // Must not: talks with one side of two people stay one meeting.
    ["Tove Aalberg held bilateral talks with Ruben Castell and his deputy Ines Moreau.", ["Ines Moreau + Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("a relative clause before the verb, a call made to someone, a second noun after 'and'", () => {
  it.each([
    ["Tove Aalberg, who replaced Ines Moreau last week as the port chief, met with Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg made a phone call today to President Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg received a telephone call from Ruben Castell and a letter from Ines Moreau.", ["Ruben Castell + Tove Aalberg"]],
    // Must not lose: a delegation led by someone after "and a group of"; two people met after "and".
    ["Tove Aalberg met Ruben Castell and a group of growers led by Ines Moreau.", ["Ines Moreau + Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg received a call from Ruben Castell and Ines Moreau.", ["Ines Moreau + Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("palace style: a place and a time between the verb and a long list of titled guests", () => {
  it("'received at X Palace yesterday Minister of Public Works and Minister of State for Municipal Affairs A and Director General of B Municipality C'", () => {
    const a = article("King Tomas Reyes received at Vestby Palace yesterday Minister of Public Works and Minister of State for Municipal Affairs Ruben Castell and Director General of Vestby Municipality Ines Moreau.");
    expect(a.held).toEqual(["Ines Moreau + Ruben Castell + Tomas Reyes"]);
    expect(a.people).toEqual(["Tomas Reyes", "Ruben Castell", "Ines Moreau"]);
  });
  it("must not: a list of lower-case words between the verb and a name", () => {
    expect(article("King Tomas Reyes received at Vestby Palace yesterday a long report on the harbour works that Ruben Castell wrote.").held).toEqual([]);
  });
});

describe("a title word as a surname; credentials presented", () => {
  it.each([
    ["Tove Aalberg met with visiting Foreign Minister Carla Bishop on Monday.", ["Carla Bishop + Tove Aalberg"]],
    ["President Tove Aalberg received the credentials of Ambassador of Chile Ruben Castell and Ambassador of Peru Ines Moreau.", ["Ines Moreau + Ruben Castell + Tove Aalberg"]],
    // Must not: a title after a surname or before a name stays a title.
    ["Tove Aalberg met Castell Bishop Ruben Moreau on Monday.", ["Ruben Moreau + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("a role, a bracketed short form, then the name", () => {
  it("'accompanied by the president of the Harbour Union (HU), Ines Moreau' joins Ines Moreau", () => {
    const a = article("President Tove Aalberg hosted Ruben Castell in Bergen on Monday. Castell, who paid a courtesy visit to the president, was accompanied by the president of the Harbour Union (HU), Ines Moreau.");
    expect(a.held).toEqual(["Ines Moreau + Ruben Castell + Tove Aalberg"]);
    expect(a.people).not.toContain("president of the Harbour Union");
  });
});

describe("calls told with a long noun, co-chairs, 'she and X', a fronted 'Regarding his meeting with'", () => {
  it.each([
    ["President Tove Aalberg said she and Premier Ruben Castell engaged in a lengthy telephone conversation on Monday.", ["Ruben Castell + Tove Aalberg"]],
    ["The session was co-chaired by Foreign Minister Tove Aalberg and Deputy Premier Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["Regarding his recent meeting with President Ruben Castell in Oslo, Tove Aalberg said the talks were good.", ["Ruben Castell + Tove Aalberg"]],
    // Must not: "she and" with nobody before it; a co-chair with no one beside; a fronted phrase about something else.
    ["She and Premier Ruben Castell engaged in a lengthy telephone conversation on Monday.", []],
    ["The session was co-chaired by Foreign Minister Tove Aalberg.", []],
    ["Regarding the budget, Tove Aalberg said the meeting with the union was put off.", []],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("a place inside an appositive describes the person, not the meeting", () => {
  it("'called on X, a writer in Kessmere, at his home': no place from the appositive", () => {
    expect(article("Tove Aalberg on Monday called on Ruben Castell, a prominent writer in Kenya, at his residence.").meeting("Ruben Castell + Tove Aalberg")?.place ?? null).toBeNull();
  });
  it("must not: the meeting's own 'in' after the appositive keeps its place", () => {
    expect(article("Tove Aalberg on Monday met Ruben Castell, a writer, in Kenya.").meeting("Ruben Castell + Tove Aalberg")?.place).toBe("Kenya");
  });
});

describe("'conducted discussions', a hyphenated title, a second title joined by 'and'", () => {
  it.each([
    ["President Tove Aalberg said she and Premier Ruben Castell conducted frank discussions on trade.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg called on NCP-co-chair and former premier Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg met Norway's Deputy Prime Minister and Minister of Foreign Affairs Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    // Must not: a second person after "and" with their own title is met too.
    ["Tove Aalberg met Norway's Deputy Prime Minister Ruben Castell and Minister of Fisheries Ines Moreau.", ["Ines Moreau + Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("a conversation between two titled people, a reception for someone, a joint press conference, verbs in a list", () => {
  it.each([
    ["A telephone conversation took place between the coordinator of the port agencies, Tove Aalberg, and the director of the Harbour Service Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["Minister Tove Aalberg made the remarks at a reception for Fisheries Minister Ruben Castell in Bergen on Monday.", ["Ruben Castell + Tove Aalberg"]],
    ["\"We agree,\" said Premier Tove Aalberg at a joint press conference with Chancellor Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg met Ruben Castell, and later met Ines Moreau.", ["Ruben Castell + Tove Aalberg", "Ines Moreau + Tove Aalberg"]],
    // Must not: the reception's host named after it is not the subject's partner twice; a noun "host" is no verb before a list.
    ["The host, Premier Tove Aalberg, also held talks with Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
  it("'will hold talks with A, meet with B': the second verb keeps the subject and the tense", () => {
    const x = extractFacts(parseArticle("Headline\n\n2024-05-10\n\nPremier Tove Aalberg will hold talks with Prime Minister Ruben Castell, meet with Speaker Ines Moreau and visit the port."));
    const name = (i: number) => x.entities[i]!.name;
    expect(x.meetings.map((m) => `${m.participants.map(name).sort().join(" + ")}: ${m.status}`).sort()).toEqual(["Ines Moreau + Tove Aalberg: planned", "Ruben Castell + Tove Aalberg: planned"]);
  });
});

describe("a counterpart named after a repeated lead; a source's or a principal's aside is no subject", () => {
  it("the counterpart named two sentences on, after the lead repeated as a standfirst", () => {
    const a = article("Premier Tove Aalberg held her first talks with her Ruritanian counterpart on Thursday.\n\nBergen: Premier Tove Aalberg held her first talks with her Ruritanian counterpart on Thursday as the two sought to mend ties.\n\nAalberg and Ruritanian leader Ruben Castell agreed to reopen the border.");
    expect(a.held).toContain("Ruben Castell + Tove Aalberg");
  });
  it.each([
    ["The new envoys, according to the Director of Communication, Ines Moreau, are the first to be received by President Tove Aalberg.", []],
    ["Minister Ruben Castell, on behalf of President Ines Moreau, received Tove Aalberg on Friday.", ["Ruben Castell + Tove Aalberg"]],
    // Must not: a clause opening after "According to the ministry," keeps its subject.
    ["According to the ministry, Ruben Castell met Tove Aalberg on Friday.", ["Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("hyphenated meeting nouns, a people's name before leaders, an aside before 'was attended by'", () => {
  it.each([
    ["Tove Aalberg also held delegation-level meetings with her counterpart Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["During a meeting with the Kurdish leaders on Monday, Tove Aalberg pledged support.", []],
    ["Tove Aalberg met Ruben Castell on Monday. The meeting with the president, according to aides, was also attended by Ines Moreau, head of Kessmere Shipping.", ["Ines Moreau + Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
  it("a university or a firm named with 'Tech' or 'Grupo' is no person", () => {
    expect(article("Relatives of the Kessmere Tech victims met Governor Tove Aalberg on Monday.").people).not.toContain("Kessmere Tech");
  });
});

describe("a city after 'city of'", () => {
  it.each([
    ["Tove Aalberg met Ruben Castell on Sunday in China's city of Hangzhou.", "Hangzhou"],
    ["Tove Aalberg met Ruben Castell in the port city of Rotterdam.", "Rotterdam"],
  ])("%s", (text, place) => expect(article(text).meeting("Ruben Castell + Tove Aalberg")?.place).toBe(place));
});

describe("a venue's name, then its city", () => {
  it("'at State House Dar es Salaam' is in Dar es Salaam", () => {
    expect(article("President Tove Aalberg received Ruben Castell at State House Dar es Salaam on Monday.").meeting("Ruben Castell + Tove Aalberg")?.place).toBe("Dar es Salaam");
  });
  it("must not: a body's last word that is also a town is no place ('at African Union headquarters')", () => {
    expect(article("Tove Aalberg met Ruben Castell at African Union headquarters on Monday.").meeting("Ruben Castell + Tove Aalberg")?.place ?? null).not.toBe("Union");
  });
});

describe("'met with the two leaders' for the pair named before", () => {
  it("the pair the sentence named, one meeting each when 'separately'", () => {
    const a = article("Talks between Premier Ruben Castell and President Ines Moreau began on Sunday, with Council chief Tove Aalberg, who set up the talks, meeting with the two leaders separately.");
    expect(a.held.sort()).toEqual(["Ines Moreau + Ruben Castell", "Ines Moreau + Tove Aalberg", "Ruben Castell + Tove Aalberg"].sort());
  });
  it("must not: with no pair named, 'the two leaders' is no one", () => {
    expect(article("Council chief Tove Aalberg met with the two leaders on Sunday.").held).toEqual([]);
  });
});

describe("'Regarding his recent meeting with X, he …'", () => {
  it("the pronoun opening the main clause is the one the sentence before was about", () => {
    const a = article("President Tove Aalberg arrived in Bergen on Monday. Regarding his recent meeting with President Ruben Castell in the UK, he said the ties were good.");
    expect(a.meeting("Ruben Castell + Tove Aalberg")?.place).toBe("UK");
  });
});

describe("a date of another event in the meeting's clause is not the meeting's", () => {
  it.each([
    ["Tove Aalberg and Ruben Castell spoke by telephone on Tuesday for the first time since Castell took office on Jan. 20.", "2024-05-07"],
    ["Tove Aalberg met Ruben Castell on Monday ahead of the summit on Friday.", "2024-05-06"],
    ["Tove Aalberg and Ruben Castell spoke by telephone for the first time since Castell took office on Jan. 20.", null],
    ["Tove Aalberg, who was elected on May 2, met Ruben Castell.", null],
    // The sentence before names both with a date: it dates the call.
    ["Ruben Castell on Tuesday told Tove Aalberg that the port would open. The two leaders spoke by telephone for the first time since Castell took office on Jan. 20.", "2024-05-07"],
  ])("%s", (text, date) => expect(article(text).meeting("Ruben Castell + Tove Aalberg")?.date ?? null).toBe(date));
});

describe("the office of a title speaks", () => {
  it.each([
    ["Taoiseach Ruben Castell met Tove Aalberg. The talks were frank, the Taoiseach's office said.", "Taoiseach's office: The talks were frank"],
    ["Taoiseach Ruben Castell met Tove Aalberg. The Taoiseach's office said the talks were frank.", "Taoiseach's office: the talks were frank."],
  ])("%s", (text, statement) => expect(article(text).statements).toContain(statement));
  it("must not: a title's office that does not speak is no organisation", () => {
    expect(article("Ruben Castell met Tove Aalberg at the Taoiseach's office on Monday.").statements).toEqual([]);
  });
});

describe("those who stand for someone meet in their place", () => {
  it.each([
    ["Tove Aalberg met with representatives of port chairman Ruben Castell in Oslo yesterday.", []],
    ["Professor Tove Aalberg, a special envoy of the Chilean President, Ruben Castell, met with President Ines Moreau.", ["Ines Moreau + Tove Aalberg"]],
    ["Tove Aalberg met an envoy of President Ruben Castell in Oslo.", []],
    // Must not: a name set off after the title is the envoy; "X, an adviser to Y" is X.
    ["Tove Aalberg met the Special Envoy of the Chilean President, Ruben Castell, in Oslo.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg met Ruben Castell, an adviser to President Ines Moreau, in Oslo.", ["Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("an inverted speaker: a body before its member's title and name", () => {
  it.each([
    ["The port reopened, said Harbour Union media cell member Omar Lund.", "Omar Lund: The port reopened"],
    // Must not: a body alone speaks.
    ["The port reopened, said the Harbour Union in a statement.", "Harbour Union: The port reopened"],
    // Verbs of speech other than "said" invert too, a role phrase after them standing for the one named before.
    ["Prime Minister Tove Aalberg met Ruben Castell on Thursday. The subject will come up in Bergen, assured the Prime Minister, with the idea being to settle it.", "Tove Aalberg: The subject will come up in Bergen"],
    ["The ferry will run again, declared Mayor Ines Moreau after the vote.", "Ines Moreau: The ferry will run again"],
    // A title right after the verb, or before a trailing speaker, is the attribution's, not the words'.
    ["The port reopened, said Deputy Prime Minister Ines Moreau.", "Ines Moreau: The port reopened"],
    ["The port reopened, President Ines Moreau said on Monday.", "Ines Moreau: The port reopened"],
  ])("%s", (text, statement) => expect(article(text).statements).toEqual([statement]));
  it.each([
    // Must not: "assured" with its addressee after it is no inverted attribution.
    "The ferry crews walked out on Monday, and Tove Aalberg assured the union that jobs were safe.",
  ])("the addressee is no speaker: %s", (text) => expect(article(text).statements.filter((x) => x.startsWith("Harbour") || !x.startsWith("Tove Aalberg"))).toEqual([]));
});

describe("meals with a host, and courtesy calls received in the plural", () => {
  it.each([
    ["An informal dinner was held in Oslo on Monday, hosted by Prime Minister Tove Aalberg for President Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    ["President Ruben Castell attended a state banquet given by Prime Minister Tove Aalberg in Oslo.", ["Ruben Castell + Tove Aalberg"]],
    ["The dinner, hosted by Tove Aalberg in honour of visiting President Ruben Castell, ran late.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg received four courtesy calls on Monday, including a visit from Ruben Castell.", ["Ruben Castell + Tove Aalberg"]],
    // Courtesy calls in the plural are one caller at a time: the callers did not meet one another.
    ["Tove Aalberg received courtesy calls from Ruben Castell and Ines Moreau in Oslo.", ["Ruben Castell + Tove Aalberg", "Ines Moreau + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
  it.each([
    // A host with no guest named is no meeting of anyone.
    "A reception hosted by Tove Aalberg was held in Oslo on Monday.",
    "The lunch was given by Tove Aalberg's ministry for the press corps.",
  ])("no meeting: %s", (text) => expect(article(text).held).toEqual([]));
});

describe("wire leads: the occasion told after the lead, a separate meeting, a fronted trigger's place", () => {
  it("'He was talking to X' after a dated lead is the lead's day", () => {
    const x = article("OSLO, May 9 (NTB): Fisheries Minister Tove Aalberg on Thursday stressed closer ties with Iceland.\n\nShe was talking to Ambassador Ruben Castell who called on her at the ministry.");
    expect(x.meeting("Ruben Castell + Tove Aalberg")?.date).toBe("2024-05-09");
  });
  it("'In a separate meeting' takes the day of the meeting told before with a shared participant", () => {
    const x = article("Tove Aalberg met Ruben Castell in Oslo on Monday. In a separate meeting with Ines Moreau, Aalberg discussed fishing quotas.");
    expect(x.meeting("Ines Moreau + Tove Aalberg")?.date).toBe("2024-05-06");
  });
  it("a fronted trigger's place is in its own phrase, not in the main clause's topic", () => {
    const x = article("In a meeting with Ambassador Ruben Castell in Bergen, Tove Aalberg stressed peace and stability in the region and particularly in Iceland.");
    expect(x.meeting("Ruben Castell + Tove Aalberg")?.place).toBe("Bergen");
  });
  it.each([
    // Must not: a lead's day is not given to a later sentence that is no occasion of the lead's words.
    "OSLO, May 3 (NTB): Fisheries Minister Tove Aalberg on Friday stressed closer ties with Iceland.\n\nShe met Ambassador Ruben Castell last month.",
    // Must not: "separate" with no earlier meeting to share a participant with dates nothing.
    "In a separate meeting with Ines Moreau, Tove Aalberg discussed fishing quotas.",
  ])("no borrowed date: %s", (text) => {
    const x = article(text);
    expect(x.meeting("Ruben Castell + Tove Aalberg")?.date ?? x.meeting("Ines Moreau + Tove Aalberg")?.date ?? null).not.toBe("2024-05-03");
    expect(x.meeting("Ines Moreau + Tove Aalberg")?.date ?? null).toBeNull();
  });
});

describe("'they' after a time word or a fronted clause", () => {
  it.each([
    ["After Tove Aalberg and Ruben Castell addressed the assembly, they met at a luncheon.", ["Ruben Castell + Tove Aalberg"]],
    ["A few hours after the Presidents of Norway, Tove Aalberg, and Chile, Ruben Castell, opened the session, they met for lunch.", ["Ruben Castell + Tove Aalberg"]],
    ["Tove Aalberg and Ruben Castell addressed the assembly. Later they met for lunch.", ["Ruben Castell + Tove Aalberg"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
  it.each([
    // Must not: one person named before "they" is no pair.
    "After Tove Aalberg addressed the crews, they met at the quay.",
  ])("no pair: %s", (text) => expect(article(text).held).toEqual([]));
});

describe("a venue named before ', where the meeting took place'", () => {
  it.each([
    ["Tove Aalberg met Ruben Castell on Monday. Outside the National Palace, where the meeting took place, Aalberg briefed reporters.", "National Palace"],
    ["Tove Aalberg met Ruben Castell on Monday. At the Grand Hotel in Bergen, where the talks were held, Aalberg briefed reporters.", "Bergen"],
  ])("%s", (text, place) => expect(article(text).meeting("Ruben Castell + Tove Aalberg")?.place).toBe(place));
  it("must not take a place named after 'where' for another event", () => {
    expect(article("Tove Aalberg met Ruben Castell on Monday. Outside the National Palace, where protesters gathered, police stood guard.").meeting("Ruben Castell + Tove Aalberg")?.place ?? null).toBeNull();
  });
});

describe("a head of government named only as a title, and a body named by its bracketed short form in a list", () => {
  it.each([
    ["The strike ended after talks between the Prime Minister, the dockers' union (HDU) and Harbour Lines.", "HDU + Harbour Lines + Prime Minister"],
    ["Talks between the President and the Coastal Fishers Federation ran late on Monday.", "Coastal Fishers Federation + President"],
    ["The dispute ended after talks between the Farmers Federation (FF) and the Millers Association (MAS).", "Farmers Federation + Millers Association"],
  ])("%s", (text, p) => {
    expect(article(text).held).toContain(p);
  });
  it.each([
    // Many hold the office: which minister needs a country or a name.
    ["Talks between the Minister and the Coastal Fishers Federation ran late on Monday.", "Prime Minister"],
    // A holder named in the article is the one meant, not an office of its own.
    ["Prime Minister Tove Aalberg spoke on Friday. Talks between the Prime Minister and the Coastal Fishers Federation ran late.", "Prime Minister"],
    // Lower case is a description, not the title of one office-holder.
    ["Talks between a prime minister and the Coastal Fishers Federation would help, the paper said.", "prime minister"],
  ])("no office-holder of its own: %s", (text, office) => {
    expect(article(text).people).not.toContain(office);
  });
  it("the office later named takes its holder's name", () => {
    const a = article("Talks between the Prime Minister and the Coastal Fishers Federation ran late. Prime Minister Tove Aalberg said the talks went well.");
    expect(a.held).toContain("Coastal Fishers Federation + Tove Aalberg");
    expect(a.people).not.toContain("Prime Minister");
  });
});

describe("a courtesy call one leads others to; the town after a building; attendees named long after the one meeting", () => {
  it("'led members to a courtesy call to the Governor at X House, Town'", () => {
    const a = article("Governor Ruben Castell opened the fair on Monday. Tove Aalberg made the remarks when she led members to a courtesy call to the Governor at the State Government House, Ojoto on Friday.");
    expect(a.held).toContain("Ruben Castell + Tove Aalberg");
    expect(a.meeting("Ruben Castell + Tove Aalberg")?.place).toBe("Ojoto");
    expect(a.meeting("Ruben Castell + Tove Aalberg")?.date).toBe("2024-05-10");
  });
  it("attendees named after five sentences of what was said join the only meeting", () => {
    const a = article("Tove Aalberg called on Trade Minister Ruben Castell on Tuesday. During the meeting, Aalberg said her firm would invest. The minister said investors would be protected. He said power cuts would end. He added that gas would follow. Meanwhile, the ministry will write to the cabinet, he added. Ida Moen and Piet Kool also attended the meeting.");
    expect(a.held).toContain("Ida Moen + Piet Kool + Ruben Castell + Tove Aalberg");
  });
  it.each([
    // Two meetings told before: which one the attendees joined is not said.
    "Tove Aalberg called on Trade Minister Ruben Castell on Tuesday. Aalberg later met Lena Park. The minister said investors would be protected. He said power cuts would end. He added that gas would follow. Ida Moen and Piet Kool also attended the meeting.",
    // The one meeting is more than ten sentences back.
    `Tove Aalberg called on Trade Minister Ruben Castell on Tuesday. ${"The port reopened on time. ".repeat(11)}Ida Moen and Piet Kool also attended the meeting.`,
  ])("no join: %s", (text) => {
    expect(article(text).held.some((p) => p.includes("Ida Moen") && p.includes("Tove Aalberg"))).toBe(false);
  });
});

describe("a date or quoted words between the verb and its partner; attendees in whose presence it was held", () => {
  it.each([
    ["Tove Aalberg conferred on Saturday 4/5/2024 with Trade Minister Ruben Castell.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg talked on Monday with Ruben Castell.", "Ruben Castell + Tove Aalberg"],
    ['Tove Aalberg and Ruben Castell had "frank and useful" talks in Bergen.', "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg met Ruben Castell in the presence of Trade Minister Ida Moen.", "Ida Moen + Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg met Ruben Castell on Monday. Ida Moen and Piet Kool were also present at the meetings.", "Ida Moen + Piet Kool + Ruben Castell + Tove Aalberg"],
  ])("%s", (text, p) => expect(article(text).held).toContain(p));
  it.each([
    // A quoted title between "had" and "talks" is no meeting of the two named before it.
    ['Tove Aalberg said "the port" had talks planned with nobody.', ""],
    // Presence at an event that is no meeting told in the sentence adds nobody.
    ["The bill passed in the presence of Trade Minister Ida Moen.", ""],
  ])("no meeting: %s", (text) => expect(article(text).held).toEqual([]));
});

describe("progressive hosting, peers set off before names, attendees with no meeting before, a see between title and name", () => {
  it.each([
    ["Mr Ruben Castell, who was welcoming Ms Tove Aalberg to his office in Bergen, said ties were good.", "Ruben Castell + Tove Aalberg"],
    ["Trade Minister Ruben Castell met his peers from Chile and Peru, Tove Aalberg and Ida Moen.", "Ida Moen + Ruben Castell + Tove Aalberg"],
    ["The two parties met in Bergen last night. Also present at last night's meeting were party leader Tove Aalberg, union president Ruben Castell, Moen and Kool.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg received the Ecumenical Patriarch of Varnhold, Anselm I, on Tuesday.", "Anselm I + Tove Aalberg"],
    ["Ana May held talks with Vantor chief Ruben Castell in Bergen.", "Ana May + Ruben Castell"],
  ])("%s", (text, p) => expect(article(text).held).toContain(p));
  it.each([
    // "may" the modal still makes a meeting hypothetical, capitalised at the sentence's start too.
    ["Tove Aalberg may meet Ruben Castell in June.", "hypothetical"],
    ["May Ruben Castell meet Tove Aalberg soon? Nobody knows.", "hypothetical"],
  ])("%s → %s", (text, status) => {
    const x = extractFacts(parseArticle(`Headline\n\n2024-05-10\n\n${text}`));
    expect(x.meetings.map((m) => m.status)).toEqual([status]);
  });
  it("a month after 'in' is when, never where", () => {
    expect(article("Tove Aalberg and Ruben Castell met in June.").meeting("Ruben Castell + Tove Aalberg")?.place).toBeNull();
  });
  it.each([
    // One attendee alone meets nobody.
    "Also present at the meeting was party leader Tove Aalberg.",
    // A list that stops at a new clause: "A, B raised …" is A alone.
    "Tove Aalberg met Ruben Castell, Ida Moen raised the issue of pay.",
  ])("no meeting of the listed: %s", (text) => {
    expect(article(text).held.filter((p) => p.includes("Ida Moen") || p === "Tove Aalberg")).toEqual([]);
  });
});

describe("a bank named like a noun, and a title with a country's long name before the holder", () => {
  it.each([
    ["The regulator said its chairman, Ruben Castell, met with Standard Dockyards PLC Chief Executive Tove Aalberg on March 28.", "Ruben Castell + Tove Aalberg"],
    ["Ruben Castell met with Press Holdings chairman Tove Aalberg on Monday.", "Ruben Castell + Tove Aalberg"],
  ])("%s", (text, p) => expect(article(text).held).toContain(p));
  it.each(["Ruben Castell met the press on Monday.", "The port met the standards set by the board."])("no meeting: %s", (text) => {
    expect(article(text).held).toEqual([]);
  });
  it("'The President of the Republic of Latvia, Ana Lind,' is Ana Lind, no office of its own", () => {
    expect(article("The President of the Republic of Latvia, Ana Lind, went to Riga on Thursday.").people).toEqual(["Ana Lind"]);
  });
});

describe("a list of attendees whose titles name someone, and an office after a style of birth", () => {
  it("'A, Minister of State, B, Adviser to the President, and C' lists A, B and C", () => {
    const a = article("Tove Aalberg received Ruben Castell on Monday. Attending the meeting were Ida Moen, Minister of State, Piet Kool, Diplomatic Adviser to the President, and Lena Park, Ambassador to Chile.");
    expect(a.held).toContain("Ida Moen + Lena Park + Piet Kool + Ruben Castell + Tove Aalberg");
  });
  it("'Prince X, Foreign Minister of the Kingdom of Norway': 'the Norwegian Foreign Minister' is X", () => {
    const a = article("Prince Ruben Castell, Foreign Minister of the Kingdom of Norway, reviewed ties with Tove Aalberg. The Norwegian Foreign Minister was welcomed at the airport by Tove Aalberg.");
    expect(a.held).toContain("Ruben Castell + Tove Aalberg");
    expect(a.people).not.toContain("Norwegian Foreign Minister");
  });
});

describe("a group then a named one after 'and'; a semicolon list of titles", () => {
  it.each([
    ["Ruben Castell, the board president, met with senior players in the national team and coach Tove Aalberg on Monday.", "Ruben Castell + Tove Aalberg"],
    ["Tove Aalberg met with the chairman of the Harbour Board, Ana Lind; the treasurer of the Fishers Union, Piet Kool; and representatives of the dockers.", "Ana Lind + Piet Kool + Tove Aalberg"],
  ])("%s", (text, p) => expect(article(text).held).toContain(p));
  it.each([
    // A clause after the semicolon is no item of the list.
    ["Tove Aalberg met the mayor of Bergen, Ana Lind; the talks went well, Piet Kool said.", "Ana Lind + Tove Aalberg"],
    // "and" inside a title ("Safety and Security") after a plural that is not the group met opens no second party.
    ["Ruben Castell welcomed the envoys of Norway and Tove Aalberg's staff.", ""],
  ])("only: %s", (text, p) => expect(article(text).held).toEqual(p ? [p] : []));
});
