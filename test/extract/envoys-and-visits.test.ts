// Forms read from held-out real pages in the ninth session, each with sentences of our own: envoys listed by name and
// title, credentials, journeys made to meet someone, companions "alongside", groups closing a list, portfolio titles
// told again, kin who share a surname, and headline kickers that are no dateline.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const read = (body: string, head = "Harbour news\n\n2024-05-10\n\n") => {
  const parsed = parseArticle(`${head}${body}`);
  const x = extractFacts(parsed);
  const name = (i: number) => x.entities[i]!.name;
  const pair = (m: (typeof x.meetings)[number]) => m.participants.map(name).sort().join(" + ");
  return {
    parsed,
    held: x.meetings.filter((m) => m.status === "held").map(pair),
    notHeld: x.meetings.filter((m) => m.status !== "held").map(pair),
    statements: x.statements.map((s) => `${name(s.speaker)}: ${s.text}`),
    entity: (n: string) => x.entities.find((e) => e.name === n),
    names: x.entities.map((e) => e.name),
  };
};

describe("meetings: forms of real pages", () => {
  it.each([
    // A name, then its title and country with no comma, in a list of envoys who called on someone.
    ["The envoys who called on Vice President Ana Lind were Piet Kool Ambassador of the Republic of Ireland, Lena Park Ambassador of Chile and Omar Diaz High Commissioner of India.",
      "Ana Lind + Lena Park + Omar Diaz + Piet Kool"],
    // The group met, then "The envoys also included …".
    ["Three envoys paid courtesy calls on President Ana Lind on Friday. The envoys also included Ambassador Piet Kool and High Commissioner Lena Park.",
      "Ana Lind + Lena Park + Piet Kool"],
    // Attending "the forum" (or dinner) the meeting was.
    ["Governor Ana Lind held a meeting with Ambassador Piet Kool on Monday. Ambassador Lena Park and envoy Omar Diaz also attended the forum.",
      "Ana Lind + Lena Park + Omar Diaz + Piet Kool"],
    // Those alongside the subject are on its side; the group met names no one.
    ["President Ana Lind met with farm groups after the summit, alongside Prime Minister Piet Kool and Prime Minister Lena Park.",
      "Ana Lind + Lena Park + Piet Kool"],
    ["Mayor Ana Lind met Governor Ivo Brandt on Monday, alongside Deputy Mayor Lena Park.", "Ana Lind + Ivo Brandt + Lena Park"],
    // A list closing with a group after "and" keeps its last name.
    ["Governor Ana Lind also met with President Piet Kool, Vice President Lena Park and some cabinet members.", "Ana Lind + Lena Park + Piet Kool"],
    // An envoy's credentials, presented or received at an accreditation.
    ["Ambassador Lena Park presented her letters of credence to President Ivo Brandt on Tuesday.", "Ivo Brandt + Lena Park"],
    ["President Ivo Brandt spoke at the accreditation of Ambassador Lena Park on Wednesday.", "Ivo Brandt + Lena Park"],
    // A journey told as made, to meet someone.
    ["A May 3 visit from Lena Park, a lobbyist for the port, to meet with Chairman Ivo Brandt.", "Ivo Brandt + Lena Park"],
    ["Ivo Brandt flew to Bergen last week to meet Mira Holt.", "Ivo Brandt + Mira Holt"],
    // The first person in a quote.
    ["“I had the pleasure of meeting President Ivo Brandt in Oslo last year,” Mira Holt said.", "Ivo Brandt + Mira Holt"],
  ])("%s", (body, met) => {
    expect(read(body).held).toContainEqual(met);
  });

  it.each([
    // A journey still to come, or one whose purpose is only hoped for.
    ["Ana Lind will travel to Oslo to meet Piet Kool.", "Ana Lind + Piet Kool"],
    ["Ana Lind flew to Oslo hoping to meet Lena Park.", "Ana Lind + Lena Park"],
  ])("%s is no meeting held", (body, pair) => {
    const r = read(body);
    expect(r.held).not.toContainEqual(pair);
    expect(r.notHeld).toContainEqual(pair);
  });

  // What must NOT be read as a meeting.
  it.each([
    // "its two-day visit of" is a noun: the delegation visited places, nobody visited the governor.
    "The governor left for Oslo on Monday after the delegation concluded its two-day visit of Bergen, Molde and Tromsø.",
    // "alongside" inside another clause is no companion of the subject.
    "Mayor Ana Lind met reporters on Monday, and Lena Park spoke alongside Piet Kool.",
    // A name and a title in a list of people who did not meet anyone.
    "The honours went to Piet Kool Ambassador of the Republic of Ireland and Lena Park Ambassador of Chile.",
  ])("%s", (body) => {
    expect(read(body).held).toEqual([]);
  });
});

describe("names and titles: forms of real pages", () => {
  it("a name before its title and country is the person, and the title is not the next name's", () => {
    // (The name before the title opens with a given name the list knows.)
    const r = read("The envoys were Peter Kool Ambassador of the Federal Republic of Germany, Lena Park the High Commissioner of Zambia, and Omar Diaz.");
    expect(r.names).toEqual(expect.arrayContaining(["Peter Kool", "Lena Park", "Omar Diaz"]));
    expect(r.entity("Lena Park")?.role ?? "").not.toMatch(/kool/i);
    expect(r.names).not.toContain("Peter Kool Ambassador");
  });

  it("'British High Commissioner X' is a high commissioner of the United Kingdom, not of a body 'British High'", () => {
    const r = read("Governor Ana Lind met British High Commissioner Piet Kool on Monday.");
    expect(r.entity("Piet Kool")).toMatchObject({ role: "high commissioner", affiliation: "United Kingdom" });
    expect(r.names.some((n) => /High$/.test(n))).toBe(false);
  });

  it.each([
    // A closing quote ends the title read back from a name; so does a sentence's opening conjunction.
    ["“We met in the Republic of Cuba,” President Ivo Brandt noted.", "Ivo Brandt", { role: "president", affiliation: null }],
    ["But Port Authority spokeswoman Lena Park said the talks were short.", "Lena Park", { affiliation: "Port Authority" }],
  ])("%s", (body, person, fields) => {
    expect(read(body).entity(person)).toMatchObject(fields);
  });

  it("'the Minister of Labour' said: the one named with that title, not the Minister of State for Labour", () => {
    const r = read("The Minister of Labour, Ivo Brandt, and the Minister of State for Labour, Lena Park, met union leaders on Wednesday.\n\nAfter the meeting, the Minister of Labour said the meeting was fruitful.\n\nThe Minister of State for Labour said the strike would end soon.");
    expect(r.statements).toContainEqual("Ivo Brandt: the meeting was fruitful.");
    expect(r.statements).toContainEqual("Lena Park: the strike would end soon.");
  });

  it("a bare surname shared with someone's kin is the principal's", () => {
    const r = read("Governor Ivo Brandt flew to Oslo on Monday.\n\nThere, the governor and his wife Ana Brandt attended a school opening.\n\nBrandt also met with President Piet Kool on Tuesday.");
    expect(r.held).toContainEqual("Ivo Brandt + Piet Kool");
    expect(r.held).not.toContainEqual("Ana Brandt + Piet Kool");
  });
});

describe("a headline's kicker is no dateline", () => {
  it.each([
    ["HRB: Regulators met with port agents\n\nJuly 29, 2011\n\n", null],
    // (A known place before the colon is one.)
    ["Harbour news\n\nJuly 29, 2011\n\nKOCHI: Union minister Ivo Brandt on Monday called on the governor at the harbour office.", "Kochi"],
  ])("%j", (head, place) => {
    const r = read(place ? "" : "Two regulators met with utility representatives during the first months of the year.", head);
    expect(r.parsed.dateline?.place ?? null).toBe(place);
  });
});

describe("more meeting forms of real pages", () => {
  it.each([
    ["After the summit, Ana Lind took the opportunity to meet with Trade Minister Ivo Brandt.", "Ana Lind + Ivo Brandt"],
    ["During the visit, Ana Lind had the opportunity to speak with President Ivo Brandt about vaccines.", "Ana Lind + Ivo Brandt"],
    // A body's bracketed short form inside the title of the second one met.
    ["Ana Lind met with Trade Minister Ivo Brandt and the chief executive officer of Norwind Shipping (NWS) Piet Kool on Monday.", "Ana Lind + Ivo Brandt + Piet Kool"],
    // A name the article declares for one listed ("aka").
    ["Omar Diaz also met President Lena Park, Prime Minister Piet Kool aka Kooly and Finance Minister Ana Lind on Monday.", "Ana Lind + Lena Park + Omar Diaz + Piet Kool"],
    // Two subjects "at a meeting".
    ["Ana Lind and her counterpart Ivo Brandt reviewed the port plan at a meeting in Bergen on Monday.", "Ana Lind + Ivo Brandt"],
    ["Chairman Ana Lind and Secretary General Omar Diaz called upon President Ivo Brandt at his office in Oslo on Friday.", "Ana Lind + Ivo Brandt + Omar Diaz"],
    ["Engaging with President Ivo Brandt at State House yesterday, President Ana Lind said the border would stay open.", "Ana Lind + Ivo Brandt"],
    ["Ana Lind met Piet Kool on Wednesday evening and called on Ivo Brandt on Thursday morning.", "Ana Lind + Ivo Brandt"],
    ["Mira Holt spent an hour on the telephone with Ivo Brandt on Monday.", "Ivo Brandt + Mira Holt"],
    // A chamber's name in the title before the name.
    ["Ana Lind met Speaker of the House of Representatives Ivo Brandt on Monday.", "Ana Lind + Ivo Brandt"],
    // A country's name before a title is no person: the name after the title is the one met.
    ["Ana Lind held talks with United States Secretary of State Ivo Brandt in Oslo.", "Ana Lind + Ivo Brandt"],
  ])("%s", (body, met) => {
    expect(read(body).held).toContainEqual(met);
  });

  it("'a bilateral discussion with A, B and C' is one meeting with each", () => {
    const r = read("Prime Minister Ana Lind held a bilateral discussion with presidents of Norland, Ivo Brandt, Piet Kool of Sudria and Lena Park of Estmark.");
    expect(r.held).toEqual(expect.arrayContaining(["Ana Lind + Ivo Brandt", "Ana Lind + Piet Kool", "Ana Lind + Lena Park"]));
    expect(r.held).not.toContainEqual("Ana Lind + Ivo Brandt + Lena Park + Piet Kool");
  });

  it.each([
    // A meeting to come is not this one's partner: the "with" belongs to "talks".
    ["Mira Holt met the unions ahead of talks with Ivo Brandt next week.", "Ivo Brandt + Mira Holt"],
    ["Ana Lind was among the leaders who met in a virtual session yesterday, ahead of talks with Secretary of State Ivo Brandt in Oslo.", "Ana Lind + Ivo Brandt"],
  ])("%s: no meeting held with the one of the talks to come", (body, pair) => {
    expect(read(body).held).not.toContainEqual(pair);
  });

  it.each([
    ["Ana Lind met Ivo Brandt in Oslo on Friday, Sept. 13, 2024.", "2024-09-13"],
    ["Ana Lind met Ivo Brandt in Oslo on Friday, September 13, 2024.", "2024-09-13"],
  ])("%s: the weekday before a full date is that date", (body, date) => {
    const x = extractFacts(parseArticle(`Harbour news\n\n2024-05-10\n\n${body}`));
    expect(x.meetings[0]?.date).toBe(date);
  });

  it.each([
    // Glued after a number, the next sentence is its own: its meeting is not the one before's.
    ["Ana Lind met Piet Kool in Oslo on May 30.At the meeting with Ivo Brandt, Lind spoke of the port.", "Ivo Brandt + Piet Kool"],
  ])("%s", (body, pair) => {
    expect(read(body).held).not.toContainEqual(expect.stringContaining(pair));
  });
});

describe("more names, places and bodies of real pages", () => {
  it.each([
    // A place written without its accents, and a gazetteer town after "in".
    ["Ana Lind received Ivo Brandt, who visits Bogota for the first time since 2015.", "Bogota"],
    ["Ana Lind received Ivo Brandt at the ministry in Taunggyi via video conference.", "Taunggyi"],
  ])("%s: %s is a place, no one met", (body, place) => {
    const r = read(body);
    expect(r.names).not.toContain(place);
  });

  it("a one-word name whose clause says 'its' is a body", () => {
    const r = read("Ana Lind met Ivo Brandt on Monday. Previously, Norwind had voiced its intention to grow.");
    expect(r.entity("Norwind")?.type).toBe("organization");
  });

  it("'the United States delegation' keeps the country's name as written", () => {
    const r = read("Governor Ana Lind met the United States delegation on Monday. The delegation said the plans could plunge the region into chaos.");
    expect(r.statements).toContainEqual(expect.stringMatching(/^United States delegation: /));
  });

  it("a clause after a name's comma is no appositive title", () => {
    const r = read("President Ana Lind, received this Monday with state honours her counterpart, Ivo Brandt.");
    expect(r.entity("Ana Lind")?.role ?? "").not.toMatch(/received/);
  });
});

describe("more statement forms of real pages", () => {
  it.each([
    // A quote over three sentences whose middle one has no marks: one statement.
    ["Minister Ivo Brandt met the unions on Monday.\n\nHe said, “The meeting went well.\n\n“All the leaders were here. We had a fruitful talk. They agreed to suspend the strike.”", "Ivo Brandt: All the leaders were here. We had a fruitful talk. They agreed to suspend the strike."],
    // A straight mark opens, a curly one closes.
    ["Envoy Ivo Brandt arrived on Monday.\n\n\"We have to strengthen inclusion. The constitution must be respected,” Mr Brandt noted.", "Ivo Brandt: We have to strengthen inclusion. The constitution must be respected"],
    // A paragraph whose opening mark was lost.
    ["Envoy Ivo Brandt arrived on Monday.\n\n“It was an honour to meet the mayor,” he posted.\n\nThe two cities share a close relationship. I thanked the mayor for her support,” he added.", "Ivo Brandt: The two cities share a close relationship. I thanked the mayor for her support"],
    // After "but", the same subject.
    ["Secretary Ana Lind told reporters that she was encouraged by the talks, but urged the North to show its commitment to peace.", "Ana Lind: she was encouraged by the talks, but urged the North to show its commitment to peace."],
  ])("%s", (body, statement) => {
    expect(read(body).statements).toContainEqual(statement);
  });

  it("'an official said' names no one named before", () => {
    const r = read("Foreign Minister Ana Lind held a brief meeting with Ivo Brandt, an official said Saturday, in an attempt to keep talks going.");
    expect(r.statements.filter((s) => s.startsWith("Ana Lind:"))).toEqual([]);
  });

  it("a pronoun after a two-sentence quote is not someone the quote names", () => {
    const r = read("Foreign Minister Omar Diaz met President Ana Lind on Wednesday and called on Premier Ivo Brandt on Thursday.\n\n“It was an honour to call on the Premier @IvoBrandt today. We discussed our ties,” he posted on X.");
    expect(r.statements).toContainEqual(expect.stringMatching(/^Omar Diaz: It was an honour/));
  });
});

describe("titles, lists and places of real pages (third batch)", () => {
  it.each([
    // A diplomat's full title before the name.
    ["Ana Lind met with Ambassador Extraordinary and Plenipotentiary of Norway to Estonia Ivo Brandt on Monday.", ["Ana Lind + Ivo Brandt"]],
    // "for" joins a title's portfolio; the title before a name and a comma is that name's.
    ["Ana Lind held talks with the President of Norway Ivo Brandt, Lena Park, Speaker of the Norwegian Storting, and the Minister for Foreign Affairs of Norway Piet Kool.",
      ["Ana Lind + Ivo Brandt + Lena Park + Piet Kool"]],
    // Meetings in the plural with a list: one with each.
    ["Ana Lind held meetings with President Ivo Brandt, Speaker Lena Park and Foreign Minister Piet Kool.", ["Ana Lind + Ivo Brandt", "Ana Lind + Lena Park", "Ana Lind + Piet Kool"]],
    // A document received is no one met.
    ["Prime Minister Ana Lind received the Letter of Introduction of the new High Commissioner of Norway, Ivo Brandt.", ["Ana Lind + Ivo Brandt"]],
  ])("%s", (body, met) => {
    expect(read(body).held).toEqual(met);
  });

  it("a name's own appositive title, not the title of the name before it", () => {
    const r = read("Ana Lind met the President of Norway Ivo Brandt, Lena Park, Speaker of the Norwegian Storting, on Monday.");
    expect(r.entity("Lena Park")?.role ?? "").not.toMatch(/president/i);
    expect(r.entity("Ivo Brandt")?.role).toMatch(/president/i);
  });

  it("'the Minister for Health' alone is a title, no one named", () => {
    expect(read("Ana Lind met the Minister for Health on Monday.").names).not.toContain("for Health");
  });

  it.each([
    ["Ana Lind met Ivo Brandt on the sidelines of a forum in the Norwegian capital of Oslo on Friday.", "Oslo"],
    ["Ana Lind met Ivo Brandt at Villa Palace in Bergen on Monday.", "Bergen"],
    // "the <nationality> capital" is that country's capital, unless the sentence names it.
    ["Ana Lind met Ivo Brandt in the Peruvian capital on Friday.", "Lima"],
    ["Ana Lind met Ivo Brandt in the Norwegian capital, Oslo, on Friday.", "Oslo"],
  ])("%s → %s", (body, place) => {
    const x = extractFacts(parseArticle(`Harbour news\n\n2024-05-10\n\n${body}`));
    expect(x.meetings[0]?.place).toBe(place);
  });

  it("a meeting noun placed in the lead, told by roles, places the talks named after it (over the dateline)", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nOSLO (NTB) — The harbour board's chair said Friday the Danish minister asked him many questions during a “positive” meeting in Copenhagen.\n\nAna Lind said her talks with Minister Ivo Brandt earlier this week were useful."));
    expect(x.meetings.map((m) => m.place)).toEqual(["Copenhagen"]);
  });

  it("only a country, and the dateline a city of it: that city", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nOslo, 17 September 2020 (NTB) – Mayor Ana Lind met Thursday with Minister Ivo Brandt, who is paying an official visit to Norway."));
    expect(x.meetings[0]?.place).toBe("Oslo");
  });

  it.each(["Ana Lind also visited the museum in the coastal city of Molde on Tuesday."])("%s: a place after 'city of' is no one", (body) => {
    expect(read(body).names).not.toContain("Molde");
  });
});
