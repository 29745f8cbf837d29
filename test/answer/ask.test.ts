import { describe, expect, it } from "vitest";
import { parseIntent } from "../../src/answer/intent";
import { api, json, uploadText } from "../helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

describe("question → intent", () => {
  it.each([
    ["Who did Rudenko meet?", { type: "meetings_of", a: "Rudenko" }],
    ["who did Mutua meet on the sidelines of the summit?", { type: "meetings_of", a: "Mutua" }],
    ["When did Qin Gang meet Andrei Rudenko?", { type: "when", a: "Qin Gang", b: "Andrei Rudenko" }],
    ["Where did Xi Jinping meet Putin?", { type: "where", a: "Xi Jinping", b: "Putin" }],
    ["Did Lars Eriksson meet al-Mahdi?", { type: "did_meet", a: "Lars Eriksson", b: "al-Mahdi" }],
    ["What did Peskov say?", { type: "said_by", a: "Peskov" }],
    ["What did Qin Gang and Rudenko discuss?", { type: "discuss", a: "Qin Gang", b: "Rudenko" }],
    ["Who said the uprising was Russia's internal affairs?", { type: "who_said", phrase: "the uprising was Russia's internal affairs" }],
    ["Who is Ma Zhaoxu?", { type: "who_is", a: "Ma Zhaoxu" }],
    ["Who met whom?", { type: "all_meetings" }],
    ["What's the weather like?", { type: "search" }],
    ["Who did Rudenko talk to?", { type: "meetings_of", a: "Rudenko" }],
    ["Who did Rudenko hold talks with?", { type: "meetings_of", a: "Rudenko" }],
    ["Who did Rudenko meet with?", { type: "meetings_of", a: "Rudenko" }],
    ["Which meetings were reported?", { type: "all_meetings" }],
    ["What did Peskov tell reporters?", { type: "said_by", a: "Peskov" }],
    ["What did Peskov announce?", { type: "said_by", a: "Peskov" }],
    ["What did Peskov say about Belarus?", { type: "said_by", a: "Peskov", about: "Belarus" }],
    ["Peskov's comments", { type: "said_by", a: "Peskov" }],
    ["What was said about Wagner?", { type: "said_about", topic: "Wagner" }],
    ["Who described the march as a betrayal?", { type: "who_said", phrase: "the march as a betrayal" }],
    ["Which articles mention Putin?", { type: "mentions", a: "Putin" }],
    ["/help", { type: "help" }],
    ["List the meetings in Beijing", { type: "all_meetings", place: "Beijing" }],
    ["Who attended the meeting between Alvarez and Carl Johnson?", { type: "participants", a: "Alvarez", b: "Carl Johnson" }],
    ["Who spoke with Zhou by phone?", { type: "meetings_of", a: "Zhou", calls: true }],
    ["What is Peskov's role?", { type: "who_is", a: "Peskov" }],
    ["What position does Ma Zhaoxu hold?", { type: "who_is", a: "Ma Zhaoxu" }],
    ["Did Qin Gang and Rudenko discuss Wagner?", { type: "discuss", a: "Qin Gang", b: "Rudenko" }],
    ["Which officials did Whitmore meet?", { type: "meetings_of", a: "Whitmore" }],
    ["Did Peskov say anything about Belarus?", { type: "said_by", a: "Peskov", about: "Belarus" }],
    ["How many meetings did Vogt-Jensen have?", { type: "meetings_of", a: "Vogt-Jensen" }],
    ["When and where did Xi meet Putin?", { type: "when", a: "Xi", b: "Putin" }],
    ["Who took part in Tuesday's talks?", { type: "all_meetings", when: "Tuesday" }],
    ["Who visited Hong Jae-won in Seoul?", { type: "meetings_of", a: "Hong Jae-won" }],
    ["Whom did Mutua host?", { type: "meetings_of", a: "Mutua" }],
    ["Where did Sanne Bakker host Hale?", { type: "where", a: "Sanne Bakker", b: "Hale" }],
    ["Has Choi met Energy Minister Arif Santoso?", { type: "did_meet", a: "Choi", b: "Arif Santoso" }],
    ["Have Villanueva and Nakamura met in person?", { type: "did_meet", a: "Villanueva", b: "Nakamura", inPerson: true }],
    ["How did Hong hold talks with Rachel Quinn?", { type: "did_meet", a: "Hong", b: "Rachel Quinn", how: true }],
    ["Who led the congressional delegation?", { type: "led_by", phrase: "the congressional delegation" }],
    ["What did Sanne Bakker ask for?", { type: "said_by", a: "Sanne Bakker" }],
    ["Who called the vetting process a box-ticking exercise?", { type: "who_said", phrase: "the vetting process a box-ticking exercise" }],
    ["Did Sen. Laura Whitmore meet Gen. Mateo Ruiz?", { type: "did_meet", a: "Laura Whitmore", b: "Mateo Ruiz" }],
  ])("%s", (q, intent) => expect(parseIntent(q)).toEqual(intent));
});

describe("POST /api/ask", () => {
  const askQ = async (question: string, article_id?: string) =>
    json<{ answer: string; sources: Array<{ article_id: string; evidence: string }> }>(
      await api("/api/ask", { method: "POST", body: JSON.stringify({ question, article_id }), headers: { "content-type": "application/json" } }),
    );

  it("answers from the stored facts with sources", async () => {
    const { body } = await uploadText(example);
    const met = await askQ("Who did Rudenko meet?", body.id);
    expect(met.answer).toContain("Qin Gang");
    expect(met.answer).toContain("Ma Zhaoxu");
    expect(met.answer).not.toContain("Putin");
    expect(met.sources[0]).toMatchObject({ article_id: body.id });
    expect((await askQ("When did Qin Gang meet Rudenko?")).answer).toContain("2023-06-25");
    expect((await askQ("Who is Peskov?")).answer).toContain("Kremlin spokesman");
    expect((await askQ("What did Prigozhin say?")).answer).toContain("march for justice");
  });

  it("says when there is no record, searches the text for unknown questions, and helps with names from the store", async () => {
    expect((await askQ("Who did Nobody Known meet?")).answer).toContain("no one called");
    expect((await askQ("Tell me a joke")).answer).toBe("I found nothing in the stored articles about that.");
    expect((await askQ("/help")).answer).toContain("No articles are stored yet");
    await uploadText("Port talks\n\n2025-02-13\n\nHarbour Workers Union president Rosa Lind met Carl Berg in Houston on Tuesday. Lind said members would vote. Lind thanked Berg.");
    const help = (await askQ("/help")).answer;
    expect(help).toContain("Who did Rosa Lind meet?");
    expect(help).not.toMatch(/Rudenko|Peskov|Qin Gang/);
  });

  it("resolves role phrases and organisation words to the entity", async () => {
    await uploadText(example);
    expect((await askQ("What did the Kremlin spokesman say?")).answer).toContain("Dmitry Peskov said");
    expect((await askQ("Who is the deputy foreign minister?")).answer).toMatch(/Rudenko|Ma Zhaoxu/);
  });

  it("answers yes/no meeting questions with how and the evidence, and a clear no", async () => {
    await uploadText(example);
    const yes = await askQ("How did Qin Gang meet Rudenko?");
    expect(yes.answer).toMatch(/^Yes\. Qin Gang met Andrei Rudenko in person/);
    expect(yes.answer).toContain("June 25 meeting in Beijing");
    expect((await askQ("Did Putin meet Rudenko?")).answer).toMatch(/^No\. .*did not meet/);
    expect((await askQ("Has Putin met Rudenko?")).answer).toContain("has not met");
  });

  it("keeps follow-up context per conversation_id, and none without one", async () => {
    await uploadText(example);
    const say = (question: string, conversation_id?: string) =>
      api("/api/ask", { method: "POST", body: JSON.stringify({ question, conversation_id }), headers: { "content-type": "application/json" } }).then((r) => json<{ answer: string }>(r));
    await say("Who did Rudenko meet?", "c-1");
    expect((await say("When was that?", "c-1")).answer).toContain("2023-06-25");
    await say("Who is Peskov?", "c-2");
    expect((await say("And what did he say?", "c-2")).answer).toContain("Dmitry Peskov said");
    expect((await say("And what did he say?")).answer).toContain("nothing in the stored articles");
  });

  it("tells calls apart from meetings, and reads 'Who called X?' as a question about calls", async () => {
    await uploadText("Headline\n\n2024-05-10\n\nOn Saturday, Trade Minister Paula Grant received a phone call from Commerce Secretary Omar Diaz.");
    expect((await askQ("Did Grant meet Diaz?")).answer).toMatch(/^Yes, by phone or video call: Paula Grant spoke with Omar Diaz/);
    expect((await askQ("Who did Grant meet?")).answer).toContain("by phone or video");
    expect((await askQ("Who called Paula Grant?")).answer).toContain("Omar Diaz");
  });

  it("asks 'Who did A and B meet?' of each, 'Who accompanied X?' from the text, and 'What did they discuss?' of the article's meeting", async () => {
    const { body } = await uploadText("Port talks\n\n2024-05-10\n\nMayor Rosa Lind met Governor Carl Berg in Oslo on Monday and talked about a range of issues including the ferries and the new quay. Harbour chief Tove Moen met Consul Ivo Brandt in Bergen on Tuesday.\n\nLind visited Berg's office at ten. She was accompanied by her deputy, Ana Dias.");
    const both = (await askQ("Who did Rosa Lind and Tove Moen meet?", body.id)).answer;
    expect(both).toContain("Carl Berg");
    expect(both).toContain("Ivo Brandt");
    const came = (await askQ("Who accompanied Lind to the meeting?", body.id)).answer;
    expect(came).toContain("Ana Dias");
    expect(came).not.toContain("Tove Moen");
    const topics = (await askQ("What topics did they discuss?", body.id)).answer;
    expect(topics).toContain("the ferries and the new quay");
  });

  it("answers for each person a typed name may mean", async () => {
    await uploadText("One\n\n2024-05-10\n\nVice Premier Zhou Minghui met Trade Minister Paula Grant in Doha on Monday.");
    await uploadText("Two\n\n2024-05-10\n\nChairman Zhou Wenbo met Energy Minister Omar Diaz in Jakarta on Monday.");
    const a = await askQ("Who did Zhou meet?");
    expect(a.answer).toContain("Zhou Minghui met Paula Grant");
    expect(a.answer).toContain("Zhou Wenbo met Omar Diaz");
  });

  it("resolves 'the union' to the union, not to someone affiliated with a union, and lets organisations meet through their people", async () => {
    await uploadText("Port talks\n\n2025-02-13\n\nHarbour Workers Union president Rosa Lind met Carl Berg, chief negotiator for the Port Employers Council, in Houston on Tuesday. The union said members would vote. European Commissioner Eva Smet, of the European Union, said nothing new.");
    expect((await askQ("What did the union say?")).answer).toMatch(/^Harbour Workers Union said/);
    expect((await askQ("When did the union and the employers meet?")).answer).toContain("2025-02-11");
  });

  it("lists who took part in a day's talks, dated as each article dates them", async () => {
    await uploadText("Port talks\n\n2025-02-13\n\nRosa Lind met Carl Berg in Houston on Tuesday. On Wednesday, Lind met Eva Smet.");
    const a = await askQ("Who took part in Tuesday's talks?");
    expect(a.answer).toContain("Rosa Lind and Carl Berg");
    expect(a.answer).not.toContain("Eva Smet");
  });

  it("falls back to statements with all the words when a group is named, and never guesses", async () => {
    await uploadText("Bid\n\n2025-04-12\n\nThe Korea Football Association met the Japan Football Association in Seoul. Both federations pledged to complete a joint feasibility study by September.");
    expect((await askQ("What did the two federations pledge?")).answer).toContain("feasibility study");
    expect((await askQ("What did Zzyzx say?")).answer).toContain("no one called");
  });

  it("lists the meetings in a place", async () => {
    await uploadText(example);
    const a = await askQ("List the meetings in Moscow");
    expect(a.answer).toContain("Xi Jinping");
    expect(a.answer).not.toContain("Qin Gang");
  });

  it("names who led a delegation", async () => {
    await uploadText("Headline\n\n2024-05-10\n\nA trade delegation led by Minister Paula Grant held talks with Omar Diaz in Oslo on Monday.");
    expect((await askQ("Who led the trade delegation?")).answer).toMatch(/^Paula Grant led it/);
  });

  it("refuses a bad body with a JSON 400", async () => {
    const res = await api("/api/ask", { method: "POST", body: JSON.stringify({ question: "" }), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
  });
});
