/**
 * Shapes of answers as the store keeps them (answer cache in KV, a chat's last
 * subject in D1). Defined here so that store/ never imports answer/; answer/
 * re-exports them.
 */

/** Who the last answer was about: read by follow-ups ("And what did he say?"). */
export interface Subject {
  /** Canonical names the last answer was about, the main one first. */
  people: string[];
  /** The two sides of the last meeting talked about, if any. */
  pair?: [string, string];
}

/** One sentence an answer rests on, with its article. */
export interface Source {
  article_id: string;
  title: string | null;
  evidence: string;
}

/** An answer as returned to transports and cached: text, sources, how the question was read. */
export interface Answer {
  answer: string;
  sources: Source[];
  /** The intent the question was read as ("search" when answered from the sentence search). */
  intent: string;
  /** Who the answer was about, kept by chats for follow-ups. */
  subject?: Subject;
}
