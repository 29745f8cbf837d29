/**
 * Follow-up questions lean on the conversation: "And what did he say?",
 * "When was that?". The last answer leaves a Subject (who it was about);
 * the next question's pronouns and "that" are rewritten to those names
 * before intent parsing. Pure functions; the transports store the Subject.
 */
import type { Subject } from "../store/answer-types";
import { parseIntent, type Intent } from "./intent";

export type { Subject };

const SINGULAR = /\b(?:he|she|him|her|this person)\b/gi;
const POSSESSIVE = /\b(?:his|her)\b(?=\s+(?:comments|remarks|statements|words|role|job)\b)/gi;
const PLURAL = /\b(?:they|them|the two(?: men| women| of them| sides| leaders| ministers| officials| presidents| counterparts| delegations)?|both(?: of them| sides| leaders| men| women)?)\b/gi;
// "the meeting" of a conversation is the last pair's meeting: "Who attended the meeting?" → "… the meeting between A and B".
const THE_MEETING = /\bthe (meeting|talks|call|visit|dinner)\b(?!\s+(?:between|of|with)\b)/i;
// "When was that?", "Where did the meeting take place?", "When were the talks held?"
const THAT_MEETING = /^(when|where)\s+(?:was|is|were|did)\s+(?:that|this|it|the (?:meeting|talks|call|visit|dinner|encounter|conversation))(?:\s+(?:meeting|talks|call|happen|take place|held|start|begin|hosted|being held))?\s*\??$/i;
const LEAD_IN = /^(?:and|so|also|ok(?:ay)?|then|what about)\s*,?\s+/i;

/** Rewrites a follow-up against the last subject; returns the question unchanged when it stands alone. */
export function resolveFollowUp(question: string, last: Subject | null): string {
  let q = question.trim();
  if (!last) return q;
  q = q.replace(LEAD_IN, "");
  const pair = last.pair ?? (last.people.length >= 2 ? ([last.people[0]!, last.people[1]!] as [string, string]) : undefined);
  const that = THAT_MEETING.exec(q);
  // "Where?", "When?" alone ask about the last meeting too.
  const bare = /^(when|where)\s*\??$/i.exec(q);
  if (bare && pair) return `${cap(bare[1]!)} did ${pair[0]} meet ${pair[1]}?`;
  if (that && pair) return `${cap(that[1]!)} did ${pair[0]} meet ${pair[1]}?`;
  const main = last.people[0];
  if (main) q = q.replace(POSSESSIVE, `${main}'s`).replace(SINGULAR, main);
  if (pair) q = q.replace(PLURAL, `${pair[0]} and ${pair[1]}`).replace(THE_MEETING, `the $1 between ${pair[0]} and ${pair[1]}`);
  return q;
}

const PRONOUN_SLOT = /^(?:he|she|him|her|they|them|this person|(?:the )?two(?: .*)?|both(?: .*)?)$/i;

/**
 * Parses a question in the light of the conversation. The rewrite is used
 * only when the question does not stand alone (its names are pronouns, or it
 * is not understood without context), so "Who said they would march?" keeps
 * its own words.
 */
export function parseInContext(question: string, last: Subject | null): Intent {
  const own = parseIntent(question);
  if (!last) return own;
  const slots = [("a" in own && own.a) || "", ("b" in own && own.b) || ""];
  // "What did they discuss?" reads as the meeting in context; with a pair talked of, the pair's own intent is the sharper one.
  const unnamed = own.type === "meeting_detail" && own.detail === "topics" && !own.a && !!last.pair;
  if (own.type !== "help" && own.type !== "search" && !unnamed && !slots.some((s) => PRONOUN_SLOT.test(s.trim()))) return own;
  const rewritten = parseIntent(resolveFollowUp(question, last));
  return rewritten.type === "help" || rewritten.type === "search" ? own : rewritten;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1).toLowerCase();
