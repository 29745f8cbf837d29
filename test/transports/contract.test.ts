// The same conversation, asked through each transport (the HTTP API that the
// web page calls, and the Telegram webhook), gets the same answers: every
// transport goes through converse(). Articles: test/answer/fixtures.
import { describe, expect, it } from "vitest";
import { api, json, uploadText } from "../helpers";
import { SOWETO, VALLETTA } from "../answer/fixtures/articles";

/** A conversation: each question with what its answer must contain (follow-ups lean on the one before). */
const CONVERSATION: Array<[string, string]> = [
  ["Who did Vella hold discussions with?", "Karim Bensalah"],
  ["When was that?", "2026-03-02"],
  ["Why was the Rome meeting cancelled?", "strike closed the airport"], // a search answer…
  ["Did they meet?", "did not meet"], // …keeps its people for the follow-up
  ["Who lauded the cooperation?", "Clara Vella"],
  ["And what did she say?", "quarrel into a plan"],
  ["What is the capital of Peru?", "nothing in the stored articles"],
];

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
let update = 5000;

const transports: Record<string, (question: string, chat: string) => Promise<string>> = {
  api: async (question, chat) =>
    (await json<{ answer: string }>(await api("/api/ask", { method: "POST", body: JSON.stringify({ question, conversation_id: chat }), headers: { "content-type": "application/json" } }))).answer,
  telegram: async (question, chat) => {
    const res = await api("/webhooks/telegram", {
      method: "POST",
      token: null,
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "test-secret" },
      body: JSON.stringify({ update_id: ++update, message: { message_id: update, date: 1_700_000_000, chat: { id: Number(chat.replace(/\D/g, "")) || 1, type: "private" }, from: { id: 7, is_bot: false, first_name: "Ann" }, text: question } }),
    });
    expect(res.status).toBe(200);
    return unescape(((await res.json()) as { text: string }).text);
  },
};

describe.each(Object.keys(transports))("contract: %s", (name) => {
  it("answers a conversation, follow-ups after search answers included", async () => {
    await uploadText(VALLETTA);
    await uploadText(SOWETO);
    const say = transports[name]!;
    for (const [question, want] of CONVERSATION) expect(await say(question, "c77"), question).toContain(want);
  });
});
