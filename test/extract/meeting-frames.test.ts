// Meeting frames over several sentences and the clause features that place and date them. Sentences are our own.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { ATTENDANCE_CUES, HELD_LATER, LASTED, MEMBER_CUES, PLANNED_NEXT, TOOK_PLACE, WAS_THERE } from "../../src/lexicon/meeting-frames";
import { CITY_COUNT, lookupCity } from "../../src/lexicon/cities";
import { splitSentences } from "../../src/extract/sentences";
import { parseArticle } from "../../src/parse/parse-article";
import { MEETING_NOUN_FRAMES } from "../../src/extract/meetings";

const article = (body: string, published = "2024-05-10") => {
  const x = extractFacts(parseArticle(`Harbour news\n\n${published}\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  const pair = (m: (typeof x.meetings)[number]) => m.participants.map(name).sort().join(" + ");
  return {
    held: x.meetings.filter((m) => m.status === "held").map(pair),
    notHeld: x.meetings.filter((m) => m.status !== "held").map((m) => `${pair(m)}: ${m.status}`),
    meeting: (p: string) => x.meetings.filter((m) => m.status === "held" && pair(m) === p),
    durations: x.meetings.map((m) => m.duration),
    planned: x.meetings.filter((m) => m.status !== "held").map((m) => ({ pair: pair(m), place: m.place, evidence: m.evidence.text })),
  };
};

describe("one meeting, many sentences: every cue's example", () => {
  it.each(ATTENDANCE_CUES.map((c) => [c.id, c.example]))("%s: %s", (_id, example) => {
    const a = article(example);
    expect(a.held).toContainEqual("Ivo Brandt + Lena Park + Mira Holt");
  });

  it(`${HELD_LATER.id}: ${HELD_LATER.example}`, () => {
    const a = article(HELD_LATER.example);
    expect(a.held).toEqual(["Ivo Brandt + Mira Holt"]);
    expect(a.notHeld).toEqual([]);
  });

  it(`${TOOK_PLACE.id}: ${TOOK_PLACE.example}`, () => {
    const [m] = article(TOOK_PLACE.example).meeting("Ivo Brandt + Mira Holt");
    expect(m).toMatchObject({ place: "Bergen", date: "2024-05-06" });
  });
});

describe("a relative clause between the meeting and what it was attended by, or where it was held", () => {
  it("'The meeting, which was also attended by X, held at the villa, Abuja'", () => {
    const [m] = article("Governor Ola Brenne held a meeting with President Ana Lind on Monday. The meeting, which was also attended by Mayor Rui Caldas, held at the presidential villa, Abuja.").meeting("Ana Lind + Ola Brenne + Rui Caldas");
    expect(m).toMatchObject({ place: "Abuja" });
  });
  it("a relative clause about something else places nothing", () => {
    const [m] = article("Governor Ola Brenne held a meeting with President Ana Lind in Oslo on Monday. The report, which the meeting discussed, was held in Abuja archives.").meeting("Ana Lind + Ola Brenne");
    expect(m?.place).toBe("Oslo");
  });
});

describe("where a participant was, right after the meeting", () => {
  it(`${WAS_THERE.id}: ${WAS_THERE.example}`, () => {
    const [m] = article(WAS_THERE.example).meeting("Ivo Brandt + Mira Holt");
    expect(m).toMatchObject({ place: "Bergen" });
  });
  it.each([
    // Must not: a sentence between, or a named subject that may be anyone.
    "Mira Holt met Ivo Brandt on Monday. The port stayed shut all week. She was at the harbour office in Bergen for about an hour.",
    "Mira Holt met Ivo Brandt on Monday. Lena Park was at the harbour office in Bergen for about an hour.",
  ])("%s", (text) => {
    // (The article's one city still places it, as it places any meeting nothing else places: no venue is read.)
    const [m] = article(text).meeting("Ivo Brandt + Mira Holt");
    expect(m?.venue ?? null).toBeNull();
  });
});

describe("where a planned meeting may be, from the next sentence", () => {
  it(`${PLANNED_NEXT.id}: ${PLANNED_NEXT.example}`, () => {
    const [m] = article(PLANNED_NEXT.example).planned;
    expect(m).toMatchObject({ pair: "Ivo Brandt + Mira Holt", place: "Bergen" });
    expect(m!.evidence).toContain("Oslo");
  });
  it.each([
    // Must not: a next sentence about something else, or one whose subject is not the parties.
    "Mira Holt and Ivo Brandt agreed to meet soon. The ferries may run late in Bergen this month.",
    "Mira Holt and Ivo Brandt agreed to meet soon. Officials may gather in Bergen later this month.",
  ])("%s", (text) => {
    // (The article's one city may still place it, as for any meeting nothing else places.)
    const [m] = article(text).planned;
    expect(m?.evidence).toBe("Mira Holt and Ivo Brandt agreed to meet soon.");
  });
});

describe("'the ministers' are the parties of the body's meeting before", () => {
  it("when their roles fit the plural (a secretary of state is a foreign minister)", () => {
    const a = article("Foreign Minister Mira Holt had a phone call with Secretary of State Ivo Brandt on Monday. The foreign ministers agreed to meet again soon.");
    expect(a.planned.map((m) => m.pair)).toEqual(["Ivo Brandt + Mira Holt"]);
  });
  it("not when they do not: prime ministers are no foreign ministers", () => {
    const a = article("Prime Minister Mira Holt hosted Prime Minister Ivo Brandt on Monday. In April, the foreign ministers met virtually with Secretary of State Lena Park.");
    expect(a.held).toEqual(["Ivo Brandt + Mira Holt"]);
  });
  it("not those of a photo caption in between", () => {
    const a = article("Mira Holt had a phone call with Ivo Brandt on Monday.\n\n|Mira Holt (right) shakes hands with envoy Lena Park (Reuters)\n\nThe ministers agreed to meet again soon.");
    expect(a.planned.map((m) => m.pair)).toEqual(["Ivo Brandt + Mira Holt"]);
  });
});

describe("how long the meeting told before lasted", () => {
  it(`${LASTED.id}: ${LASTED.example}`, () => {
    const [m] = article(LASTED.example).meeting("Ivo Brandt + Mira Holt");
    expect(m?.duration).toBe("25 minutes");
  });
  it.each([
    ["Mira Holt met Ivo Brandt on Monday. The meeting lasted about 40 minutes.", "40 minutes"],
    ["Mira Holt called Ivo Brandt on Monday. Their call went on for an hour, an aide said.", "an hour"],
    // Short units, a figure touching its unit, halves and compounds: units in full, plural past one.
    ["Mira Holt met Ivo Brandt on Monday. The meeting lasted 1hr 20mins.", "1 hour 20 minutes"],
    ["Mira Holt met Ivo Brandt on Monday for one and a half hours.", "one and a half hours"],
    ["Mira Holt met Ivo Brandt on Monday. Their talks lasted an hour and 20 minutes.", "an hour and 20 minutes"],
    ["Mira Holt met Ivo Brandt, the minister of trade, for 2 hrs on Monday.", "2 hours"],
    ["Mira Holt had a half-hour meeting with Ivo Brandt on Monday.", "half an hour"],
  ])("%s", (text, duration) => expect(article(text).durations).toEqual([duration]));
  it("a later sentence with the meeting's partner and a relative clause between dates it", () => {
    const a = article("In their first meeting since July, Mira Holt has met with Ivo Brandt. The meeting with the minister, whose vote Holt needs, took place late Wednesday.");
    expect(a.meeting("Ivo Brandt + Mira Holt").map((m) => m.date)).toEqual(["2024-05-08"]);
  });
  it.each([
    // Must not: a duration of something else, a meeting too far back, a sentence with a meeting of its own.
    ["Mira Holt met Ivo Brandt on Monday. The meeting came after a two-hour flight delay.", null],
    ["Mira Holt met Ivo Brandt on Monday. The port was busy. Ferries ran late. Fishing was slow. Trade grew. The meeting lasted an hour.", null],
  ])("%s", (text, duration) => expect(article(text).durations[0]).toBe(duration));
});

describe("attended by, in the meeting's own sentence", () => {
  it.each([
    ["Mira Holt met Ivo Brandt on Monday, in a meeting also attended by Lena Park.", ["Ivo Brandt + Lena Park + Mira Holt"]],
    // Must not: an event that is no meeting of this sentence, or a meeting told only before.
    ["Mira Holt met Ivo Brandt on Monday. The summit, which was attended by Lena Park, ended late.", ["Ivo Brandt + Mira Holt"]],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("one meeting, many sentences: context", () => {
  it("an attendee joins the meeting with the one the cue names, even several sentences back", () => {
    const a = article("Mira Holt received envoy Ivo Brandt at the palace on Tuesday. The port was busy. Ferries ran late. Fishing was slow. Trade grew. Lena Park, who was also present during the meeting with the envoy, said little.");
    expect(a.held).toContainEqual("Ivo Brandt + Lena Park + Mira Holt");
  });
  it("a sentence right after that names two who met, with a date, dates the meeting", () => {
    const [m] = article("Mira Holt has held talks with Ivo Brandt. Holt told Brandt on Thursday that the port would stay open.").meeting("Ivo Brandt + Mira Holt");
    expect(m?.date).toBe("2024-05-09");
  });
  it("…but not a sentence about their next meeting", () => {
    const [m] = article("Mira Holt has held talks with Ivo Brandt. Holt and Brandt will meet again on Friday.").meeting("Ivo Brandt + Mira Holt");
    expect(m?.date).not.toBe("2024-05-10");
  });
});

describe("one meeting, many sentences: what must not join", () => {
  it("an infinitive right before the trigger plans it", () => {
    expect(article("Mira Holt is to meet Ivo Brandt in Lima.").notHeld).toEqual(["Ivo Brandt + Mira Holt: planned"]);
  });
  it("a planned meeting stays planned when the later sentence is still in the future", () => {
    const a = article("Mira Holt is expected to meet Ivo Brandt in Bergen on Friday. Holt will speak to reporters after the meeting.");
    expect(a.held).toEqual([]);
    expect(a.notHeld).toEqual(["Ivo Brandt + Mira Holt: planned"]);
  });
  it("a planned meeting stays planned when another meeting is told in between", () => {
    const a = article("Mira Holt is expected to meet Ivo Brandt next week. On Monday she met Lena Park in Oslo. After the meeting, Holt flew home.");
    expect(a.notHeld).toContainEqual("Ivo Brandt + Mira Holt: planned");
  });
  it("'took part in the meeting with X' joins the meeting with X, not the chair's meeting before", () => {
    const a = article("Mira Holt chaired a meeting of the harbour board in January. Ivo Brandt also participated in the meeting with Lena Park on Friday.");
    expect(a.held).not.toContainEqual("Ivo Brandt + Mira Holt");
  });
  it("someone present at something else joins no meeting", () => {
    const a = article("Mira Holt met Ivo Brandt in Bergen on Monday. Lena Park was present at the launch of the ferry.");
    expect(a.held).toEqual(["Ivo Brandt + Mira Holt"]);
  });
});

describe("triggers and frames: must match", () => {
  it.each([
    ["The bilateral meeting of foreign ministers of Chile and Peru Ana Ruiz and Pablo Soto has started in Lima.", "Ana Ruiz + Pablo Soto"],
    ["Mira Holt discussed fishing quotas, port fees and ferry timetables with the Prime Minister of Norway Ivo Brandt.", "Ivo Brandt + Mira Holt"],
    ["Finance minister Ms. Mira Holt met central bank governor Mr. Ivo Brandt in Oslo on Monday.", "Ivo Brandt + Mira Holt"],
    ["Besides the ferry deal, in the bilateral meeting with his counterpart Ivo Brandt, Mr. Tomas Berg also raised fishing.", "Ivo Brandt + Tomas Berg"],
    ["Mira Holt met Ivo Brandt in Bergen in June 2023 and envoy Lena Park in Oslo in May 2023.", "Lena Park + Mira Holt"],
    ["Mira Holt flew to Lima and held talks with President Pablo Soto on Monday.", "Mira Holt + Pablo Soto"],
    ["Mayor Mira Holt told reporters on Thursday that Governor Ivo Brandt had called to apologise.", "Ivo Brandt + Mira Holt"],
  ])("%s → %s", (body, pair) => expect(article(body).held).toContainEqual(pair));

  it("two organisations are the sides of talks between them when no two people are", () => {
    expect(article("Talks resumed on Monday between Nordvik management and the Harbour Workers Union.").held).toEqual(["Harbour Workers Union + Nordvik management"]);
  });
  it("…but people named between win over their organisations", () => {
    expect(article("Talks between union chief Ivo Brandt of the Harbour Workers Union and Nordvik boss Mira Holt resumed.").held).toEqual(["Ivo Brandt + Mira Holt"]);
  });

  it("a bare title opening the clause is the one the article gave that title", () => {
    expect(article("The Fisheries Minister Ida Moen arrived in Lima on Monday. Fisheries Minister held long talks on quotas with President Pablo Soto.").held).toContainEqual("Ida Moen + Pablo Soto");
  });
  it("…but not when two people hold it", () => {
    expect(article("Fisheries Minister Ida Moen and Fisheries Minister Eva Berg arrived. Fisheries Minister held talks with President Pablo Soto.").held).toEqual([]);
  });

  it("a pronoun after a quote is the one who met someone just before", () => {
    const a = article("\"After the ceremony, PM Tomas Berg met with Governor Ivo Brandt,\" Lena Park said in a statement. He was then hosted by Mira Holt for dinner.");
    expect(a.held).toContainEqual("Mira Holt + Tomas Berg");
    expect(a.held).not.toContainEqual("Lena Park + Mira Holt");
  });

  it("the meeting told as 'has started' is dated to the article", () => {
    const [m] = article("The meeting of ministers Ana Ruiz and Pablo Soto has started in Lima.").meeting("Ana Ruiz + Pablo Soto");
    expect(m?.date).toBe("2024-05-10");
  });
});

describe("triggers and frames: must not match", () => {
  it.each([
    ["The plan was discussed with Ivo Brandt, Mira Holt said."],
    ["Mira Holt discussed the plan with reporters in Oslo."],
    ["The meeting of the harbour council was chaired by Mira Holt."],
    ["Mira Holt met reporters after the governor Ivo Brandt left."],
    ["Mira Holt said that Ivo Brandt had called the offer an insult."],
    ["Mira Holt told reporters that Ivo Brandt called for calm."],
  ])("%s", (body) => expect(article(body).held).toEqual([]));
});

describe("meeting places", () => {
  it.each([
    ["Amid protests in Kenya, President Lars Holm held talks with envoy Sara Lind at the Riverside Palace.", "Lars Holm + Sara Lind", "Riverside Palace"],
    ["Tomas Berg, who lives in Brooklyn, met Ivo Brandt on Monday. The meeting took place in Toronto.", "Ivo Brandt + Tomas Berg", "Toronto"],
    ["Mira Holt also met with her counterpart from Chile, Mr. Pablo Soto. Holt is in Nairobi for the summit.", "Mira Holt + Pablo Soto", "Nairobi"],
    ["Mira Holt visited Stavanger on Monday and met Mayor Ivo Brandt.", "Ivo Brandt + Mira Holt", "Stavanger"],
    ["Mira Holt met Ivo Brandt at the summit in Antalya on Monday.", "Ivo Brandt + Mira Holt", "Antalya"],
    ["Mira Holt, on a visit to India, met Ivo Brandt on Monday. She had arrived in New Delhi on Sunday.", "Ivo Brandt + Mira Holt", "New Delhi"],
  ])("%s", (body, pair, place) => expect(article(body).meeting(pair)[0]?.place).toBe(place));

  it("the headline's place when the body gives none", () => {
    const x = extractFacts(parseArticle("Holt and Brandt met in Casa Verde – politics\n\n2024-05-10\n\nThis was a meeting between President Mira Holt and Governor Ivo Brandt."));
    expect(x.meetings.map((m) => m.place)).toEqual(["Casa Verde"]);
  });

  it("a city named only as where someone travels to is not where the story is set", () => {
    const [m] = article("Mira Holt met Ivo Brandt on Monday. Brandt will return to Lisbon on Friday. Holt flies to Lisbon next week.").meeting("Ivo Brandt + Mira Holt");
    expect(m?.place).toBeNull();
  });

  it("the gazetteer is generated, size-checked, and folds accents", () => {
    expect(CITY_COUNT).toBeGreaterThan(5_000);
    expect(CITY_COUNT).toBeLessThan(15_000);
    expect(lookupCity("Herat")?.country).toBe("Afghanistan");
    expect(lookupCity("Port Moresby")?.country).toBe("Papua New Guinea");
    expect(lookupCity("Wednesday")).toBeUndefined();
  });
});

describe("sentences pasted without a space after the dot", () => {
  const split = (text: string) => splitSentences({ text, start: 0, end: text.length }, 0, false).map((x) => x.text);
  it.each([
    ["They met President-elect Ivo Brandt.In reality, the talks were short.", 2],
    ["The U.S. envoy met him.", 1],
    ["Growth was 2.5 percent.", 1],
    ["She uses Node.js daily.", 1],
    ["Visit www.Harbour.com for details.", 1],
  ])("%s", (text, n) => expect(split(text)).toHaveLength(n));
});

describe("kin: the family of someone takes part as one", () => {
  it.each([
    ["Ivo Brandt died in March. On Monday, his family met Commissioner Mira Holt.", "Mira Holt + family of Ivo Brandt"],
    ["Commissioner Mira Holt met the family of Ivo Brandt on Monday.", "Mira Holt + family of Ivo Brandt"],
    ["Ivo Brandt's widow met Mayor Mira Holt on Monday.", "Mira Holt + widow of Ivo Brandt"],
  ])("%s", (body, pair) => expect(article(body).held).toContainEqual(pair));
  it("a single kin named elsewhere is the one other person with the owner's surname", () => {
    const a = article("Commissioner Mira Holt spoke with Ivo Brandt's brother on Monday. Tomas Brandt later thanked the police.");
    expect(a.held).toEqual(["Mira Holt + Tomas Brandt"]);
  });
  it("a list of those met stops at a speech verb after 'and'", () => {
    const a = article("Ivo Brandt died in March. Commissioner Mira Holt spoke with Lena Park and told reporters the city stands with his family.");
    expect(a.held).toEqual(["Lena Park + Mira Holt"]);
  });
  it.each([
    ["Commissioner Mira Holt met a family of four on Monday."],
    ["Mira Holt met her family on Monday."],
  ])("no meeting with a person in: %s", (body) => expect(article(body).held).toEqual([]));
});

describe("a meeting's place from the headline", () => {
  const placeOf = (headline: string, body: string) => {
    const x = extractFacts(parseArticle(`${headline}\n\n2024-05-10\n\n${body}`));
    return x.meetings.map((m) => m.place);
  };

  it.each([
    // a place the gazetteers know
    ["Ivo Brandt and Mira Holt met in Tromsø", "Ivo Brandt met Mira Holt on Monday.", "Tromsø"],
    // a venue no gazetteer knows, which the body also gives after "in"
    ["Ivo Brandt and Mira Holt met in Casa Verde", "Ivo Brandt met Mira Holt on Monday in Casa Verde, the old palace.", "Casa Verde"],
  ])("%s → %s", (headline, body, place) => expect(placeOf(headline, body)).toEqual([place]));

  it("takes no Title Case word of a headline for a place the body never names", () => {
    expect(placeOf("Ivo Brandt Meets Mira Holt in Bid to End Strike", "Ivo Brandt met Mira Holt on Monday.")).toEqual([null]);
  });
});

describe("meeting frames told by nouns and phrases: every record's example", () => {
  it.each(MEETING_NOUN_FRAMES.map((f) => [f.id, f.example]))("%s: %s", (id, example) => {
    const x = extractFacts(parseArticle(`Harbour news\n\n2024-05-10\n\n${example}`));
    const found = x.meetings.filter((m) => m.rule === id).map((m) => m.participants.map((i) => x.entities[i]!.name).sort().join(" + "));
    expect(found.length).toBe(1);
    expect(found[0]).toContain("Mira Holt");
  });
});

describe("meeting nouns that tell no meeting", () => {
  it.each([
    "Talks between the two countries stalled in Bergen.",
    "The meeting of minds at the port was a surprise.",
    "Mira Holt said the meeting of the harbour committee was useful.",
    "In the talks, the sides agreed on a port plan.",
    "Mira Holt told reporters that the storm had called off the ferries.",
  ])("%s", (text) => expect(article(text).held).toEqual([]));
});

describe("an unnamed group met, its members named in a later sentence: every cue's example", () => {
  // The members came together, as the group met: one meeting of all.
  it.each(MEMBER_CUES.map((c) => [c.id, c.example]))("%s: %s", (_id, example) => {
    expect(article(example).held).toEqual(["Ivo Brandt + Lena Park + Mira Holt"]);
  });
  it.each([
    // Must not: kin of the ones named came; a cue with no group met before; a group met too long before.
    ["Mira Holt met with families of the victims on Monday. The meeting included family members of Ivo Brandt and Lena Park.", []],
    ["Mira Holt spoke at the forum on Monday. The meeting was attended by Ivo Brandt and Lena Park.", []],
    ["Mira Holt hosted opposition lawmakers on Monday. The port was shut. Ships waited. Crews left. Trade fell. Prices rose. Fish spoiled. Among those present were Ivo Brandt and Lena Park.", []],
    // …nor a cue that names the meeting when another meeting was told since (its attendees join that one).
    ["Mira Holt hosted opposition lawmakers on Monday. The port was shut. Ships waited. Crews left. Trade fell. Prices rose. Omar Vidal met Ana Lind. The meeting was attended by Ivo Brandt and Lena Park.", ["Ana Lind + Ivo Brandt + Lena Park + Omar Vidal"]],
    // …nor the ones the members got something from.
    ["Mira Holt received a courtesy call from heads of missions on Monday. Among those present was Ivo Brandt, who got his letter from Lena Park.", ["Ivo Brandt + Mira Holt"]],
    // …and a group met with no member named is no meeting of anyone.
    ["Mira Holt hosted opposition lawmakers on Monday. Ivo Brandt said the port would open.", []],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});

describe("members named far from the group meeting, and in brackets after their companies", () => {
  it("a cue that names the meeting reaches back past many sentences when no other meeting was told since", () => {
    const a = article("Mira Holt hosted opposition lawmakers on Monday. The port was shut. Ships waited. Crews left. Trade fell. Prices rose. Fish spoiled. The meeting was attended by Ivo Brandt and Lena Park.");
    expect(a.held).toEqual(["Ivo Brandt + Lena Park + Mira Holt"]);
  });
  it.each([
    // A full name in brackets after a one-word company: the person, not the company.
    ["Top shipping executives met with Mira Holt on Monday. Seated around the table were the heads of Norwind (Ivo Brandt) and Vantor (Lena Park).", "Ivo Brandt + Lena Park + Mira Holt"],
    // A body in brackets after a member: where the member is from.
    ["Top shipping executives met with Mira Holt on Monday. Also taking part in the meeting were Ivo Brandt (Norwind Group) and Lena Park.", "Ivo Brandt + Lena Park + Mira Holt"],
    ["Top shipping executives met with Mira Holt on Monday. The executives, including Ivo Brandt and Lena Park, asked for lower fees.", "Ivo Brandt + Lena Park + Mira Holt"],
  ])("%s", (text, held) => expect(article(text).held).toEqual([held]));
});

describe("members listed with titles and semicolons, and documents handed over", () => {
  it("a semicolon list after 'Among those present were', then 'Also present were'", () => {
    const a = article("Mira Holt received a courtesy call from eight new ambassadors on Monday. Among those present were the Ruritanian Ambassador to Chile Datuk Ivo Brandt; Ruritania's High Commissioner to India Lena Park. Also present were the Ruritanian Ambassador to Peru Omar Vidal.");
    expect(a.held).toEqual(["Ivo Brandt + Lena Park + Mira Holt + Omar Vidal"]);
  });
  it("'received the Letters of Credence of two envoys. They are; X and Y'", () => {
    const a = article("Mira Holt, on Friday, received the Letters of Credence of two envoys. They are; Ivo Brandt, Ruritanian Ambassador, and Madam Lena Park, the High Commissioner.");
    expect(a.held).toEqual(["Ivo Brandt + Lena Park + Mira Holt"]);
  });
});

describe("a chair's meeting and those who attended it", () => {
  it.each([
    ["Mira Holt presided over the first harbour ministers' meeting via video link on Monday. Ivo Brandt and Lena Park attended the meeting.", ["Ivo Brandt + Lena Park + Mira Holt"]],
    // Must not: a meeting chaired with no one named at it is no meeting; one who attended a previous meeting is not at this one.
    ["Mira Holt chaired the harbour board's meeting on Monday. The port stayed shut.", []],
    ["Mira Holt chaired the harbour board's meeting on Monday. Ivo Brandt, who attended the previous meeting, stayed away.", []],
  ])("%s", (text, held) => expect(article(text).held).toEqual(held));
});
