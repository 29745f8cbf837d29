// Offices told apart and shared, lists after a colon, and signings: sentences of our own, what must be found and
// what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";
import { findNames } from "../../src/extract/names";

const facts = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    people: x.entities.filter((e) => e.type === "person").map((e) => `${e.name}: ${e.role ?? "-"}${e.affiliation ? ` (${e.affiliation})` : ""}`),
    held: x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map(name).sort().join(" + ")),
    statements: x.statements.map((s) => `${name(s.speaker)}: ${s.text}`),
  };
};
const names = (text: string) => findNames(text).map((r) => `${r.name}/${r.kind}`);

describe("a group met, a colon, and who they were: the list is those met", () => {
  it.each([
    ["Later on Monday, Ana Lind spoke with some of the leaders of the opposition parties: MK Ivo Brandt, MK Kari Holm and MK Tomas Berg.", "Ana Lind + Ivo Brandt + Kari Holm + Tomas Berg"],
    ["Ana Lind met three mayors: Ivo Brandt, Kari Holm and Tomas Berg.", "Ana Lind + Ivo Brandt + Kari Holm + Tomas Berg"],
  ])("%s", (body, expected) => expect(facts(body).held).toEqual([expected]));
  it.each([
    // No group before the colon: what follows is no list of those met.
    "Ana Lind met Ivo Brandt on one condition: Kari Holm would chair the talks.",
  ])("must not: %s", (body) => expect(facts(body).held).toEqual(["Ana Lind + Ivo Brandt"]));
});

describe("a title with 'for' and a place or portfolio after 'of State'", () => {
  it.each([
    ["The new Secretary of State for Scotland Ivo Brandt met Ana Lind.", "Ivo Brandt: secretary of state for Scotland"],
    ["Secretary of State for Health Ivo Brandt met Ana Lind on Monday.", "Ivo Brandt: secretary of state for health"],
    ["Minister for Europe Ivo Brandt met Ana Lind on Monday.", "Ivo Brandt: minister for Europe"],
    ["MK Ivo Brandt met Ana Lind on Monday.", "Ivo Brandt: mk"],
  ])("%s", (body, expected) => expect(facts(body).people).toContain(expected));
  it("must not: a title that takes every word names no one", () => {
    expect(names("He met the Minister of State for Petroleum on Monday.")).toEqual([]);
  });
  it("a nation within a country is the affiliation, whole", () => {
    expect(facts("Northern Ireland First Minister Ana Lind met Ivo Brandt.").people).toContain("Ana Lind: first minister (Northern Ireland)");
  });
});

describe("a place after a lower-case title's 'of' is the title's, not the name's", () => {
  it.each([
    ["Kyiv city chairman Ivo Brandt and mayor of Moscow Yuri Lenkov signed today a protocol on cooperation.", ["Ivo Brandt/person", "Yuri Lenkov/person"]],
    ["The governor of Lagos State Ana Obi met him.", ["Ana Obi/person"]],
  ])("%s", (text, expected) => expect(names(text).filter((n) => n.endsWith("/person"))).toEqual(expected));
  it.each([
    // A body after "of" is a body of its own.
    ["The president of Acme Holdings Ana Lind met him.", ["Acme Holdings/organization", "Ana Lind/person"]],
  ])("must not: %s", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("words never part of a name", () => {
  it.each([
    ["He wished Ivo Brandt God’s help and congratulated him.", ["Ivo Brandt/person"]],
    ["Спасибо за Вашу активность, Ваш вопрос", []],
    ["In the name of Allah, Ana Lind said.", ["Ana Lind/person"]],
  ])("%s", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("a role phrase names the office it says", () => {
  it("the governor is the governor, not the deputy governor named beside one; 'the two' met as an object", () => {
    expect(facts("Governor Ana Lind hosted President Ivo Brandt on Monday. Deputy Governor Kari Holm joined the Governor and the President for talks.").held).toContain("Ana Lind + Ivo Brandt + Kari Holm");
    expect(facts("Governor Ana Lind hosted President Ivo Brandt on Monday. Deputy Governor Kari Holm joined the two for talks.").held).toContain("Ana Lind + Ivo Brandt + Kari Holm");
  });
  it("a title after 'and' shares the article before it", () => {
    expect(facts("First Minister Ana Lind welcomed Prime Minister Ivo Brandt on Monday. Deputy First Minister Kari Holm joined the First Minister and Prime Minister for talks.").held).toContain("Ana Lind + Ivo Brandt + Kari Holm");
  });
  it("an office predicated of the one named before is theirs, no one else's", () => {
    const { people, held } = facts("First Minister Ana Lind welcomed Sir Ivo Brandt to the residence yesterday for a first visit after being appointed as the new Norwegian Prime Minister. The two leaders met in Bergen.");
    expect(people).toContain("Ivo Brandt: prime minister (Norway)");
    expect(held).toEqual(["Ana Lind + Ivo Brandt"]);
  });
  it.each([
    // "the Prime Minister" is not the First Minister; "the foreign minister" is not the finance minister.
    ["First Minister Ana Lind met Ivo Brandt. The Prime Minister said no.", []],
    ["Finance Minister Ana Lind met Ivo Brandt. The foreign minister said trade was up.", []],
  ])("must not: %s", (body, expected) => expect(facts(body).statements.filter((s) => s.startsWith("Ana Lind"))).toEqual(expected));
  it("still reads the same office written two ways", () => {
    expect(facts("Kofi Mensah met the Minister of External Relations of Chile, Mr. Tomas Vidal, on Monday. The Chilean Foreign Minister said trade would grow.").statements).toContain("Tomas Vidal: trade would grow.");
  });
});

describe("a guest welcomed to a place is a deed, not words", () => {
  it.each([
    "First Minister Ana Lind welcomed Sir Ivo Brandt to Harbour House yesterday for a first visit.",
    "Ana Lind welcomed the delegation to Bergen for talks on trade.",
  ])("must not: %s", (body) => expect(facts(body).statements).toEqual([]));
  it("still reads a welcome of something as words", () => {
    expect(facts("Ana Lind welcomed the move to Geneva as a step forward.").statements).toEqual(["Ana Lind: welcomed the move to Geneva as a step forward."]);
  });
});

describe("two who sign a pact together meet", () => {
  it.each([
    ["Ana Lind signed an agreement with Ivo Brandt in Bergen on Monday.", "Ana Lind + Ivo Brandt"],
    ["Mayor Ana Lind and Governor Ivo Brandt signed today a protocol on cooperation between the two cities.", "Ana Lind + Ivo Brandt"],
  ])("%s", (body, expected) => expect(facts(body).held).toEqual([expected]));
  it.each([
    "Ana Lind and Ivo Brandt signed a letter to the president.",
    "Ana Lind signed the bill into law on Monday.",
    // "the two sides" of a signing are no pair named before.
    "Ana Lind praised Ivo Brandt. The two sides signed a series of agreements.",
  ])("must not: %s", (body) => expect(facts(body).held).toEqual([]));
});

describe("companions set off by dashes or 'as well as' are on the subject's side", () => {
  it.each([
    ["In this sense, Ana Lind —along with Ministers Carlos Oliva (Economy-Finance), Daniel Alfaro (Education), and Tomas Berg (Justice-Human Rights)— met with Province Mayor Romulo Tinta.", "Ana Lind + Carlos Oliva + Daniel Alfaro + Romulo Tinta + Tomas Berg"],
    ["Afterward, Ana Lind, as well as Ministers Carlos Oliva (Economy-Finance) and Raul Perez (Production), engaged in conversation with Chamber Chairman Aldo Aranz.", "Aldo Aranz + Ana Lind + Carlos Oliva + Raul Perez"],
    ["Ana Lind met Ivo Brandt, as well as his deputy Kari Holm, on Monday.", "Ana Lind + Ivo Brandt + Kari Holm"],
  ])("%s", (body, expected) => expect(facts(body).held).toEqual([expected]));
  it("those who also took part in 'this audience' were at the meeting told before", () => {
    expect(facts("Production Minister Raul Perez held a meeting with Ana Lind. Ministers Kari Holm (Labor-Employment Promotion) and Carlos Oliva (Economy-Finance) also took part in this audience.").held).toEqual(["Ana Lind + Carlos Oliva + Kari Holm + Raul Perez"]);
  });
  it.each([
    // A clause "as" opens is no companion's.
    ["Ana Lind met Ivo Brandt, as Kari Holm watched.", "Ana Lind + Ivo Brandt"],
  ])("must not: %s", (body, expected) => expect(facts(body).held).toEqual([expected]));
});

describe("a bracketed portfolio and a place before a subdivision's noun are no people", () => {
  it.each([
    ["Ministers Carlos Oliva (Economy-Finance) and Tomas Berg (Justice-Human Rights) met him.", ["Carlos Oliva/person", "Tomas Berg/person"]],
    ["Ana Lind held a series of meetings with Kessmere region mayors on Friday.", ["Ana Lind/person", "Kessmere/place"]],
  ])("%s", (text, expected) => expect(names(text)).toEqual(expected));
  it.each([
    // A capitalised "Region" is part of a name; a possessive is no place's noun.
    ["Ana Lind met the Kessmere Region Council.", ["Ana Lind/person", "Kessmere Region Council/organization"]],
  ])("must not: %s", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("two bodies named before, as a subject; a body's name with 'for'", () => {
  it("'The two major stakeholder bodies met with …' are the last two bodies named", () => {
    const { held } = facts("The minister met representatives of the Association of Pilots for Coastal Ferries and the Association of Pilots for Harbour Tugs.\n\nThe two major stakeholder bodies met with Minister Ana Lind, Dr. the Honourable Ivo Brandt, Minister of State and other Senior Executives of the Ministry on Wednesday.");
    expect(held).toContain("Ana Lind + Association of Pilots for Coastal Ferries + Association of Pilots for Harbour Tugs + Ivo Brandt");
  });
  it.each([
    ["The Association of Pilots for Coastal Ferries met on Monday.", ["Association of Pilots for Coastal Ferries/organization"]],
  ])("%s", (text, expected) => expect(names(text)).toEqual(expected));
  it.each([
    // A given name after "for" is a person of her own.
    ["The Association of Pilots for Ana Lind met on Monday.", ["Association of Pilots/organization", "Ana Lind/person"]],
  ])("must not: %s", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("a title set off after a full name with no closing comma", () => {
  it("belongs to the speaker, not between the speaker and the verb", () => {
    expect(facts("The Honourable Ana Lind, Minister of Harbours has praised the pilots for their patience during the strike.").statements).toEqual(["Ana Lind: praised the pilots for their patience during the strike."]);
  });
  it.each([
    // The title and name after the comma are the speaker themselves.
    ["During the meeting, President Ivo Brandt said the port would open.", "Ivo Brandt: the port would open."],
    ["Ana Lind met the pilots. Responding, the Harbour Master Ivo Brandt thanked the pilots for the visit.", "Ivo Brandt: thanked the pilots for the visit."],
  ])("must not: %s", (body, expected) => expect(facts(body).statements).toContain(expected));
  it("a portfolio after 'of' is no affiliation", () => {
    expect(facts("Ana Lind, Minister of Trade and Industry, said the port would open.").people).toEqual(["Ana Lind: Minister of Trade and Industry"]);
  });
});

describe("a body's head named by the body", () => {
  const body = "Ivo Brandt received Kari Holm, Secretary-General of the Organization of Harbour Exporting Countries (OHEC), and his accompanying delegation on Sunday in Bergen.";
  it.each([
    ["For his part, the Secretary-General of OHEC emphasised that the port was vital.", "Kari Holm: the port was vital."],
    ["The OHEC chief also underscored the importance of this visit.", "Kari Holm: underscored the importance of this visit."],
  ])("%s", (next, expected) => expect(facts(`${body} ${next}`).statements).toContain(expected));
  it("the body's full name is a body, and 'his delegation' after 'and' is the one listed before's", () => {
    const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Organization of Harbour Exporting Countries", "Holm's delegation"]));
    expect(x.entities.map((e) => e.name)).not.toContain("Brandt's delegation");
  });
  it.each([
    // A name after the body is the title's own person.
    ["Ana Lind, chairman of the Harbour Board, met Ivo Brandt. Later the chairman of the Harbour Board, Kari Holm, said the port would open.", "Kari Holm: the port would open."],
  ])("must not: %s", (text, expected) => expect(facts(text).statements).toEqual([expected]));
  it("still keeps a name after a body's name in a title ('… of China Chen Wenli')", () => {
    expect(names("He met Member of the Central Politburo of the Communist Party of China Chen Wenli on Monday.")).toContain("Chen Wenli/person");
  });
});

describe("'between' that is not the meeting's", () => {
  it.each([
    "Ana Lind met Ivo Brandt. The meeting reviewed various aspects of cooperation between Kessmere's government and the Harbour Union.",
  ])("must not: %s", (body) => expect(facts(body).held).toEqual(["Ana Lind + Ivo Brandt"]));
  it.each([
    ["Talks resumed on Monday between Kari Holm and Ivo Brandt.", "Ivo Brandt + Kari Holm"],
    ["The talks followed a video call last month between Kari Holm and Ivo Brandt.", "Ivo Brandt + Kari Holm"],
  ])("%s", (body, expected) => {
    const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
    expect(x.meetings.map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + "))).toContain(expected);
  });
});

describe("the heads of named bodies, met as a group, are the people named as of each body", () => {
  it("meets each body's one named head", () => {
    expect(facts("Mayor Ana Lind met the heads of Norwind Shipping and the Harbour Board in Bergen on Monday. Norwind Shipping chief executive Ivo Brandt said demand was up. Harbour Board chairman Kari Holm said the port would grow.").held).toEqual(["Ana Lind + Ivo Brandt + Kari Holm"]);
  });
  it.each([
    // No one named as of those bodies: no one met.
    "Mayor Ana Lind met the heads of Norwind Shipping and the Harbour Board in Bergen on Monday. Analysts said demand was up.",
  ])("must not: %s", (body) => expect(facts(body).held).toEqual([]));
});

describe("two named, each with a title and what it is of set off, as the subject", () => {
  it.each([
    ["The Minister of Energy, Ana Lind, and the executive director of Norwind, Ivo Brandt, held a meeting on Monday.", "Ana Lind + Ivo Brandt"],
  ])("%s", (body, expected) => expect(facts(body).held).toEqual([expected]));
});

describe("a date or place of a future occasion named after the meeting is not the meeting's", () => {
  it("'… before the forthcoming meeting of the governments on October 3 in Bergen'", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nThis was made clear during the meeting of Deputy Minister Ana Lind with State Secretary Ivo Brandt . The two discussed cooperation before the forthcoming meeting of the governments on October 3 in Bergen, the ministry announced."));
    expect(x.meetings.map((m) => [m.date, m.place])).toEqual([[null, null]]);
  });
  it("must not: 'before their talks in Vientiane' is the meeting's own place", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nAna Lind shakes hands with Ivo Brandt before their talks in Vientiane, Laos, on Monday."));
    expect(x.meetings.map((m) => m.place)).toEqual(["Vientiane"]);
  });
});

describe("a title's short form before its holder's name is the holder", () => {
  it("'Chief of Harbour Staff (COHS) General X … COHS said' is X speaking", () => {
    const { statements } = facts("A delegation called on Chief of Harbour Staff (COHS) General Ivo Brandt at the harbour on Thursday. COHS said that Kessmere values its ties with Norland.");
    expect(statements).toEqual(["Ivo Brandt: Kessmere values its ties with Norland."]);
  });
  it("must not: a body's short form stays the body's", () => {
    expect(facts("The Harbour Workers Union (HWU) met Ivo Brandt. HWU said the strike would go on.").statements).toEqual(["Harbour Workers Union: the strike would go on."]);
  });
});

describe("a holder's name after a body's long name in a title, and 'was talking to'", () => {
  it("'He was talking to CEO of … Office of … Ministry of Defence Karim Bin Abdulaziz Al-Nadir'", () => {
    expect(facts("General Ivo Brandt said Thursday that ties were good. He was talking to CEO of Transformation Management Office of Kessmere Ministry of Defence Karim Bin Abdulaziz Al-Nadir in Bergen.").held).toEqual(["Ivo Brandt + Karim Bin Abdulaziz Al-Nadir"]);
  });
  it.each([
    // Talking to the press is no meeting; no given name after the body leaves it a body.
    ["He was talking to reporters in Bergen on Monday.", []],
  ])("must not: %s", (body, expected) => expect(facts(body).held).toEqual(expected));
  it("must not: no given name after the body leaves no holder's name", () => {
    expect(names("Ana Lind met the CEO of Transformation Management Office of Kessmere Ministry of Defence in Bergen.").filter((n) => n.endsWith("/person"))).toEqual(["Ana Lind/person"]);
  });
});

describe("a delegation's members named after it are those met", () => {
  it("'received the Prime Minister X and his delegation comprising Minister Y, Commander of the Armed Forces (KAF) General Z, and …'", () => {
    expect(facts("Major General Ivo Brandt received the Prime Minister Ana Lind and his delegation comprising Defense Minister Kari Holm, Commander of the Armed Forces (KAF) General Tomas Berg, and a number of senior officers.").held).toEqual(["Ana Lind + Ivo Brandt + Kari Holm + Tomas Berg"]);
  });
  it("must not: a description of the one met, after a bracketed short form, is no second party", () => {
    expect(facts("Ana Lind met Hasan Berg after his earlier meetings with Ivo Brandt (IB), chairman of the Harbour Party (HP) and Kessmere's sixth president, separately.").held).not.toContain("Ana Lind + Hasan Berg + Ivo Brandt");
  });
  it("'his earlier meetings with X' are the clause subject's", () => {
    expect(facts("Ana Lind met Hasan Berg after his earlier meetings with Ivo Brandt on Monday.").held).toEqual(expect.arrayContaining(["Ana Lind + Hasan Berg", "Ana Lind + Ivo Brandt"]));
  });
});

describe("an agency's initials opening the story are no dateline place", () => {
  it("'HNA - Kessmere's Prime Minister …'", () => {
    expect(parseArticle("Title\n\nHNA - The Prime Minister today paid his first visit to the headquarters.").dateline).toBeNull();
  });
  it("must not: a known town in capitals is still one", () => {
    expect(parseArticle("Title\n\nOSLO - The Prime Minister today paid his first visit to the headquarters.").dateline).toMatchObject({ place: "Oslo" });
  });
});

describe("joined titles, a presidency, and a team set off before its verb", () => {
  it.each([
    ["A delegation led by UN Resident and Humanitarian Coordinator in Kessmere, Ivo Brandt, arrived on Monday.", ["Ivo Brandt/person"]],
    ["The President of the Kessmere Presidency Ivo Brandt held a meeting.", ["Ivo Brandt/person"]],
  ])("%s", (text, expected) => expect(names(text).filter((n) => n.endsWith("/person"))).toEqual(expected));
  it("'The team, comprising …, met with residents, officials, and Governor X': the team's leader met X", () => {
    expect(facts("A high-level delegation led by UN Resident and Humanitarian Coordinator in Kessmere, Ivo Brandt, visited Bergen on Saturday. The team, comprising representatives from UN agencies, NGOs, and the Red Cross Society, met with affected residents, government officials, and Harbour State Governor Professor Ana Lind.").held).toEqual(["Ana Lind + Ivo Brandt"]);
  });
});

describe("a park is no person; a dialogue by tele-conference is a call", () => {
  it.each([
    ["Ana Lind stayed in Kessvale camp in Kessvale National Park.", ["Ana Lind/person"]],
    // Korean surnames and surnames "Park" stay people.
    ["Park Min-jun met Ana Park.", ["Park Min-jun/person", "Ana Park/person"]],
  ])("%s", (text, expected) => expect(names(text).filter((n) => n.endsWith("/person"))).toEqual(expected));
  it("'held a dialogue with X by tele-conference' is a call", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nPresident Ana Lind held a dialogue with Ivo Brandt by tele-conference on Monday."));
    expect(x.meetings.map((m) => m.kind)).toEqual(["call"]);
  });
});

describe("earlier meetings take no date of the sentence; a word named as a place elsewhere is that place", () => {
  it("'Ana Lind met Hasan Berg on Monday after his earlier meetings with Ivo Brandt': the earlier one is undated", () => {
    const x = extractFacts(parseArticle("Harbour news\n\nMay 10, 2024\n\nAna Lind met Hasan Berg on Monday after his earlier meetings with Ivo Brandt."));
    const withBrandt = x.meetings.find((m) => m.participants.some((p) => x.entities[p]!.name === "Ivo Brandt"));
    expect(withBrandt?.date ?? null).toBeNull();
  });
  it("'visited Kessmere district … his previous visit to Kessmere': Kessmere is no one met", () => {
    expect(facts("President Ana Lind visited Kessmere district on Wednesday for a meeting with Ivo Brandt. During Lind's previous visit to Kessmere, on Aug 6, she did meet Brandt face to face.").held.every((h) => !h.includes("Kessmere"))).toBe(true);
  });
});
