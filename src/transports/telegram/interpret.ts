import type { Message } from "@grammyjs/types";

/** What the bot makes of one incoming message. */
export type Incoming = { kind: "ask"; question: string } | { kind: "help" } | { kind: "hint" } | { kind: "ignore" };

/** The one-line answer to a sticker, voice note or other message without text in a private chat. */
export const NON_TEXT_HINT = "I answer text questions about the stored articles — /help";

const COMMAND = /^\/([a-z0-9_]{1,32})(?:@([a-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/i;

/** Message kinds a person sends that carry no text the bot can read (service messages are not among them). */
// Stickers are left out: the API contract (shared/API.md) answers a sticker with 200 and no reply.
const CONTENT_WITHOUT_TEXT = ["voice", "audio", "video", "video_note", "photo", "document", "animation", "location", "venue", "contact", "poll", "dice", "story"] as const;

/** The fields of a message `interpret` reads. */
export type IncomingMessage = Pick<Message, "chat"> & Partial<Pick<Message, "text" | "caption" | "reply_to_message">> & Record<string, unknown>;

/**
 * Reads a message the way a Telegram bot should: commands anywhere, plain
 * questions in private chats, and in groups only messages addressed to the
 * bot (a command, `/cmd@ThisBot`, an @mention, or a reply to one of the
 * bot's own messages). A photo's or document's caption is read as its text.
 * A private message with no text at all (voice note, photo…) gets a hint; a sticker gets nothing (API contract).
 */
export function interpret(message: IncomingMessage, botUsername: string | undefined): Incoming {
  const text = (typeof message.text === "string" ? message.text : typeof message.caption === "string" ? message.caption : "").trim();
  const isPrivate = message.chat.type === "private";
  if (!text) {
    const nonText = message.text === undefined && CONTENT_WITHOUT_TEXT.some((k) => message[k] !== undefined);
    return isPrivate && nonText ? { kind: "hint" } : { kind: "ignore" };
  }
  const me = (botUsername ?? "").replace(/^@/, "").toLowerCase();

  const cmd = COMMAND.exec(text);
  if (cmd) {
    const [, name, target, rest] = cmd;
    if (target && target.toLowerCase() !== me) return { kind: "ignore" };
    switch (name!.toLowerCase()) {
      case "start":
      case "help":
        return { kind: "help" };
      case "ask":
        return rest?.trim() ? { kind: "ask", question: rest.trim() } : { kind: "help" };
      default:
        return isPrivate || target ? { kind: "help" } : { kind: "ignore" };
    }
  }
  if (isPrivate) return { kind: "ask", question: text };
  if (!me) return { kind: "ignore" };
  const replied = message.reply_to_message?.from;
  if (replied?.is_bot && (replied.username ?? "").toLowerCase() === me) return { kind: "ask", question: text };
  const mention = new RegExp(`(^|\\s)@${me}\\b[,:]?`, "i");
  if (!mention.test(text)) return { kind: "ignore" };
  const question = text.replace(mention, " ").trim();
  return question ? { kind: "ask", question } : { kind: "help" };
}
