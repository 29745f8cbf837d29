import { describe, expect, it } from "vitest";
import { INTENT_RULES, readIntent } from "../../src/answer/intent";
import { meetingClause, pastTense, speechVerbOf } from "../../src/answer/relations";

describe("intent records", () => {
  it("have unique ids, a reason and an example", () => {
    expect(new Set(INTENT_RULES.map((r) => r.id)).size).toBe(INTENT_RULES.length);
    for (const r of INTENT_RULES) expect(r.reason.length && r.example.length).toBeTruthy();
  });

  // Each record's example is read by that record, as the intent it names.
  it.each(INTENT_RULES.map((r) => [r.id, r.example, r.intent] as const))("%s: %s", (id, example, intent) => {
    const read = readIntent(example);
    expect(read.intent.type).toBe(intent);
    expect(read.rule).toBe(id);
  });

  it("keep empty questions and greetings for help, and everything else for the search", () => {
    for (const q of ["", "   ", "?", "hello", "Thanks"]) expect(readIntent(q).intent.type).toBe("help");
    for (const q of ["ferry terminal funding", "Which anniversary will they celebrate?", "How long is the new bridge?", "Why was the minister angry?"]) expect(readIntent(q).intent.type).toBe("search");
    // places visited are no people met; a time after "met in" is no place; "what did X say" is no "X met who"
    for (const q of ["Which regions did Olsen visit?", "which countries has Reed visited", "who met in the morning", "Who met in secret?"]) expect(readIntent(q).intent.type).toBe("search");
    expect(readIntent("What did Olsen say about who pays?").intent.type).toBe("said_by");
  });

  it.each([
    // A name slot that opens with a preposition or ends with an article is a misreading, not a name.
    ["Did Xu pay a call on Vella?", { type: "did_meet", a: "Xu", b: "Vella" }],
    ["Who did Ramaphosa hold discussions with?", { type: "meetings_of", a: "Ramaphosa" }],
    ["When did Ruto pay a courtesy call on Uhuru?", { type: "when", a: "Ruto", b: "Uhuru" }],
    ["Where did Marape sit down with Rabuka?", { type: "where", a: "Marape", b: "Rabuka" }],
    ["Has Lee held talks with Park yet?", { type: "did_meet", a: "Lee", b: "Park" }],
    ["What did Obama express?", { type: "said_by", a: "Obama" }],
    ["What did the envoy convey to Okafor?", { type: "said_by", a: "envoy", about: "Okafor" }],
    ["What did Harris promise?", { type: "said_by", a: "Harris" }],
    ["Who lauded the cooperation?", { type: "who_said", phrase: "the cooperation" }],
    ["Who assured investors that the plant would stay open?", { type: "who_said", phrase: "investors that the plant would stay open" }],
    ["Peskows comments", { type: "said_by", a: "Peskow" }],
    ["Who met in Beijing?", { type: "all_meetings", place: "Beijing" }],
    ["Did Rudenko meet Ma?", { type: "did_meet", a: "Rudenko", b: "Ma" }],
    ["Who is Xi?", { type: "who_is", a: "Xi" }],
    ["What did Vera Olsen discuss with the Trade Minister of Chile?", { type: "discuss", a: "Vera Olsen", b: "Trade Minister of Chile" }],
    ["What did Olsen talk about with Reed?", { type: "discuss", a: "Olsen", b: "Reed" }],
    // the wh-word where the answer goes, a qualifier after the verb, an adjective before "talks"
    ["Olsen met with who at the summit?", { type: "meetings_of", a: "Olsen" }],
    ["vera olsen met whom", { type: "meetings_of", a: "vera olsen" }],
    ["which ministers did Olsen meet in Oslo", { type: "meetings_of", a: "Olsen" }],
    ["Who did the Maltese PM hold bilateral talks with at the summit?", { type: "meetings_of", a: "Maltese PM" }],
    ["Who held separate talks with Reed?", { type: "meetings_of", a: "Reed" }],
    // a place typed in lower case is a place when the gazetteer knows it
    ["who met in oslo", { type: "all_meetings", place: "oslo" }],
    ["Who held a meeting in Valletta?", { type: "all_meetings", place: "Valletta" }],
    // "in this article" is the scope, not a place
    ["Who met whom in this article", { type: "all_meetings" }],
    ["Which people met in the story?", { type: "all_meetings" }],
    // a modal asks for a meeting to come
    ["where might olsen and reed meet", { type: "where", a: "olsen", b: "reed", planned: true }],
    ["When could Olsen and Reed hold talks?", { type: "when", a: "Olsen", b: "Reed", planned: true }],
    // a title before a name is dropped, a role phrase ending in "of …" is kept whole
    ["Did Olsen meet Trade Minister Tom Reed?", { type: "did_meet", a: "Olsen", b: "Tom Reed" }],
  ])("%s", (q, intent) => expect(readIntent(q).intent).toEqual(intent));

  it.each([
    // Meeting details the record keeps; without names, the meeting in context.
    ["How long did the meeting last?", { type: "meeting_detail", detail: "how_long" }],
    ["How long was the visit?", { type: "meeting_detail", detail: "how_long" }],
    ["How long did the talks between Vera Olsen and Tom Reed last?", { type: "meeting_detail", detail: "how_long", a: "Vera Olsen", b: "Tom Reed" }],
    ["How long were Olsen and Reed together at the lodge?", { type: "meeting_detail", detail: "how_long", a: "Olsen", b: "Reed" }],
    // A pair joined by a dash before the meeting noun.
    ["How long did the Olsen–Reed call last?", { type: "meeting_detail", detail: "how_long", a: "Olsen", b: "Reed" }],
    ["When was the Olsen-Reed meeting?", { type: "when", a: "Olsen", b: "Reed" }],
    ["Why was the Berlin meeting cancelled?", { type: "meeting_detail", detail: "why_not_held", status: "cancelled", place: "Berlin" }],
    ["Why was the planned meeting called off?", { type: "meeting_detail", detail: "why_not_held", status: "cancelled" }],
    ["Why were the talks between Olsen and Reed postponed?", { type: "meeting_detail", detail: "why_not_held", a: "Olsen", b: "Reed", status: "postponed" }],
    ["Why did Olsen call off her meeting with Reed?", { type: "meeting_detail", detail: "why_not_held", a: "Olsen", b: "Reed", status: "cancelled" }],
    ["Why did Olsen refuse to meet Reed?", { type: "meeting_detail", detail: "why_not_held", a: "Olsen", b: "Reed", status: "refused" }],
    ["Why hasn't Olsen met Reed yet?", { type: "meeting_detail", detail: "why_not_held", a: "Olsen", b: "Reed" }],
    ["Who else took part?", { type: "meeting_detail", detail: "others" }],
    ["Who else was present during the meeting with the harbour chief?", { type: "meeting_detail", detail: "others", a: "harbour chief" }],
    ["Who else attended the talks?", { type: "meeting_detail", detail: "others" }],
    ["What did the two leaders discuss?", { type: "meeting_detail", detail: "topics" }],
    ["What issues were discussed during the talks?", { type: "meeting_detail", detail: "topics" }],
    ["What did the meeting focus on?", { type: "meeting_detail", detail: "topics" }],
    ["Where was Olsen supposed to meet Reed?", { type: "where", a: "Olsen", b: "Reed", planned: true }],
    ["When is Olsen due to meet Reed?", { type: "when", a: "Olsen", b: "Reed", planned: true }],
    ["When are Olsen and Reed expected to meet?", { type: "when", a: "Olsen", b: "Reed", planned: true }],
    // A pair's meeting noun with a word that puts it in the future.
    ["When is the Olsen–Reed summit planned?", { type: "when", a: "Olsen", b: "Reed", planned: true }],
    ["Where will the meeting between Olsen and Reed be held?", { type: "where", a: "Olsen", b: "Reed", planned: true }],
    // What one talked about is what one said; those in talks with someone met them.
    ["What did Olsen talk about during the call?", { type: "said_by", a: "Olsen" }],
    ["What did Olsen and Reed talk about?", { type: "discuss", a: "Olsen", b: "Reed" }],
    ["Who took part in the virtual talks with Vera Olsen?", { type: "meetings_of", a: "Vera Olsen" }],
    // A question put to what someone said; "according to" closing another question is no part of its name.
    ["What share of the catch goes abroad, according to Olsen?", { type: "said_by", a: "Olsen", about: "share of the catch goes abroad" }],
    ["Who met Reed, according to the ministry?", { type: "meetings_of", a: "Reed" }],
  ])("detail: %s", (q, intent) => expect(readIntent(q).intent).toEqual(intent));

  it.each([
    // A meeting noun in the passive is asked about, not met: no name is "been decided".
    "Has the date of Olsen's visit been decided?", "Has the venue of the meeting been announced?",
    // Another verb's object before "to visit" is someone invited or asked, not met.
    "Whom did Olsen invite to visit Bergen?", "Who did Olsen ask to call the minister?",
  ])("reads no meeting in: %s", (q) => expect(readIntent(q).intent.type).toBe("search"));

  it.each([
    // One's own intention before "to meet" keeps the meeting question, planned or held.
    ["Who did Vera Olsen plan to meet?", { type: "meetings_of", a: "Vera Olsen" }],
    ["Who did the minister travel to meet in Oslo?", { type: "meetings_of", a: "minister" }],
  ])("an intention before 'to meet': %s", (q, intent) => expect(readIntent(q).intent).toEqual(intent));

  it.each([
    // Not meeting details: a length, a cause, a guest list of something else.
    "How long is the bridge?", "How long did the strike last?", "Why was the minister sacked?", "Why was the bill rejected?",
    "Who else won a medal?", "Who else attended the university?", "What did they discuss with the press?", "What was discussed in parliament?", "Why did Olsen cancel the contract?", "Where is Olsen supposed to live?",
  ])("does not read %s as a meeting detail", (q) => expect(readIntent(q).intent.type).not.toBe("meeting_detail"));

  it.each([
    ["Who accompanied Vera Olsen to the meeting?", { type: "companions", a: "Vera Olsen" }],
    ["Who accompanied Olsen at the talks with Reed?", { type: "companions", a: "Olsen" }],
    ["Who travelled with the minister?", { type: "companions", a: "minister" }],
    ["Who accompanied Olsen when she received Reed?", { type: "companions", a: "Olsen" }],
    ["Who else was part of Olsen's delegation?", { type: "companions", a: "Olsen" }],
  ])("companions: %s", (q, intent) => expect(readIntent(q).intent).toEqual(intent));

  it.each([
    // A group's members, not one person's companions.
    ["Who was part of the delegation?", "members"],
    ["Who was in the Chilean delegation?", "members"],
  ])("reads %s as %s", (q, type) => expect(readIntent(q).intent.type).toBe(type));

  it.each([
    // Not speech or meeting questions: they go to the search.
    "Who won the election?", "What did the court rule?", "Who took the photo?", "What did Lee eat?", "Where did the meeting take place?",
    "Who is accompanying Dahal on his visit?", "Who was travelling with the minister during the visit?",
  ])("does not read %s as a fact question", (q) => expect(readIntent(q).intent.type).toBe("search"));
});

describe("question forms in other wordings", () => {
  it.each([
    ["On what day did Olsen and Reed meet?", { type: "when", a: "Olsen", b: "Reed" }],
    ["What date did Olsen meet Reed?", { type: "when", a: "Olsen", b: "Reed" }],
    ["In which city did Olsen and Reed meet?", { type: "where", a: "Olsen", b: "Reed" }],
    ["In what town did Olsen sit down with Reed?", { type: "where", a: "Olsen", b: "Reed" }],
    ["Where were Olsen and Reed meeting?", { type: "where", a: "Olsen", b: "Reed" }],
    ["When was the meeting between Olsen and Reed?", { type: "when", a: "Olsen", b: "Reed" }],
    ["Where did the talks between Olsen and Reed take place?", { type: "where", a: "Olsen", b: "Reed" }],
    ["Did the meeting between Olsen and Reed go ahead?", { type: "did_meet", a: "Olsen", b: "Reed" }],
    ["Was the meeting between Olsen and Reed cancelled?", { type: "did_meet", a: "Olsen", b: "Reed" }],
    ["Is Olsen going to meet Reed?", { type: "did_meet", a: "Olsen", b: "Reed" }],
    ["Will Olsen meet Reed?", { type: "did_meet", a: "Olsen", b: "Reed" }],
    ["When will Olsen meet Reed?", { type: "when", a: "Olsen", b: "Reed", planned: true }],
    ["Who is Olsen expected to meet?", { type: "meetings_of", a: "Olsen" }],
    ["Who was Olsen meeting?", { type: "meetings_of", a: "Olsen" }],
    ["How did Olsen contact Reed?", { type: "did_meet", a: "Olsen", b: "Reed", how: true }],
    ["When did Olsen dine with Reed?", { type: "when", a: "Olsen", b: "Reed" }],
    ["Who dined with Reed?", { type: "meetings_of", a: "Reed" }],
    ["Who did Olsen have dinner with?", { type: "meetings_of", a: "Olsen" }],
    ["What did Olsen have to say?", { type: "said_by", a: "Olsen" }],
    ["What was said by the ministry?", { type: "said_by", a: "ministry" }],
    ["What does Olsen do?", { type: "who_is", a: "Olsen" }],
    ["Which official announced a new fund?", { type: "who_said", phrase: "a new fund" }],
    ["Which foreign minister warned of a strike?", { type: "who_said", phrase: "of a strike" }],
    ["What company said it would appeal?", { type: "who_said", phrase: "it would appeal" }],
    ["Who told reporters the port would open?", { type: "who_said", phrase: "the port would open" }],
    ["Who told journalists that the port would open?", { type: "who_said", phrase: "the port would open" }],
    ["Who said that the port would open?", { type: "who_said", phrase: "the port would open" }],
    ["Which stories mention Olsen?", { type: "mentions", a: "Olsen" }],
    ["In which articles is Olsen mentioned?", { type: "mentions", a: "Olsen" }],
    ["Where is Olsen mentioned?", { type: "mentions", a: "Olsen" }],
    // A courtesy call or "called on" is a visit, not a call made or words said.
    ["Who called on Reed?", { type: "meetings_of", a: "Reed" }],
    ["Who paid a courtesy call on Reed?", { type: "meetings_of", a: "Reed" }],
    ["When did Olsen call on Reed?", { type: "when", a: "Olsen", b: "Reed" }],
    ["Which officials attended the meeting between Olsen and Reed?", { type: "participants", a: "Olsen", b: "Reed" }],
  ])("%s", (q, intent) => expect(readIntent(q).intent).toEqual(intent));

  it.each([
    // Must not: "called on X to act" urges; it is said.
    ["Who called on the council to act?", "who_said"],
    ["Who called on Reed to resign?", "who_said"],
  ])("%s is %s", (q, type) => expect(readIntent(q).intent.type).toBe(type));

  it.each([
    // Not these forms: a length, a thing, an article question, a kind word that is no speaker.
    ["What day is it?", "search"],
    ["Which company is Olsen with?", "search"],
    ["Who declined to comment?", "search"],
    ["When was the bridge opened?", "search"],
    ["Will the bridge open in May?", "search"],
    ["What did Olsen do with the report?", "search"],
  ])("%s stays %s", (q, type) => expect(readIntent(q).intent.type).toBe(type));

  it.each(["Which articles mention Olsen?", "What stories talk about Reed?"])("an article question is no speaker question: %s", (q) => {
    expect(readIntent(q).intent.type).toBe("mentions");
  });
});

describe("a group's members", () => {
  it.each([
    ["Who was in the Chilean delegation?", "Chilean delegation"],
    ["Who was part of the trade mission?", "trade mission"],
    ["Who were the members of the Japanese delegation?", "Japanese delegation"],
    ["Who made up the panel?", "panel"],
    ["Who did the delegation include?", "delegation"],
  ])("%s", (q, group) => expect(readIntent(q).intent).toEqual({ type: "members", group }));

  it.each(["Who was in Paris?", "Who was in the room?", "Who is Tom Reed?", "Who was with the minister?"])("not a members question: %s", (q) => {
    expect(readIntent(q).intent.type).not.toBe("members");
  });
});

describe("relations read with the extractor's lexicons", () => {
  it.each([["meet", "met"], ["hold", "held"], ["visit", "visited"], ["receive", "received"], ["pay", "paid"], ["carry", "carried"], ["talk", "talked"]])("past of %s is %s", (v, p) => expect(pastTense(v)).toBe(p));

  it.each([["express", "express"], ["say", "say"], ["said", "say"], ["laud", "laud"], ["convey", "convey"], ["promised", "promise"], ["assure", "assure"], ["lauded", "laud"], ["eat", null], ["win", null], ["meet", null]])("speech verb %s → %s", (v, f) => expect(speechVerbOf(v)).toBe(f));

  it.each([
    ["Ramaphosa hold discussions with", { subject: "Ramaphosa", object: "", trigger: "held-talks-with" }],
    ["Ruto pay a courtesy call on Uhuru", { subject: "Ruto", object: "Uhuru" }],
    ["the Kenyan president visit Nairobi", { subject: "the Kenyan president", object: "Nairobi" }],
    ["Lee sit down with Park", { subject: "Lee", object: "Park" }],
  ])("%s", (clause, want) => expect(meetingClause(clause)).toMatchObject(want));

  it.each(["the meeting take place", "Lee eat lunch", "the court rule on the case", "Lee win the vote"])("no meeting in %s", (clause) => expect(meetingClause(clause)).toBeNull());
});
