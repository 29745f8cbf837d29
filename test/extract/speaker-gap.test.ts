// Who speaks through a verb (src/extract/speakers.ts): what may stand between a speaker and the verb, names that
// are objects rather than subjects, and pronouns — sentences of our own, what must be found and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { BETWEEN_SPEAKER_AND_VERB } from "../../src/extract/speakers";
import { parseArticle } from "../../src/parse/parse-article";

const statements = (body: string) => {
  const x = extractFacts(parseArticle(`Harbour news\n\nMay 10, 2024\n\n${body}`));
  return x.statements.map((s) => ({ speaker: x.entities[s.speaker]!.name, text: s.text }));
};

describe("BETWEEN_SPEAKER_AND_VERB: every record's example names its speaker", () => {
  it.each(BETWEEN_SPEAKER_AND_VERB.map((b) => [b.id, b.example]))("%s: %s", (_id, example) => {
    const found = statements(example).map((s) => s.speaker);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => s === "Mira Holt" || s === "Harbour Authority")).toBe(true);
  });
});

describe("a speaker separated from the verb", () => {
  it.each([
    ["an adverb the tagger knows", "The Dock Workers Union has vehemently rejected the offer as an insult.", "Dock Workers Union", "the offer as an insult"],
    ["a discourse adverb", "Ivo Brandt however said the berth would not be ready before June.", "Ivo Brandt", "the berth would not be ready"],
    ["a time phrase", "Ivo Brandt yesterday told reporters that the ferries would run again.", "Ivo Brandt", "the ferries would run again"],
    ["a parenthesised short form", "The ferries will run again in June, the Coastal Shipping Agency (CSA) said.", "Coastal Shipping Agency", "The ferries will run again in June"],
    ["an aside", "The mayor of Nordvik, Ms. Ada Krogh, for her part said the quay would be rebuilt.", "Ada Krogh", "the quay would be rebuilt"],
    ["a relative pronoun after an object", "Ivo Brandt phoned Mayor Ada Krogh, who said the quay would be rebuilt.", "Ada Krogh", "the quay would be rebuilt"],
    ["an organisation's name with an of-phrase", "The Harbour Ministry of Nordland said the quay would be rebuilt by June.", "Harbour Ministry of Nordland", "the quay would be rebuilt"],
    ["a fronted phrase before the subject of a coordinated verb", "At the start of the talks, Mayor Ada Krogh welcomed the guests and stressed the quay would be rebuilt.", "Ada Krogh", "the quay would be rebuilt"],
    ["a long title before the subject of a participle", "Nordic and Baltic Harbour Ministers Ada Krogh and Tor Vik met on Monday, agreeing that the fees were too high.", "Ada Krogh", "the fees were too high"],
    ["a role phrase with an of-phrase", "Harbour chief Tove Lie visited Nordvik. The head of the harbour board stressed that no berth would close.", "Tove Lie", "no berth would close"],
  ])("%s: %s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });
});

describe("a name after a preposition is not the speaker", () => {
  it.each([
    ["the subject of the clause speaks, not the partner of the call",
      "Ivo Brandt said that Mayor Ada Krogh in a phone call on Monday with Governor Tor Vik promised new ferries.", "Ada Krogh", "Tor Vik"],
    ["a partner of a meeting is not the subject of the next sentence",
      "Ada Krogh met with Ivo Brandt and former mayor Tor Vik.\n\n“We will rebuild the quay,” he said.", undefined, "Tor Vik"],
  ])("%s", (_why, body, speaker, not) => {
    const found = statements(body);
    if (speaker) expect(found.map((s) => s.speaker)).toContain(speaker);
    expect(found.map((s) => s.speaker)).not.toContain(not);
  });
});

describe("a participle phrase without commas is no speaker", () => {
  it("the subject before it speaks", () => {
    expect(statements("Mayor Ada Krogh met the envoy. The Mayor praising the envoy's visit to the port said that the quay would be rebuilt.")).toContainEqual({ speaker: "Ada Krogh", text: expect.stringContaining("the quay would be rebuilt") });
  });
  it.each([
    // A noun in -ing is no participle: the name before the verb still speaks.
    ["At the meeting the harbour master Tor Vik said the quay would be rebuilt.", "Tor Vik"],
    ["Ada Krogh visited the building the union owns. Tor Vik said the quay would be rebuilt.", "Tor Vik"],
    // A fronted participle clause ends with the subject: the phrase is no gap between the subject and its verb.
    ["Harbour Mayor Tor Vik spoke first. Congratulating the envoy on starting his mission in Norway Governor Ada Krogh said the quay would be rebuilt.", "Ada Krogh"],
  ])("%s", (body, speaker) => {
    expect(statements(body).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe("pronouns", () => {
  it.each([
    ["a trailing pronoun takes the last speaker, not a name inside the words",
      "Ivo Brandt spoke first. He said the port was full.\n\nTrade with Ada Krogh's region had doubled, he added.", "Ivo Brandt", "Trade with"],
    ["a pronoun after a fronted phrase takes the last speaker",
      "Ivo Brandt spoke first. He said the port was full.\n\nDespite the delays, he said the quay would open in June.", "Ivo Brandt", "the quay would open in June"],
    ["\"during which he\" takes the subject of the call, not its partner",
      "Ivo Brandt also spoke with Governor Tor Vik by phone, during which he reaffirmed that the ferry deal would hold.", "Ivo Brandt", "the ferry deal would hold"],
    ["the previous sentence's subject, not the object of its preposition",
      "Ivo Brandt said he would keep working with Tor Vik.\n\n“We are not done yet,” he stated.", "Ivo Brandt", "We are not done yet"],
  ])("%s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });
});

describe("titles and capitals that must not move the speaker", () => {
  it.each([
    ["an office \"of\" an organisation before the name", "Chief Executive of Norland Shipping Ana Lind said the port was full.", "Ana Lind", "the port was full"],
    ["a fronted phrase naming someone else", "In her meeting with Ivo Brandt, Ana Lind stressed that the port was full.", "Ana Lind", "the port was full"],
    ["an ALL-CAPS sentence keeps its verb", "MAYOR ANA LIND SAID THE PORT WOULD OPEN IN JUNE AND THE FERRIES WOULD RUN.", "Ana Lind", "June"],
  ])("%s: %s", (_why, body, speaker, words) => {
    expect(statements(body)).toContainEqual({ speaker, text: expect.stringContaining(words) });
  });

  it("reads no statement from \"the United States\"", () => {
    expect(statements("Mayor Ada Krogh of the United States and Governor Tor Vik will hold talks.")).toEqual([]);
  });
});
