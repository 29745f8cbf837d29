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
    ["A Jan. 25 visit from Lena Park, a lobbyist for the port, to meet with Chairman Ivo Brandt.", "Ivo Brandt + Lena Park"],
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
    ["PSC: Regulators met with utility reps\n\nJuly 29, 2011\n\n", null],
    // (A known place before the colon is one.)
    ["Harbour news\n\nJuly 29, 2011\n\nKOCHI: Union minister Ivo Brandt on Monday called on the governor at the harbour office.", "Kochi"],
  ])("%j", (head, place) => {
    const r = read(place ? "" : "Two regulators met with utility representatives during the first months of the year.", head);
    expect(r.parsed.dateline?.place ?? null).toBe(place);
  });
});
