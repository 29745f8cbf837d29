import type { Message, Update } from "@grammyjs/types";
import { Hono } from "hono";
import { HELP, helpFromStore } from "../../answer/ask";
import { converse } from "../../answer/converse";
import type { Env } from "../../env";
import { AppError } from "../../errors";
import { secretsEqual } from "../../util/crypto";
import { parseJson, readTextBody } from "../api/read-body";
import { formatAnswer, escapeHtml } from "./format";
import { claimUpdate, storeReply } from "./deliveries";
import { interpret, NON_TEXT_HINT, type IncomingMessage } from "./interpret";

const MAX_UPDATE_BYTES = 256 * 1024;

/** The webhook reply: one sendMessage carried in the response body, no outbound call. */
const reply = (message: Message, html: string) => ({
  method: "sendMessage",
  chat_id: message.chat.id,
  text: html,
  parse_mode: "HTML",
  ...(message.message_thread_id !== undefined && message.is_topic_message ? { message_thread_id: message.message_thread_id } : {}),
  ...(message.chat.type === "private" ? {} : { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } }),
  link_preview_options: { is_disabled: true },
});

/**
 * POST /webhooks/telegram (API.md, Telegram section). Answers 2xx to every
 * authentic update, handled or not, because a non-2xx makes Telegram resend
 * and blocks the chat; only a wrong secret or a body that is not an update is refused.
 */
export const telegram = new Hono<{ Bindings: Env }>().post("/", async (c) => {
  const secret = c.env.TELEGRAM_WEBHOOK_SECRET;
  if (!secret) throw new AppError(503, "not_configured", "The Telegram webhook secret (TELEGRAM_WEBHOOK_SECRET) is not configured on this server.");
  const given = c.req.header("x-telegram-bot-api-secret-token") ?? "";
  if (!(await secretsEqual(given, secret))) throw new AppError(401, "unauthorized", "The Telegram secret token header is missing or wrong.");

  const update = parseJson(await readTextBody(c.req.raw, MAX_UPDATE_BYTES)) as Partial<Update> | null;
  if (!update || typeof update !== "object" || !Number.isSafeInteger(update.update_id)) {
    throw new AppError(400, "invalid_update", "The body is not a Telegram Update (update_id missing).");
  }
  // An edited question is answered as a new one; channel posts are not conversations.
  const message = update.message ?? update.edited_message;
  if (!message || typeof message !== "object" || !message.chat) return c.json({ ok: true, handled: false });

  // Per chat: over the limit, 429 makes Telegram hold this chat's updates and resend later
  // (the update is not claimed, so it is answered then).
  const limiter = c.env.TELEGRAM_LIMIT;
  if (limiter && !(await limiter.limit({ key: `chat:${message.chat.id}` })).success) {
    c.header("retry-after", "60");
    throw new AppError(429, "rate_limited", "Too many messages from this chat; Telegram will deliver it again later.");
  }
  const updateId = update.update_id!;
  let out: ReturnType<typeof reply> | null;
  try {
    // Claimed first, reply stored after: a redelivery of an answered update gets no second
    // reply (API.md), while one whose first attempt died before storing its reply is answered.
    const state = await claimUpdate(c.env.DB, updateId);
    if (state.kind !== "mine") return c.json({ ok: true, duplicate: true });
    out = await replyTo(c.env, message, (p) => c.executionCtx.waitUntil(p));
  } catch (err) {
    // Never a 5xx: Telegram would resend the update and hold up the chat.
    console.error("telegram update failed", updateId, err instanceof Error ? err.name : "error");
    return c.json(reply(message, "Sorry, I could not answer that just now. Please try again in a minute."));
  }
  try {
    await storeReply(c.env.DB, updateId, out);
  } catch (err) {
    // The answer is ready: send it. The claim stays open, so a redelivery after the lease answers again.
    console.error("telegram reply not recorded", updateId, err instanceof Error ? err.name : "error");
  }
  return c.json(out ?? { ok: true, handled: false });
});

/** The reply to one message (null: none is due). */
async function replyTo(env: Env, message: Message, defer: (p: Promise<unknown>) => void) {
  const incoming = interpret(message as unknown as IncomingMessage, env.TELEGRAM_BOT_USERNAME);
  switch (incoming.kind) {
    case "ignore":
      return null;
    case "hint":
      return reply(message, escapeHtml(NON_TEXT_HINT));
    case "help":
      // Examples built from the people stored here; the static text if the store cannot say.
      return reply(message, escapeHtml(await helpFromStore(env.DB, null).catch(() => HELP)));
    case "ask": {
      const answer = await converse(incoming.question.slice(0, 1000), { db: env.DB, cache: env.CACHE, conversationId: `tg:${message.chat.id}`, defer });
      return reply(message, formatAnswer(answer));
    }
  }
}
