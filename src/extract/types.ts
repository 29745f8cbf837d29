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
  date: string | null;
  place: string | null;
  kind: "in_person" | "call";
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
}
