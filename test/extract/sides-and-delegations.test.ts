// Who is on a meeting's sides: a companion set off "along with" the subject, a conjunction before a fronted meeting
// phrase, and "the delegation" told of before, met through its leader. Sentences of our own, and what must not match.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const held = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\n2024-05-10\n\n${body}`));
  return x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map((i) => x.entities[i]!.name).sort().join(" + "));
};

describe("meeting sides", () => {
  it.each([
    ["Minister Tor Vik, along with Minister of State Ola Brenne, met today with Chairman Rui Caldas.", "Ola Brenne + Rui Caldas + Tor Vik"],
    ["Mayor Ana Lind, together with her deputy Mira Holt, met Governor Rui Caldas on Monday.", "Ana Lind + Mira Holt + Rui Caldas"],
    ["But following discussions with Governor Rui Caldas, Mayor Ola Brenne said the port would open.", "Ola Brenne + Rui Caldas"],
    ["King Ola Brenne on Thursday received a trade delegation, headed by Representative Rui Caldas. Later, Foreign Minister Ana Lind also received the delegation.", "Ana Lind + Rui Caldas"],
    // A group holding "the meeting they held with X", its attendees named after.
    ["Representatives of the dockers refused to reveal the outcome of the meeting they held with President Ana Lind on Monday. The meeting was also attended by Governor Ola Brenne and the Minister of Labour, Rui Caldas.",
      "Ana Lind + Ola Brenne + Rui Caldas"],
    // A region of three words after "of" is where one listed is from.
    ["Governors held a meeting with President Ana Lind on Monday. Other governors at the meeting included Mira Holt of Lagos State and Ivo Brandt of Akwa Ibom State.",
      "Ana Lind + Ivo Brandt + Mira Holt"],
    // A body opening the clause is a side: with "of" and what it sits in, its short form, or those standing for it.
    ["The Budget Committee of the Storting met with Finance Minister Lars Holm on Tuesday.", "Budget Committee + Lars Holm"],
    ["The Harbour Workers Union (HWU) has also met Governor Rui Caldas.", "Harbour Workers Union + Rui Caldas"],
    ["Representatives of the Harbour Workers Union met with Governor Rui Caldas on Monday.", "Harbour Workers Union + Rui Caldas"],
    ["On Monday, the Senate Fisheries Committee met with Minister Ana Lind in Bergen.", "Ana Lind + Senate Fisheries Committee"],
    // A delegation "composed of" investors, its leaders named after; then "the delegation" meeting someone else is its leader.
    ["The visiting delegation composed of Chilean and Peruvian investors paid a courtesy call on Governor Rui Caldas on Monday. The delegation arrived on Sunday and is led by Mr Ivo Brandt and Ms Lena Park.",
      "Ivo Brandt + Lena Park + Rui Caldas"],
    ["A trade delegation led by Mr Ivo Brandt called on Governor Rui Caldas on Monday. After the meeting with Governor Caldas, the delegation then met Mayor Ana Lind.",
      "Ana Lind + Ivo Brandt"],
    // A country whose name has "and" in it stays whole before a title.
    ["Trinidad and Tobago Prime Minister Ivo Brandt met St Vincent and the Grenadines Prime Minister Rui Caldas in Kingstown.", "Ivo Brandt + Rui Caldas"],
    // Exchanges held are talks.
    ["President Ana Lind and President Rui Caldas had in-depth exchanges on major issues.", "Ana Lind + Rui Caldas"],
    // More ways two named together meet: a tête-à-tête, consultations, a signing they witnessed.
    ["The two leaders, Ana Lind and Rui Caldas, held a tete-a-tete before the delegation-level talks.", "Ana Lind + Rui Caldas"],
    ["Minister Ana Lind and Governor Rui Caldas held consultations in Lima.", "Ana Lind + Rui Caldas"],
    ["Minister Ana Lind and Governor Rui Caldas witnessed the signing of three agreements.", "Ana Lind + Rui Caldas"],
    // One set off "accompanied by" the subject is on its side.
    ["Minister Ana Lind, accompanied by Ivo Brandt, called on Governor Rui Caldas.", "Ana Lind + Ivo Brandt + Rui Caldas"],
    // A word on the margins; their own summit told after the fact.
    ["Minister Ana Lind and Governor Rui Caldas spoke briefly on the margins of the summit in Lima.", "Ana Lind + Rui Caldas"],
    ["Minister Ana Lind and Governor Rui Caldas agreed on Tuesday to resume ferry visits, after their summit in Lima.", "Ana Lind + Rui Caldas"],
    // A delegation "of" its members, led by one; the plural of its members names the rest.
    ["President Ana Lind on Tuesday hosted a delegation of US senators led by Senator Rui Caldas. The senators included Ivo Brandt and Lena Park.",
      "Ana Lind + Ivo Brandt + Lena Park + Rui Caldas"],
    // A body named by its long name and bracketed short form, after "when": its officials paid the visit.
    ["Governor Ana Lind disclosed this when officials of the Harbour Chambers of Commerce, Industry and Mines (HCCIMA) paid her a courtesy visit on Tuesday.",
      "Ana Lind + Harbour Chambers of Commerce, Industry and Mines"],
    // A delegation led "to pay a courtesy call" paid it; a journey's purpose past a clock time, not a car's name.
    ["President Ana Lind led a high powered delegation comprising council members and regional chairmen, to pay a courtesy call on the Minister of Sports and Recreation, Ivo Brandt, on Monday.",
      "Ana Lind + Ivo Brandt"],
    ["Mr Rui Caldas arrived at the palace in a black Harbour Cruiser at around 11.05am to pay a courtesy call on Gen Ivo Brandt.", "Ivo Brandt + Rui Caldas"],
    // An audience given, with where and when before the one received.
    ["Sultan Rui Caldas gave an audience at the Varde Palace on Wednesday to Prince Ivo Brandt.", "Ivo Brandt + Rui Caldas"],
    // A list of names, each with a long title before it, as the subject.
    ["Diplomats including UN Representative in Chile Ana Lind, British High Commissioner to Chile Ivo Brandt and German Ambassador to Chile Lena Park met with President Rui Caldas today.",
      "Ana Lind + Ivo Brandt + Lena Park + Rui Caldas"],
    // A meeting noun opening the sentence: one more meeting of the one who spoke or met just before.
    ["Meanwhile, Dr. Ivo Brandt said his country will work with Chile. The discussion held with Chilean Foreign Minister Ana Lind was focused on trade.",
      "Ana Lind + Ivo Brandt"],
    // Two named together talking a thing over.
    ["President Ana Lind and Prime Minister Ola Brenne, today, discussed ways of enhancing trade.", "Ana Lind + Ola Brenne"],
  ])("%s", (body, pair) => {
    expect(held(body)).toContainEqual(pair);
  });

  it.each([
    // A body that is not the clause's subject, or met nobody named.
    ["The Ministry of Health said Minister Ana Lind met Governor Rui Caldas.", "Ana Lind + Ministry of Health"],
    ["The Harbour Workers Union met with resistance from Governor Rui Caldas.", "Harbour Workers Union + Rui Caldas"],
    ["Governor Rui Caldas said the Harbour Workers Union should meet Minister Ana Lind.", "Ana Lind + Harbour Workers Union"],
    ["President Ana Lind and Governor Rui Caldas had exchanges of fire.", "Ana Lind + Rui Caldas"],
    // A name before "and meet" is the object of the verb before it.
    ["During his visit, Governor Rui Caldas will call on President Ana Lind and meet Prime Minister Ivo Brandt.", "Ana Lind + Ivo Brandt"],
    // "collaboration between" the bodies the meeting aimed at is no meeting of theirs.
    ["The meeting aimed to foster collaboration between the Harbour Union and the Ministry of Transport.", "Harbour Union + Ministry of Transport"],
    // Two speeches at one conference are no meeting.
    ["Minister Ana Lind and Governor Rui Caldas spoke at the conference in Lima.", "Ana Lind + Rui Caldas"],
    // One alone discussing something met no one; a name after "discussed" is what was discussed.
    ["President Ana Lind discussed Governor Rui Caldas at length.", "Ana Lind + Rui Caldas"],
    ["Trade was discussed by President Ana Lind and Governor Rui Caldas.", "Ana Lind + Rui Caldas"],
    // "the two leaders discussed" after a meeting is that meeting again, not one of the last two named.
    ["President Ana Lind held talks with Governor Rui Caldas, spokesman Ola Brenne said. According to the spokesman, the two leaders discussed trade.", "Ola Brenne + Rui Caldas"],
    // The one met in a fronted phrase is not the subject of the delegation's next meeting.
    ["A trade delegation led by Mr Ivo Brandt called on Governor Rui Caldas on Monday. After the meeting with Governor Caldas, the delegation then met Mayor Ana Lind.", "Ana Lind + Rui Caldas"],
    // A delegation is met through its members, not as a body of its own.
    ["A Chilean delegation met Tuesday with President Rui Caldas. The delegation included Senator Ana Lind.", "Chilean delegation + Rui Caldas"],
  ])("no meeting: %s", (body, not) => {
    expect(held(body)).not.toContainEqual(not);
  });

  it.each([
    // A name inside a relative clause that mentions "along with" is not on the subject's side.
    ["Minister Tor Vik, who works along with Director Ana Lind, met Chairman Rui Caldas.", "Ana Lind + Rui Caldas + Tor Vik"],
  ])("%s", (body, not) => {
    expect(held(body)).not.toContainEqual(not);
  });

  it("'the meeting they held' with no group opening the sentence names no one on the subject's side", () => {
    expect(held("The papers did not report the meeting they held with President Ana Lind on Monday.")).toEqual([]);
  });

  it("'had stalled the negotiations' holds no second meeting", () => {
    expect(held("Ana Lind and Rui Caldas met on Monday to decide the quotas, a question that had stalled the negotiations since December.")).toEqual(["Ana Lind + Rui Caldas"]);
  });

  it("a delegation no one was said to lead names no one met", () => {
    expect(held("A trade delegation led the parade on Thursday. Foreign Minister Ana Lind received the delegation.")).toEqual([]);
  });
});
