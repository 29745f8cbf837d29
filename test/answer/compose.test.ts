import { describe, expect, it } from "vitest";
import { byHonorific, inWords, composeMembers, chooseLinks, composeAttendance, composeCompanions, composeDiscussion, composeTopics, composeDuration, composeNoDuration, composeVenue, composeOthers, composePair, composeStatusReason, dueAt, rolesResolved, composeSaidBy, composeWhoIs, composeWhoSaid, nameCandidates, namedIn, rankStatements } from "../../src/answer/compose";
import type { EntityRef, LinkedRef, MeetingRow, StatementRow } from "../../src/store/queries";

const st = (speaker: string, text: string, evidence: string, idx = 0): StatementRow => ({ article_id: "a", idx, speaker, speaker_idx: idx, text, kind: "reported", evidence, ev_start: 0, title: "T" });
const SHARED = "Lind said the strike would go ahead, while Berg said the employers would raise their offer.";

describe("who said it", () => {
  const rows = [st("Rosa Lind", "the strike would go ahead", SHARED, 0), st("Carl Berg", "the employers would raise their offer", SHARED, 1)];
  it("ranks the statement's own text, not the evidence sentence both share", () => {
    expect(composeWhoSaid(rows, ["employers", "raise", "offer"])!.text).toMatch(/^Carl Berg said it/);
    expect(composeWhoSaid(rows, ["strike", "ahead"])!.text).toMatch(/^Rosa Lind said it/);
    expect(rankStatements(rows, ["employers", "offer"])[0]!.speaker).toBe("Carl Berg");
  });
  it("names every speaker of the same words (a group's statement is each member's)", () => {
    const group = [st("Rosa Lind", "the port plan was fair", "The two mayors said the port plan was fair.", 0), st("Carl Berg", "the port plan was fair", "The two mayors said the port plan was fair.", 1), ...rows];
    expect(composeWhoSaid(group, ["port", "plan", "fair"])!.text).toBe("Rosa Lind and Carl Berg said it: the port plan was fair");
  });
  it("names no one on a weak overlap", () => {
    expect(composeWhoSaid(rows, ["strike", "unions", "nationwide", "january", "pensions"])).toBeNull();
    expect(composeWhoSaid(rows, ["penguins", "fly"])).toBeNull();
    expect(composeWhoSaid([], ["strike"])).toBeNull();
  });
});

describe("what someone said", () => {
  const rows = [st("Rosa Lind", "the strike would go ahead", "…"), st("Rosa Lind", "members would vote on Friday", "…", 1)];
  it("prefers the statements on the topic, and gives all of them when none is", () => {
    expect(composeSaidBy("Rosa Lind", rows, "the vote")!.text).toMatch(/^Rosa Lind said:\n• members would vote/);
    expect(composeSaidBy("Rosa Lind", rows, "pensions")!.text).toContain("strike");
    expect(composeSaidBy("Rosa Lind", [], undefined)).toBeNull();
    // whether any statement is on the topic asked about: when none is, the text is searched too
    expect(composeSaidBy("Rosa Lind", rows, "the vote")!.onTopic).toBe(true);
    expect(composeSaidBy("Rosa Lind", rows, "pensions")!.onTopic).toBe(false);
    expect(composeSaidBy("Rosa Lind", rows)!.onTopic).toBe(true);
  });
});

const meeting = (over: Partial<MeetingRow> = {}): MeetingRow => ({ article_id: "a", idx: 0, date: null, place: null, kind: "in_person", evidence: "Lind met Berg.", ev_start: 0, ev_end: 14, title: "T", published: null, participants: "Rosa Lind|Carl Berg", participant_idxs: "0|1", ...over });

describe("pair answers", () => {
  it("are complete only when the record holds what was asked", () => {
    expect(composePair({ type: "when", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ date: "2025-02-11" })], [], false)).toMatchObject({ complete: true, text: "Rosa Lind met Carl Berg on 2025-02-11 (Tuesday, 11 February 2025)." });
    expect(composePair({ type: "when", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting()], [], false)).toMatchObject({ complete: false });
    // An undated article's day as written, never a guessed calendar date.
    expect(composePair({ type: "when", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ date_text: "Wednesday" })], [], false))
      .toMatchObject({ complete: true, text: "Rosa Lind met Carl Berg on Wednesday (the article gives no calendar date)." });
    expect(composePair({ type: "when", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ date_text: "Monday, January 26" })], [], false))
      .toMatchObject({ complete: true, text: "Rosa Lind met Carl Berg on Monday, January 26 (the article gives no year)." });
    expect(composePair({ type: "where", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ place: "Houston" })], [], false).text).toContain("in Houston");
    expect(composePair({ type: "did_meet", a: "Lind", b: "Berg", inPerson: true }, "Rosa Lind", "Carl Berg", [meeting({ kind: "call" })], [], false).text).toMatch(/^No, not in person/);
    expect(composePair({ type: "did_meet", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting()], [], true).text).toMatch(/^Yes\. Rosa Lind has met Carl Berg/);
    // what they discussed: complete only when the meeting sentence says it; otherwise the text is searched too
    const said = [st("Rosa Lind", "the talks were long", "“The talks were long,” Lind said.")];
    expect(composePair({ type: "discuss", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ evidence: "Lind met Berg to discuss ferry fares." })], said, false).complete).toBe(true);
    expect(composePair({ type: "discuss", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting()], said, false)).toMatchObject({ complete: false, text: expect.stringContaining("• Rosa Lind: the talks were long") });
  });
});

describe("what a pair discussed, from the article's own sentences", () => {
  const row = (idx: number, text: string) => ({ article_id: "a", idx, text, title: "T" });
  const rows = [
    row(1, "Rosa Lind paid a courtesy call on Carl Berg at the Harbour Hotel on Monday."),
    row(2, "The two leaders discussed ferry fares and the new quay."),
    row(3, "Lind and Berg also discussed fishing quotas."),
    row(6, "Opposition leaders discussed the budget in parliament."),
    row(9, "They talked about the weather."),
    row(10, "Lind said the harbour was full."),
  ];
  it("takes sentences that name the pair, or refer back to a sentence naming them, and says what was discussed", () => {
    const r = composeDiscussion(rows, ["Rosa Lind", "Carl Berg"], [rows[0]!.text])!;
    expect(r.text).toContain("ferry fares");
    expect(r.text).toContain("fishing quotas");
    // far from any sentence naming them, or about others, or saying nothing was discussed
    expect(r.text).not.toContain("budget");
    expect(r.text).not.toContain("weather");
    expect(r.text).not.toContain("harbour was full");
    expect(r.sources).toHaveLength(2);
  });
  it("leaves out what one of the pair discussed with someone else", () => {
    const other = [...rows, row(12, "Lind and Mayor Ivo Brandt discussed parking.")];
    expect(composeDiscussion(other, ["Rosa Lind", "Carl Berg"], [rows[0]!.text])!.text).not.toContain("parking");
  });
  it("places a meeting from a sentence referring back to it, never one about another meeting or the recorded city", () => {
    const texts = [
      row(1, "Rosa Lind paid a courtesy call on Carl Berg in Oslo on Monday."),
      row(2, "The two held the meeting at the Harbour Hotel."),
      row(5, "Lind later met Mayor Ivo Brandt at the Town Hall."),
      row(6, "They met again in Oslo."),
    ];
    const r = composeVenue(texts, ["Rosa Lind", "Carl Berg"], "Oslo", [texts[0]!.text])!;
    expect(r.text).toContain("Harbour Hotel");
    expect(r.text).not.toContain("Town Hall");
    expect(composeVenue([texts[0]!, texts[3]!], ["Rosa Lind", "Carl Berg"], "Oslo", [texts[0]!.text])).toBeNull();
    expect(composeVenue([texts[0]!, texts[2]!], ["Rosa Lind", "Carl Berg"], "Oslo", [texts[0]!.text])).toBeNull();
  });
  it("is null when no sentence says what they discussed", () => {
    expect(composeDiscussion([rows[0]!, rows[5]!], ["Rosa Lind", "Carl Berg"])).toBeNull();
  });
  it("'where' says the venue on record with its city, and is then complete", () => {
    const r = composePair({ type: "where", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ place: "Oslo", venue: "Harbour Hotel" })], [], false);
    expect(r).toMatchObject({ complete: true, text: "Rosa Lind met Carl Berg at Harbour Hotel, Oslo." });
  });
});

describe("meeting status", () => {
  const pair = (status: string, type: "did_meet" | "when" = "did_meet", hasForm = false) =>
    composePair({ type, a: "Lind", b: "Berg" } as never, "Rosa Lind", "Carl Berg", [meeting({ status, date: "2025-03-01", place: "Oslo", evidence: "Lind is due to meet Berg." })], [], hasForm).text;
  it.each([
    ["planned", /^Not yet: Rosa Lind has not met Carl Berg; they are due to meet on 2025-03-01 in Oslo\./],
    ["cancelled", /^No\. .*did not meet Carl Berg: their meeting was cancelled/],
    ["refused", /^No\. .*was refused/],
    ["not_held", /^No\. .*their meeting did not take place/],
  ])("%s", (status, want) => expect(pair(status, "did_meet", status === "planned")).toMatch(want));
  it("says when and where a planned meeting is due, from the words of the article when no day was resolved", () => {
    const due = (over: Partial<MeetingRow>) => composePair({ type: "did_meet", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", [meeting({ status: "planned", ...over })], [], true).text;
    expect(due({ evidence: "Lind is due to meet Berg in Tallinn next week.", place: "Tallinn" })).toMatch(/^Not yet: Rosa Lind has not met Carl Berg; they are due to meet next week in Tallinn\./);
    expect(due({ evidence: "Lind will meet Berg.", date: "2025-06-03", date_text: "on Tuesday", venue: "the Old Customs House", place: "Tallinn" })).toMatch(/due to meet on Tuesday \(2025-06-03\) in the Old Customs House, Tallinn\./);
    expect(due({ evidence: "Lind hopes to meet Berg." })).toMatch(/due to meet\./);
  });
  it.each([
    ["Lind is expected to meet Berg later this month.", " later this month"],
    ["Lind will meet Berg on Friday.", " on Friday"],
    ["Lind plans to meet Berg in June 2026.", " in June 2026"],
    ["Lind and Berg are to hold talks in the coming weeks.", " in the coming weeks"],
    // not a time: "in" before a place, a month word inside another word
    ["Lind is due to meet Berg in Marseille.", ""],
    ["Lind is to meet Berg, a Junebug fan.", ""],
  ])("reads the time set in %s", (evidence, want) => expect(dueAt(meeting({ evidence }))).toBe(want));
  it("answers when and where a meeting not held was to be, when asked so", () => {
    const rows = [meeting({ status: "cancelled", place: "Rome", evidence: "A meeting between Lind and Berg in Rome was cancelled." }), meeting({ idx: 1, date: "2025-01-02", place: "Oslo" })];
    expect(composePair({ type: "where", a: "Lind", b: "Berg", planned: true }, "Rosa Lind", "Carl Berg", rows, [], false)).toMatchObject({ complete: true, text: expect.stringMatching(/^Rosa Lind and Carl Berg were to meet \(the meeting was cancelled\) in Rome\./) });
    // without the flag, the meeting held answers
    expect(composePair({ type: "where", a: "Lind", b: "Berg" }, "Rosa Lind", "Carl Berg", rows, [], false).text).toMatch(/met Carl Berg in Oslo/);
  });
  it("answers when from a held meeting, and says so when none was held", () => {
    expect(pair("held", "when")).toBe("Rosa Lind met Carl Berg on 2025-03-01 (Saturday, 1 March 2025) in Oslo.");
    expect(pair("planned", "when")).toBe("Rosa Lind and Carl Berg were to meet (planned) on 2025-03-01 (Saturday, 1 March 2025) in Oslo.");
  });
});

describe("who is", () => {
  it("gives role and affiliation, and asks the text for more when the role is one word or none", () => {
    const r = composeWhoIs([{ article_id: "a", idx: 0, name: "Rosa Lind", type: "person", role: "union president", affiliation: "Harbour Workers Union", title: "T" }]);
    expect(r.text).toBe("Rosa Lind: union president, Harbour Workers Union. Mentioned in: T.");
    expect(r.complete).toBe(true);
    expect(composeWhoIs([{ article_id: "a", idx: 0, name: "Rosa Lind", type: "person", role: "minister", affiliation: null, title: "T" }]).complete).toBe(false);
    expect(composeWhoIs([{ article_id: "a", idx: 0, name: "Rosa Lind", type: "person", role: null, affiliation: null, title: "T" }]).complete).toBe(false);
    // A country read off a nationality word ("British High Commissioner"): the sentence says it as the article does.
    expect(composeWhoIs([{ article_id: "a", idx: 0, name: "Rosa Lind", type: "person", role: "high commissioner to Sri Lanka", affiliation: "United Kingdom", title: "T" }]).complete).toBe(false);
  });
});

describe("names in a question", () => {
  it("tries every run of up to four words, and short capitalised words as first tokens", () => {
    const { keys, short } = nameCandidates("Did Rudenko meet Ma Zhaoxu's deputy in Beijing?");
    expect(keys).toEqual(expect.arrayContaining(["rudenko", "ma zhaoxu", "zhaoxu", "beijing"]));
    expect(keys).not.toContain("did");
    expect(short).toEqual(["ma"]);
    expect(nameCandidates("Who is He Wei?").short).toEqual([]); // "he" is a pronoun before it is a name
  });

  const ref = (key: string, name: string, type = "person", mentions = 1): LinkedRef => ({ key, name, type, mentions, article_id: "a", idx: 0, role: null, affiliation: null, title: null });
  it("keeps the longest names, drops words inside them, and never takes a place for a person", () => {
    const chosen = chooseLinks([ref("qin gang", "Qin Gang"), ref("qin", "Qin Gang"), ref("kyiv", "Kyiv Johnson"), ref("johnson", "Boris Johnson")]);
    expect(chosen.map((r) => r.key)).toEqual(["qin gang", "johnson"]);
  });

  it("says who a role phrase in a passage is, when the passage does not name them", () => {
    const names = [{ name: "Kofi Mensah", type: "person", alias: "Kofi Mensah", kind: "alias" }, { name: "Kofi Mensah", type: "person", alias: "Ghana's Trade Minister", kind: "role" }, { name: "Kofi Mensah", type: "person", alias: "minister", kind: "role" }];
    expect(rolesResolved("Ghana's Trade Minister also pledged new funding.", names)).toEqual(["Ghana's Trade Minister here is Kofi Mensah"]);
    expect(rolesResolved("Kofi Mensah, Ghana's Trade Minister, pledged funding.", names)).toEqual([]);
    expect(rolesResolved("The minister pledged funding.", names)).toEqual([]); // one word names no one
  });

  it("finds the people a passage names, in order", () => {
    const names = [{ name: "Rosa Lind", type: "person", alias: "Lind" }, { name: "Carl Berg", type: "person", alias: "Carl Berg" }, { name: "Port Council", type: "organization", alias: "Port Council" }];
    expect(namedIn("Carl Berg told the Port Council that Lind was right.", names)).toEqual(["Carl Berg", "Rosa Lind"]);
  });
});

describe("meeting details from the record", () => {
  const cancelled = meeting({ idx: 1, status: "cancelled", participants: "Rosa Lind|Ivo Sand", participant_idxs: "0|2", evidence: "Lind's meeting with Ivo Sand was cancelled because of a storm." });
  const held = meeting({ duration: "two hours", date: "2025-05-05", place: "Oslo" });
  it("why a meeting did not take place: its status and the sentence, complete only when the sentence gives a reason", () => {
    const r = composeStatusReason([held, cancelled], "cancelled")!;
    expect(r.text).toBe("The meeting of Rosa Lind and Ivo Sand was cancelled: “Lind's meeting with Ivo Sand was cancelled because of a storm.”");
    expect(r.complete).toBe(true);
    expect(composeStatusReason([meeting({ status: "refused", evidence: "Berg refused to meet Lind." })])).toMatchObject({ complete: false, text: expect.stringContaining("was refused") });
    // asked about a postponement, told of the cancellation on record
    expect(composeStatusReason([cancelled], "postponed")!.text).toContain("was cancelled");
    expect(composeStatusReason([held])).toBeNull();
  });
  it("how long: the duration kept, held meetings first; null when none is kept", () => {
    expect(composeDuration([cancelled, held])!.text).toBe("Rosa Lind and Carl Berg met for two hours (2025-05-05, Oslo): “Lind met Berg.”");
    expect(composeDuration([cancelled, meeting()])).toBeNull();
  });
  it("how long with no duration kept: says the articles do not say, with the held meeting's sentence; null without meetings", () => {
    expect(composeNoDuration([cancelled, meeting()])).toBe("The articles do not say how long Rosa Lind and Carl Berg met. The meeting: “Lind met Berg.”");
    expect(composeNoDuration([])).toBeNull();
  });
  it("who else: the participants beyond those named; null when there are none", () => {
    const four = meeting({ participants: "Rosa Lind|Carl Berg|Ana Dias|Tom Lee", participant_idxs: "0|1|3|4" });
    expect(composeOthers([four], ["Rosa Lind", "Carl Berg"])!.text).toMatch(/^Also taking part: Ana Dias and Tom Lee\n/);
    expect(composeOthers([four], ["Rosa Lind"])!.text).toMatch(/^Also taking part: Carl Berg, Ana Dias and Tom Lee/);
    expect(composeOthers([meeting()], ["Rosa Lind", "Carl Berg"])).toBeNull();
  });
});

describe("who else was there, from the text", () => {
  const row = (idx: number, text: string) => ({ article_id: "a", idx, text, title: "T" });
  it("keeps the sentences saying someone else was present, in article order", () => {
    const r = composeAttendance([
      row(5, "Harbour director Liis Kask was also present during Monday's talks."),
      row(2, "The minister was accompanied by her deputy, Tom Reed."),
      row(3, "Lind met Berg in Oslo."),
      row(7, "The present agreement expires in May."), // "present" is no attendance here
      row(8, "Berg joined the ministry in 2019."),
    ], ["Lind met Berg in Oslo."])!;
    expect(r.text).toBe("Also there, as the article says:\n• “The minister was accompanied by her deputy, Tom Reed.”\n• “Harbour director Liis Kask was also present during Monday's talks.”");
    expect(r.sources).toHaveLength(2);
    expect(composeAttendance([row(1, "The present deal holds."), row(2, "Berg joined the board.")])).toBeNull();
  });
});

describe("what the meeting in context dealt with", () => {
  it("takes the meeting's own sentence when it lists topics, then the article's sentences on them", () => {
    const m = meeting({ evidence: "Lind called on Berg and talked about a range of issues including the port and the ferries." });
    const about = { text: "", sources: [{ article_id: "a", title: "T", evidence: "The two also discussed fishing quotas." }] };
    const r = composeTopics([m], about)!;
    expect(r.text).toBe("What was discussed, as the article says:\n• “Lind called on Berg and talked about a range of issues including the port and the ferries.”\n• “The two also discussed fishing quotas.”");
    expect(r.sources).toHaveLength(2);
  });
  it("a meeting sentence that names no topic is not given, and nothing is made up", () => {
    expect(composeTopics([meeting()], null)).toBeNull();
    expect(composeTopics([meeting({ evidence: "Lind met Berg, who arrived on Monday including his deputy." })], null)).toBeNull();
  });
});

describe("who came with someone, from the text", () => {
  const row = (idx: number, text: string) => ({ article_id: "a", idx, text, title: "T" });
  const sentences = [
    "Rosa Lind visited Carl Berg's home at ten.",
    "He was accompanied by party secretary Ana Dias.",
    "Berg greeted the former mayor at the gate.",
    "He was accompanied by deputy chairman Tom Lee.",
    "Director Ivo Brandt was also part of the delegation.",
  ].map((t, i) => row(i, t));
  const found = sentences.filter((r) => /accompanied|delegation/.test(r.text));
  const previous = (r: { idx: number }) => sentences[r.idx - 1]?.text;
  it("takes 'He was accompanied by' after a sentence the person opens, and those also in the delegation", () => {
    expect(composeCompanions(found, previous, ["Carl Berg"])!.text).toBe("With Carl Berg, as the article says:\n• “He was accompanied by deputy chairman Tom Lee.”\n• “Director Ivo Brandt was also part of the delegation.”");
    // A sentence the person does not open ("Lind visited Berg's home") gives its "He" to its subject.
    expect(composeCompanions(found, previous, ["Rosa Lind"])!.text).toContain("Ana Dias");
    expect(composeCompanions(found, previous, ["Rosa Lind"])!.text).not.toContain("Tom Lee");
  });
  it("takes a sentence naming the person before the cue, and not one naming them as a companion", () => {
    const rows = [row(1, "Governor Ana Dias was accompanied by her deputy, Tom Lee."), row(2, "Mayor Ivo Brandt was flanked by Ana Dias.")];
    expect(composeCompanions(rows, () => undefined, ["Ana Dias"])!.text).toContain("Tom Lee");
    expect(composeCompanions(rows, () => undefined, ["Ana Dias"])!.text).not.toContain("Brandt");
    expect(composeCompanions([rows[1]!], () => undefined, ["Tom Lee"])).toBeNull();
  });
});

describe("an honorific picks one of two namesakes", () => {
  const ref = (idx: number, name: string, type = "person"): EntityRef => ({ article_id: "a1", idx, name, type, role: null, affiliation: null, title: "T" });
  const two = [ref(0, "Maria Kowalski"), ref(1, "Adam Kowalski")];
  it.each([
    ["What did Mrs. Kowalski say?", "Maria Kowalski"],
    ["What did Ms Kowalski say?", "Maria Kowalski"],
    ["What did Mr. Kowalski say?", "Adam Kowalski"],
    ["Who did Mr Kowalski meet?", "Adam Kowalski"],
  ])("%s → %s", (q, name) => expect(byHonorific(q, "Kowalski", two).map((r) => r.name)).toEqual([name]));

  it.each([
    ["What did Kowalski say?", two],
    ["What did Dr. Kowalski say?", two],
  ])("no gendered honorific, no choice: %s", (q, refs) => expect(byHonorific(q, "Kowalski", refs)).toBe(refs));

  it("one person only, or given names that do not tell, stay as they are", () => {
    const one = [ref(0, "Adam Kowalski")];
    expect(byHonorific("What did Mrs. Kowalski say?", "Kowalski", one)).toBe(one);
    const unknown = [ref(0, "Xq Kowalski"), ref(1, "Zv Kowalski")];
    expect(byHonorific("What did Mrs. Kowalski say?", "Kowalski", unknown)).toBe(unknown);
  });
});

describe("a group's members from the text", () => {
  const row = (idx: number, text: string) => ({ article_id: "a1", idx, text, title: "T" });
  it("gives the sentence that lists the group's members", () => {
    const r = composeMembers("Chilean delegation", [row(1, "A Chilean delegation met President Hugo Salas on Tuesday."), row(2, "The delegation included Senator Rosa Iturra and Mayor Tomas Vidal.")]);
    expect(r?.text).toContain("The delegation included Senator Rosa Iturra");
    expect(r?.text).not.toContain("met President");
  });
  it.each([
    ["no sentence lists members", [row(1, "A Chilean delegation met President Hugo Salas on Tuesday.")]],
    ["a list of something else", [row(1, "The budget included new funds for ferries.")]],
  ])("null when %s", (_what, rows) => expect(composeMembers("Chilean delegation", rows)).toBeNull());
});

describe("dates in words", () => {
  it.each([
    ["2024-02-13", "Tuesday, 13 February 2024"],
    ["2016-09-07", "Wednesday, 7 September 2016"],
    ["2024-06", "June 2024"],
  ])("%s → %s", (iso, words) => {
    expect(inWords(iso)).toBe(words);
  });
  // What must NOT be read as a date: a year alone, a month that does not exist, free text.
  it.each(["2024", "2024-13", "next week", ""])("%j → none", (iso) => {
    expect(inWords(iso)).toBeUndefined();
  });
});
