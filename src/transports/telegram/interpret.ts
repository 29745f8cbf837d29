import type { Message } from "@grammyjs/types";

/** What the bot makes of one incoming message. */
export type Incoming = { kind: "ask"; question: string } | { kind: "help" } | { kind: "ignore" };

const COMMAND = /^\/([a-z0-9_]{1,32})(?:@([a-z0-9_]{3,64}))?(?:\s+([\s\S]*))?$/i;

/**
 * Reads a text message the way a Telegram bot should: commands anywhere,
 * plain questions in private chats, and in groups only messages that are
 * addressed to the bot (a command, `/cmd@ThisBot`, or an @mention).
 */
export function interpret(message: Pick<Message, "text" | "chat">, botUsername: string | undefined): Incoming {
  const text = (message.text ?? "").trim();
  if (!text) return { kind: "ignore" };
  const isPrivate = message.chat.type === "private";
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
  const mention = new RegExp(`(^|\\s)@${me}\\b[,:]?`, "i");
  if (!mention.test(text)) return { kind: "ignore" };
  const question = text.replace(mention, " ").trim();
  return question ? { kind: "ask", question } : { kind: "help" };
}
