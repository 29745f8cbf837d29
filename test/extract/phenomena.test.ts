// One table per phenomenon of issue 3, each with sentences of our own.
import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/extract/dates";
import { extractFacts } from "../../src/extract/extract-facts";
import { findNames } from "../../src/extract/names";
import { splitSentences } from "../../src/extract/sentences";
import { parseArticle } from "../../src/parse/parse-article";

const sentences = (text: string) => splitSentences({ text, start: 0, end: text.length }, 0, false).map((s) => s.text);
const article = (body: string, published = "2024-05-10") => {
  const x = extractFacts(parseArticle(`Headline\n\n${published}\n\n${body}`));
  const name = (i: number) => x.entities[i]!.name;
  return {
    x,
    people: x.entities.filter((e) => e.type === "person").map((e) => e.name),
    entity: (n: string) => x.entities.find((e) => e.name === n),
    // Meetings that took place; those planned, cancelled or denied are listed apart with their status.
    meetings: x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map(name).sort().join(" + ")),
    notHeld: x.meetings.filter((m) => m.status !== "held").map((m) => `${m.participants.map(name).sort().join(" + ")}: ${m.status}`),
    speakers: x.statements.map((s) => name(s.speaker)),
    statements: x.statements.map((s) => ({ speaker: name(s.speaker), text: s.text, kind: s.kind })),
  };
};

describe("sentences", () => {
  it.each([
    ["Gen. Mark Stone met Sen. Ruth Ames. They talked.", 2],
    ["U.S. and U.N. officials met on Jan. 5 in Geneva. Talks ended.", 2],
    ["Growth was 2.5 percent in the quarter. Prices rose 3.1 percent.", 2],
    ["John F. Kennedy Jr. spoke first. Then others followed.", 2],
    ['"We are ready," she said. "We will sign."', 2],
    ["Who pays? Nobody knows. The talks went on!", 3],
  ])("%s", (text, n) => expect(sentences(text)).toHaveLength(n));

  it("keeps captions apart from body text", () => {
    const x = parseArticle("Headline\n\nLena Park, left, meets Tom Reyes in Seoul on May 2. (Photo: Ann Lee/Reuters)\n\nThe talks in Seoul were long.");
    expect(x.captions.map((c) => c.text)).toEqual([expect.stringContaining("Lena Park, left, meets Tom Reyes")]);
    expect(x.paragraphs.map((p) => p.text)).toEqual(["The talks in Seoul were long."]);
  });
});

describe("names", () => {
  const names = (text: string) => findNames(text).filter((r) => r.kind === "person").map((r) => r.name);
  it.each([
    ["Ana Lucía de la Vega spoke to Ludwig van der Berg.", ["Ana Lucía de la Vega", "Ludwig van der Berg"]],
    ["Khalid bin Nasser al-Mahmoud greeted Marc-André Tremblay.", ["Khalid bin Nasser al-Mahmoud", "Marc-André Tremblay"]],
    ["Seán O'Brien met Đặng Thu Hà.", ["Seán O'Brien", "Đặng Thu Hà"]],
    ["Foreign Minister Qin Gang and Kremlin spokesman Dmitry Peskov spoke.", ["Qin Gang", "Dmitry Peskov"]],
    ["On Tuesday, Belarusian President Alexander Lukashenko spoke in March.", ["Alexander Lukashenko"]],
    ["Prior to the talks, Moscow and the Kremlin said nothing.", []],
  ])("%s", (text, expected) => expect(names(text)).toEqual(expected));

  it("calls surname-first names by their first token and Western names by their last", () => {
    const a = article("Chinese Foreign Minister Qin Gang met U.S. Secretary of State Antony Blinken in Beijing. Qin said the talks were candid. Mr. Blinken said they were useful.");
    expect(a.speakers).toEqual(["Qin Gang", "Antony Blinken"]);
  });

  it("keeps two people who share a surname apart", () => {
    const a = article("Union chief Carl Olsen met mediator Denise Olsen (no relation) on Monday. Carl Olsen said the talks were hard. Denise Olsen said the sides would return.");
    expect(a.people).toEqual(expect.arrayContaining(["Carl Olsen", "Denise Olsen"]));
    expect(a.speakers).toEqual(["Carl Olsen", "Denise Olsen"]);
  });
});

describe("roles and affiliations", () => {
  it.each([
    ["Chinese foreign minister Qin Gang spoke.", "Qin Gang", "foreign minister", "China"],
    ["Kremlin spokesman Dmitry Peskov spoke.", "Dmitry Peskov", "Kremlin spokesman", null],
    ["Yevgeny Prigozhin, the boss of Russia's Wagner group, spoke.", "Yevgeny Prigozhin", "boss of Russia's Wagner group", null],
    ["China's vice foreign minister Ma Zhaoxu spoke.", "Ma Zhaoxu", "vice foreign minister", "China"],
    ["Belarusian President Alexander Lukashenko spoke.", "Alexander Lukashenko", "president", "Belarus"],
    ["Chairwoman of the Federation Assembly Olga Ivanova spoke.", "Olga Ivanova", "chairwoman of the Federation Assembly", null],
  ])("%s", (sentence, name, role, affiliation) => {
    const e = article(`${sentence} ${name} said the plan would work.`).entity(name);
    expect(e?.role?.toLowerCase()).toContain(role.toLowerCase().split(" ").pop());
    if (affiliation) expect(e?.affiliation).toBe(affiliation);
  });
});

describe("organisations as actors", () => {
  it("folds Beijing's, China's and the Chinese foreign ministry into one entity", () => {
    const a = article("Beijing's foreign ministry said the talks were useful. China's foreign ministry said ties were strong. The Chinese Foreign Ministry said more talks would follow.");
    expect(new Set(a.speakers)).toEqual(new Set(["Chinese foreign ministry"]));
    expect(a.speakers).toHaveLength(3);
  });

  it("reads the union and the authority as the ones named before", () => {
    const a = article("The Harbour Workers Union and the Port Ellison Transit Authority reached a deal. The union said members would vote next week. The authority said the costs were covered.");
    expect(a.speakers).toEqual(["Harbour Workers Union", "Port Ellison Transit Authority"]);
  });

  it.each([
    ["Fares at Skyline Air will rise, the airline warned on Monday.", "Skyline Air"],
    ["Lumo Bank S.A. was fined. “We accept the ruling,” the bank said.", "Lumo Bank S.A."],
    ["The central bank said in a statement that inflation had peaked.", "central bank"],
    ["The federation declined to comment, saying it would consult its members.", "federation"],
  ])("%s: a body speaks under a common noun", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));

  it("not when the verb tells an act ('confirmed X as commissioner')", () => {
    expect(article("The commission confirmed Ada Lind as its newest commissioner on Thursday.").speakers).toEqual([]);
  });
});

describe("dates relative to the article (dated Friday 2024-05-10)", () => {
  it.each([
    ["on Tuesday", "2024-05-07"],
    ["last week", "2024-05"],
    ["earlier this month", "2024-05"],
    ["in March", "2024-03"],
    ["in November", "2023-11"],
    ["on June 25", "2024-06-25"],
    ["on 3 April", "2024-04-03"],
    ["on June 25, 2023", "2023-06-25"],
    ["yesterday", "2024-05-09"],
    ["last Friday", "2024-05-03"],
    ["late on Wednesday", "2024-05-08"],
    ["at the weekend", "2024-05"],
    ["this week", "2024-05"],
  ])("%s", (phrase, iso) => expect(resolveDate(`They met ${phrase} in Rome.`, "2024-05-10")).toBe(iso));
});

describe("coreference for speakers and participants", () => {
  it.each([
    ["Kremlin spokesman Dmitry Peskov arrived. The Kremlin spokesman said the deal would hold.", "Dmitry Peskov"],
    ["Trade Minister Paula Grant arrived. The minister said the deal would hold.", "Paula Grant"],
    ["Trade Minister Paula Grant arrived late. She said the deal would hold.", "Paula Grant"],
    ["Trade Minister Paula Grant met Omar Diaz. Grant said the deal would hold.", "Paula Grant"],
  ])("%s", (text, speaker) => expect(article(text).speakers).toContain(speaker));

  it("reads 'the two' as the participants just named", () => {
    const a = article("Paula Grant met Omar Diaz in Oslo on Monday. The two sides vowed to deepen cooperation.");
    expect(["Paula Grant", "Omar Diaz"]).toContain(a.speakers[0]);
  });

  it("reads 'him' as the person just named", () => {
    expect(article("Trade Minister Paula Grant flew to Oslo. On Monday, Foreign Minister Omar Diaz hosted him at the ministry.").meetings).toEqual(["Omar Diaz + Paula Grant"]);
  });
});

describe("meeting verbs and nouns", () => {
  it.each([
    ["Paula Grant met Omar Diaz in Oslo."],
    ["Paula Grant met with Omar Diaz in Oslo."],
    ["Paula Grant held talks with Omar Diaz in Oslo."],
    ["Talks between Paula Grant and Omar Diaz ran late."],
    ["A meeting between Paula Grant and Omar Diaz ran late."],
    ["Paula Grant hosted Omar Diaz in Oslo."],
    ["Paula Grant received Omar Diaz in Oslo."],
    ["Paula Grant visited Omar Diaz in Oslo."],
    ["Paula Grant sat down with Omar Diaz in Oslo."],
    ["Paula Grant spoke by phone with Omar Diaz."],
    ["Paula Grant telephoned Omar Diaz on Thursday."],
    ["Paula Grant said she had spoken with Omar Diaz by phone."],
    ["Paula Grant dined with Omar Diaz in Oslo last night."],
    ["Paula Grant sat down Tuesday with Omar Diaz."],
    ["Negotiations resumed on Wednesday between Paula Grant and Omar Diaz."],
    ["A phone call between Paula Grant and Omar Diaz lasted an hour."],
    ["Paula Grant had dinner with Omar Diaz in Oslo."],
    ["When Paula Grant met Omar Diaz in Oslo, they agreed on a plan."],
    ["A delegation led by Paula Grant held talks with Omar Diaz in Oslo."],
  ])("%s", (text) => expect(article(text).meetings).toEqual(["Omar Diaz + Paula Grant"]));

  it("joins participant lists with 'and'", () => {
    expect(article("Paula Grant met Omar Diaz and Lena Park in Oslo.").meetings).toEqual(["Lena Park + Omar Diaz + Paula Grant"]);
    // A title that lists its portfolios with commas stays inside the list.
    expect(article("Paula Grant met Omar Diaz and Rural Development, Fisheries and Aquaculture Minister Ian Moss in Oslo.").meetings).toEqual(["Ian Moss + Omar Diaz + Paula Grant"]);
  });

  it("merges a meeting told twice, keeping the best date and place", () => {
    const a = article("Paula Grant met Omar Diaz on Monday. Later, the talks between Paula Grant and Omar Diaz in Oslo were called productive.");
    expect(a.x.meetings).toHaveLength(1);
    expect(a.x.meetings[0]).toMatchObject({ date: "2024-05-06", place: "Oslo" });
  });

  it("reads a caption meeting", () => {
    const x = extractFacts(parseArticle("Headline\n\nPaula Grant, left, speaks with Omar Diaz in Oslo on May 6, 2024. (Photo: Ann Lee/Reuters)\n\nThe talks went well."));
    expect(x.meetings.map((m) => m.participants.map((i) => x.entities[i]!.name).sort())).toEqual([["Omar Diaz", "Paula Grant"]]);
  });
});

describe("not meetings (none held)", () => {
  it.each([
    "Paula Grant plans to meet Omar Diaz next week.",
    "Paula Grant is scheduled to meet Omar Diaz in June.",
    "A meeting between Paula Grant and Omar Diaz was postponed.",
    "Paula Grant proposed talks with Omar Diaz.",
    "Paula Grant refused to meet Omar Diaz.",
    "Paula Grant denied that she had met Omar Diaz.",
    "Paula Grant did not meet Omar Diaz.",
    "Paula Grant never met Omar Diaz.",
    "Paula Grant could meet Omar Diaz in June.",
    "Paula Grant met the press in Oslo.",
    "Paula Grant met resistance from Omar Diaz.",
    "Paula Grant met criticism from lawmakers.",
    "Paula Grant, Omar Diaz and Lena Park signed the letter.",
    "Paula Grant welcomed Omar Diaz's decision to resign.",
    "Paula Grant received a letter from Omar Diaz.",
    "Paula Grant hosted a press conference after Omar Diaz left.",
    "Paula Grant visited the factory that Omar Diaz built.",
    "Paula Grant called on Omar Diaz to resign.",
    "Paula Grant received Omar Diaz's endorsement on Monday.",
    "The meeting between Paula Grant and Omar Diaz did not take place.",
    "Paula Grant greeted supporters as Omar Diaz watched.",
  ])("%s", (text) => expect(article(text).meetings).toEqual([]));

  it.each([
    ["Paula Grant plans to meet Omar Diaz next week.", "planned"],
    ["A meeting between Paula Grant and Omar Diaz was postponed.", "postponed"],
    ["Paula Grant refused to meet Omar Diaz.", "refused"],
    ["Paula Grant denied that she had met Omar Diaz.", "denied"],
    ["Paula Grant never met Omar Diaz.", "not_held"],
    ["Paula Grant could meet Omar Diaz in June.", "hypothetical"],
  ])("keeps '%s' with its status", (text, status) => expect(article(text).notHeld).toEqual([`Omar Diaz + Paula Grant: ${status}`]));

  it("reads past a possessive to the person met, and past a place to 'with'", () => {
    expect(article("Paula Grant met Omar Diaz's deputy, Lena Park, in Oslo.").meetings).toEqual(["Lena Park + Paula Grant"]);
    expect(article("Paula Grant met at a hotel beside the river with federal mediator Lena Park.").meetings).toEqual(["Lena Park + Paula Grant"]);
    expect(article("Paula Grant hosted a dinner for business leaders, including Toyota chairman Akio Toyoda.").meetings).toEqual(["Akio Toyoda + Paula Grant"]);
  });
});

describe("statement forms", () => {
  it.each([
    ['"We are ready," Paula Grant said.', "Paula Grant", "We are ready", "direct"],
    ['Paula Grant said: "We are ready."', "Paula Grant", "We are ready", "direct"],
    ['"We are ready," Paula Grant said, "and we will sign."', "Paula Grant", "We are ready", "direct"],
    ["Paula Grant said that the deal would hold.", "Paula Grant", "the deal would hold", "reported"],
    ["Paula Grant told reporters the deal would hold.", "Paula Grant", "the deal would hold", "reported"],
    ["Paula Grant announced that the plant would open in June.", "Paula Grant", "the plant would open", "reported"],
    ['Paula Grant described the deal as "a fair outcome."', "Paula Grant", "a fair outcome", "direct"],
    ["Paula Grant warned that prices would rise.", "Paula Grant", "prices would rise", "reported"],
    ["Paula Grant pledged to cut fees.", "Paula Grant", "to cut fees", "reported"],
    ["Paula Grant denied that she had resigned.", "Paula Grant", "she had resigned", "reported"],
    ["Paula Grant urged lawmakers to pass the bill.", "Paula Grant", "lawmakers to pass the bill", "reported"],
    ["The plant will employ 4,500 people, according to Paula Grant.", "Paula Grant", "4,500 people", "reported"],
    ["Paula Grant wrote on X that the deal was done.", "Paula Grant", "the deal was done", "reported"],
    ["The Harbour Workers Union said in a statement that members would strike.", "Harbour Workers Union", "members would strike", "reported"],
  ])("%s", (text, speaker, said, kind) => {
    expect(article(text).statements).toContainEqual(expect.objectContaining({ speaker, kind, text: expect.stringContaining(said) }));
  });

  it("keeps a multi-paragraph quote with its speaker", () => {
    const a = article('"We are ready to sign," Paula Grant said.\n\n"The next step is a vote in parliament, and we expect it in June."');
    expect(a.statements).toContainEqual(expect.objectContaining({ speaker: "Paula Grant", text: expect.stringContaining("vote in parliament") }));
  });
});

describe("more speakers and roles", () => {
  it.each([
    ['Nikola Petrov was blunt in his own account: "We will not sign anything."', "Nikola Petrov", "We will not sign anything"],
    ["The State Department said the offer stood.", "State Department", "the offer stood"],
    ["Rosa Lind, president of Harbour Transit Union Local, spoke first. The union posted on social media that members would vote next week.", "Harbour Transit Union Local", "members would vote"],
  ])("%s", (text, speaker, said) => {
    expect(article(text).statements).toContainEqual(expect.objectContaining({ speaker, text: expect.stringContaining(said) }));
  });

  it.each([
    ["Vinh met Cambodian Minister of Water Resources Sok Dara on Monday. Sok Dara said the river was low.", "Sok Dara", "Minister of Water Resources"],
    ["Carmen Ortiz, a human rights lawyer, called the process a sham.", "Carmen Ortiz", "human rights lawyer"],
  ])("%s", (text, name, role) => expect(article(text).entity(name)?.role).toMatch(new RegExp(role, "i")));
});

describe("gazetteer", () => {
  it.each([
    ["Mongolian President Bat Erdene met Paula Grant in Ulan Bator on Monday.", "Bat Erdene", "Mongolia", "Ulan Bator"],
    ["Belarusian President Alexander Lukashenko met Paula Grant in Minsk on Monday.", "Alexander Lukashenko", "Belarus", "Minsk"],
    ["Paraguayan Foreign Minister Rubén Ramírez met Paula Grant in Asunción on Monday.", "Rubén Ramírez", "Paraguay", "Asunción"],
  ])("%s", (text, name, country, place) => {
    const a = article(text);
    expect(a.entity(name)?.affiliation).toBe(country);
    expect(a.x.meetings[0]?.place).toBe(place);
  });

  it("keeps people whose names are also capitals", () => {
    expect(article("Team principal Lewis Hamilton met Santiago Peña in Asunción on Monday.").meetings).toEqual(["Lewis Hamilton + Santiago Peña"]);
  });
});

describe("a whole title set off by a comma before the name", () => {
  it.each([
    // Portfolios joined by "and", after "for", before an honorific the name run leaves out.
    ["The Minister for Trade and Regional Integration, Hon. Ama Kessie (MP) met Paula Grant.", "Ama Kessie", "minister for trade and regional integration", null],
    ["Paula Grant met the Prime Minister of Saint Lucia, Mr. Edvar Lunn, in New York.", "Edvar Lunn", "prime minister of Saint Lucia", "Saint Lucia"],
    ["Paula Grant met the acting chief executive of Valdane Shipping, Dr. Anouk Verhelst, on Monday.", "Anouk Verhelst", "acting chief executive of Valdane Shipping", "Valdane Shipping"],
    ["The chief operating officer of Valdane Shipping, Ms Anouk Verhelst, said deliveries had paused.", "Anouk Verhelst", "chief operating officer of Valdane Shipping", "Valdane Shipping"],
    // A counterpart from a country; an owner of two words; a longer title after it.
    ["Paula Grant also met with her counterpart from the Dominican Republic, Mr. Tomas Reiker.", "Tomas Reiker", "counterpart from the Dominican Republic", "Dominican Republic"],
    ["Costa Rica's new special envoy for ocean affairs, Edvar Lunn, met Paula Grant.", "Edvar Lunn", "new special envoy for ocean affairs", "Costa Rica"],
  ])("%s", (text, name, role, affiliation) => expect(article(text).entity(name)).toMatchObject({ role, affiliation }));

  it.each([
    // Must not: a clause before the comma is no title; "Regional Development" after a title is its portfolio, no person.
    ["After the talks with the minister, Mr. Edvar Lunn left for Lisbon.", "Edvar Lunn"],
    ["Minister for Regional Development Ama Kessie met Paula Grant.", "Ama Kessie"],
  ])("%s", (text, name) => {
    const a = article(text);
    expect(a.people).not.toContain("Regional Development");
    expect(a.entity(name)?.role ?? "").not.toMatch(/talks|after/i);
  });
});

describe("a name a reporting clause closes the sentence after", () => {
  it.each([
    // Must not: the name after the comma speaks; it is not the role phrase before the comma, nor the one met.
    ["Paula Grant met the minister on Monday, Edvar Lunn said.", "Edvar Lunn"],
    ["Paula Grant held talks with the Minister of Finance, Edvar Lunn told reporters.", "Edvar Lunn"],
    ["Paula Grant met the harbour master, Edvar Lunn added on Friday.", "Edvar Lunn"],
  ])("%s", (text, name) => {
    const a = article(text);
    expect(a.entity(name)?.role ?? null).toBeNull();
    expect(a.meetings.some((m) => m.includes(name))).toBe(false);
  });

  it.each([
    // An appositive closed by a comma, and a role phrase before a time, still title the name.
    ["Paula Grant met the finance minister on Monday, Edvar Lunn, in Oslo.", "Edvar Lunn", "finance minister"],
    ["The talks went well, the finance minister, Edvar Lunn, said.", "Edvar Lunn", "finance minister"],
  ])("%s", (text, name, role) => expect(article(text).entity(name)?.role).toBe(role));
});

describe("roles with portfolios and counterparts", () => {
  it.each([
    ["Chilean Mining Minister Aurora Vidal met Paula Grant. Vidal said the corridor would open.", "Aurora Vidal", "mining minister", "Chile"],
    ["Paula Grant held talks with her Peruvian counterpart Rómulo Tello in Lima. Tello said the talks went well.", "Rómulo Tello", "counterpart", "Peru"],
  ])("%s", (text, name, role, country) => expect(article(text).entity(name)).toMatchObject({ role, affiliation: country }));

  it("keeps the portfolio in a country's ministry and reads companies as organisations", () => {
    const a = article("Arnez described the talks as useful, according to a statement from Bolivia's energy ministry. Paula Grant met executives of Pilbara Minerals, including chief executive Dale Hunt.");
    expect(a.speakers).toContain("Bolivia's energy ministry");
    expect(a.people).not.toContain("Pilbara Minerals");
  });

  it.each([
    ["Norway's inland ferry operators association said the fares would rise.", "Norway's inland ferry operators association"],
    ["Chile's small mining companies federation said the levy was unfair.", "Chile's small mining companies federation"],
    // a role owns the office: "the <demonym> <role>'s office"
    ["The Peruvian minister's office said the mine would reopen in May.", "Peruvian minister's office"],
  ])("keeps every modifier after a possessive owner: %s", (text, speaker) => {
    expect(article(text).speakers).toContain(speaker);
  });

  it.each([
    // not after a possessive: the words before the noun are the clause, not the name ("her office" stays hers)
    "Omar Diaz hosted the mayor for what his office called a useful exchange.",
  ])("does not glue clause words to an organisation noun: %s", (text) => {
    const names = article(text).x.entities.map((e) => e.name);
    expect(names.some((n) => /office/.test(n))).toBe(true);
    expect(names.filter((n) => /\b(?:what|for|and|would)\b/.test(n))).toEqual([]);
  });

  it("takes the words before a trailing attribution followed by a participle", () => {
    const a = article("A planned meeting between Paula Grant and Omar Diaz was postponed, Argentina's economy ministry said, citing scheduling conflicts.");
    expect(a.statements[0]).toMatchObject({ speaker: "Argentina's economy ministry", text: expect.stringContaining("was postponed") });
    expect(a.meetings).toEqual([]);
  });
});

describe("group subjects, spokespeople and passives", () => {
  it("reads 'the two ministers' as the last two people named", () => {
    const a = article("Home Secretary Ann Cole and her French counterpart, Marc Roux, agreed on a plan. The two ministers also spoke by video link with Belgian Interior Minister Eva Smet.");
    expect(a.meetings).toEqual(["Ann Cole + Eva Smet + Marc Roux"]);
  });

  it.each([
    ["Paula Grant spoke by phone with Omar Diaz on Monday. The ministers agreed to meet in Oslo next month.", ["Paula Grant + Omar Diaz: held", "Paula Grant + Omar Diaz: planned"]],
    ["Paula Grant spoke by phone with Omar Diaz. Trade was discussed. During the call, the foreign ministers agreed to meet again.", ["Paula Grant + Omar Diaz: held", "Paula Grant + Omar Diaz: planned"]],
    // Must not: no meeting before to stand for, or one too far back.
    ["The ministers agreed to meet in Oslo next month. Paula Grant said little.", []],
    ["Paula Grant met Omar Diaz. Trade fell. Prices rose. Ports closed. Ferries stopped. Taxes went up. The leaders agreed to meet again.", ["Paula Grant + Omar Diaz: held"]],
  ])("reads 'the ministers' right after a meeting as those who met: %s", (text, expected) => {
    const x = extractFacts(parseArticle(`Port talks\n\n${text}`));
    expect(x.meetings.map((m) => `${m.participants.map((p) => x.entities[p]!.name).join(" + ")}: ${m.status}`)).toEqual(expected);
  });

  it("gives an unnamed organisation spokeswoman's words to the organisation, and skips passives", () => {
    const a = article("A proposed meeting with Paula Grant was not confirmed, a Home Office spokeswoman said.");
    expect(a.statements).toEqual([expect.objectContaining({ speaker: "Home Office", text: expect.stringContaining("was not confirmed") })]);
  });

  it("keeps a later quote inside the reported clause it belongs to, and does not read 'agreed' as speech", () => {
    const a = article('Marc Roux, speaking after the meeting, said France would send 200 officers but insisted that Britain should "do more on its own side." Ann Cole and Marc Roux agreed in Paris to expand patrols.');
    expect(a.statements).toHaveLength(1);
    expect(a.statements[0]).toMatchObject({ speaker: "Marc Roux", text: expect.stringContaining("200 officers") });
  });
});

describe("more statement and call forms", () => {
  it.each([
    ["Kim Yo Jong, the sister of the leader, was quoted by the KCNA news agency as saying that the talks would change nothing.", "Kim Yo Jong", "would change nothing"],
    ['"We will talk again in the autumn," Paula Grant added, "and I hope to visit Oslo."', "Paula Grant", "hope to visit Oslo"],
    ['Marc Roux said the leaders agreed to resume regular "shuttle diplomacy" visits.', "Marc Roux", "agreed to resume regular"],
    ["Paula Grant met Omar Diaz. Paula Grant told Diaz that the two countries share the same risks, according to Grant's office.", "Grant's office", "share the same risks"],
  ])("%s", (text, speaker, said) => {
    expect(article(text).statements).toContainEqual(expect.objectContaining({ speaker, text: expect.stringContaining(said) }));
  });

  it("reads a call received as a call", () => {
    const x = article("On Saturday, Paula Grant received a phone call from Commerce Secretary Omar Diaz.").x;
    expect(x.meetings).toEqual([expect.objectContaining({ kind: "call", rule: "call-from" })]);
  });
});

describe("addressees are not speakers", () => {
  it.each([
    ['Lawyer Ana Ruiz called the process "a box-ticking exercise" and urged the U.S. Congress to publish the names.', "Ana Ruiz", "U.S. Congress"],
    ["Paula Grant told the Harbour Workers Union that the deal was final.", "Paula Grant", "Harbour Workers Union"],
  ])("%s", (text, speaker, addressee) => {
    const speakers = article(text).speakers;
    expect(speakers).toContain(speaker);
    expect(speakers).not.toContain(addressee);
  });
});

describe("companies and video conferences", () => {
  it("reads a company named in a role as an organisation that speaks later", () => {
    const a = article('Paula Grant met IndiGo chief executive Pieter Elbers in Delhi. IndiGo said in a statement that it "continuously evaluates fleet options."');
    expect(a.statements).toContainEqual(expect.objectContaining({ speaker: "IndiGo", text: expect.stringContaining("evaluates fleet options") }));
  });

  it("reads a video conference as a call", () => {
    const a = article("Chief executive Kelly Ortberg held a video conference with Air India chairman N. Chandrasekaran last week.");
    expect(a.meetings).toEqual(["Kelly Ortberg + N. Chandrasekaran"]);
    expect(a.x.meetings[0]!.kind).toBe("call");
  });

  it("keeps a reported clause whole when a quote sits deep inside it", () => {
    const a = article('French President Emmanuel Moreau said France still had "serious concerns" about the deal.');
    expect(a.statements[0]).toMatchObject({ kind: "reported", text: expect.stringContaining("France still had") });
  });
});

describe("not statements, and attributions read the right way round", () => {
  it.each([
    "The report said Paula Grant had met Omar Diaz.",
    "Paula Grant read the statement aloud.",
    "Paula Grant told Omar Diaz to leave.",
    "Paula Grant did not say whether the deal would hold.",
  ])("%s", (text) => expect(article(text).speakers).not.toContain("Paula Grant"));

  it("takes what follows 'According to X,' at the start of a sentence", () => {
    expect(article("According to Paula Grant, the deal is dead.").statements[0]).toMatchObject({ speaker: "Paula Grant", text: "the deal is dead." });
  });
});

describe("reciprocal meetings and captions", () => {
  it.each([
    ["Paula Grant and Omar Diaz held talks in Oslo on Monday.", "in_person"],
    ["Paula Grant and Omar Diaz spoke by phone on Tuesday.", "call"],
    ["Paula Grant and Omar Diaz held a video call on Tuesday.", "call"],
    ["Paula Grant poses for a photo with Omar Diaz in Oslo.", "in_person"],
  ])("%s", (text, kind) => {
    const a = article(text);
    expect(a.meetings).toEqual(["Omar Diaz + Paula Grant"]);
    expect(a.x.meetings[0]!.kind).toBe(kind);
  });

  it("does not read talks merely scheduled as held", () => {
    expect(article("Paula Grant had talks scheduled with Omar Diaz.").meetings).toEqual([]);
  });
});

describe("landmarks as meeting places", () => {
  it.each([
    ["Paula Grant met Omar Diaz at the Kremlin on Monday.", "Moscow"],
    ["Paula Grant hosted Omar Diaz at the White House.", "Washington"],
    ["Paula Grant held talks with Omar Diaz at the Élysée Palace.", "Paris"],
  ])("%s", (text, place) => expect(article(text).x.meetings[0]?.place).toBe(place));

  it("keeps the Kremlin a speaker when it speaks", () => {
    expect(article("The Kremlin said the talks were useful.").speakers).toEqual(["Kremlin"]);
  });
});

describe("a host's office stands for the seat of government", () => {
  it.each([
    ["BRUSSELS (Wire) - On Monday, Dutch Economy Minister Sanne Smit hosted Paula Grant at her ministry.", "The Hague"],
    ["Kenyan Foreign Minister Grace Wanjiku received Paula Grant at her office on Monday.", "Nairobi"],
  ])("%s", (text, place) => expect(article(text).x.meetings[0]?.place).toBe(place));
});

describe("organisation names with numbers and hyphenated backers", () => {
  it("keeps a union local's number and reads 'the union' as it", () => {
    const a = article("Rosa Lind, president of Amalgamated Transit Union Local 1142, spoke. The union said members would vote next week.");
    expect(a.speakers).toContain("Amalgamated Transit Union Local 1142");
  });

  it("names a 'Saudi-backed consortium' and reads 'the consortium' as it", () => {
    const a = article("A Saudi-backed consortium made an offer. The consortium said it had shown proof of funds.");
    expect(a.speakers).toEqual(["Saudi-backed consortium"]);
  });
});

describe("speakers across sentences", () => {
  it("reads 'He said' after someone's words as that someone", () => {
    const a = article('Director Samuel Webb joined by video. A planned meeting between Li Wen and Webb was postponed after the agency froze travel, Dr. Webb said. He said he hoped to reschedule it "before the ships sail."');
    expect(a.statements).toEqual([
      expect.objectContaining({ speaker: "Samuel Webb", text: expect.stringContaining("froze travel") }),
      expect.objectContaining({ speaker: "Samuel Webb", text: expect.stringContaining("reschedule") }),
    ]);
  });
});

describe("sources after 'according to', acronyms, time tails", () => {
  it.each([
    ["The deal raises wages by 4.5%, according to a summary released by the Harbour Workers Union.", "Harbour Workers Union"],
    ["The two sides exchanged views, according to a readout of the talks from Beijing's foreign ministry.", "Chinese foreign ministry"],
  ])("%s", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));

  it("does not take a name further on for the source", () => {
    const a = article("The consortium met the deadline with the English Football League on Friday, according to a statement from the group, and the league is now running its test.");
    expect(a.speakers).not.toContain("English Football League");
  });

  it("reads an acronym as the organisation it abbreviates", () => {
    expect(article("The English Football League opened a review. The EFL said it would not comment on individual applications.").speakers).toEqual(["English Football League"]);
  });

  it("takes the words before 'X said a day after …'", () => {
    const a = article("China supports stability, Beijing's foreign ministry said a day after a short-lived mutiny ended.");
    expect(a.statements[0]!.text).toContain("China supports stability");
  });
});

describe("groups of organisations as speakers", () => {
  it("reads 'Both federations pledged' as the football association just named", () => {
    const a = article("The Korea Football Association and Japan's federation met in Seoul. Both federations pledged to complete a joint feasibility study by September.");
    expect(a.statements).toContainEqual(expect.objectContaining({ text: expect.stringContaining("joint feasibility study") }));
    expect(["Korea Football Association", "Japan's federation", "Japanese federation"]).toContain(a.statements[0]!.speaker);
  });
});

describe("an office-holder never named (the Chinese ambassador)", () => {
  it.each([
    ["Mira Holt met with the Chinese ambassador in Lisbon.", "Chinese ambassador + Mira Holt"],
    ["Ivo Brandt held talks with Ghana's foreign minister on Monday.", "Ghana's foreign minister + Ivo Brandt"],
    ["The Dutch trade minister met Ivo Brandt.", "Dutch trade minister + Ivo Brandt"],
  ])("%s", (text, meeting) => expect(article(text).meetings).toEqual([meeting]));

  it("is the person named later with that office", () => {
    const a = article(`Mira Holt met the Chilean ambassador on Monday. "We agreed on much," the ambassador said. Ambassador Rosa Vidal later said the talks were frank.`);
    expect(a.meetings).toEqual(["Mira Holt + Rosa Vidal"]);
    expect(a.people).not.toContain("Chilean ambassador");
  });

  // Many hold these, or the name follows: no entity for the office.
  it.each([
    ["Mira Holt met a Chinese ambassador at the fair.", "Chinese ambassador"],
    ["Mira Holt met Chinese officials in Lisbon.", "Chinese officials"],
    ["Mira Holt met the Chinese ambassador, Wang Lei, in Lisbon.", "Chinese ambassador"],
    ["Ghana's Deputy Prime Minister and Foreign Minister, Ama Owusu, met Mira Holt.", "Ghana's Deputy Prime Minister"],
  ])("%s", (text, office) => expect(article(text).people).not.toContain(office));
});

describe("one common word before a title is no organisation", () => {
  it.each([
    ["County Executive Amara Nwosu met Police Chief Dmitri Volkov on Monday.", ["County", "Police"]],
    ["Airport director Hana Kim said flights resumed.", ["Airport"]],
    ["A fisheries envoy, Sione Tupou, met Ivo Brandt.", ["A"]],
  ])("%s", (text, words) => {
    const orgs = article(text).x.entities.filter((e) => e.type === "organization").map((e) => e.name);
    for (const w of words) expect(orgs).not.toContain(w);
  });
  it("but a company named before its people's roles is one", () => {
    expect(article("Vantor chief executive Ivo Brandt said sales rose.").x.entities.find((e) => e.name === "Vantor")?.type).toBe("organization");
  });
});

describe("the meeting of a body, and who was at it", () => {
  it("a fronted 'At the meeting of <body>' and the main clause's subject met", () => {
    expect(article("At the meeting of the Delta Governors’ Forum held on Monday, the Minister of Health, Dr. Ada Obi briefed the governors.").meetings)
      .toEqual(["Ada Obi + Delta Governors’ Forum"]);
  });
  it.each([
    ["At the meeting of the Delta Governors’ Forum on Monday, no decision was taken."],
    ["Ada Obi said the meeting of the Delta Governors’ Forum was useful."],
  ])("%s: no meeting", (text) => expect(article(text).meetings).toEqual([]));
});

describe("the host and the guest of the meeting before", () => {
  it.each([
    ["Paula Grant hosted Omar Diaz in Oslo on Monday. The host suggested the two countries build a railway.", "Paula Grant"],
    ["Paula Grant hosted Omar Diaz in Oslo on Monday. The guest said his country wanted more trade.", "Omar Diaz"],
    ["Omar Diaz visited Paula Grant in Oslo on Monday. The host said the port would open.", "Paula Grant"],
    ["Omar Diaz paid a courtesy call on Paula Grant. The visitor said the port would open.", "Omar Diaz"],
  ])("%s → %s", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));
  it.each([
    // Must not: a meeting that says nothing of who received whom, or none before.
    ["Omar Diaz met Paula Grant in Oslo on Monday. The host said the port would open."],
    ["The host said the port would open. Omar Diaz visited Paula Grant in Oslo on Monday."],
  ])("%s: no speaker", (text) => expect(article(text).speakers).toEqual([]));
});

describe("members named as the plural in a body's name speak for it", () => {
  it.each([
    ["The Delta Governors’ Forum met on Monday. The governors insisted that each state must have a test centre.", "Delta Governors’ Forum"],
    ["The Coastal Pilots Association met the airline. The pilots said they would strike.", "Coastal Pilots Association"],
  ])("%s → %s", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));
  it.each([
    // Must not: a plural no body's name holds.
    ["The Delta Governors’ Forum met on Monday. The ministers insisted that each state must have a test centre."],
  ])("%s: no speaker", (text) => expect(article(text).speakers).toEqual([]));
});

describe("a document speaks for the one who put it out", () => {
  const said = (body: string) => article(body).statements.map((st) => `${st.speaker}: ${st.text}`);
  it.each([
    ["Corvane Asia today released a statement saying the dinner was private. The statement said Ivo Brandt founded it in 2014.", "Corvane Asia: Ivo Brandt founded it in 2014."],
    ["Paula Grant said in a statement that the port would open. The statement also said the ferry would run daily.", "Paula Grant: the ferry would run daily."],
  ])("%s", (text, expected) => expect(said(text)).toContain(expected));
  it.each([
    // Must not: no one put the statement out, or it was only read out by someone.
    ["The statement said the port would open."],
    ["Ivo Brandt read a statement from Paula Grant. The statement said the port would open."],
  ])("%s: no speaker", (text) => expect(said(text)).toEqual([]));
});

describe("the medium of a meeting", () => {
  it.each([
    ["Paula Grant met Omar Diaz virtually on Monday.", "call"],
    ["At the meeting between Paula Grant and Omar Diaz in Oslo, they agreed that a summit would be held virtually.", "in_person"],
  ])("%s: %s", (text, kind) => expect(article(text).x.meetings.map((m) => m.kind)).toEqual([kind]));
});

describe("the day of a meeting in an article with no date", () => {
  it("is kept as written, with no calendar date", () => {
    const x = extractFacts(parseArticle("Port talks resume\n\nOn Wednesday, Paula Grant met Omar Diaz in Oslo.\n\nThe talks went well."));
    expect(x.meetings.map((m) => [m.date, m.dateText])).toEqual([[null, "Wednesday"]]);
  });
  it.each([
    ["Paula Grant spoke by phone with Omar Diaz this Monday, January 26.", "Monday, January 26"],
    ["Paula Grant met Omar Diaz on 26 January in Oslo.", "26 January"],
  ])("keeps a day of the month written without a year: %s", (text, day) => {
    const x = extractFacts(parseArticle(`Port talks resume\n\n${text}`));
    expect(x.meetings.map((m) => [m.date, m.dateText])).toEqual([[null, day]]);
  });
  it.each([
    ["The two sides held talks in Oslo on Tuesday.", "Tuesday"],
    ["Negotiations in Oslo on Thursday made little progress.", "Thursday"],
    // Must not: the weekday of something that is no meeting, or of a meeting still to come.
    ["The ferry sank off Oslo on Monday.", null],
    ["The two sides are set to meet again in Oslo on Friday.", null],
  ])("is taken from the sentence before that dates the talks: %s → %s", (before, day) => {
    const x = extractFacts(parseArticle(`Port talks resume\n\n${before} Paula Grant told reporters after six hours of talks with her counterpart Omar Diaz that the mood was good.`));
    expect(x.meetings.filter((m) => m.status === "held").map((m) => [m.date, m.dateText])).toEqual([[null, day]]);
  });
  it.each([
    ["The talks came a week after Paula Grant spoke by phone with Omar Diaz."],
    ["Two days before, Paula Grant had met Omar Diaz in Bergen."],
  ])("is not the context's day when the sentence dates its meeting from another: %s", (text) => {
    const x = extractFacts(parseArticle(`Port talks resume\n\nThe two sides held talks in Oslo on Tuesday. ${text}`));
    expect(x.meetings.map((m) => m.dateText)).toEqual([null]);
  });
  it("is not taken from another clause's weekday when the article is dated (the date resolves)", () => {
    expect(article("On Wednesday, Paula Grant met Omar Diaz in Oslo.").x.meetings.map((m) => m.date)).toEqual(["2024-05-08"]);
  });
});

describe("a country's delegation is an organisation", () => {
  it.each([
    ["A Peruvian delegation met Tuesday with President Ana Ruiz.", "Peruvian delegation"],
    ["Ana Ruiz received the Kenyan delegation in Lima.", "Kenyan delegation"],
  ])("%s", (text, name) => expect(article(text).x.entities.find((e) => e.name === name)?.type).toBe("organization"));
  it("not a delegation no country or name qualifies ('the delegation')", () => {
    expect(article("Ana Ruiz met the delegation in Lima.").x.entities.map((e) => e.name)).not.toContain("delegation");
  });
});

describe("a group met, its members listed after", () => {
  it("each member listed meets those who met the group", () => {
    const a = article("Ana Ruiz and Omar Diaz met with the leadership of two unions on Monday. The two unions are the Harbour Workers Union and the Ferry Crews Association.");
    expect(a.meetings).toEqual(expect.arrayContaining(["Ana Ruiz + Harbour Workers Union + Omar Diaz", "Ana Ruiz + Ferry Crews Association + Omar Diaz"]));
  });
  it.each([
    "Ana Ruiz and Omar Diaz met with the leadership of two unions on Monday. The talks went well. Later that month the unions were angry. The Harbour Workers Union and the Ferry Crews Association struck.",
    "Ana Ruiz and Omar Diaz met with the leadership of two unions on Monday. The two parties are the Harbour Workers Union and the Ferry Crews Association.",
  ])("not when no sentence soon after lists that group: %s", (text) => {
    expect(article(text).meetings).toEqual(["Ana Ruiz + Omar Diaz"]);
  });
});

describe("an age standing for a person", () => {
  it.each([
    ["Ms. Paula Grant met Mr. Omar Diaz in Oslo. The 82-year-old said more talks would follow.", "Omar Diaz"],
    ["Omar Diaz, 82, met Paula Grant in Oslo. The 82-year-old said more talks would follow.", "Omar Diaz"],
  ])("%s", (text, speaker) => expect(article(text).speakers).toEqual([speaker]));
  it("not an age before a noun ('an 82-year-old man said')", () => {
    expect(article("Paula Grant met Omar Diaz in Oslo. The 82-year-old fisherman said the port was busy.").speakers).not.toContain("Omar Diaz");
  });
});

describe("a title opened by an article", () => {
  it("'The Crown Prince X' has the title and no affiliation 'The'", () => {
    const e = article("The Crown Prince Faisal al-Rashid met Paula Grant in Oslo.").entity("Faisal al-Rashid");
    expect(e?.role).toBe("crown prince");
    expect(e?.affiliation).toBeNull();
  });
});

describe("the weekday of a meeting to come", () => {
  const read = (body: string) => extractFacts(parseArticle(`Port talks resume\n\nMay 10, 2024\n\n${body}`)).meetings.map((m) => [m.status, m.date]);
  it.each([
    // An article of Friday 10 May: "will meet on Monday" is the 13th, "met on Monday" the 6th.
    ["Paula Grant will meet Omar Diaz in Oslo on Monday.", [["planned", "2024-05-13"]]],
    ["Paula Grant met Omar Diaz in Oslo on Monday.", [["held", "2024-05-06"]]],
    // A plan told in the past perfect keeps the day gone by.
    ["Paula Grant had been scheduled to meet Omar Diaz in Oslo on Monday.", [["planned", "2024-05-06"]]],
    // A full date is kept as written, whatever the tense.
    ["Paula Grant will meet Omar Diaz in Oslo on May 3.", [["planned", "2024-05-03"]]],
  ])("%s", (body, expected) => expect(read(body)).toEqual(expected));
});
