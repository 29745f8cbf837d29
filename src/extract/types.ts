import type { MeetingStatus } from "../lexicon/meeting-status";

/** Offsets of a piece of evidence in the parsed article text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export type EntityType = "person" | "organization";

/** A person or organisation of one article, with every surface form it takes. */
export interface Entity {
  name: string;
  type: EntityType;
  role: string | null;
  affiliation: string | null;
  aliases: string[];
  mentions: number;
  /** Grammatical gender when the article shows it (Mr./Ms., king/queen): used by coreference, not stored. */
  gender?: "male" | "female";
}

/** Participants are indexes into `Extraction.entities`. */
export interface Meeting {
  participants: number[];
  /** ISO date (yyyy, yyyy-mm or yyyy-mm-dd), resolved against the article's date. */
  date: string | null;
  /** The date as the article writes it ("on Tuesday", "last night"). */
  dateText: string | null;
  place: string | null;
  /** A building or site named for it ("Harbour House", "the Riverside Palace"), as written. */
  venue: string | null;
  kind: "in_person" | "call";
  /** Whether it took place: held, or planned, cancelled, postponed, refused, denied, not_held, hypothetical. */
  status: MeetingStatus;
  /** The words that set a status other than held ("is due to", "was cancelled"). */
  statusText: string | null;
  /** How long it lasted, as written ("45 minutes", "an hour"). */
  duration: string | null;
  evidence: Evidence;
  rule: string;
}

export interface Statement {
  speaker: number;
  text: string;
  kind: "direct" | "reported";
  evidence: Evidence;
  rule: string;
}

/** Everything extracted from one article. */
export interface Extraction {
  entities: Entity[];
  meetings: Meeting[];
  statements: Statement[];
  /**
   * Where each kept entity is mentioned, by name, alias, role phrase or kin phrase ("the Chairman" for Tomas
   * Bell): `[start, end)` UTF-16 offsets into the parsed text, in text order. Optional for callers that build
   * an extraction by hand; the pipeline always gives it.
   */
  mentions?: Array<{ start: number; end: number; entity: number }>;
}
