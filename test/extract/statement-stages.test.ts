// Statement extraction step by step (src/extract/statements.ts): each table's records run from their examples,
// sentences that must make no statement, and each step tested on its own, so a failure names its stage.
import { describe, expect, it } from "vitest";
import { analyse, type Analysis } from "../../src/extract/entities";
import { extractFacts } from "../../src/extract/extract-facts";
import { findMeetings } from "../../src/extract/meetings";
import { attributeQuotes, ATTRIBUTION_FORMS, loose, runContext, runsOf } from "../../src/extract/quote-attribution";
import { findQuotes } from "../../src/extract/quotes";
import { SAID_FORMS, SENTENCE_FORMS, sentenceStatements, verbClause, verbQuotes, verbSpeaker, type Found, type SpeechContext } from "../../src/extract/reported-speech";
import { sentenceCandidates, speechVerbsIn, startFlow, type SentenceCandidates } from "../../src/extract/statement-candidates";
import { findStatements, groupStatements, mergeSentence } from "../../src/extract/statements";
import { parseArticle } from "../../src/parse/parse-article";

const article = (body: string) => parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`);
const statements = (body: string) => {
  const x = extractFacts(article(body));
  return x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text, rule: s.rule }));
};
/** The analysis of a body and step 1's reading of every sentence, in order. */
const read = (body: string): { a: Analysis; cs: SentenceCandidates[] } => {
  const a = analyse(article(body));
  const flow = startFlow();
  return { a, cs: a.sentences.map((_, i) => sentenceCandidates(a, i, flow)) };
};
/** The body sentence holding `words`. */
const sentenceWith = (cs: SentenceCandidates[], words: string) => cs.find((c) => c.text.includes(words))!;
const context = (a: Analysis): SpeechContext => ({ a, meetings: findMeetings(a), lastSpeaker: undefined, lastParagraph: -99, lastStatementSentence: -99 });
const nameOf = (a: Analysis, e: number | undefined) => (e === undefined ? undefined : a.entities[e]!.name);

describe("SENTENCE_FORMS: every record's example makes its statement", () => {
  it.each(SENTENCE_FORMS.map((f) => [f.id, f]))("%s", (_id, f) => {
    expect(statements(f.example)).toContainEqual({ speaker: f.speaker, text: expect.stringContaining(f.said), rule: expect.toBeOneOf([...f.rules]) });
  });
});

describe("SAID_FORMS: every record's example is read by that form", () => {
  it.each(SAID_FORMS.map((f) => [f.id, f]))("%s", (_id, f) => {
    expect(statements(f.example)).toContainEqual({ speaker: f.speaker, text: expect.stringContaining(f.said), rule: f.id });
  });
});

describe("ATTRIBUTION_FORMS: every record's example is read by that form (step 4 alone, no sentence statements)", () => {
  it.each(ATTRIBUTION_FORMS.map((f) => [f.id, f]))("%s", (id, f) => {
    const a = analyse(article(f.example));
    const found = attributeQuotes(a, [], []).map((s) => ({ speaker: a.entities[s.speaker]!.name, rule: s.rule }));
    expect(found).toContainEqual({ speaker: f.speaker, rule: `quote:${id}` });
  });
});

describe("forms read on sentences of our own", () => {
  it.each([
    ["according to, in its other wording", "The ferries will run again in June, as per the Coastal Shipping Agency.", "Coastal Shipping Agency", "The ferries will run again in June"],
    ["a participle after an attribution with no subject of its own", "Ivo Brandt spoke first.\n\n“We want more ferries,” he added, noting that the quay was too short.", "Ivo Brandt", "the quay was too short"],
    ["a statement saying", "Ivo Brandt released a statement saying the quay would be rebuilt by June.", "Ivo Brandt", "the quay would be rebuilt by June"],
    ["a message from a sender", "The council received a note from Ivo Brandt stressing that the quay was unsafe.", "Ivo Brandt", "the quay was unsafe"],
    ["\"they\" after two coordinated subjects", "Ivo Brandt and Ada Krogh agreed on the fees.\n\nThey also highlighted the need for a second quay.", "Ivo Brandt", "the need for a second quay"],
    ["singled out as", "Ada Krogh singled out the ferry link as the most urgent project.", "Ada Krogh", "the ferry link as the most urgent project"],
    ["an inverted attribution with a tail: the words are before the verb", "The quay would be rebuilt by June, said the Coastal Shipping Agency after the meeting.", "Coastal Shipping Agency", "The quay would be rebuilt by June"],
    ["reported as a trailing attribution", "The quay would be rebuilt by June, the Coastal Shipping Agency reported.", "Coastal Shipping Agency", "The quay would be rebuilt by June"],
    ["a parenthetical attribution: the words on both sides", "Ivo Brandt met Ada Krogh.\n\nThe talks, Brandt said, were useful.", "Ivo Brandt", "The talks were useful"],
    ["a parenthetical attribution by a pronoun", "Ivo Brandt spoke first.\n\nThe mayor and the envoy, he said, were together for an hour.", "Ivo Brandt", "The mayor and the envoy were together for an hour"],
    ["a parenthetical attribution after a fronted phrase", "Ivo Brandt met Ada Krogh.\n\nIn Bergen, the talks, Brandt said, were useful.", "Ivo Brandt", "In Bergen, the talks were useful"],
    ["a parenthetical attribution of an organisation", "The quay, the Coastal Shipping Agency said, would be rebuilt by June.", "Coastal Shipping Agency", "The quay would be rebuilt by June"],
  ])("%s: %s", (_why, body, speaker, said) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(said), rule: expect.any(String) });
  });
});

describe("a trailing attribution with more after it: only the words before are said", () => {
  it.each([
    ["a participle about the saying", "The quay was closed, the Coastal Shipping Agency said, citing storm damage.", "storm damage"],
    ["a clause joined by a conjunction", "The quay was closed, the Coastal Shipping Agency said, as the ferry strike ended.", "ferry strike"],
    ["a relative clause", "The quay was closed, the Coastal Shipping Agency said, which surprised no one.", "surprised"],
  ])("%s: %s", (_why, body, notSaid) => {
    const found = statements(body);
    expect(found).toContainEqual({ speaker: "Coastal Shipping Agency", text: expect.stringContaining("The quay was closed"), rule: expect.any(String) });
    expect(found.filter((x) => x.text.includes(notSaid))).toEqual([]);
  });
});

describe("sentences that must make no statement", () => {
  it.each([
    ["an act verb naming a deed", "Mira Holt welcomed the union's visit to the port."],
    ["an act verb without a complement", "Mira Holt thanked the crew."],
    ["goods recalled, not words", "Harbour Motors Ltd recalled ten thousand cars on Monday."],
    ["a passive speech verb", "The plan was not announced by Mira Holt."],
    ["an order, not words", "Mira Holt told Ivo Brandt to leave the harbour."],
    ["a clause of one word", "Mira Holt said so."],
    ["only a time after the verb, nothing before", "Mira Holt said on Friday."],
    ["a quoted name in a sentence without a speech verb", "The sign read “Closed for repairs until June” and nobody came."],
    ["a gerund without a comma", "Mira Holt spent the week saying goodbye to old friends."],
    ["a participle that is no speech verb", "Mira Holt left the port, heading for the coast."],
    ["no speech at all", "Mira Holt arrived in Bergen on Monday."],
    ["quoted, but not as saying anything", "Mira Holt was quoted in the report."],
    ["according to a source that is no name", "According to the schedule, the ferry leaves at noon."],
    ["a speech verb inside a hyphenated word", "The so-called harbour plan was dropped."],
    ["a document as the subject", "The report said the port would close."],
    ["news of a deed, not words", "Mira Holt reported a loss of four million."],
    ["a message noun without a speech participle", "Mira Holt sent a letter asking nothing in particular about fees."],
    ["a participle after a comma that is no speech verb, after a message", "Mira Holt read the notes, heading home."],
    ["a quote with no speaker nearby", "Mira Holt arrived.\n\n“Open skies” is the plan’s name, the document shows."],
  ])("%s: %s", (_why, body) => {
    expect(statements(body)).toEqual([]);
  });
});

describe("step 1: candidates of a sentence", () => {
  it("finds speech verbs as whole words, longest form first, and none inside another word", () => {
    expect(speechVerbsIn("She pointed out that the so-called plan, he said, was late.").map((v) => v.form)).toEqual(["pointed out", "called", "said"]);
    expect(speechVerbsIn("The sayings and the tolder men.")).toEqual([]);
  });

  it("keeps quotes and drops the verbs inside them", () => {
    const { cs } = read("“We said no,” Mira Holt told reporters.");
    const c = sentenceWith(cs, "We said no");
    expect(c.quotes.map((q) => q[2])).toEqual(["We said no,"]);
    expect(c.verbs.map((v) => v.form)).toEqual(["told"]);
    expect(c.inQuote(c.text.indexOf("said"))).toBe(true);
  });

  it("remembers a sentence that was one whole quote for the next", () => {
    const { cs } = read("Mira Holt spoke last. “Whose days are those?” Holt said.");
    expect(sentenceWith(cs, "Holt said").quoteBefore).toBe("Whose days are those?");
    expect(sentenceWith(cs, "spoke last").quoteBefore).toBeNull();
  });

  it("answers token questions from the tagger's tokens", () => {
    const { cs } = read("According to Mira Holt, the port will open.");
    expect(cs.at(-1)!.has("according")).toBe(true);
    expect(cs.at(-1)!.has("quoted")).toBe(false);
  });
});

describe("step 2: the speech-verb form in its steps", () => {
  it("2a finds the speaker before the verb, after an inverting verb, and none for a passive", () => {
    const { a, cs } = read("Ivo Brandt arrived. The port is full, said Mira Holt. The plan was denied by the board.");
    const x = context(a);
    const inverted = sentenceWith(cs, "said Mira Holt");
    expect(nameOf(a, verbSpeaker(inverted, x, inverted.verbs[0]!))).toBe("Mira Holt");
    const passive = sentenceWith(cs, "was denied");
    expect(verbSpeaker(passive, x, passive.verbs[0]!)).toBeUndefined();
  });

  it("2b takes a quote opening the verb's clause, not one deep inside a reported clause", () => {
    const { cs } = read("Mira Holt described the offer as “insulting.” Ivo Brandt said the union had called the deal “a fraud” last week.");
    const first = sentenceWith(cs, "described");
    expect(verbQuotes(first, first.verbs[0]!, Infinity).quoted).toBe("insulting.");
    const second = sentenceWith(cs, "union had called");
    expect(verbQuotes(second, second.verbs[0]!, Infinity).quoted).toBe("");
  });

  it("2c reads the clause after \"that\" and refuses an act verb without its complement", () => {
    const { a, cs } = read("Mira Holt told reporters on Friday that the port would open. Mira Holt welcomed the visit.");
    const x = context(a);
    const told = sentenceWith(cs, "told reporters");
    const speaker = verbSpeaker(told, x, told.verbs[0]!)!;
    expect(verbClause(told, x, told.verbs[0]!, speaker, "")?.said).toBe("the port would open.");
    const welcomed = sentenceWith(cs, "welcomed");
    expect(verbClause(welcomed, x, welcomed.verbs[0]!, speaker, "")).toBeUndefined();
  });

  it("gates: a sentence without a speech verb, \"according\", \"quoted\" or a quote runs no form", () => {
    const { a, cs } = read("Mira Holt arrived in Bergen on Monday.");
    const c = cs.at(-1)!;
    expect(SENTENCE_FORMS.filter((f) => f.gate(c, [])).map((f) => f.id)).toEqual([]);
    expect(sentenceStatements(c, context(a))).toEqual([]);
  });
});

describe("step 3: merging a sentence's statements", () => {
  const f = (speaker: number, text: string, rule: string, kind: Found["kind"] = "reported"): Found => ({ speaker, text, rule, kind });
  it.each([
    ["the same words from two forms are one", [f(1, "the port will open", "reported-verb"), f(1, "the port will open", "according-to")], 1],
    ["words inside longer words of the same speaker are one", [f(1, "the port will open in June", "reported-verb"), f(1, "open in June", "participle-clause")], 1],
    ["two readings of one form by one speaker are one", [f(1, "the port is full", "reported-verb"), f(1, "trade is up", "reported-verb")], 1],
    ["two quotes of one speaker, each a verb's own, are two", [f(1, "some gaps remain", "quote-verb", "direct"), f(1, "a fair deal", "quote-verb", "direct")], 2],
    ["two speakers are two", [f(1, "the port is full", "reported-verb"), f(2, "the port is full", "reported-verb")], 2],
  ])("%s", (_why, found, n) => expect(mergeSentence(found)).toHaveLength(n));
});

describe("step 4: quote runs and what is read around them", () => {
  it("joins an unclosed quote with the quote paragraphs that continue it", () => {
    const a = analyse(article("“We are ready. The port will open.\n\n“The ferries will run.”\n\nMira Holt said so."));
    const ps = a.parsed.paragraphs;
    const runs = runsOf(findQuotes(ps), (i) => ps[i]!.start);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.quotes).toHaveLength(2);
  });

  it("reads the first speech verb after a run and the last before it", () => {
    const a = analyse(article("Mira Holt told reporters: “We are not done,” she added."));
    const ps = a.parsed.paragraphs;
    const runs = runsOf(findQuotes(ps), (i) => ps[i]!.start);
    const r = runContext(a, runs[0]!, runs, [], undefined);
    expect(r.verbAfter?.[0]).toBe("added");
    expect(r.verbBefore?.[0]).toBe("told");
  });

  it("compares quotes loosely: letters and digits, lower case", () => {
    expect(loose("“We’re READY,” she said — 100%!")).toBe("we re ready she said 100");
    expect(loose("  İstanbul  ")).toBe("i stanbul");
  });
});

describe("step 6: a group's words are each member's", () => {
  it("gives the other participants of the meeting before the words of the first", () => {
    const body = "Mayor Ana Lind met Governor Tom Berg in Bergen on Monday.\n\nThe two Liberals said the bridge plan was sound.";
    const a = analyse(article(body));
    const meetings = findMeetings(a);
    const own = findStatements(a, meetings).filter((s) => !s.rule.endsWith("+group"));
    expect(groupStatements(meetings, own).map((s) => a.entities[s.speaker]!.name)).toEqual(["Tom Berg"]);
  });
});
