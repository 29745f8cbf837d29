/**
 * A speech verb: its lemma, the finite forms that introduce what was said,
 * and its sense. `speech` verbs always report words; `act` verbs (welcome,
 * thank, congratulate, praise…) often name a deed instead ("welcomed the
 * visit"), so they make a statement only with a that-clause, a quote, or an
 * "as"/"for"/"on" complement ("lauded the deal as a turning point",
 * "thanked Lee for her support"). Every example is run by a test.
 */
export interface SpeechVerb {
  lemma: string;
  forms: readonly string[];
  sense: "speech" | "act";
  example: string;
  /** For `act` verbs: the words after the verb (within its clause) that make it report words. */
  complement?: Complement;
}

/** A test of the words after an act verb: a pattern, or a function when the sense is ruled out by what follows. */
export interface Complement {
  test(after: string): boolean;
}

/**
 * What makes an act verb report words: "as …", "for …", "on …", "that …" in its clause. Not "on" before a day or
 * date ("welcomed Lena Park at the palace on Monday" tells when a visitor was received), nor "for" before a meeting
 * noun ("welcomed her for talks"): those time and purpose phrases belong to a deed.
 */
const AS_FOR_ON = /^[^.;:"“]{0,100}?\b(?:as|for(?!\s+(?:talks|dinner|lunch|a\s+(?:\w+\s+)?(?:visit|meeting|dinner|lunch)))|on(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d|the (?:same|previous|following) day|the sidelines|(?:his|her|their) (?:arrival|visit))\b)|that)\b/i;
/** "welcomed Sir Ivo Brandt to Harbour House", "welcomed the envoy to the capital": a guest, then where they were welcomed. */
const WELCOMED_TO_PLACE = /^\s+(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}|(?:him|her|them|the\s+(?:\p{L}+\s+)?(?:guests?|visitors?|delegation|delegates|envoys?|ambassadors?|team))\s+)to\s/u;
/** An object of three words or more after a verb of praise ("lauded the crew's commitment"): its praise is words. */
// (Three words at least: "praised the crew" names whom, a deed; "lauded the crew's commitment and role" says what.)
const PRAISED_OBJECT: Complement = { test: (after: string) => AS_FOR_ON.test(after) || /^\s+[\p{L}’'-]+\s+[\p{L}’'-]+\s+[\p{L}’'-]+/u.test(after) };
/** "called off the talks", "called up reservists", "called in the army": a phrasal verb, no words reported. */
// ("called upon the President at his office": a visit, read by the meeting rule "visited"; "called on X to act" urges.)
const CALLED_OFF = /^\s+(?:off|up|in|out|back)\b|^\s+(?:up)?on\s+(?!(?:[\p{L}.’'-]+\s+){1,8}to\s+\p{Ll})/iu;
/**
 * "called Ivo Brandt on Tuesday", "called him to congratulate him": a person called, then a time, a purpose or a
 * medium, is a phone call (extract/meetings.ts reads it); "called the offer a sham" names something, and reports words.
 */
// ("called both President X and Y on Dec. 1": two people called, "both" before them.)
export const CALLED_SOMEONE = /^\s+(?:both\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|de|van|der|al|bin|el)\s+){1,7}(?:and\s+(?:(?:\p{Lu}[\p{L}.’'-]*|de|van|der|al|bin|el)\s+){1,7})?(?:on\s+\p{Lu}|to\s+(?!be\b)\p{Ll}+|by\s+(?:tele)?phone|yesterday|last\s|earlier|later|late\s|early\s|overnight|this\s|after\s|shortly|twice|again)|^\s+(?:him|her|them|me|us)\s+(?:on|to|by|for|after|yesterday|last|earlier|later|this|again|twice)\b/u;
/** After "renewed"/"repeated": a call, appeal, demand, plea, warning or offer (the words said again), or a that-clause. */
const RENEWED_WORDS = /^\s+(?:(?:his|her|their|its|the|an?|my|our)\s+)?(?:\w+\s+)?(?:calls?|appeals?|demands?|pleas?|warnings?|offers?|pledges?|criticism|commitment|assurances?|invitation|request|insistence|claims?|charges?|accusations?)\b|^\s+(?:\w+\s+){0,2}?that\b/i;
/** After "informed"/"updated": the one told, then what about ("the mayor about the berth", "him on the strike", "that …"). */
// ("informed that the port would reopen": South Asian usage names no one told.)
const TOLD_ABOUT = /^\s+(?:(?:[\p{L}.’'-]+\s+){1,6}?(?:about|on|of|that)|that)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/iu;
/** A lexicon row; `forms` are space-separated, "_" joining the words of one form ("pointed_out"). */
const v = (lemma: string, forms: string, sense: SpeechVerb["sense"], example: string, complement?: Complement): SpeechVerb =>
  ({ lemma, forms: forms.split(" ").map((f) => f.replaceAll("_", " ")), sense, example, ...(sense === "act" ? { complement: complement ?? AS_FOR_ON } : {}) });

/** Speech verbs, by lemma (source: verbs of attribution in news copy; see test/lexicon/speech-verbs.test.ts). */
export const SPEECH_VERB_LEXICON: readonly SpeechVerb[] = [
  v("say", "said says say went_on_to_say", "speech", "Mira Holt said the port would open in June."),
  v("make clear", "made_clear makes_clear made_it_clear makes_it_clear", "act", "Mira Holt made clear that the port would open in June.", /^\s+that\b/i),
  v("tell", "told tells", "speech", "Mira Holt told reporters the port would open in June."),
  v("state", "stated states", "speech", "Mira Holt stated that the port would open in June."),
  v("announce", "announced announces", "speech", "Mira Holt announced that the port would open in June."),
  v("add", "added adds", "speech", "Mira Holt added that the port would open in June."),
  v("warn", "warned warns", "speech", "Mira Holt warned that the port could close."),
  v("pledge", "pledged pledges", "speech", "Mira Holt pledged new funding for the harbour."),
  v("vow", "vowed vows", "speech", "Mira Holt vowed to keep the port open."),
  v("deny", "denied denies", "speech", "Mira Holt denied that the port would close."),
  v("insist", "insisted insists", "speech", "Mira Holt insisted that the port would stay open."),
  v("urge", "urged urges", "speech", "Mira Holt urged the union to return to work."),
  v("advise", "advised advises", "speech", "Mira Holt advised the union to accept the offer."),
  v("describe", "described describes", "speech", "Mira Holt described the offer as insulting."),
  v("write", "wrote writes", "speech", "Mira Holt wrote that the port would open in June."),
  v("post", "posted", "speech", "Mira Holt posted that the port would open in June."),
  v("tweet", "tweeted tweets", "speech", "Mira Holt tweeted that the ferry deal was done."),
  v("argue", "argued argues", "speech", "Mira Holt argued that the port needed money."),
  v("note", "noted notes", "speech", "Mira Holt noted that the port had been busy."),
  v("stress", "stressed stresses", "speech", "Mira Holt stressed that the port would stay open."),
  v("acknowledge", "acknowledged acknowledges", "speech", "Mira Holt acknowledged that the plan was late."),
  v("confirm", "confirmed confirms", "speech", "Mira Holt confirmed that the port would open in June."),
  v("accuse", "accused accuses", "speech", "Mira Holt accused the board of stalling the talks."),
  v("predict", "predicted predicts", "speech", "Mira Holt predicted that trade would grow."),
  v("caution", "cautioned cautions", "speech", "Mira Holt cautioned that the talks could fail."),
  v("complain", "complained complains", "speech", "Mira Holt complained that the board was slow."),
  v("concede", "conceded concedes", "speech", "Mira Holt conceded that the plan was late."),
  v("admit", "admitted admits", "speech", "Mira Holt admitted that the plan was late."),
  v("explain", "explained explains", "speech", "Mira Holt explained that the port needed money."),
  // "clarified that the photo was from another day": a correction said; "clarified the rules" is a deed.
  v("clarify", "clarified clarifies", "act", "Mira Holt clarified that the photo was taken in May.", /^\s+(?:that\b|[“"])/),
  v("maintain", "maintained maintains", "speech", "Mira Holt maintained that the plan was sound."),
  v("promise", "promised promises", "speech", "Mira Holt promised to visit the port before the end of the year."),
  v("reply", "replied replies", "speech", "Mira Holt replied that the plan was sound."),
  v("respond", "responded responds", "speech", "Mira Holt responded that the plan was sound."),
  v("suggest", "suggested suggests", "speech", "Mira Holt suggested the two ports share their data."),
  v("affirm", "affirmed affirms reaffirmed reaffirms", "speech", "Mira Holt reaffirmed support for the port plan."),
  v("assure", "assured assures reassured reassures", "speech", "Mira Holt assured the union that jobs were safe."),
  v("estimate", "estimated estimates", "speech", "Mira Holt estimated that the port would cost 40 million."),
  v("claim", "claimed claims", "speech", "Mira Holt claimed that the board had lied."),
  v("dismiss", "dismissed dismisses", "speech", "Mira Holt dismissed the report as fiction."),
  v("emphasise", "emphasised emphasized emphasises emphasizes", "speech", "Mira Holt emphasised that the port would stay open."),
  v("express", "expressed expresses", "speech", "Mira Holt expressed hope that the talks would succeed."),
  // "called Ivo Brandt on Tuesday" is a phone call, not words: only a complement that is no call reports words.
  v("call", "called calls", "act", "Mira Holt called the offer a box-ticking exercise.", { test: (after: string) => !CALLED_SOMEONE.test(after) && !CALLED_OFF.test(after) }),
  v("declare", "declared declares", "speech", "Mira Holt declared that the strike was over."),
  // "recalled ten thousand cars" withdraws goods: only a that-clause or a quote makes it speech.
  v("recall", "recalled recalls", "act", "Mira Holt recalled that the port had been closed before.", /^\s+(?:\w+\s+){0,3}?that\b/i),
  v("assert", "asserted asserts", "speech", "Mira Holt asserted that the plan was sound."),
  v("counter", "countered counters", "speech", "Mira Holt countered that the plan was sound."),
  v("signal", "signalled signaled signals", "speech", "Mira Holt signalled that a deal was close."),
  v("indicate", "indicated indicates", "speech", "Mira Holt indicated that a deal was close."),
  v("reveal", "revealed reveals", "speech", "Mira Holt revealed that a deal was close."),
  v("disclose", "disclosed discloses", "speech", "Mira Holt disclosed that a deal was close."),
  v("forecast", "forecast forecasts", "speech", "Mira Holt forecast that trade would grow."),
  v("project", "projected", "speech", "Mira Holt projected that trade would grow."),
  v("point out", "pointed_out points_out", "speech", "Mira Holt pointed out that the port was full."),
  v("reiterate", "reiterated reiterates", "speech", "Mira Holt reiterated that the port would stay open."),
  v("underline", "underlined underlines underscored underscores", "speech", "Mira Holt underlined that the port would stay open."),
  v("voice", "voiced voices", "speech", "Mira Holt voiced concern over the delays."),
  v("outline", "outlined outlines", "speech", "Mira Holt outlined plans for a second terminal."),
  v("highlight", "highlighted highlights", "speech", "Mira Holt highlighted the need for more berths."),
  v("remind", "reminded reminds", "speech", "Mira Holt reminded that the port had been closed before."),
  v("mention", "mentioned mentions", "speech", "Mira Holt mentioned that a deal was close."),
  v("convey", "conveyed conveys", "speech", "Mira Holt conveyed greetings from the governor to the mayor."),
  v("wish", "wished wishes", "speech", "Mira Holt wished the mayor good health."),
  v("echo", "echoed echoes", "speech", "Mira Holt echoed the governor's view that the port needed money."),
  v("observe", "observed observes", "speech", "Mira Holt observed that trade had grown."),
  v("remark", "remarked remarks", "speech", "Mira Holt remarked that trade had grown."),
  v("opine", "opined opines", "speech", "Mira Holt opined that trade would grow."),
  v("propose", "proposed proposes", "speech", "Mira Holt proposed that the ports share their data."),
  v("demand", "demanded demands", "speech", "Mira Holt demanded that the board resign."),
  v("appeal", "appealed appeals", "speech", "Mira Holt appealed for calm."),
  v("threaten", "threatened threatens", "speech", "Mira Holt threatened to strike."),
  v("joke", "joked jokes quipped quips", "speech", "“Aren't you tired of me yet?” Mira Holt joked."),
  v("comment", "commented comments", "speech", "“Fine work,” Mira Holt commented in front of the cameras."),
  v("cite", "cited cites", "speech", "Mira Holt cited the fishing dispute as an example of the port's troubles."),
  // "drew the attention of the envoy to …", "spoke highly of the port's workers": what was pointed to or spoken of.
  v("draw attention", "drew_attention draws_attention drew_the_attention draws_the_attention", "speech", "Mira Holt drew attention to the crowded berths."),
  v("speak of", "spoke_of speaks_of spoke_highly_of speaks_highly_of spoke_warmly_of speaks_warmly_of spoke_fondly_of", "speech", "Mira Holt spoke highly of the dockers' skill."),
  // Regret said aloud: "lamented the loss of jobs", "decried the attack", "bemoaned the delays".
  v("lament", "lamented laments", "speech", "Mira Holt lamented the loss of jobs at the port."),
  v("decry", "decried decries", "speech", "Mira Holt decried the attack on the ferry crew."),
  v("bemoan", "bemoaned bemoans", "speech", "Mira Holt bemoaned the slow pace of the harbour works."),
  // "paid a glowing tribute to X for …": praise said aloud.
  v("pay tribute", "paid_tribute pays_tribute paid_a_tribute paid_glowing_tribute paid_a_glowing_tribute paid_rich_tribute paid_a_rich_tribute paid_warm_tribute paid_a_warm_tribute paid_homage", "speech", "Mira Holt paid a glowing tribute to the dockers for their work on the quay."),
  // "talked about his desire to …", "spoke about the need for …": what was said, by its subject.
  v("talk about", "talked_about talks_about spoke_about speaks_about", "speech", "Mira Holt talked about her plans for a second quay."),
  // "was of the view that …", "is of the opinion that …": a view stated.
  v("be of the view", "was_of_the_view is_of_the_view were_of_the_view are_of_the_view was_of_the_opinion is_of_the_opinion were_of_the_opinion are_of_the_opinion", "act", "Mira Holt was of the view that the port needed a second quay.", /^\s+that\b/i),
  // "pointed to the need for more berths": a need or a fact pointed to is said; "pointed to the map" is a gesture.
  v("point to", "pointed_to points_to", "act", "Mira Holt pointed to the need for more berths at the port.", /^\s+(?:the\s+)?(?:need|importance|fact|role|risks?|dangers?|lack|success|progress|growth|potential|challenges?)\b/i),
  v("reminisce", "reminisced reminisces", "speech", "Mira Holt reminisced about her years on the harbour board."),
  // "elaborated on the plan": more words on a thing said; "elaborated" alone ("he did not elaborate") says nothing.
  v("elaborate on", "elaborated_on elaborates_on", "speech", "Mira Holt elaborated on the plan for a second quay."),
  // "informed the mayor about the berth", "updated him on the strike": words passed on; "informed decisions",
  // "updated the software" are none (the complement must follow). ("briefed the governors on …" tells of a
  // briefing, a deed news reports as such, not its words.)
  v("inform", "informed informs", "act", "Mira Holt informed the mayor about the new berth.", TOLD_ABOUT),
  v("apprise", "apprised apprises", "act", "Mira Holt apprised the mayor of the need for a second quay.", TOLD_ABOUT),
  v("update", "updated updates", "act", "Mira Holt updated the mayor on the strike.", TOLD_ABOUT),
  // "“We had dinner,” Mira Holt shared on X": a post's words (a quote always makes an act verb speech).
  // ("shared with the governor that …": words passed on to someone.)
  v("share", "shared shares", "act", "“We had dinner at the palace,” Mira Holt shared via her account.", /^\s+(?:with\s+(?:[\p{L}.’'-]+\s+){1,5})?that\b/iu),
  // "pleaded guilty" is a plea in court, not words said to anyone.
  v("plead", "pleaded pleads pled", "act", "Mira Holt pleaded for patience from the dockers.", /^\s*(?:for|with)\b/i),
  v("reject", "rejected", "act", "Mira Holt rejected the offer as insulting."),
  // "summed up the meeting as a good one": a verdict said; "summed up the figures" is arithmetic.
  // ("as" and a noun phrase's opening, not the conjunction: "summed up the figures as the clerks watched".)
  v("sum up", "summed_up sums_up", "act", "Mira Holt summed up Monday's meeting with the dockers as a good one.", /^[^.;:“”"]{0,120}?\bas\s+(?:a|an|one|being|very|quite|\p{L}+(?:ful|ive|ous))\b/iu),
  // "credited the new rules for the growth": a cause named, an opinion said; "credited the account" is none.
  v("credit", "credited credits", "act", "Mira Holt credited the new berth rules for the growth in traffic.", /^[^.;:“”"]{0,120}?\b(?:for|with)\b/i),
  // ("welcomed Ivo Brandt to the residence … for one of his first engagements": a guest welcomed to a place is a deed.)
  v("welcome", "welcomed welcomes", "act", "Mira Holt welcomed the decision as a turning point.", { test: (after: string) => !WELCOMED_TO_PLACE.test(after) && AS_FOR_ON.test(after) }),
  v("praise", "praised praises", "act", "Mira Holt praised the union for its patience.", PRAISED_OBJECT),
  // ("lauded the Harbour Force's commitment and role": praise is words whatever follows it, an object of two words at least.)
  v("laud", "lauded lauds", "act", "Mira Holt lauded the crew's commitment and role in the rescue.", PRAISED_OBJECT),
  v("hail", "hailed hails", "act", "Mira Holt hailed the deal as a turning point.", PRAISED_OBJECT),
  v("commend", "commended commends", "act", "Mira Holt commended the crew for their work.", PRAISED_OBJECT),
  v("criticise", "criticised criticized criticises criticizes", "act", "Mira Holt criticised the board for its silence."),
  v("condemn", "condemned condemns", "act", "Mira Holt condemned the attack as cowardly."),
  v("deplore", "deplored deplores", "act", "Mira Holt deplored the attack as senseless."),
  // "regretted that the talks failed"; not "regretted nothing".
  v("regret", "regretted regrets", "act", "Mira Holt regretted that the talks on the ferry link had failed.", /^\s+(?:\w+\s+){0,2}?that\b/i),
  v("thank", "thanked thanks", "act", "Mira Holt thanked the mayor for his support."),
  v("congratulate", "congratulated congratulates", "act", "Mira Holt congratulated the mayor on his re-election."),
  v("appreciate", "appreciated appreciates", "act", "Mira Holt appreciated the governor's support for the port."),
  // Views said, not "exchanged pleasantries", "greetings", "gifts" or "documents".
  v("exchange", "exchanged", "act", "Mira Holt exchanged views on trade with the mayor.", /^\s*(?:their\s+|frank\s+|candid\s+)?(?:views|opinions|ideas|thoughts)\b/i),
  v("agree", "agreed agrees", "act", "Mira Holt agreed that the port needed a second berth.", /^\s*(?:[^\s.;:"“]+\s+){0,3}?that\b/i),
  v("single out", "singled_out singles_out", "act", "Mira Holt singled out the ferry link as the most urgent project."),
  // "reported a loss" is news of a deed; "reported that …" and "…, the agency reported." report words.
  v("report", "reported reports", "act", "The port would open in June, Mira Holt reported.", /^\s*(?:(?:on|late|early)\s+\w+\s+)?(?:that\b|[.,;!?]|$)/i),
  // "requested the envoy to open an office", "requested the creation of a library": words asking for something;
  // not "requested backup" nor "had requested a meeting" (a meeting asked for is no words: meeting-status.ts).
  v("request", "requested requests", "act", "Mira Holt requested the creation of a second berth at the port.", /^\s+(?:that\b|(?:if|whether)\s+\S|(?:the|a|an|his|her|their|its)\s+(?!(?:meetings?|talks|audience|visit|call|interview)\b)\p{Ll}+\s+(?:of|for|on)\s|(?!(?:a|an|the)\s+(?:meetings?|talks|audience|visit|call|interview)\b|to\b)[^.;:"“]{0,100}?\b(?:to|for)\b)/u),
  // (Not an invitation to an occasion, a deed: "invited the mayor for the meeting", "to a dinner".)
  // "challenged business people to invest in Kenya": a call on someone to act; "challenged the ruling" is a deed.
  v("challenge", "challenged challenges", "act", "Mira Holt challenged the dockers to finish the quay by June.", /^\s+(?:[\p{L}’'-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|their|court)\b)\p{Ll}+/u),
  // "raised issues of concern at the border", "raised the matter of fees": a matter put to someone in words; "raised
  // funds", "raised the flag" are deeds.
  v("raise", "raised raises", "act", "Mira Holt raised concerns about the delays at the port.", /^\s+(?:[\p{L}’'-]+\s+){0,2}?(?:issues?|concerns?|questions?|the\s+(?:issue|matter|question|need|subject|problem))\b/iu),
  // "briefed the envoy on the new patrol base", "briefed him of the advice": what someone was told; not "briefed the
  // press on Monday".
  v("brief", "briefed briefs", "act", "Mira Holt briefed the mayor on the state of the port.", /^\s+(?:[\p{L}’'.-]+\s+){1,5}?(?:on|about|of)\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+(?:meeting|talks|call|phone))\b)\p{L}/iu),
  // "asked the Norwegian side to keep supporting …": a request said to someone; "asked to be excused", "asked for
  // the bill" are not read here (someone must be asked, then "to" and a verb).
  v("ask", "asked asks", "act", "Mira Holt asked the mayor to keep the ferry running.", /^\s+(?:[\p{L}’'-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|their|be)\b)\p{Ll}+/u),
  // ("encouraged the company to build …": words when an infinitive follows the one encouraged, as "asked" does.)
  v("encourage", "encouraged encourages", "act", "Mira Holt encouraged the company to build the new quay as soon as possible.", /^\s+(?:[\p{L}’'-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|their|be)\b)\p{Ll}+/u),
  v("invite", "invited invites", "act", "Mira Holt invited the mayor to visit the port.", /^[^.;:"“]{0,100}?\b(?:to|for)\b(?!\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:meeting|talks|visit|dinner|lunch|summit|ceremony|reception|event|conference)\b)/i),
  // "renewed her call for a ceasefire", "repeated his demand that …": words said again; "renewed the licence",
  // "repeated the exercise" are deeds.
  v("renew", "renewed renews", "act", "Mira Holt renewed her call for lenders to cut rates.", RENEWED_WORDS),
  v("repeat", "repeated repeats", "act", "Mira Holt repeated her demand that the board resign.", RENEWED_WORDS),
];

/** Prepositions that end in -ing and open no participle clause ("said during the talks that …", ", including X"). */
export const ING_PREPOSITIONS: readonly string[] = ["during", "including", "concerning", "regarding", "following", "according", "considering", "notwithstanding", "excluding", "pending", "barring"];

/** Every finite form of a speech verb (lower case). */
/**
 * Lemmas of SPEECH_VERB_LEXICON that report words and nothing else: an unnamed body before one of them speaks
 * ("the airline warned", "the regulator insisted"), where "confirmed X as commissioner" or "described" are acts
 * as often as speech. Each is a lexicon row (test/lexicon/speech-verbs.test.ts checks).
 */
export const WORDS_ONLY_LEMMAS: readonly string[] = ["say", "tell", "state", "add", "warn", "insist", "argue", "claim", "note", "explain", "write", "tweet", "caution", "stress", "deny"];
/** The finite forms of WORDS_ONLY_LEMMAS ("said", "warns"). */
export const WORDS_ONLY_FORMS: readonly string[] = SPEECH_VERB_LEXICON.filter((v) => WORDS_ONLY_LEMMAS.includes(v.lemma)).flatMap((v) => v.forms);

/**
 * Lemmas whose object is a noun phrase of what was said or done in words ("lauded the Harbour Force's commitment", "expressed
 * his gratitude", "congratulated him on the win"): with no "that", the verb belongs to the statement's text, which
 * reads as a clause only with it ("Lind: lauded the Harbour Force's commitment …", not "the Harbour Force's commitment …").
 */
export const NOUN_OBJECT_LEMMAS: readonly string[] = [
  "express", "pledge", "congratulate", "thank", "commend", "laud", "praise", "welcome", "hail", "reaffirm", "reiterate",
  "appreciate", "acknowledge", "convey", "voice", "underline", "underscore", "highlight", "emphasise", "emphasize",
  "stress", "note", "urge", "condemn", "criticise", "criticize", "denounce", "applaud", "affirm", "encourage", "wish",
  "renew", "repeat", "brief", "inform", "assure", "ask", "request", "invite", "call", "propose", "suggest", "raise", "recall",
];
/** The finite forms of NOUN_OBJECT_LEMMAS that the lexicon has. */
export const NOUN_OBJECT_FORMS: ReadonlySet<string> = new Set(SPEECH_VERB_LEXICON.filter((v) => NOUN_OBJECT_LEMMAS.includes(v.lemma)).flatMap((v) => v.forms));

export const SPEECH_VERBS: readonly string[] = [...new Set(SPEECH_VERB_LEXICON.flatMap((x) => x.forms))];
/** Forms of the `act` verbs → the complement that makes them report words (a quote always does). */
const BY_LEMMA: ReadonlyMap<string, SpeechVerb> = new Map(SPEECH_VERB_LEXICON.map((v) => [v.lemma, v]));
/** The lexicon's record of a verb by its lemma ("acknowledge"), or undefined (lemmas are unique in the lexicon). */
export const speechVerbByLemma = (lemma: string): SpeechVerb | undefined => BY_LEMMA.get(lemma);
/**
 * Whether `verb` reports no words with `after` after it: an act verb whose complement is not there ("welcomed the
 * visit"). `after` is passed as each caller reads the clause (the complement patterns open with the space after the verb).
 */
export const actWithoutComplement = (verb: SpeechVerb, after: string): boolean => verb.sense === "act" && !verb.complement!.test(after);

export const ACT_SPEECH_VERBS: ReadonlyMap<string, Complement> = new Map(SPEECH_VERB_LEXICON.filter((x) => x.sense === "act").flatMap((x) => x.forms.map((f) => [f, x.complement!] as const)));

/**
 * Meeting triggers: "X <trigger> Y" is a meeting between X and Y.
 * Each: id, hint (literal stems one of which the sentence must contain, a fast
 * pre-check before the pattern), pattern (regex source, case-insensitive), kind,
 * whether the trigger is reciprocal ("X and Y met": no object needed), and an
 * example with two people that a test runs (test/lexicon/meeting-triggers.test.ts).
 * When nobody stands before a trigger, the subject of the main clause takes part
 * ("In his meeting with Y on Monday, X said": see mainClauseSubject in extract/meetings.ts).
 */
export interface MeetingTrigger {
  id: string;
  hint: string;
  re: string;
  kind: "in_person" | "call";
  reciprocal?: boolean;
  /** A case-sensitive test the words right after the trigger must pass (names are told by their capitals). */
  after?: RegExp;
  /** The trigger names no one met ("X and Y discussed trade"): only a subject side of two or more is a meeting. */
  objectless?: boolean;
  /** Which side received the other, for a later "the host" or "the guest" (hosted: the subject; visited: the object). */
  host?: "subject" | "object";
  example: string;
}

const NOT_PLANNED = "(?!scheduled|planned|expected|proposed|set|due)";
// ("held a series of engagements with": military and diplomatic English for meetings.)
const MEETING_NOUN_ALT = "talks|meetings?|discussions?|negotiations|consultations|bilaterals?|bilateral meetings?|courtesy meeting|tete-a-tete|t[eê]te-[àa]-t[eê]te|dialogue|audience|engagements";

/** Verbs whose object is the one spoken to, a meeting when a call is told around them (rule "briefed-in-call"). */
const BRIEF_VERBS = "briefed|informed|updated|assured|reassured|congratulated|invited|thanked|urged|asked";
/** "in a telephone conversation", "during their video call", "over the phone call". */
const IN_A_CALL = "\\b(?:in|during|on|over|via) (?:a |an |the |their |his |her |its |separate )?(?:[\\w-]+ ){0,2}?(?:phone|telephone|video) (?:calls?|conversations?)\\b";
export const MEETING_VERBS: readonly MeetingTrigger[] = [
  { id: "phone-call-with", hint: "call|conversation|conference|link|meeting|talk", re: `(?:held|had|made|conducted|took part in|engaged in|holds|has) (?:a |an |his |her |their |its )?(?:[\\w-]+ ){0,2}?(?:(?:phone|telephone|video|virtual) (?:call|conversation|conference|link|meeting|talks?)|videoconference|video-conference|teleconference)(?: ${NOT_PLANNED}[\\w’'-]+){0,4}? with`, kind: "call", example: "Mira Holt had her first telephone conversation with Ivo Brandt." },
  { id: "spoke-by-phone", hint: "phone|video", re: "(?:spoke|talked|speaks|talks|communicated|conversed)(?: (?:this|last|on|late|early|\\w+day|morning|evening|night|today|yesterday)){0,3} (?:by|over the|on the) (?:phone|telephone|video ?link|video call)(?: \\w+){0,4}? with", kind: "call", example: "Mira Holt communicated this Sunday night by phone with Ivo Brandt." },
  { id: "call-from", hint: "call", re: "(?:received|got|took|returned|made|placed)(?: (?:yesterday|today|also|later|on \\w+day))? (?:a |an )?(?:phone |telephone |video )?call(?: (?:today|yesterday|tonight|on \\w+day))? (?:from|to)", kind: "call", example: "Mira Holt received yesterday a phone call from Ivo Brandt." },
  { id: "in-calls-with", hint: "call|conversation", re: `(?:in|during|on) (?:a |an |separate |their |his |her |the )?(?:\\w+ )?(?:phone|telephone|video) (?:calls?|conversations?)(?: ${NOT_PLANNED}[\\w’'-]+){0,3}? with`, kind: "call", example: "Mira Holt in a telephone call on Thursday with Ivo Brandt agreed on a date." },
  // (", including with X": the ones met among others.)
  { id: "held-talks-with", hint: "talk|meeting|discussion|negotiation|consultation|bilateral|dialogue|tete|audience|summit|engagement", re: `(?:held|holds|had|has|opened|began|resumed|conducted|hold) (?:a |an )?[“"‘]?(?:[\\w-]+ ){0,3}?(?:${MEETING_NOUN_ALT}|summit)[”"’]?(?:, including)?(?: ${NOT_PLANNED}[\\w’'-]+){0,6}? with`, kind: "in_person", example: "Mira Holt had a \"frank meeting\" with Ivo Brandt." },
  { id: "met-with", hint: "met|meet", re: "(?:met|meets|meeting|meet) (?:separately |privately |briefly |again |later |also |on \\w+day |\\w+day )?with", kind: "in_person", example: "Mira Holt met Wednesday with Ivo Brandt." },
  { id: "sat-down-with", hint: "down", re: "(?:sat|sits) down (?:(?:on )?\\w+day )?with", kind: "in_person", example: "Mira Holt sat down Tuesday with Ivo Brandt." },
  { id: "dined-with", hint: "dine|lunched|breakfasted", re: "(?:dined|dines|dine|dining|lunched|breakfasted) (?:(?:on )?\\w+day |privately |together )?with", kind: "in_person", example: "Mira Holt dined with Ivo Brandt in Bergen." },
  { id: "dinner-with", hint: "dinner|lunch|breakfast|meal", re: "(?:had|hosted|held|attended) (?:a |an )?(?:\\w+ )?(?:dinner|lunch|breakfast|meal)(?: [^.;:“”\"]{1,160}?)? with", kind: "in_person", example: "Mira Holt had lunch on Tuesday at the headquarters of the port board, in Bergen, with Ivo Brandt." },
  { id: "hosted-for", hint: "reception|dinner|lunch|banquet|breakfast", re: "(?:hosted|hosts|gave|held|threw) (?:a |an )?(?:\\w+ )?(?:reception|dinner|lunch|luncheon|banquet|breakfast)(?: [^.;]{0,40}?)? (?:for|in honou?r of)", kind: "in_person", host: "subject", example: "Mira Holt hosted a reception in Oslo on May 2 for Ivo Brandt." },
  // "X spoke at a reception for Y", "… at a dinner in honour of Y": the subject was at Y's reception.
  { id: "at-reception-for", hint: "reception|dinner|lunch|banquet|breakfast", re: "(?:at|during|after) (?:a|an|the) (?:[\\w-]+ )?(?:reception|dinner|luncheon|lunch|banquet|breakfast) (?:held |hosted |given )?(?:for|in honou?r of)", kind: "in_person", example: "Mira Holt made the remarks at a reception for Ivo Brandt in Bergen on Monday." },
  // "X said at a joint press conference with Y": the two stood together.
  { id: "joint-conference-with", hint: "conference", re: "(?:a|the|their) joint (?:press|news) conference with", kind: "in_person", example: "Mira Holt spoke at a joint press conference with Ivo Brandt in Bergen." },
  // "X presided over the ministers' meeting", "X chaired the session": a meeting whose other members a later sentence
  // names ("Y and Z attended the meeting"); with none named it is no meeting of anyone.
  { id: "chaired-meeting", hint: "meeting|session|talks|summit|conference", re: "(?:presided over|chaired|convened|hosted|opened) (?:the |a |an )?(?:[\\w+()’'-]+ ){0,8}?(?:meeting|session|talks|summit|conference|consultations)", kind: "in_person", example: "Mira Holt chaired the harbour board's meeting on Monday. Ivo Brandt attended the meeting." },
  { id: "courtesy-call", hint: "call|visit", re: "(?:paid|pays|paying|pay|made|makes) (?:a |an )?(?:\\w+ )?(?:courtesy )?(?:call|visit)s? (?:on|to)", kind: "in_person", host: "object", example: "Mira Holt paid a courtesy call on Ivo Brandt." },
  // "led members to a courtesy call to the Governor", "went on a farewell call on the minister": the call is a visit here.
  { id: "on-a-courtesy-call", hint: "courtesy|farewell|goodwill", re: "(?:to|on|for) (?:a|an) (?:courtesy|farewell|goodwill) calls? (?:on|to)", kind: "in_person", host: "object", example: "Mira Holt led the board members to a courtesy call to Governor Ivo Brandt on Friday." },
  { id: "paid-him-a-visit", hint: "call|visit", re: "(?:paid|pays|paying|made)(?= (?:him|her|them) (?:a |an )?(?:\\w+ )?(?:courtesy )?(?:call|visit)\\b)", kind: "in_person", host: "object", example: "Ivo Brandt met the press, then Mira Holt paid him a courtesy visit." },
  { id: "passive-by", hint: "by", re: "(?:was|were|has been|have been|had been|been|being|is|are) (?:\\w+ )?(?:hosted|received|welcomed|greeted|met|visited)(?: in (?:a |an )?(?:private |special )?audience| (?:at|on|in) (?:the )?(?:[\\w’'-]+ ){0,2}?(?:palace|airport|residence|house|office|tarmac|border|ministry|headquarters|hotel|door|steps|station|entrance))? by", kind: "in_person", example: "Mira Holt was received by Ivo Brandt at the palace." },
  // "were accorded a warm welcome by X", "was given a rousing reception by Y": the passive of a welcome.
  { id: "accorded-welcome-by", hint: "welcome|reception", re: "(?:was|were|has been|have been|had been|been|being|is|are) (?:\\w+ )?(?:accorded|given) (?:a |an )?(?:\\w+ ){0,2}?(?:welcome|reception) by", kind: "in_person", example: "Mira Holt was accorded a warm welcome by Ivo Brandt at the town hall." },
  // "received a courtesy visit from X", "received a visit from X": the visitor came to the subject (a plain "call from" is a phone call: call-from).
  { id: "visit-from", hint: "visit|courtesy", re: "(?:received|receives|receive)(?: (?:yesterday|today|also|later|on \\w+day))? (?:a |an )?(?:(?:courtesy|official|working|farewell|goodwill|private|brief|surprise) )?visit from|(?:received|receives|receive)(?: (?:yesterday|today|also|later|on \\w+day))? (?:a |an )?courtesy call from", kind: "in_person", host: "subject", example: "Mira Holt received a visit from Ivo Brandt at the palace." },
  // "received four courtesy calls on Monday, including a visit from X": each caller came to the subject, one by one.
  { id: "courtesy-calls-from", hint: "courtesy", re: "(?:received|receives|receive)(?: (?:\\w+|several|separate))? courtesy (?:calls|visits)(?: [^.;:“”\"]{0,60}?)? from", kind: "in_person", host: "subject", example: "Mira Holt received three courtesy calls on Monday, including a visit from Ivo Brandt." },
  // Gulf and palace style: "received in audience X" (the audience granted by the subject).
  { id: "received-in-audience", hint: "audience", re: "(?:received|receives|receive)(?: (?:yesterday|today|on \\w+day))? in (?:a |an )?(?:private |special )?audience", kind: "in_person", host: "subject", example: "Mira Holt today received in audience Ivo Brandt at the palace." },
  // Nigerian and Ghanaian papers: "when he played host to X".
  { id: "played-host-to", hint: "host", re: "(?:played|plays|play|playing) host to", kind: "in_person", host: "subject", example: "Mira Holt played host to Ivo Brandt at the Government House." },
  // A participle after a time conjunction, its subject the clause's: "X said on Tuesday after meeting Y".
  // A participle after a preposition, its subject the clause's: "released a statement after hosting X and Y for talks".
  { id: "after-hosting", hint: "host|receiv|welcom", re: "(?<=\\b(?:after|before|while|when|since|by|on) )(?:hosting|receiving|welcoming)", kind: "in_person", host: "subject", example: "Mira Holt released a statement after hosting Ivo Brandt for talks in Bergen." },
  { id: "after-meeting", hint: "meeting", re: "(?<=\\b(?:after|while|when|since) )meeting(?! (?:with|of|in|at|on|was|were|will|would|had|has)\\b)", kind: "in_person", example: "Mira Holt said the port would open after meeting Ivo Brandt in Bergen." },
  { id: "met", hint: "met|meet", re: "(?:met|meets|meet|(?:is|are|was|were) meeting)", kind: "in_person", reciprocal: true, example: "Mira Holt met Ivo Brandt in Bergen." },
  // ("Mr Holt, who was welcoming Ivo Brandt to his office, said …": the progressive tells the same visit.)
  { id: "hosted", hint: "host|receiv|welcom", re: "(?:hosted|hosts|host|received|receives|receive|welcomed|welcomes|welcome|(?:was|were|is|are) (?:hosting|receiving|welcoming))", kind: "in_person", host: "subject", example: "Mira Holt received Ivo Brandt in Bergen." },
  // "called on X to resign" urges; it is not a visit. "her visit to Tula with X" is a noun: a trip, not X visited.
  { id: "visited", hint: "visit|call", re: "(?:visited|(?<!\\b(?:a|an|the|his|her|their|its|my|our|this|that|official|state|working|first|recent|planned|next|(?:one|two|three|four|five|six|seven|\\d+)-(?:day|week|month)|day-long|week-long) )(?:visits|visit)|(?<!\\b(?:a|an|the|his|her|their|its|courtesy|farewell|phone|telephone|video|conference|brief|short|long|first|second) )(?:called|calls|call) (?:up)?on(?!\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the (?:phone|telephone)|\\d)\\b)(?!\\s+(?:[\\p{L}.’'-]+\\s+){1,6}to\\s+\\p{Ll}))", kind: "in_person", host: "object", example: "Mira Holt visited Ivo Brandt at his office." },
  // "called Ivo Brandt on Tuesday to congratulate him": the person called, then a time, purpose or medium (CALLED_SOMEONE).
  { id: "called-someone", hint: "call", re: "called", after: CALLED_SOMEONE, kind: "call", example: "Mira Holt called Ivo Brandt on Tuesday to wish him well." },
  // "briefed Ivo Brandt in a telephone conversation", "In a video call, Mira Holt informed Ivo Brandt", "invited Ivo
  // Brandt to visit during a phone call": a call the clause tells (verbs whose object is the one spoken to).
  // (The verb is matched first and the call looked for around it: a pattern opening with a lookbehind would read back
  // up to 160 characters at every position of every sentence.)
  // (…and one told of in person: "told X during their meeting that …", "assured Y at the talks in Bergen".)
  { id: "told-in-meeting", hint: "meeting|talks|discussion|audience", re: `(?:told|tells|${BRIEF_VERBS})`, after: /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:during|at|in)\s+(?:their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions?|audience)\b(?!\s+(?:with|of|between)\b)/u, kind: "in_person", example: "Mira Holt told Ivo Brandt during their meeting on Monday that the port would stay open." },
  { id: "briefed-in-call", hint: "phone|video", re: `(?:${BRIEF_VERBS})(?:(?=[^.;]{0,160}${IN_A_CALL})|(?<=${IN_A_CALL}[^.;]{0,160}?(?<![a-z])(?:${BRIEF_VERBS})))`, kind: "call", example: "In a ten-minute telephone conversation, Mira Holt briefed Ivo Brandt on the strike." },
  // An envoy taking up a post: "presented her credentials to X", "at the accreditation of Ambassador X" (the head of
  // state receives the envoy in person).
  { id: "presented-credentials", hint: "credence|credential", re: "(?:presented|presents|present|presenting|handed over|submitted) (?:(?:his|her|their|the) )?(?:[\\w-]+ ){0,2}?(?:credentials|letters? of credence)(?: [^.;:“”\"]{0,60}?)? to", kind: "in_person", host: "object", example: "Mira Holt presented her credentials to Ivo Brandt in Bergen." },
  // ("accepted the credentials of Ambassador X": the head of state receiving them meets the envoy.)
  { id: "accepted-credentials", hint: "credence|credential", re: "(?:accepted|accepts|accept|accepting) (?:the )?(?:[\\w-]+ )?(?:credentials|letters? of credence) of", kind: "in_person", host: "subject", example: "President Mira Holt also accepted the credentials of Ambassador Ivo Brandt of Norway." },
  { id: "at-the-accreditation-of", hint: "accredit|credential", re: "(?:at|during|attended|witnessed) (?:the )?(?:accreditation|credentials? ceremony|presentation of credentials)(?: ceremony)? of", kind: "in_person", host: "subject", example: "Mira Holt spoke at the accreditation of Ambassador Ivo Brandt on Monday." },
  // ("gave an audience at Varde Palace on Wednesday to X": where and when may stand between.)
  { id: "audience-to", hint: "audience", re: "(?:granted|grants|gave|gives|grant|give) (?:a |an )?(?:\\w+ )?audience(?: (?:at|in|on) [^.;:“”\"]{1,60}?)? to", kind: "in_person", host: "subject", example: "Mira Holt granted an audience to Ivo Brandt at the palace." },
  { id: "exchanged-views-with", hint: "exchange", re: "(?:exchanged|exchanges|exchange|held an exchange of|had an exchange of) (?:views|ideas|opinions|notes|greetings|pleasantries)(?: [^.;:“”\"]{1,80}?)? with", kind: "in_person", example: "Mira Holt exchanged views on the fishing quotas with Ivo Brandt in Bergen." },
  // "A and B witnessed the signing of three agreements": two named together at a signing were there together.
  // (Two who sign a pact sign it together, "with" one another or as a subject of two: a letter or a petition
  // signed by many tells of no meeting.)
  { id: "signed-with", hint: "sign", re: "(?:signed|signs|sign)(?: (?:today|yesterday|on \\w+day|\\w+day))? (?:an? |the |two |three |several )?(?:[\\w-]+ ){0,3}?(?:agreements?|protocols?|memorand(?:um|a) of understanding|memorand(?:um|a)|accords?|MoUs?|treaty|treaties|joint declaration|joint communiqu[eé])(?: [\\w-]+){0,6}? with", kind: "in_person", example: "Mira Holt signed a port agreement with Ivo Brandt in Bergen on Monday." },
  { id: "signed-together", hint: "sign", re: "(?:signed|signs)(?: (?:today|yesterday|on \\w+day|\\w+day))? (?:an? |the |two |three |several )?(?:[\\w-]+ ){0,3}?(?:agreements?|protocols?|memorand(?:um|a) of understanding|memorand(?:um|a)|accords?|MoUs?|treaty|treaties|joint declaration|joint communiqu[eé])\\b(?! with)(?![^.;]{0,80}\\bseparate)", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt signed today a protocol on port cooperation." },
  { id: "witnessed-signing", hint: "witness", re: "(?:witnessed|witnesses|oversaw|oversees) the (?:signing|signature|exchange) of", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt witnessed the signing of three port agreements in Bergen." },
  // "Another fruitful discussion Dr. Holt held was with her Danish counterpart": the one who held it named inside.
  { id: "held-was-with", hint: "held|had", re: "(?:held|had)(?<=\\b(?:discussions?|meetings?|talks|conversations?)\\s+(?:[\\p{L}.’'-]+\\s+){1,4}(?:held|had)) (?:was|were) with", kind: "in_person", example: "Another fruitful discussion Mira Holt held was with Ivo Brandt of Norway." },
  // "the conversation President X had with Y last month": a meeting noun, then the one who had it and "had with".
  { id: "noun-had-with", hint: "held|had", re: "(?:held|had)(?<=\\b(?:discussions?|meetings?|talks|conversations?|calls?|phone calls?|exchanges?)\\s+(?:that\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,4}(?:held|had)) with", kind: "in_person", example: "The meeting followed the conversation Mira Holt had with Ivo Brandt in Oslo last month." },
  // "A and B exchanged views on trade": the two named together, no one after.
  // "had in-depth exchanges with Y": talks by another name (not "exchanges of fire", "exchanges of prisoners").
  { id: "had-exchanges-with", hint: "exchange", re: "(?:had|held|have|has) (?:[\\w-]+ ){0,2}?exchanges(?! of)(?: [^.;:“”\"]{1,60}?)? with", kind: "in_person", example: "Mira Holt had in-depth exchanges with Ivo Brandt on the fishing quotas." },
  { id: "exchanged-views-together", hint: "exchange", re: "(?:exchanged|exchanges) (?:views|ideas|opinions)", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt exchanged views on trade in Bergen on Monday." },
  // "X joined Y for talks": joining someone for a meeting, a meal or a call is meeting them.
  { id: "joined-for", hint: "join", re: "(?:joined|joins|join)", kind: "in_person", after: /^\s+(?:[\p{L}.’'-]+\s+){1,6}?for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:talks|meeting|discussions|dinner|lunch|breakfast|consultations|call)\b/u, example: "Mira Holt joined Ivo Brandt for talks in Bergen on Monday." },
  { id: "phoned", hint: "phone|rang|dial", re: "(?:phoned|phones|telephoned|rang|dialled|dialed)", kind: "call", example: "Mira Holt phoned Ivo Brandt on Monday." },
  { id: "talks-with", hint: "talk|spoke|speak|hands|greet|confer|interact|huddle|engag", re: "(?:(?:talks|talked|talk|speaks|spoke|spoken|speak|conferred|confers) (?:(?:today|yesterday|again|separately|briefly|later|also|twice|(?:on )?\\w+day(?: [\\d/.]+)?) )?(?:with|to)|shakes hands with|shook hands with|shake hands with|greets with|greeted with|interacted with|interacts with|huddled with|huddles with|(?:engaged|engages|engaging) with)", kind: "in_person", example: "Mira Holt spoke with Ivo Brandt." },
  { id: "greets", hint: "greet", re: "(?:greets|greeted)", kind: "in_person", example: "Mira Holt greeted Ivo Brandt." },
  { id: "farewell-to", hint: "farewell", re: "(?:bade|bid|bids) farewell to", kind: "in_person", example: "Mira Holt bade farewell to Ivo Brandt." },
  // (Two named as the subject sit down for a purpose: a meeting of the two; "sat down with X" is the row above.)
  // (South Asian wire style for whom the subject received: "He was talking to X, who called on him", "was talking to X in Rawalpindi".)
  { id: "was-talking-to", hint: "talk|speak", re: "(?:was|were) (?:talking|speaking) (?:to|with)", kind: "in_person", example: "Mira Holt was talking to Harbour Board chairman Ivo Brandt in Bergen on Monday." },
  { id: "sat-down-together", hint: "down", re: "(?:sat|sits|sit) down (?:together )?(?:(?:on )?\\w+day )?(?:to (?:discuss|talk|negotiate|iron|thrash|hammer|review|resolve|settle|agree)|for (?:talks|a (?:\\w+ )?(?:meeting|discussion|conversation|chat)|(?:a |an )?(?:\\w+ )?(?:dinner|lunch|breakfast)))", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt sat down on Wednesday to iron out their differences over the port." },
  // ("A and B came together": two named as the subject met; not "came together to form a coalition" nor "against" a third.)
  { id: "came-together", hint: "together", re: "(?:came|comes|come|got|gets|get) together(?![^.;]{0,40}\\b(?:to (?:form|oppose|support|back|fight|create|launch|found|build|push|demand|condemn|protest|campaign)|against|behind|in (?:support|opposition|protest)|as\\b))", kind: "in_person", reciprocal: true, objectless: true, example: "As the delegates mingled in the foyer, Mira Holt and Ivo Brandt came together." },
  { id: "shake-hands", hint: "hands", re: "(?:shake|shakes|shook|shaking) hands", kind: "in_person", reciprocal: true, example: "Mira Holt and Ivo Brandt shook hands." },
  { id: "pose-with", hint: "pos", re: "(?:pose|poses|posed|posing) (?:for (?:a )?(?:photo|photograph|picture)s? )?with", kind: "in_person", example: "Mira Holt posed for photos with Ivo Brandt." },
  // Without an object: "X and Y held talks in Z", "X and Y spoke by phone on Tuesday".
  { id: "held-talks", hint: "talk|meeting|discussion|exchange|consultation|negotiation|tete", re: "(?:held|hold|holds|had|conducted|conduct|engaged in) (?:[\\w-]+ ){0,2}?(?:[“\"‘][\\w ,-]{1,40}[”\"’] )?(?:talks|(?:a |an )?(?:\\w+ )?meeting|discussions|exchanges(?! of)|(?:a |an )?t[eê]te-[àa]-t[eê]te)|(?:held|hold|holds|conducted|conduct|engaged in) (?:[\\w-]+ )?(?:consultations|negotiations)", kind: "in_person", reciprocal: true, example: "Mira Holt and Ivo Brandt conducted frank discussions in Bergen." },
  // "X and his counterpart Y reviewed the partnership at a meeting in Kathmandu": two subjects "at a meeting" met
  // (not "were arrested at a meeting").
  // "A and B agreed to resume visits after their summit in Tokyo": their own meeting, told after the fact.
  { id: "after-their-meeting", hint: "meeting|talks|summit", re: "(?<=\\b(?:after|following) )their (?:[\\w-]+ ){0,2}?(?:meeting|talks|summit)(?! (?:with|of|between|on|to)\\b)", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt agreed to resume ferry visits after their summit in Bergen." },
  // "A and B spoke briefly on the margins of the summit": a word on the sidelines is a meeting (not "spoke at the
  // conference", two speeches).
  { id: "spoke-on-the-sidelines", hint: "spoke|talk", re: "(?:spoke|talked|chatted|conversed)(?: (?:briefly|privately|informally))? (?:on the (?:sidelines|margins)|in the corridors)", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt spoke briefly on the margins of the port summit in Bergen." },
  { id: "at-a-meeting", hint: "meeting|talks", re: "(?<=\\b(?:at|during|in) )(?<!\\b(?:was|were|been|being) \\w+ (?:at|during|in) )(?:a|an|their) (?:[\\w-]+ ){0,2}?(?:meeting|talks)(?! (?:with|of|between|on|to)\\b)", kind: "in_person", reciprocal: true, example: "Mira Holt and her counterpart Ivo Brandt reviewed the port plan at a meeting in Bergen on Monday." },
  // "spent quite a while on the telephone this morning with X": time on the phone with someone is a call.
  { id: "spent-on-the-phone-with", hint: "phone", re: "(?:spent|spends|spend|spending) (?:[\\w-]+ ){0,4}?on the (?:tele)?phone(?: [^.;:]{0,40}?)? with", kind: "call", example: "Mira Holt spent an hour on the phone with Ivo Brandt on Monday." },
  { id: "spoke-by-phone-together", hint: "phone|video", re: "(?:spoke|talked|speak|talk) (?:by|over the|on the) (?:phone|telephone|video ?link)", kind: "call", reciprocal: true, example: "Mira Holt and Ivo Brandt spoke over the phone on Tuesday." },
  { id: "had-a-call", hint: "call|conversation|conference", re: "(?:held|had|hold|engaged in) (?:a |an )?(?:[\\w-]+ ){0,2}?(?:phone|telephone|video) (?:call|conversation|conference)", kind: "call", reciprocal: true, example: "Mira Holt and Ivo Brandt had a 10-minute telephone conversation on Friday." },
  // "X co-chaired the commission's session together with Y", "X and Y co-chaired the meeting".
  { id: "co-chaired-with", hint: "chair", re: "(?:co-?chaired|co-?chairs|co-?chair)(?: [^.;:“”\"]{1,100}?)? (?:together )?with", kind: "in_person", example: "Mira Holt co-chaired the third session of the commission together with Ivo Brandt." },
  { id: "co-chaired", hint: "chair", re: "(?:co-?chaired|co-?chairs)", kind: "in_person", reciprocal: true, example: "Mira Holt and Ivo Brandt co-chaired the talks in Bergen." },
  // A meeting noun with its partner, the subject before it or in the main clause: "In his meeting with Y, X sought …".
  // "discussed trade with Y": talking something over with a person is meeting them (the clause may say by phone).
  { id: "discussed-with", hint: "discuss", re: "(?<!(?:was|were|been|be|being|is|are) (?:\\w+ )?)(?:discussed|discusses|discussing)(?: [^.;:“”\"]{1,200}?)? with", kind: "in_person", example: "Mira Holt discussed fishing quotas and port fees with Ivo Brandt." },
  // "A and B discussed ways of …": two named together talking a thing over met (or spoke); one alone discussing
  // something met no one, and a name after the verb is what was discussed ("discussed President X's visit").
  { id: "discussed-together", hint: "discuss", re: "(?<!(?:was|were|been|be|being|is|are) (?:\\w+ )?)(?:discussed|discusses)", kind: "in_person", reciprocal: true, objectless: true, example: "Mira Holt and Ivo Brandt, today, discussed ways of enhancing port trade." },
  // South Asian wire: "In a separate call-on by X, the Prime Minister said …": the caller visited the main clause's subject.
  { id: "call-on-by", hint: "call|courtesy", re: "(?:call-on|courtesy (?:call|visit)|farewell call) (?:by|from)", kind: "in_person", host: "subject", example: "In a separate call-on by Ivo Brandt, Mira Holt stressed the need for peace." },
  { id: "noun-with", hint: "meeting|talk|call|conversation|discussion|bilateral", re: `(?:${MEETING_NOUN_ALT}|calls?|phone calls?|telephone calls?|video calls?|conversations?)(?: ${NOT_PLANNED}[\\w’'-]+){0,2}? with`, kind: "in_person", example: "In her meeting with Ivo Brandt on Monday, Mira Holt raised fishing quotas." },
];

/**
 * Word stems one of which every meeting sentence contains; sentences without
 * any skip the meeting rules (a fast pre-check, kept in step with the rules above).
 */
export const MEETING_HINTS: readonly string[] = [
  "met", "meet", "talk", "spoke", "speak", "call", "host", "receiv", "welcom", "visit", "sat", "sits", "dinner",
  "lunch", "breakfast", "meal", "greet", "hands", "discussion", "negotiation", "consultation", "conversation",
  "encounter", "conference", "link", "pose", "posing", "reception", "banquet", "bilateral", "dialogue", "tete", "by",
  "phone", "telephon", "rang", "dial", "farewell", "join", "witness", "held", "had", "confer", "interact", "discuss", "dine", "dining", "lunched", "breakfasted",
  "audience", "summit", "exchange", "chair", "courtesy", "sign",
  "huddle", "videoconferenc", "video-conferenc", "teleconferenc", "credential", "credence", "accredit", "engag", "together",
];

/** Nouns for a meeting: "a meeting between X and Y", "talks between X and Y". */
export const MEETING_NOUNS: readonly string[] = [
  "meeting", "talks", "phone call", "video call", "telephone call", "call", "dinner", "breakfast", "lunch",
  "encounter", "conversation", "negotiations", "discussions", "consultations",
];

/** Objects of "met" that are not people: "met the press", "met expectations". */
// (Case-sensitive: "met with Standard Dockyards' chief" names a bank, not standards.)
export const NOT_A_MEETING_OBJECT =
  /^\s*(?:scheduled|planned|expected|proposed|set|due)\b|^\s*(?:with\s+)?(?:the\s+)?(?:press|reporters|journalists|media|expectations|forecasts|estimates|criticism|resistance|opposition(?!\s+(?:leaders?|lawmakers|legislators|mps|members|parties|party|figures|politicians|senators|councillors|groups?))|demands?|targets?|deadline|requirements?|standards?|conditions?|needs|approval|scepticism|skepticism|protests?|calls)\b/;
