/**
 * Follow-up questions lean on the conversation: "And what did he say?",
 * "When was that?". The last answer leaves a Subject (who it was about);
 * the next question's pronouns and "that" are rewritten to those names
 * before intent parsing. Pure functions; the transports store the Subject.
 */
import { parseIntent, type Intent } from "./intent";

export interface Subject {
  /** Canonical names the last answer was about, the main one first. */
  people: string[];
  /** The two sides of the last meeting talked about, if any. */
  pair?: [string, string];
}

const SINGULAR = /\b(?:he|she|him|her|this person)\b/gi;
const POSSESSIVE = /\b(?:his|her)\b(?=\s+(?:comments|remarks|statements|words|role|job)\b)/gi;
const PLURAL = /\b(?:they|them|the two(?: men| women| of them| sides)?|both(?: of them| sides)?)\b/gi;
const THAT_MEETING = /^(when|where)\s+(?:was|is|did)\s+(?:that|this|it)(?:\s+(?:meeting|happen|take place|held))?\s*\??$/i;
const LEAD_IN = /^(?:and|so|also|ok(?:ay)?|then|what about)\s*,?\s+/i;

/** Rewrites a follow-up against the last subject; returns the question unchanged when it stands alone. */
export function resolveFollowUp(question: string, last: Subject | null): string {
  let q = question.trim();
  if (!last) return q;
  q = q.replace(LEAD_IN, "");
  const pair = last.pair ?? (last.people.length >= 2 ? ([last.people[0]!, last.people[1]!] as [string, string]) : undefined);
  const that = THAT_MEETING.exec(q);
  if (that && pair) return `${cap(that[1]!)} did ${pair[0]} meet ${pair[1]}?`;
  const main = last.people[0];
  if (main) q = q.replace(POSSESSIVE, `${main}'s`).replace(SINGULAR, main);
  if (pair) q = q.replace(PLURAL, `${pair[0]} and ${pair[1]}`);
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
  if (own.type !== "help" && !slots.some((s) => PRONOUN_SLOT.test(s.trim()))) return own;
  const rewritten = parseIntent(resolveFollowUp(question, last));
  return rewritten.type === "help" ? own : rewritten;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1).toLowerCase();
