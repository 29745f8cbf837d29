/**
 * Meeting status: what the words around a meeting trigger say about whether it
 * took place. A meeting without a cue is `held`. Each cue: id, the status it
 * sets, the cue words (matched case-insensitively right before the trigger,
 * within two words, or after it in the same clause), and an example whose
 * meeting a test checks (test/lexicon/meeting-status.test.ts).
 */
export type MeetingStatus = "held" | "planned" | "cancelled" | "postponed" | "refused" | "denied" | "not_held" | "hypothetical";

export interface StatusCue {
  id: string;
  status: Exclude<MeetingStatus, "held">;
  /** Words before the trigger ("is due to meet"), as a regex source ending where the trigger starts. */
  before?: string;
  /** Words after the trigger in its clause ("a meeting …, was cancelled"), as a regex source. */
  after?: string;
  example: string;
}

export const MEETING_STATUS_CUES: readonly StatusCue[] = [
  { id: "denied", status: "denied", before: "\\bden(?:ied|ies|y)\\s+(?:that\\s+)?(?:\\w+\\s+){0,3}", example: "Mira Holt denied that she met Ivo Brandt." },
  { id: "refused", status: "refused", before: "\\b(?:refused|refuses|declined|declines|rejected)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt refused to meet Ivo Brandt." },
  // "vindicated by avoiding talks with the PM", "boycotted the meeting with X", "snubbed talks with Y".
  { id: "avoided", status: "refused", before: "\\b(?:avoid(?:ed|s|ing)?|boycott(?:ed|s|ing)?|snubb(?:ed|ing)|snubs|shunn(?:ed|ing)|shuns|skipp(?:ed|ing)|skips|stay(?:ed|ing)? away from)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt avoided talks with Ivo Brandt." },
  { id: "ruled-out", status: "not_held", before: "\\b(?:ruled out|rules out|ruling out|dismissed|excluded)\\s+(?:the\\s+)?(?:(?:likelihood|possibility|prospect|chance|idea)\\s+of\\s+)?(?:any\\s+)?(?:\\w+\\s+){0,1}", example: "Mira Holt ruled out the possibility of a meeting with Ivo Brandt." },
  { id: "cancelled-before", status: "cancelled", before: "\\b(?:cancell?ed|called off|scrapped)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt cancelled her meeting with Ivo Brandt." },
  { id: "postponed-before", status: "postponed", before: "\\b(?:postponed|delayed|put off)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt postponed a meeting with Ivo Brandt." },
  { id: "negated", status: "not_held", before: "\\b(?:not|never|n['’]t|no|failed to|yet to)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt did not meet Ivo Brandt." },
  { id: "hypothetical", status: "hypothetical", before: "\\b(?:would|could|might|may|should|shall|must|whether|if|unlikely)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt said she might meet Ivo Brandt." },
  { id: "planned", status: "planned", before: "\\b(?:will|plans?(?!\\s+(?:at|in|on|for|of|and)\\b)|planned|planning|expected|scheduled|set|due|hopes?|hoped|wants?|wanted|proposed|ready to|offered to|agreed to|seeking to|sought to|asked to|invited to|requested)\\s+(?:\\w+\\s+){0,2}", example: "Mira Holt is due to meet Ivo Brandt next week." },
  // "will on Wednesday afternoon hold talks with": a time phrase between the modal and the trigger.
  { id: "will-time-phrase", status: "planned", before: "\\b(?:will|shall)\\s+(?:also\\s+)?(?:on|in|at|later|this|next|early|late|tomorrow)\\b(?:\\s+[\\w’'-]+){0,3}\\s+", example: "Mira Holt will on Wednesday afternoon hold talks with Ivo Brandt." },
  { id: "ahead-of", status: "planned", before: "\\b(?:ahead of|in preparation for|in the run-up to)\\s+(?:(?:the|their|his|her|a|an|next|this)\\s+)?(?:[\\w’'-]+\\s+){0,2}", example: "Mira Holt met the unions ahead of talks with Ivo Brandt next week." },
  // "to" right before the trigger (an infinitive: "is to meet"), not "flew to Lima and held talks".
  { id: "planned-infinitive", status: "planned", before: "\\bto\\s+(?:(?:also|then|again|formally|jointly|personally|soon|later|finally|first|briefly)\\s+)?", example: "Mira Holt is to meet Ivo Brandt in Lima." },
  { id: "cancelled-after", status: "cancelled", after: "^[^.;]*?\\b(?:was|were|has been|have been|had been|is|are|was later|got)\\s+(?:\\w+\\s+)?(?:cancell?ed|called off|scrapped|shelved)\\b", example: "A meeting between Mira Holt and Ivo Brandt was cancelled." },
  { id: "postponed-after", status: "postponed", after: "^[^.;]*?\\b(?:was|were|has been|have been|had been|is|are|was later|got)\\s+(?:\\w+\\s+)?(?:postponed|put off|delayed)\\b", example: "A meeting between Mira Holt and Ivo Brandt was postponed." },
  { id: "planned-after", status: "planned", after: "^[^.;]*?(?:\\b(?:was|were|has been|have been|had been|is|are)\\s+(?:\\w+\\s+)?(?:planned|scheduled|expected|due|proposed)\\b|,\\s*(?:planned|scheduled|expected|proposed|due)\\s+(?:for|to|on|in|at)\\b|^\\s*(?:scheduled|planned|expected|proposed|set|due)\\b)", example: "Talks between Mira Holt and Ivo Brandt are scheduled for June." },
  { id: "will-be-held", status: "planned", after: "^[^.;]*?\\b(?:will|would|shall|is to|are to|is due to|are due to|is expected to|are expected to)\\s+be\\s+(?:held|hosted|convened|organi[sz]ed)\\b", example: "They agreed that a meeting will be held between Mira Holt and Ivo Brandt in April." },
  { id: "did-not-happen", status: "not_held", after: "^[^.;]*?\\b(?:did not|didn't|never|failed to)\\s+(?:take place|happen|go ahead|materiali[sz]e)", example: "A meeting between Mira Holt and Ivo Brandt did not take place." },
];
