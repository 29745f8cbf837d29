import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { escapeHtml, formatAnswer, MAX_MESSAGE } from "../../src/transports/telegram/format";
import { interpret } from "../../src/transports/telegram/interpret";
import { api, uploadText } from "../helpers";
import example from "../../fixtures/01-beijing-wagner.txt?raw";

const SECRET = "test-secret"; // vitest.config.ts
const BOT = "NewsGraphBot";
let nextId = 1000;

function message(text: string, chat: { id: number; type: "private" | "group" | "supergroup" } = { id: 42, type: "private" }) {
  return { message_id: nextId, date: 1_700_000_000, chat, from: { id: 7, is_bot: false, first_name: "Ann" }, text };
}

function deliver(update: unknown, secret: string | null = SECRET) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== null) headers["x-telegram-bot-api-secret-token"] = secret;
  return api("/webhooks/telegram", { method: "POST", body: JSON.stringify(update), headers, token: null });
}

const say = async (text: string, chat?: Parameters<typeof message>[1]) => {
  const res = await deliver({ update_id: ++nextId, message: message(text, chat) });
  expect(res.status).toBe(200);
  return (await res.json()) as { method?: string; chat_id?: number; text?: string; parse_mode?: string };
};

describe("interpret: which messages the bot answers", () => {
  const priv = { id: 1, type: "private" as const };
  const group = { id: -5, type: "group" as const };
  it.each([
    ["/start", priv, { kind: "help" }],
    ["/help", group, { kind: "help" }],
    ["/ask Who did Rudenko meet?", group, { kind: "ask", question: "Who did Rudenko meet?" }],
    ["/ask@NewsGraphBot What did Peskov say?", group, { kind: "ask", question: "What did Peskov say?" }],
    ["/ask@OtherBot What did Peskov say?", group, { kind: "ignore" }],
    ["/ask", priv, { kind: "help" }],
    ["Who is Ma Zhaoxu?", priv, { kind: "ask", question: "Who is Ma Zhaoxu?" }],
    ["Who is Ma Zhaoxu?", group, { kind: "ignore" }],
    ["@newsgraphbot who is Ma Zhaoxu?", group, { kind: "ask", question: "who is Ma Zhaoxu?" }],
    ["Hey @NewsGraphBot, who met whom?", group, { kind: "ask", question: "Hey  who met whom?" }],
    ["/weather", group, { kind: "ignore" }],
    ["/weather", priv, { kind: "help" }],
    ["   ", priv, { kind: "ignore" }],
  ])("%s in %o", (text, chat, expected) => expect(interpret({ text, chat } as never, BOT)).toEqual(expected));
});

describe("formatAnswer: Telegram HTML", () => {
  it("escapes markup in answers, titles and evidence", () => {
    const html = formatAnswer({ answer: "a <b> & c", sources: [{ article_id: "x", title: "<script>", evidence: "1 < 2 & 3 > 2" }] });
    expect(html).toContain("a &lt;b&gt; &amp; c");
    expect(html).toContain("<i>&lt;script&gt;</i>: 1 &lt; 2 &amp; 3 &gt; 2");
    expect(html).not.toContain("<script>");
    expect(escapeHtml("<&>")).toBe("&lt;&amp;&gt;");
  });

  it("keeps the visible text within 4096 characters however long the answer", () => {
    const long = "&".repeat(10_000);
    const html = formatAnswer({ answer: long, sources: Array.from({ length: 5 }, () => ({ article_id: "x", title: "T".repeat(500), evidence: "<".repeat(5000) })) });
    const visible = html.replace(/<\/?[bi]>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(visible.length).toBeLessThanOrEqual(MAX_MESSAGE);
    expect(visible.length).toBeGreaterThan(3000);
  });
});

describe("POST /webhooks/telegram", () => {
  it("refuses a missing or wrong secret with 401 and records nothing", async () => {
    for (const secret of [null, "wrong", SECRET + "x"]) {
      const res = await deliver({ update_id: 1, message: message("/start") }, secret);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM telegram_updates").first("n")).toBe(0);
  });

  it("answers a question as a webhook reply with sources", async () => {
    await uploadText(example);
    const r = await say("Who did Rudenko meet?");
    expect(r).toMatchObject({ method: "sendMessage", chat_id: 42, parse_mode: "HTML" });
    expect(r.text).toContain("Qin Gang");
    expect(r.text).toContain("Ma Zhaoxu");
    expect(r.text).toContain("<b>Sources:</b>");
  });

  it("answers the same update_id once", async () => {
    const update = { update_id: 777, message: message("/help") };
    const first = (await (await deliver(update)).json()) as { method?: string };
    const again = await deliver(update);
    expect(first.method).toBe("sendMessage");
    expect(again.status).toBe(200);
    expect(((await again.json()) as { method?: string }).method).toBeUndefined();
  });

  it("gives 200 and no reply to updates it does not handle", async () => {
    const others = [
      { update_id: 9001, message: { message_id: 1, date: 1, chat: { id: 3, type: "private" }, sticker: { file_id: "x" } } },
      { update_id: 9002, my_chat_member: { chat: { id: 3, type: "group" } } },
      { update_id: 9003, edited_channel_post: { message_id: 2, date: 1, chat: { id: -100, type: "channel" }, text: "hi" } },
      { update_id: 9004, message: message("just chatting", { id: -9, type: "supergroup" }) },
    ];
    for (const u of others) {
      const res = await deliver(u);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { method?: string }).method).toBeUndefined();
    }
  });

  it("refuses bodies that are not updates with a 4xx, never a 5xx", async () => {
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET };
    for (const body of ["not json", "null", "[]", '{"update_id":"x"}', '{"update_id":1.5}']) {
      const res = await api("/webhooks/telegram", { method: "POST", body, headers, token: null });
      expect(res.status).toBe(400);
    }
  });

  it("keeps per-chat context for follow-ups, separately for each chat", async () => {
    await uploadText(example);
    await say("Who is Peskov?", { id: 1, type: "private" });
    await say("Who is Prigozhin?", { id: 2, type: "private" });
    const inChat1 = await say("And what did he say?", { id: 1, type: "private" });
    expect(inChat1.text).toContain("Dmitry Peskov said");
    const inChat2 = await say("What did he say?", { id: 2, type: "private" });
    expect(inChat2.text).toContain("Prigozhin said");
    const fresh = await say("What did he say?", { id: 3, type: "private" });
    expect(fresh.text).not.toContain("said:");
  });

  it("in groups answers only when addressed", async () => {
    await uploadText(example);
    const group = { id: -100, type: "supergroup" as const };
    expect((await say("Who did Rudenko meet?", group)).method).toBeUndefined();
    expect((await say("/ask@NewsGraphBot Who did Rudenko meet?", group)).text).toContain("Qin Gang");
    expect((await say("@NewsGraphBot who is Ma Zhaoxu?", group)).text).toContain("Ma Zhaoxu");
  });
});
