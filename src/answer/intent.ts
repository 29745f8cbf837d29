import { isHonorific, isRoleHead } from "../lexicon/titles";

/** What a question asks for. Names are as typed; the query layer resolves them. */
export type Intent =
  | { type: "help" }
  | { type: "all_meetings"; place?: string; when?: string }
  | { type: "meetings_of"; a: string; calls?: boolean }
  | { type: "participants"; a: string; b: string }
  | { type: "when" | "where" | "discuss"; a: string; b: string }
  | { type: "did_meet"; a: string; b: string; inPerson?: boolean; how?: boolean }
  | { type: "led_by"; phrase: string }
  | { type: "said_by"; a: string; about?: string }
  | { type: "said_about"; topic: string }
  | { type: "who_said"; phrase: string }
  | { type: "who_is"; a: string }
  | { type: "mentions"; a: string };

const MEET = "(?:meet(?: with)?|met(?: with)?|hold talks with|held talks with|talk (?:to|with)|speak (?:to|with)|visit|host|receive|welcome|greet|sit down with|call|phone)";
// Not "called": "Who called the plan a failure?" asks who said so.
const MET = "(?:met(?: with)?|visited|hosted|received|welcomed|greeted|phoned|held talks with|talked (?:to|with)|spoke (?:to|with)|sat down with)";
// Each rule: a pattern over the cleaned question and how to read it. First match wins.
const RULES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Intent]> = [
  [/^(?:\/?help|\/start|what can you do|how does this work)\b/i, () => ({ type: "help" })],
  [/^(?:who met whom|who met who|which meetings|what meetings|list (?:all |the )?meetings|all meetings|show (?:me )?(?:all |the )?meetings)(?:.*?\bin ([\p{Lu}][\p{L} .’'-]+))?/iu, (m) => ({ type: "all_meetings", ...(m[1] ? { place: m[1].trim() } : {}) })],
  [/^who (?:attended|took part in|was at|joined|were at) (?:the )?(?:meeting|talks|call|dinner)s? (?:between|of|with) (.+?) and (.+)$/i, (m) => ({ type: "participants", a: m[1]!, b: m[2]! })],
  // "Who took part in Tuesday's talks?": the meetings of that day, as each article dates it.
  [/^who (?:attended|took part in|was at|joined|were at|met at) (?:the )?((?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)|(?:\w+ \d{1,2}))['’]s? (?:meeting|talks|session|call|dinner|summit)s?$/i, (m) => ({ type: "all_meetings", when: m[1]! })],
  [/^(?:who|whom) (?:spoke|talked) (?:with|to) (.+?) (?:by (?:phone|telephone|video)|on the phone)$/i, (m) => ({ type: "meetings_of", a: m[1]!, calls: true })],
  [/^(?:who|whom) did (.+?) (?:speak|talk) (?:with|to) (?:by (?:phone|telephone|video)|on the phone)$/i, (m) => ({ type: "meetings_of", a: m[1]!, calls: true })],
  [/^what (?:is|was) (.+?)['’]s? (?:role|job|position|title)$/i, (m) => ({ type: "who_is", a: m[1]! })],
  [/^what (?:position|role|job|title|post) (?:does|did) (.+?) (?:hold|have|occupy)$/i, (m) => ({ type: "who_is", a: m[1]! })],
  [/^did (.+?) and (.+?) (?:discuss|talk about) (.+)$/i, (m) => ({ type: "discuss", a: m[1]!, b: m[2]! })],
  [/^(?:did|has) (.+?) (?:say|said|comment|commented|speak|spoken) (?:anything )?(?:about|on) (.+)$/i, (m) => ({ type: "said_by", a: m[1]!, about: m[2]! })],
  [/^how many (?:meetings|talks|times) (?:did|has) (.+?) (?:have|had|hold|held|meet|met)\b/i, (m) => ({ type: "meetings_of", a: m[1]! })],
  [new RegExp(`^when and where did (.+?) ${MEET} (.+)$`, "i"), (m) => ({ type: "when", a: m[1]!, b: m[2]! })],
  [new RegExp(`^(?:which|what) (?:\\w+ ){0,2}(?:did|has) (.+?) ${MEET}$`, "i"), (m) => ({ type: "meetings_of", a: m[1]! })],
  [new RegExp(`^when did (.+?) and (.+?) (?:${MEET}|meet|hold talks|talk|speak)\\b`, "i"), (m) => ({ type: "when", a: m[1]!, b: m[2]! })],
  [new RegExp(`^when did (.+?) ${MEET} (.+)$`, "i"), (m) => ({ type: "when", a: m[1]!, b: m[2]! })],
  [new RegExp(`^where did (.+?) and (.+?) (?:${MEET}|meet|hold talks|talk)\\b`, "i"), (m) => ({ type: "where", a: m[1]!, b: m[2]! })],
  [new RegExp(`^where did (.+?) ${MEET} (.+)$`, "i"), (m) => ({ type: "where", a: m[1]!, b: m[2]! })],
  [/^(?:did|have|has) (.+?) and (.+?) (?:ever )?(?:meet|met)( in person| face to face)?\b/i, (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, ...(m[3] ? { inPerson: true } : {}) })],
  [new RegExp(`^(?:did|has|have) (.+?) (?:ever )?${MEET} (.+?)( in person| face to face)?$`, "i"), (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, ...(m[3] ? { inPerson: true } : {}) })],
  [new RegExp(`^how did (.+?) ${MEET} (.+)$`, "i"), (m) => ({ type: "did_meet", a: m[1]!, b: m[2]!, how: true })],
  [new RegExp(`^(?:who|whom) ${MET} (.+)$`, "i"), (m) => ({ type: "meetings_of", a: m[1]! })],
  [/^who (?:led|headed|leads|heads) (.+)$/i, (m) => ({ type: "led_by", phrase: m[1]! })],
  [/^what did (.+?) and (.+?) (?:discuss|talk about|agree(?: on)?)\b/i, (m) => ({ type: "discuss", a: m[1]!, b: m[2]! })],
  [new RegExp(`^(?:who|whom) (?:did|has) (.+?) ${MEET}\\b`, "i"), (m) => ({ type: "meetings_of", a: m[1]! })],
  [/^(?:who|whom) (?:did|has) (.+?) (?:meet|met)\b/i, (m) => ({ type: "meetings_of", a: m[1]! })],
  [/^what (?:did|has) (.+?) (?:say|said|tell \w+|announce|state|write|post|warn|pledge|vow|claim|argue)(?: on \w+)? (?:about|on|regarding) (.+)$/i, (m) => ({ type: "said_by", a: m[1]!, about: m[2]! })],
  [/^what (?:did|has|does) (.+?) (?:say|said|tell \w+|announce|state|write|post|warn|pledge|vow|promise|claim|argue|deny|insist|urge|describe)\b/i, (m) => ({ type: "said_by", a: m[1]! })],
  [/^how did (.+?) describe\b/i, (m) => ({ type: "said_by", a: m[1]! })],
  [/^what (?:did|has|does) (.+?) (?:ask(?: for)?|demand|want|propose|offer|request|seek|reveal|suggest|tweet|predict|admit|concede|accuse \w+ of)\b(?: (?:about|on) (.+))?/i, (m) => ({ type: "said_by", a: m[1]!, ...(m[2] ? { about: m[2] } : {}) })],
  [/^(.+?)['’]s? (?:comments|remarks|statements|words)$/i, (m) => ({ type: "said_by", a: m[1]! })],
  [/^what (?:was|has been) said (?:about|on|regarding) (.+)$/i, (m) => ({ type: "said_about", topic: m[1]! })],
  [/^who (?:said|described|stated|warned|claimed|told|announced|argued|wrote|called|pledged|vowed|insisted|urged) (.+)$/i, (m) => ({ type: "who_said", phrase: m[1]! })],
  [/^(?:who is|who's|who was|tell me about) (.+)$/i, (m) => ({ type: "who_is", a: m[1]! })],
  [/^(?:which|what) articles? (?:mention|talk about|cover)s? (.+)$/i, (m) => ({ type: "mentions", a: m[1]! })],
];

/** "Energy Minister Arif Santoso" → "Arif Santoso": a capitalised title before a name is not part of it. */
function withoutTitle(name: string): string {
  const words = name.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => { if (i < words.length - 1 && /^\p{Lu}/u.test(w) && (isRoleHead(w) || isHonorific(w))) last = i; });
  return last >= 0 && words.length - last - 1 >= 1 && words.slice(0, last + 1).every((w) => /^\p{Lu}/u.test(w)) ? words.slice(last + 1).join(" ") : name;
}

/** Reads a question into an intent; anything unrecognised is `help`. Pure. */
export function parseIntent(question: string): Intent {
  const q = question.trim().replace(/\s+/g, " ").replace(/[?!.]+$/, "").trim();
  for (const [re, read] of RULES) {
    const m = re.exec(q);
    if (m) return tidy(read(m));
  }
  return { type: "help" };
}

/** Drops trailing qualifiers from names ("Fathy on the sidelines of the summit" → "Fathy"). */
function tidy(i: Intent): Intent {
  const cut = (s: string) => withoutTitle(s.replace(/\s+(?:on|in|at|during|last|this|before|after)\s+.*$/i, "").replace(/^the\s+/i, "").trim());
  if ("a" in i && i.a) (i as { a: string }).a = cut(i.a);
  if ("b" in i && i.b) (i as { b: string }).b = cut(i.b);
  return i;
}
