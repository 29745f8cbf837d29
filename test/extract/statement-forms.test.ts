// Statement forms read by the sentence rules (src/extract/statements.ts), each with sentences of our own:
// what must be found (speaker and words) and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { parseArticle } from "../../src/parse/parse-article";

const statements = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  return x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text }));
};

describe("statement forms that must be read", () => {
  it.each([
    ["inverted verb opening the sentence before the quote",
      'Mayor Jon Halvorsen opened the session. "We need more ferries," he said.\nAdded Halvorsen, "The quay comes first."',
      "Jon Halvorsen", "The quay comes first"],
    ["an appositive that is only a titled name is the speaker, not the company before it",
      "The acting chief executive of Northwind Analytics, Dr Ana Lind, said the firm had deleted the files.",
      "Ana Lind", "the firm had deleted the files"],
    ["two verbs of one speaker, each with its own quote",
      'Union leader Piet Mulder had earlier conceded that "some gaps remain" with the port, but said in a statement on Friday that he wanted "a fair deal."',
      "Piet Mulder", "a fair deal"],
    ["a that-clause opening with a time phrase",
      "Union leader Piet Mulder met the board. Mulder added that after the vote, members would strike.",
      "Piet Mulder", "after the vote, members would strike"],
    ["a quote continuing the speaker's words over two sentences of one paragraph",
      'Health minister Claire Dubois spoke on Monday. "Cases are falling," Dubois said.\n\n“So far we have held the line.\n\n“I ask everyone to stay careful. I would not want to go backwards in the coming weeks.”',
      "Claire Dubois", "go backwards"],
    ["one aside between the subject and the verb after an opening adverb",
      "Meanwhile, the Harbour Board, in an official statement, said the two ministers discussed quotas, and exchanged views on the strike.",
      "Harbour Board", "the two ministers discussed quotas"],
    ["a body named with its country's official name after 'of the'",
      "The Ministry of Fisheries of the Russian Federation said the quota talks would resume.",
      "Ministry of Fisheries of the Russian Federation", "quota talks would resume"],
  ])("%s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });
});

describe("statement forms that must NOT be misread", () => {
  it("keeps the speaker before two asides when the first is no name", () => {
    const found = statements("Lars Eriksson, who chairs the board, in a statement on Friday, said the talks would resume.");
    expect(found).toContainEqual({ speaker: "Lars Eriksson", text: expect.stringContaining("talks would resume") });
  });

  it("a verb inside what was said is no second statement of the speaker", () => {
    const found = statements("Meanwhile, the Harbour Board, in an official statement, said the two ministers discussed quotas, and exchanged views on the strike.");
    expect(found.map((s) => s.text)).not.toContain("views on the strike.");
  });

  it("keeps the speaker before a descriptive appositive", () => {
    const found = statements("Lars Eriksson, the harbour authority's envoy, said the talks would resume.");
    expect(found).toContainEqual({ speaker: "Lars Eriksson", text: expect.stringContaining("talks would resume") });
  });

  it("does not give a quote with its own attribution to the previous speaker", () => {
    const found = statements('Piet Mulder said the offer was late.\n"We will keep talking," harbour chief Ana Ruiz, spokeswoman for the port, said.');
    expect(found.filter((s) => s.speaker === "Piet Mulder").map((s) => s.text)).not.toContainEqual(expect.stringContaining("keep talking"));
  });

  it("does not carry an open quote into the next paragraph's sentences", () => {
    const found = statements('Claire Dubois spoke on Monday. "Cases are falling," Dubois said.\n\n“So far we have held the line.\n\nOpposition critic Nadia Ferreira said the plan came too late.');
    expect(found).toContainEqual({ speaker: "Nadia Ferreira", text: expect.stringContaining("came too late") });
    expect(found.filter((s) => s.speaker === "Claire Dubois").map((s) => s.text)).not.toContainEqual(expect.stringContaining("too late"));
  });
});

describe("more attribution forms from real pages", () => {
  it.each([
    ["a time phrase then a possessive after 'said'", "Harbour chief Ana Lind said on Monday evening her meeting with the union had been difficult.", "Ana Lind", "her meeting with the union had been difficult"],
    ["a speech participle right after a verb", "Harbour chief Ana Lind tweeted saying she was pleased to meet the union.", "Ana Lind", "she was pleased to meet the union"],
    ["a speech participle after the verb's object", "Harbour chief Ana Lind welcomed the envoy stressing the great importance of the port.", "Ana Lind", "the great importance of the port"],
    ["a quote opened with a closing mark", "Union leader Piet Mulder met the board.\n”It went well,” Mulder said after the meeting.", "Piet Mulder", "It went well"],
    ["an active 'quoted X as saying'", "State radio quoted union leader Piet Mulder as saying that the port would stay open.", "Piet Mulder", "the port would stay open"],
    ["an active 'quoted X as telling' after the quote", "”We shared the trenches,” state radio quoted union leader Piet Mulder as telling supporters.", "Piet Mulder", "We shared the trenches"],
  ])("%s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });
  it.each([
    // Must not: a participle after a preposition or an auxiliary, one that is not only speech, one after a message noun.
    ["Harbour chief Ana Lind won the vote by saying the port would grow.", "Ana Lind"],
    ["Harbour chief Ana Lind was saying the port would grow when the lights went out.", "Ana Lind"],
    ["Harbour chief Ana Lind met crowds demanding the port stay open.", "Ana Lind"],
    ["Harbour chief Ana Lind received a letter from the Dockers Union stressing the need for talks.", "Ana Lind"],
  ])("no participle statement: %s", (body, speaker) => {
    expect(statements(body).filter((s) => s.speaker === speaker)).toEqual([]);
  });
});

describe("'According to him', and unnamed sources close to a body", () => {
  it("'According to him, …' gives the words of the one the sentences before were about", () => {
    expect(statements("Harbour chief Ana Lind met the crews on Monday. According to him, the new quay will double the port's trade.").map((s) => s.speaker)).toContain("Ana Lind");
  });
  it.each([
    ["According to President Holt, cooperation with the port should be improved.", "Mira Holt"],
    ["According to Harbour Minister Holt, cooperation with the port should be improved.", "Mira Holt"],
    ["According to harbour master Holt, cooperation with the port should be improved.", "Mira Holt"],
  ])("a title before the source: %s", (sentence, speaker) => {
    expect(statements(`President Mira Holt met the crews on Monday. ${sentence}`).map((s) => s.speaker)).toContain(speaker);
  });
  it.each([
    ["The pledge came at a rare meeting, according to Harbour Authority spokesman Lena Park.", "Lena Park"],
    ["The port will open, according to the Harbour Authority.", "Harbour Authority"],
    ["The meeting was the first of its kind, Harbour Authority officials said.", "Harbour Authority"],
    ["Meetings with the port may not be new, Norwind Group executives noted.", "Norwind Group"],
  ])("a body's person, or a body's people: %s", (sentence, speaker) => {
    expect(statements(sentence).map((s) => s.speaker)).toEqual([speaker]);
  });
  it.each([
    "Sources close to the Harbour Board said the talks would resume.",
    "People familiar with the Harbour Board said the talks would resume.",
  ])("no statement of the body: %s", (body) => {
    expect(statements(body).filter((s) => s.speaker === "Harbour Board")).toEqual([]);
  });
  it("must not: the body itself speaking is still read", () => {
    expect(statements("The Harbour Board said the talks would resume.").map((s) => s.speaker)).toEqual(["Harbour Board"]);
  });
});

describe("posts embedded in a saved page, joint statements, a minister named by office", () => {
  it.each([
    ["a post signed by its author's name and handle",
      "Health Secretary Ana Lind met the nurses' union on Thursday.\n\nGood talks with the union today. Nurses do a hard job. — Ana Lind (@AnaLindMP) November 10, 2022",
      "Ana Lind", "Nurses do a hard job"],
    ["a body's post signed with its initials, its handle the initials after 'the'",
      "The Harbour Nurses Union met Health Secretary Ana Lind.\n\nToday's meeting was a cordial introduction. — The HNU (@theHNU) November 10, 2022",
      "Harbour Nurses Union", "cordial introduction"],
    ["a joint statement written 'a statement issued jointly'",
      'The strike ended after talks between the dockers\' union HDU and Harbour Lines on Monday.\n\n"All strike action has been withdrawn," a statement issued jointly said.',
      "Harbour Lines", "All strike action has been withdrawn"],
    ["'the minister' for a health secretary named before",
      "Health Secretary Ana Lind spoke with the union's general secretary, Piet Kool, on Thursday.\n\nAfter the meeting, the minister said on Twitter: “Nurses do a hard job.”",
      "Ana Lind", "Nurses do a hard job"],
  ])("%s", (_name, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });
  it.each([
    ["a dash and a name with no handle and date is no signature", "Health Secretary Ana Lind met the union.\n\nThe talks went on late — Ana Lind and Piet Kool agreed.", "Ana Lind"],
    ["'the minister' is not the union's general secretary", "Piet Kool, the union's general secretary, met reporters.\n\nThe minister said: “Nurses do a hard job.”", "Piet Kool"],
  ])("must not: %s", (_name, body, speaker) => {
    expect(statements(body).filter((s) => s.speaker === speaker)).toEqual([]);
  });
});

describe("words passed on 'with' someone, 'made it clear', and the minister among secretaries", () => {
  it.each([
    ["'shared with X that'", "Trade Minister Ana Lind met Piet Kool. The minister shared with Kool that the port had been lauded.", "Ana Lind", "the port had been lauded"],
    ["'made it clear that'", "Trade Minister Ana Lind met Piet Kool. Lind made it clear that no delay will be tolerated.", "Ana Lind", "no delay will be tolerated"],
    ["a minister named beside a Foreign Secretary is 'the minister'",
      "Foreign Secretary Ida Moen called on Minister for Port Services, Regulations and Coordination Ana Lind on Tuesday. The minister expressed appreciation for the clinics.",
      "Ana Lind", "appreciation for the clinics"],
  ])("%s", (_name, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });
  it("'shared' with no that-clause is no statement", () => {
    expect(statements("Ana Lind shared a meal with Piet Kool on Monday.")).toEqual([]);
  });
});

describe("two people joined by 'and' as the subject", () => {
  it.each([
    ["Both Chancellor Ana Lind and opposition leader Piet Kool expressed optimism on Wednesday about a coalition.", ["Ana Lind", "Piet Kool"]],
    ["Mayor Ana Lind and Piet Kool said in a joint statement that the port would reopen.", ["Ana Lind", "Piet Kool"]],
  ])("%s", (body, speakers) => {
    expect(statements(body).map((s) => s.speaker).sort()).toEqual(speakers);
  });
  it.each([
    ["Ana Lind and Piet Kool discussed trade, and Lind said the talks went well.", ["Ana Lind"]],
    ["Ana Lind met Piet Kool and Ida Moen said the talks went well.", ["Ida Moen"]],
  ])("must not: %s", (body, speakers) => {
    expect(statements(body).map((s) => s.speaker).sort()).toEqual(speakers);
  });
});

describe("the passive with 'by', a relative clause's time phrase, and a gerund opening the reported clause", () => {
  it.each([
    ["the passive's speaker after 'by', a title before the name", "The meeting was described as “conciliatory” by the dockers' secretary Alex Lind.", "Alex Lind", "conciliatory"],
    ["the passive without quote marks", "The plan was called a disgrace by Mayor Ana Lund.", "Ana Lund", "a disgrace"],
    ["a time phrase inside 'who … described'", "Transport Minister Andrew Lund, who earlier in the week described the strike as a “silly stunt,” met union officials.", "Andrew Lund", "silly stunt"],
    ["a gerund subject after 'said'", "Union secretary Alex Lind said calling off the strike was a complex process.", "Alex Lind", "calling off the strike was a complex process"],
  ])("%s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });

  it.each([
    // "by" after the passive names how, not who: no one named opens the phrase.
    ["The bill was described as urgent by a vote of the council chaired by Ana Lund.", "Ana Lund"],
    // A participle after "said" with a comma is the saying's manner, not what was said.
    ["The ministry said, citing delays at the quay, that the port would close.", "ministry"],
  ])("%s", (body, speaker) => {
    const found = statements(body).filter((s) => s.speaker === speaker).map((s) => s.text);
    expect(found).not.toContainEqual(expect.stringMatching(/^(?:urgent|citing)/));
  });
});

describe("a block after 'said:', 'the spokesman' for the one who spoke, a crosshead inside a quote, the passive participle", () => {
  it.each([
    ["the paragraph after 'The minister said:' is the minister's, set off without quotation marks",
      "Minister Ana Lund met the dockers on Monday.\n\nThe minister said:\n\nWe want the port to grow. We will build a second quay.",
      "Ana Lund", "We want the port to grow. We will build a second quay."],
    ["'the spokesman' no one was named as is the one who spoke just before",
      "Deputy Cabinet Secretary Alex Lind said the talks were useful. The spokesman added that no decision had been made.",
      "Alex Lind", "no decision had been made"],
    ["a quote before 'X was quoted as saying (by …)'",
      "“The quay will reopen soon,” Governor Ana Lund was quoted as saying by the state news agency.",
      "Ana Lund", "The quay will reopen soon"],
    ["a quote right after a bare 'saying,'",
      "Alex Lind, chair of the harbour committee, relayed the mayor's concerns saying, “I heard about firms becoming involved with the committees.”",
      "Alex Lind", "I heard about firms becoming involved with the committees"],
    ["a person before a role phrase 'of' a body speaks, not the body",
      "Dr Alex Lind an executive member of HDWU however said they want a signed agreement before they call off the strike.",
      "Alex Lind", "they want a signed agreement"],
    ["a long short form in brackets is the body; its president set off after her name speaks",
      "Officials of the Harbour Chambers of Commerce, Industry and Mines (HCCIMA) visited the port. Earlier, Mrs Ana Lund, the President, HCCIMA, commended the state government for its giant strides.",
      "Ana Lund", "the state government for its giant strides"],
    ["'for what he described as': the subject's words, not the one praised",
      "Minister Alex Lind hosted envoy Ana Lund on Monday. Lind praised Lund for what he described as a significant role in the harbour talks.",
      "Alex Lind", "a significant role in the harbour talks"],
    ["a lower-case title before a trailing speaker is no part of the words",
      "The talks would resume on Monday, ministry spokesman Alex Lind said.",
      "Alex Lind", "The talks would resume on Monday"],
    ["a quote after a crosshead goes on with the last speaker's words",
      "Mayor Ana Lund welcomed the dockers, adding: “We met on Sunday.\n\n‘Constructive talks’\n\n“We look forward to a very constructive discussion about the quay.”",
      "Ana Lund", "We look forward to a very constructive discussion"],
  ])("%s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });

  it.each([
    // No one spoke before "the spokesman": he stays unnamed.
    ["The talks were held in Oslo. The spokesman added that no decision had been made.", "no decision"],
    // A participle with its agent after it is passive: the noun before it says nothing.
    ["She stayed away from a forum on fishing called by Mayor Ana Lund, but fishing is the main item.", "by Mayor"],
    // The title before a trailing speaker is no part of the words.
    ["The talks would resume on Monday, ministry spokesman Alex Lind said.", "spokesman"],
    // "said:" with more words after it in the paragraph is no block.
    ["Minister Ana Lund said: the port is full.\n\nWe will build a second quay.", "We will build"],
  ])("%s", (body, words) => {
    expect(statements(body).map((s) => s.text)).not.toContainEqual(expect.stringContaining(words));
  });
});
