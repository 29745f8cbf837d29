import { describe, expect, it } from "vitest";
import { bestPassages, whoIsFullName, composePassages, MIN_COVERAGE, questionTerms, rankPassages, stem, whOf, WORD_SETS } from "../../src/answer/search";
import type { SentenceRow } from "../../src/store/sentence-search";

const row = (idx: number, text: string, article_id = "a1"): SentenceRow => ({ article_id, idx, text, title: "T", published: "2025-03-04", rank: -1 });
const ARTICLE = [
  row(1, "Mayor Ana Ruiz met union leader Tom Bell at city hall on Monday."),
  row(2, "The meeting lasted 40 minutes and ended without a deal."),
  row(3, "Bell said the workers would strike if wages were frozen."),
  row(4, "He denied that the union had refused a pay offer."),
  row(5, "The strike would close the port for a week, Ruiz warned."),
  row(6, "A planned meeting with the transport minister was cancelled because of floods."),
];
const ask = (question: string, linked: Array<{ key: string; name: string }> = [], rows = ARTICLE) =>
  bestPassages(rankPassages(rows, questionTerms(question, linked), whOf(question)));

describe("stemming matches what the index's porter stemmer matches", () => {
  it.each([["lasted", "last"], ["meetings", "meeting"], ["cancelled", "cancel"], ["denied", "deny"], ["denies", "deny"], ["frozen", "frozen"]])("%s ~ %s", (a, b) => expect(stem(a)).toBe(stem(b)));
});

describe("question words", () => {
  it.each([["How long did it last?", "how_long"], ["How many times did they meet?", "how_many"], ["Whom did Bell meet?", "who"], ["Why was it cancelled?", "why"], ["Did Ruiz meet Bell?", "yes_no"], ["ferry funding", "other"], ["What was the purpose of the visit?", "why"], ["what's the reason for the strike", "why"], ["What was the outcome of the visit?", "what"], ["What time did the talks start?", "when"]])("%s → %s", (q, wh) => expect(whOf(q)).toBe(wh));
});

describe("search terms", () => {
  it("weights linked names, then topic words, then triggers; drops stopwords and 'take place'", () => {
    const terms = questionTerms("Where did Bell and the mayor meet to take place?", [{ key: "bell", name: "Tom Bell" }]);
    expect(terms.find((t) => t.word === "bell")).toMatchObject({ kind: "entity", group: "bell" });
    expect(terms.find((t) => t.word === "tom")).toMatchObject({ kind: "entity", group: "bell" });
    expect(terms.find((t) => t.word === "mayor")).toMatchObject({ kind: "topic" });
    expect(terms.find((t) => t.word === "meet")).toMatchObject({ kind: "trigger" });
    expect(terms.map((t) => t.word)).not.toContain("place");
    expect(terms.map((t) => t.word)).not.toContain("where");
  });
  it("ranks a question's tense like a meeting verb: 'When is the strike planned?' finds the strike in a week", () => {
    expect(questionTerms("When is the strike planned?", []).find((t) => t.word === "planned")).toMatchObject({ kind: "trigger" });
    expect(ask("When is the strike planned?")[0]?.text).toContain("for a week");
    // (…while a sentence that has the word still ranks first.)
    expect(ask("Why was the planned trip cancelled?")[0]?.text).toContain("A planned meeting");
  });
});

describe("nouns of purpose", () => {
  const rows = [
    row(1, "Lena Park hosted a dinner for port officials in May."),
    row(2, "The aim of the dinner was to win support for the new quay."),
    row(3, "The dinner ran late because of speeches."),
  ];
  it("find one another: 'the purpose of the dinner' is answered by 'the aim of the dinner'", () => {
    const best = ask("What was the purpose of the dinner?", [], rows)[0]!;
    expect(`${best.before ?? ""} ${best.text}`).toContain("win support");
    expect(ask("What was the purpose of the dinner?", [], [rows[0]!, rows[1]!])[0]!.text).toContain("win support");
    expect(questionTerms("What was the goal of the talks?", []).filter((t) => t.group === "~purpose").map((t) => t.word).sort()).toEqual(["aim", "goal", "objective", "purpose"]);
    expect(questionTerms("What was the outcome of the talks?", []).some((t) => t.group === "~purpose")).toBe(false);
  });
});

describe("words that find one another (WORD_SETS)", () => {
  // Each set's example: the question finds its sentence among others that hold the question's other words only.
  it.each(WORD_SETS.map((w) => [w.id, ...w.example]))("%s: %s", (_id, question, sentence) => {
    const rows = [row(1, "Lena Park met the ministers on Monday in the port office."), row(2, sentence), row(3, "The dinner and the talks were in the port office.")];
    expect(rankPassages(rows, questionTerms(question, []), whOf(question))[0]?.text).toBe(sentence);
  });
  // Must not: a word of no set finds nothing it does not hold.
  it("'Who cancelled the meeting?' does not find 'initiated'", () => {
    const terms = questionTerms("Who cancelled the meeting?", []).map((t) => t.word);
    expect(terms).not.toContain("initiate");
  });
});

describe("times of day", () => {
  const rows = [
    row(1, "Union leader Tom Bell is meeting Mayor Ana Ruiz at city hall."),
    row(2, "According to union officials, the meeting started at 9am and ended at noon."),
    row(3, "Bell began his career at the port in 1990."),
  ];
  it("'what time … begin' finds 'started at 9am', read with the sentence its lead-in refers back to", () => {
    const best = ask("What time did the meeting with Ruiz begin?", [{ key: "ruiz", name: "Ana Ruiz" }], rows)[0]!;
    expect(best.text).toContain("started at 9am");
    expect(best.before).toContain("Ana Ruiz");
    expect(questionTerms("What time did the talks begin?", []).map((t) => t.word)).not.toContain("time");
    expect(questionTerms("How much time is left?", []).map((t) => t.word)).toContain("time");
  });
});

describe("sentences that lean on the one before", () => {
  const rows = [
    row(1, "Ghana's Trade Minister Kofi Mensah met envoy Anneke Smit in Accra."),
    row(2, "The Minister said the port would open in June."),
    row(3, "Foreign ministers Lee Park and Omar Diaz held talks in Seoul on Friday."),
    row(4, "During the 25-minute talks, the ministers agreed on a fisheries plan."),
    row(5, "A ferry strike closed the harbour for two days.", "a2"),
    row(6, "Northwind Energy lost its appeal on Monday.", "a3"),
    row(7, "“We will appeal again,” the firm said.", "a3"),
  ];
  it("reads a quote attributed to 'the firm' as the firm named before", () => {
    const best = ask("What did Northwind Energy say?", [{ key: "northwind energy", name: "Northwind Energy" }], rows);
    expect(best[0]!.text).toBe("“We will appeal again,” the firm said.");
    expect(best[0]!.before).toBe("Northwind Energy lost its appeal on Monday.");
  });
  it("reads 'The Minister said' as the minister named before", () => {
    const best = ask("What did Kofi Mensah say?", [{ key: "kofi mensah", name: "Kofi Mensah" }], rows);
    expect(best[0]!.text).toBe("The Minister said the port would open in June.");
    expect(best[0]!.before).toContain("Kofi Mensah");
  });
  it("takes a duration from the same story, never from another", () => {
    const best = ask("How long did the talks between Park and Diaz last?", [{ key: "park", name: "Lee Park" }, { key: "diaz", name: "Omar Diaz" }], rows);
    expect(best.map((p) => p.text)).toEqual(["During the 25-minute talks, the ministers agreed on a fisheries plan."]);
    expect(ask("How long did the talks between Vella and Ruiz last?", [], rows)).toEqual([]);
  });
  it("looks for verbs of saying only when the question has no speech verb of its own", () => {
    expect(questionTerms("What did Mensah say?", [], true).map((t) => t.word)).toContain("said");
    expect(questionTerms("What did Mensah deny?", [], true).map((t) => t.word)).not.toContain("said");
  });
});

describe("ranking passages", () => {
  it.each([
    ["How long did the meeting last?", [], "40 minutes"],
    ["Why was the meeting with the transport minister cancelled?", [], "floods"],
    ["What did Bell deny?", [{ key: "bell", name: "Tom Bell" }], "refused a pay offer"], // "He denied …" is about the Bell of the sentence before
    ["What would close the port?", [], "close the port"],
  ])("%s", (q, linked, want) => {
    const best = ask(q, linked as Array<{ key: string; name: string }>);
    expect(best.length).toBeGreaterThan(0);
    expect(`${best[0]!.before ?? ""} ${best[0]!.text}`).toContain(want);
  });

  it.each([
    "What is the capital of Peru?", "How long did the election campaign last?", "Why did the volcano erupt?", "Who won the football final?", "How many goals did the striker score?",
  ])("finds nothing relevant for %s", (q) => expect(ask(q)).toEqual([]));

  it(`needs ${MIN_COVERAGE * 100}% of the entity and topic weight: one shared word is not enough`, () => {
    expect(ask("Why did the harbour pilots strike in Lisbon?")).toEqual([]);
    expect(ask("Why would the workers strike?").length).toBeGreaterThan(0);
  });

  it("gives a pronoun sentence with the sentence it leans on, once", () => {
    const best = ask("What did Bell deny?", [{ key: "bell", name: "Tom Bell" }]);
    expect(best[0]!.before).toContain("Bell said");
    expect(best.filter((p) => p.text === best[0]!.before)).toEqual([]);
    expect(composePassages(best, false)).toMatch(/^The closest passages I found:\n• “Bell said .* He denied/);
  });

  it("dates passages for when-questions and names articles when the scope is the whole store", () => {
    const best = ask("When did Ruiz meet Bell?", [{ key: "ruiz", name: "Ana Ruiz" }, { key: "bell", name: "Tom Bell" }]);
    expect(composePassages(best, true, "when")).toContain("(T, article of 2025-03-04; “on Monday” = 2025-03-03)");
    expect(composePassages(best, false, "what")).not.toContain("(");
  });
});

describe("when-questions", () => {
  const rows = [
    row(1, "Mayor Ana Ruiz has held talks with union leader Tom Bell."),
    row(2, "Ruiz told Bell on Thursday that the port would stay open."),
    row(3, "Ruiz and Bell disagree on wages."),
  ];
  const linked = [{ key: "ruiz", name: "Ana Ruiz" }, { key: "bell", name: "Tom Bell" }];
  it("keep only passages that say a time, when one does", () => {
    const got = ask("When did Ruiz meet Bell?", linked, rows);
    expect(got.map((p) => p.idx)).toEqual([2]);
  });
  it("keep the best passages when none says a time, or none that does is as much about the question", () => {
    expect(ask("When did Ruiz meet Bell?", linked, [rows[0]!, rows[2]!]).map((p) => p.idx)).toContain(1);
    const rome = [row(1, "A meeting between Ruiz and Bell in Lisbon was cancelled."), row(2, "Ruiz spoke in parliament on Friday.")];
    expect(ask("When did Ruiz meet Bell in Lisbon?", linked, rome).map((p) => p.idx)).toContain(1);
  });
  it("keep the dated passage over a headline in the question's own words", () => {
    const titled = [row(0, "Envoys present credentials to mayor"), row(1, "On March 2, Mayor Ana Ruiz received credentials from the new envoys."), row(2, "Ruiz asked the envoys to visit the port.")];
    expect(ask("When did the envoys present credentials to the mayor?", [], titled).map((p) => p.idx)).toEqual([1]);
  });
});

describe("who-is questions typed with a full name", () => {
  const rows = [
    row(1, "Deputy Mayor Ana Ruiz chaired the harbour committee."),
    row(2, "Ruiz and port chairperson Leo Ruiz met the unions."),
  ];
  const linked = [{ key: "ana ruiz", name: "Ana Ruiz" }];
  it("keep the passages naming the full name, when any does", () => {
    const ranked = rankPassages(rows, questionTerms("Who is Ana Ruiz?", linked), "who_is");
    expect(ranked.map((p) => p.idx).sort()).toEqual([1, 2]);
    expect(whoIsFullName(ranked, "who_is", linked).map((p) => p.idx)).toEqual([1]);
    // a surname typed alone, or another kind of question: unchanged
    expect(whoIsFullName(ranked, "who_is", [{ key: "ruiz", name: "Ana Ruiz" }])).toEqual(ranked);
    expect(whoIsFullName(ranked, "who", linked)).toEqual(ranked);
    // a relation to another person of the surname describes the one asked about without naming them
    const kin = rankPassages([...rows, row(3, "The mayor met Leo Ruiz's sister on Friday.")], questionTerms("Who is Ana Ruiz?", linked), "who_is");
    expect(whoIsFullName(kin, "who_is", linked).map((p) => p.idx).sort()).toEqual([1, 3]);
  });
});

describe("words attributed by a pronoun inside the sentence", () => {
  const rows = [
    row(1, "Mayor Ana Ruiz received the new harbour master, Tom Bell, on Monday."),
    row(2, "The city will give every support to the harbour office, she said, believing that Bell will play a bridging role with the unions."),
    row(3, "The ferry timetable changes in May."),
  ];
  const linked = [{ key: "ana ruiz", name: "Ana Ruiz" }, { key: "bell", name: "Tom Bell" }];
  it("reads ', she said,' with the sentence before, which names the speaker", () => {
    const got = ask("What role did Ana Ruiz hope Bell would play?", linked, rows);
    expect(got[0]).toMatchObject({ idx: 2, before: rows[0]!.text });
  });
});

describe("a group named, then its members", () => {
  const rows = [
    row(1, "A Danish delegation met Tuesday with Governor Ana Ruiz."),
    row(2, "The delegation included Senator Ida Holm and Mayor Per Lund."),
    row(3, "Ruiz thanked the visitors."),
  ];
  it("reads 'The delegation included …' with the sentence naming the delegation", () => {
    const got = ask("Who was in the Danish delegation?", [], rows);
    expect(got[0]).toMatchObject({ idx: 2, before: rows[0]!.text });
  });
});

describe("relative dates in when-passages", () => {
  const passage = (text: string) => ({ ...row(2, text), published: "2023-06-03", score: 1, coverage: 1 });
  it.each([
    ["The envoys dined together in Oslo last night.", "(article of 2023-06-03; “last night” = 2023-06-02)"],
    ["The envoys met in Oslo on Thursday.", "(article of 2023-06-03; “on Thursday” = 2023-06-01)"],
  ])("%s", (text, want) => expect(composePassages([passage(text)], false, "when")).toContain(want));

  it.each([
    ["The envoys met in Oslo on March 3, 2023.", "(article of 2023-06-03)"],
    ["The envoys met in Oslo.", "(article of 2023-06-03)"],
  ])("a written date or none adds nothing: %s", (text, want) => expect(composePassages([passage(text)], false, "when")).toContain(want));

  it("other questions show no dates", () => expect(composePassages([passage("The envoys dined in Oslo last night.")], false, "what")).not.toContain("="));
});
