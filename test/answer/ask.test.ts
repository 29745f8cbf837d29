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
    ["What's the weather like?", { type: "help" }],
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

  it("says what it searched when there is no record, and helps with unknown questions", async () => {
    expect((await askQ("Who did Nobody Known meet?")).answer).toContain("no one called");
    expect((await askQ("Tell me a joke")).answer).toContain("Who did Rudenko meet?");
  });

  it("refuses a bad body with a JSON 400", async () => {
    const res = await api("/api/ask", { method: "POST", body: JSON.stringify({ question: "" }), headers: { "content-type": "application/json" } });
    expect(res.status).toBe(400);
  });
});
