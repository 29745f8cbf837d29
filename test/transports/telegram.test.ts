import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { cutVisible, escapeHtml, formatAnswer, MAX_EVIDENCE, MAX_MESSAGE, MAX_TITLE } from "../../src/transports/telegram/format";
import { app } from "../../src/app";
import type { Env } from "../../src/env";
import { CLAIM_LEASE_MS } from "../../src/transports/telegram/deliveries";
import { interpret, NON_TEXT_HINT } from "../../src/transports/telegram/interpret";
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

  const fromBot = { message_id: 1, date: 1, chat: group, from: { id: 99, is_bot: true, first_name: "NG", username: "NewsGraphBot" }, text: "Qin Gang met Rudenko." };
  const fromOtherBot = { ...fromBot, from: { ...fromBot.from, username: "OtherBot" } };
  const fromPerson = { ...fromBot, from: { id: 5, is_bot: false, first_name: "Ann" } };
  it.each<[string, object, object]>([
    ["a reply to the bot's own message in a group, without a mention", { chat: group, text: "And when was that?", reply_to_message: fromBot }, { kind: "ask", question: "And when was that?" }],
    ["a reply to another bot's message in a group", { chat: group, text: "And when was that?", reply_to_message: fromOtherBot }, { kind: "ignore" }],
    ["a reply to a person's message in a group", { chat: group, text: "And when was that?", reply_to_message: fromPerson }, { kind: "ignore" }],
    ["a photo's caption in a private chat", { chat: priv, photo: [{ file_id: "p" }], caption: "Who is Ma Zhaoxu?" }, { kind: "ask", question: "Who is Ma Zhaoxu?" }],
    ["a document's caption with a mention in a group", { chat: group, document: { file_id: "d" }, caption: "@NewsGraphBot who met whom?" }, { kind: "ask", question: "who met whom?" }],
    ["a caption in a group without a mention", { chat: group, photo: [{ file_id: "p" }], caption: "Who met whom?" }, { kind: "ignore" }],
    ["a sticker in a private chat (no reply, as the API contract says)", { chat: priv, sticker: { file_id: "x" } }, { kind: "ignore" }],
    ...(["voice", "audio", "video", "video_note", "animation", "location", "contact", "poll", "dice"] as const).map((k) =>
      [`a ${k} in a private chat`, { chat: priv, [k]: { file_id: "x" } }, { kind: "hint" }] as [string, object, object]),
    ["a photo without a caption in a private chat", { chat: priv, photo: [{ file_id: "p" }] }, { kind: "hint" }],
    ["a sticker in a group", { chat: group, sticker: { file_id: "x" } }, { kind: "ignore" }],
    ["a service message in a private chat", { chat: priv, pinned_message: fromPerson }, { kind: "ignore" }],
  ])("%s", (_name, message, expected) => expect(interpret(message as never, BOT)).toEqual(expected));
});

describe("cutVisible: never inside a grapheme", () => {
  // Pieces that break when cut in the middle: surrogate pairs, a skin-tone modifier, a ZWJ family,
  // a flag (two regional indicators), a combining accent, and the three characters HTML escapes.
  const pieces = ["a", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "e\u0301", "&", "<", ">", " "];
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  const boundaries = (s: string) => new Set([...segmenter.segment(s)].map((g) => g.index).concat(s.length));
  for (const lead of pieces) {
    it(`cuts every length of a text made of ${JSON.stringify(lead)} and the rest`, () => {
      const text = Array.from({ length: 6 }, (_, k) => pieces.map((_, j) => pieces[(j + k + pieces.indexOf(lead)) % pieces.length]).join("")).join("");
      for (let max = 1; max <= text.length + 1; max++) {
        const out = cutVisible(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(loneSurrogate);
        if (out === text) continue;
        expect(out.endsWith("…")).toBe(true);
        const kept = out.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect(boundaries(text).has(kept.length)).toBe(true);
      }
    });
  }
});

describe("formatAnswer: every limit cut on a grapheme, entities and tags whole", () => {
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  /** The message's HTML is well formed: only our tags, every & an entity; returns the visible text. */
  const visibleOf = (html: string) => {
    const withoutTags = html.replace(/<\/?(b|i)>/g, "");
    expect(withoutTags).not.toMatch(/[<>]/);
    expect(withoutTags).not.toMatch(/&(?!(amp|lt|gt);)/);
    expect(html).not.toMatch(loneSurrogate);
    expect(html.match(/<i>/g)?.length ?? 0).toBe(html.match(/<\/i>/g)?.length ?? 0);
    return withoutTags.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  };
  const fill = (n: number, tail: string) => "x".repeat(n) + tail.repeat(20);
  for (const tail of ["😀", "👨‍👩‍👧", "🇫🇷", "&", "<>", "e\u0301"]) {
    it(`title (${MAX_TITLE}), evidence (${MAX_EVIDENCE}) and the ${MAX_MESSAGE}-character message cut around ${JSON.stringify(tail)}`, () => {
      for (let shift = 0; shift < 12; shift++) {
        const title = fill(MAX_TITLE - 8 + shift, tail);
        const evidence = fill(MAX_EVIDENCE - 8 + shift, tail);
        const html = formatAnswer({ answer: fill(MAX_MESSAGE - 210 + shift, tail), sources: Array.from({ length: 3 }, () => ({ article_id: "x", title, evidence })) });
        const visible = visibleOf(html);
        expect(visible.length).toBeLessThanOrEqual(MAX_MESSAGE);
        const short = formatAnswer({ answer: "ok", sources: [{ article_id: "x", title, evidence }] });
        const line = visibleOf(short).split("\n• ")[1]!;
        const [t, ...e] = line.split(": ");
        expect(t!.length).toBeLessThanOrEqual(MAX_TITLE);
        expect(e.join(": ").length).toBeLessThanOrEqual(MAX_EVIDENCE);
        expect(title.startsWith(t!.replace(/…$/, ""))).toBe(true);
      }
    });
  }
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

  it("builds /help from the people stored, and says so when nothing is stored", async () => {
    const empty = (await (await deliver({ update_id: 9101, message: message("/help") })).json()) as { text: string };
    expect(empty.text).toContain("No articles are stored yet");
    await uploadText(example);
    const help = (await (await deliver({ update_id: 9102, message: message("/help") })).json()) as { text: string };
    expect(help.text).toContain("Try:");
    expect(help.text).not.toContain("…");
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
      { update_id: 9001, message: { message_id: 1, date: 1, chat: { id: -3, type: "group" }, sticker: { file_id: "x" } } },
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

  it("answers an edited question as a new one, and a photo by its caption", async () => {
    await uploadText(example);
    const edited = await deliver({ update_id: ++nextId, edited_message: { ...message("Who did Rudenko meet?"), edit_date: 1_700_000_100 } });
    expect(((await edited.json()) as { text?: string }).text).toContain("Qin Gang");
    const photo = { message_id: nextId, date: 1, chat: { id: 42, type: "private" }, photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }], caption: "Who did Rudenko meet?" };
    const captioned = await deliver({ update_id: ++nextId, message: photo });
    expect(((await captioned.json()) as { text?: string }).text).toContain("Ma Zhaoxu");
  });

  it("answers a voice note or photo in a private chat with a one-line hint", async () => {
    for (const extra of [{ photo: [{ file_id: "p" }] }, { voice: { file_id: "v", duration: 2 } }]) {
      const res = await deliver({ update_id: ++nextId, message: { message_id: 5, date: 1, chat: { id: 77, type: "private" }, ...extra } });
      expect(await res.json()).toMatchObject({ method: "sendMessage", chat_id: 77, text: NON_TEXT_HINT });
    }
    expect(NON_TEXT_HINT).toBe("I answer text questions about the stored articles — /help");
  });

  it("in a group answers a reply to one of its own messages without a mention", async () => {
    await uploadText(example);
    const group = { id: -100, type: "supergroup" as const };
    const botMessage = { message_id: 50, date: 1, chat: group, from: { id: 99, is_bot: true, first_name: "NG", username: BOT }, text: "Qin Gang met Rudenko." };
    const res = await deliver({ update_id: ++nextId, message: { ...message("Who did Rudenko meet?", group), reply_to_message: botMessage } });
    const body = (await res.json()) as { text?: string; reply_parameters?: { message_id: number } };
    expect(body.text).toContain("Qin Gang");
    expect(body.reply_parameters?.message_id).toBe(nextId);
  });

  it("stores the reply with the update, and a redelivery after it is not answered twice", async () => {
    const update = { update_id: 5150, message: message("/help") };
    await deliver(update);
    const row = await env.DB.prepare("SELECT reply, answered_at FROM telegram_updates WHERE update_id = 5150").first<{ reply: string; answered_at: string | null }>();
    expect(row?.answered_at).toBeTruthy();
    expect(JSON.parse(row!.reply)).toMatchObject({ method: "sendMessage", chat_id: 42 });
  });

  it("sends a computed answer even when storing the reply fails (logged, not printed)", async () => {
    await uploadText(example);
    const db = new Proxy(env.DB, {
      get(t, p) {
        if (p === "prepare") return (sql: string) => { if (sql.startsWith("UPDATE telegram_updates")) throw new Error("D1 hiccup"); return t.prepare(sql); };
        const v = Reflect.get(t, p, t);
        return typeof v === "function" ? v.bind(t) : v;
      },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await app.fetch(new Request("http://worker.test/webhooks/telegram", { method: "POST", body: JSON.stringify({ update_id: 7070, message: message("Who did Rudenko meet?") }), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } }), { ...env, DB: db } as Env, { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext);
    expect(((await res.json()) as { text?: string }).text).toContain("Qin Gang");
    expect(logged.mock.calls.map((c) => c.join(" "))).toEqual(["The database call failed prepare D1 hiccup", "telegram reply not recorded 7070 AppError"]);
    logged.mockRestore();
  });

  it("a Worker that dies between claiming an update and storing its reply leaves it to be answered on redelivery", async () => {
    await uploadText(example);
    // The first attempt claims the update, then its storage hangs as a dying isolate would:
    // Telegram gets no answer and, after its timeout, delivers the update again.
    let kill!: (err: Error) => void;
    const dead = new Promise<never>((_, reject) => { kill = reject; });
    dead.catch(() => {});
    const stuck = { bind: () => stuck, first: () => dead, all: () => dead, run: () => dead, raw: () => dead };
    const dyingDb = new Proxy(env.DB, {
      get(t, p) {
        if (p === "prepare") return (sql: string) => (sql.includes("telegram_updates") && sql.startsWith("INSERT") ? t.prepare(sql) : stuck);
        if (p === "batch") return () => dead;
        const v = Reflect.get(t, p, t);
        return typeof v === "function" ? v.bind(t) : v;
      },
    });
    const update = { update_id: 6060, message: message("Who did Rudenko meet?") };
    const request = () => new Request("http://worker.test/webhooks/telegram", { method: "POST", body: JSON.stringify(update), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } });
    const firstAttempt = app.fetch(request(), { ...env, DB: dyingDb } as Env, { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext);
    for (let i = 0; i < 50 && !(await env.DB.prepare("SELECT 1 FROM telegram_updates WHERE update_id = 6060").first()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(await env.DB.prepare("SELECT answered_at FROM telegram_updates WHERE update_id = 6060").first("answered_at")).toBeNull();

    // Redelivered while the claim is fresh (the first attempt may still be working): no second reply.
    expect(((await (await deliver(update)).json()) as { method?: string }).method).toBeUndefined();
    // Redelivered after the claim's lease: answered, not dropped as a duplicate.
    const later = new Date(Date.now() - CLAIM_LEASE_MS - 1000).toISOString();
    await env.DB.prepare("UPDATE telegram_updates SET seen_at = ?1 WHERE update_id = 6060").bind(later).run();
    const again = (await (await deliver(update)).json()) as { method?: string; text?: string };
    expect(again.method).toBe("sendMessage");
    expect(again.text).toContain("Qin Gang");
    // And only once.
    expect(((await (await deliver(update)).json()) as { method?: string }).method).toBeUndefined();

    // The dead attempt's own ending is logged, not printed by the test run.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    kill(new Error("isolate gone"));
    await firstAttempt;
    expect(logged.mock.calls.map((c) => c.join(" "))).toEqual(["The database call failed first isolate gone", "telegram update failed 6060 AppError"]);
    logged.mockRestore();
  });
});
