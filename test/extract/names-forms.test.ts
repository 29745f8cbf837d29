// Name spans with titles, places and verbs around them: what must be found, and what must not.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract-facts";
import { findNames } from "../../src/extract/names";
import { parseArticle } from "../../src/parse/parse-article";

/** A dated article of `body`: its entities (name/type), speakers and held meetings (names sorted). */
const run = (body: string) => {
  const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
  return { entities: x.entities.map((e) => `${e.name}/${e.type}`), speakers: x.statements.map((s) => x.entities[s.speaker]!.name), held: x.meetings.filter((m) => m.status === "held").map((m) => m.participants.map((p) => x.entities[p]!.name).sort().join(" + ")) };
};
const people = (text: string) => findNames(text).filter((r) => r.kind === "person").map((r) => r.name);

describe("titles and places around names", () => {
  it.each([
    ["He met the Queen of Norway Astrid Berg on Monday.", ["Astrid Berg"]],
    ["She phoned the President of Chile Tomas Reyes.", ["Tomas Reyes"]],
    ["Trade Ministers Ana Lind of Sweden and Piet Kool of Belgium Friday agreed.", ["Ana Lind", "Piet Kool"]],
    ["Governors Ruiz and Okafor signed.", ["Ruiz", "Okafor"]],
    ["Minister of Culture and Sport Ida Moen spoke.", ["Ida Moen"]],
    ["Upon landing in Lisbon Okafor told reporters.", ["Okafor"]],
    ["Added Okafor, the deal was done.", ["Okafor"]],
    ["Labour MP Nora Quist said so.", ["Nora Quist"]],
    ["They met the Taoiseach, Liam Doyle.", ["Liam Doyle"]],
    // A country whose name has "and" in it ("St" for "Saint" too) is no person before the title.
    ["Trinidad and Tobago Prime Minister Ivo Brandt spoke.", ["Ivo Brandt"]],
    ["St Vincent and the Grenadines Prime Minister Ivo Brandt spoke.", ["Ivo Brandt"]],
    // A rank joined to a title by a hyphen is part of the title.
    ["Vice-Chief Bob Lund met Co-Chair Ana Lind.", ["Bob Lund", "Ana Lind"]],
    // Places joined by a hyphen before a name are the title's posting.
    ["He met the Ambassador of Chile to Norway-Denmark Bob Lund.", ["Bob Lund"]],
    // (A hyphenated surname keeps its parts.)
    ["Ana Vice-Lind met Bob Co-Lund.", ["Ana Vice-Lind", "Bob Co-Lund"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("the role a title before a name gives", () => {
  const roles = (body: string) => extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`)).entities.filter((e) => e.type === "person").map((e) => `${e.name}: ${e.role}`);
  it.each([
    ["Minister of Culture and Sport Ida Moen met Tomas Reyes.", ["Ida Moen: minister of culture and sport", "Tomas Reyes: null"]],
    ["Governors Ruiz and Okafor signed the deal in Accra.", ["Ruiz: governor", "Okafor: governor"]],
    ["Trade Secretaries Ana Lind and Piet Kool met.", ["Ana Lind: trade secretary", "Piet Kool: trade secretary"]],
    ["Yesterday Governors Ruiz and Okafor signed the deal in Accra.", ["Ruiz: governor", "Okafor: governor"]],
    ["Chilean and Peruvian Foreign Ministers Ana Lind and Piet Kool, respectively, spoke.", ["Ana Lind: foreign minister", "Piet Kool: foreign minister"]],
    // Must not: "and" between a name and a title, or a list of names with no title, joins no role.
    ["Tomas Reyes and Trade Minister Ida Moen met.", ["Tomas Reyes: null", "Ida Moen: trade minister"]],
    ["Tomas Reyes, Ida Moen and Ana Lind met.", ["Tomas Reyes: null", "Ida Moen: null", "Ana Lind: null"]],
    ["Trinidad and Tobago Prime Minister Tomas Reyes met Ida Moen.", ["Tomas Reyes: prime minister", "Ida Moen: null"]],
    // A title's principal after "to the", its remit after "for"; an office's own adjective is no body.
    ["Special Assistant to the President for Press and Public Relations Tomas Reyes met Ida Moen.", ["Tomas Reyes: special assistant to the president for press and public relations", "Ida Moen: null"]],
    ["Presidential Aide Tomas Reyes met Ida Moen.", ["Tomas Reyes: presidential aide", "Ida Moen: null"]],
    // An appositive title ending in a country's long name, then its short form in brackets.
    ["Tomas Reyes, Deputy Minister of Defence in the Kingdom of Saudi Arabia (KSA), met Ida Moen.", ["Tomas Reyes: Deputy Minister of Defence in the Kingdom of Saudi Arabia", "Ida Moen: null"]],
    // A role set off after a verb starts at its article: "received the outgoing … Ambassador, X".
    ["Minister Ida Moen received the outgoing German Ambassador, H.E. Tomas Reyes, in Oslo.", ["Ida Moen: minister", "Tomas Reyes: outgoing German Ambassador"]],
    // "to" joins a posting to the title: one person, no second "Chile's Ambassador".
    ["Chile's Ambassador to Norway Tomas Reyes said the port would open.", ["Tomas Reyes: ambassador to Norway"]],
    ["Special Adviser to the President Ida Moen said the port would open.", ["Ida Moen: special adviser to the president"]],
    // (A "to" after no title is no posting.)
    ["Welcome to Norway Tomas Reyes said the port would open.", ["Tomas Reyes: null"]],
  ])("%s", (text, expected) => expect(roles(text)).toEqual(expected));
});

describe("the country a counterpart is of", () => {
  it.each([
    ["President Tomas Reyes met with his counterpart in Peru, Ida Moen, on Monday.", "Ida Moen", "Peru"],
    ["President Tomas Reyes met with his counterpart from Peru, Ida Moen, on Monday.", "Ida Moen", "Peru"],
  ])("%s", (body, name, country) => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
    expect(x.entities.find((e) => e.name === name)?.affiliation).toBe(country);
  });
});

describe("a body named after its members", () => {
  const orgs = (text: string) => findNames(text).filter((r) => r.kind === "organization").map((r) => r.name);
  it.each([
    // Members' plural closing the body's "of" phrase is part of its name, not a title.
    ["The Harbour Union of Teachers said the strike would go on.", ["Harbour Union of Teachers"]],
    ["The Federation of Retired Nurses met on Monday.", ["Federation of Retired Nurses"]],
    ["The Council of Ministers met on Monday.", ["Council of Ministers"]],
  ])("%s", (text, expected) => expect(orgs(text)).toEqual(expected));
  it("a plural title before names stays a title", () => {
    expect(people("Union Ministers Ana Lind and Piet Kool said so.")).toEqual(["Ana Lind", "Piet Kool"]);
  });
});

describe("words that are no people", () => {
  it.each([
    ["He opened the 91st Agriculture and Commercial Show in Bergen.", []],
    ["He cited the New Fjord Bridge and the Bergen Flyover as landmarks.", []],
    ["Ana Holm said Grexit would happen. Grexit is the main item.", ["Ana Holm"]],
    ["Special Assistant to the President Ana Lind spoke.", ["Ana Lind"]],
    ["Newly elected members arrived.", []],
    ["Foreign Ministers met in Oslo.", []],
    ["Upon arrival, the delegation rested.", []],
    ["Presidents gathered in Lima.", []],
    ["Does Sam Voss's chief know it?", ["Sam Voss"]],
    ["Was Lena Park there?", ["Lena Park"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("single names with evidence across the article", () => {
  const people = (body: string) => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`));
    return x.entities.filter((e) => e.type === "person").map((e) => e.name);
  };
  it.each([
    ["a name seen twice, never in lower case", "On Monday, Jokowi met the governors. Later Jokowi said the port would open.", ["Jokowi"]],
    // "X and former governor Y", "X's former vice president": a person beside a role, not a company before one.
    ["a name with an age set off after it, once", "Kasparo, 54, said the port would reopen.", ["Kasparo"]],
    ["a name before 'and' and another's role", "Former president Kasparo and former governor Ana Lind had lunch. Kasparo said little. Ana Lind was Kasparo's former vice president.", ["Kasparo"]],
  ])("%s", (_why, body, expected) => expect(people(body)).toEqual(expect.arrayContaining(expected)));
  it.each([
    ["a word also written in lower case", "On Monday, Harbour crews met. The harbour was closed. Later Harbour staff left.", "Harbour"],
    ["a company named before its people's roles", "Nimbra chief executive Marcus Feld spoke. Later Nimbra said it would appeal.", "Nimbra"],
    ["a style of address", "His Highness met the envoy. Later His Highness said the talks went well.", "Highness"],
    ["a name seen once", "On Monday, Kasparo met the governors.", "Kasparo"],
    ["a place with a number set off after it", "In Kasparo, 25, people marched.", "Kasparo"],
  ])("not %s", (_why, body, name) => expect(people(body)).not.toContain(name));
});

describe("names the title or the trade gives", () => {
  it("lets a plural title cover the names after it", () => expect(run("A meeting between Governors Okafor and Lindqvist took place in Accra.").held).toEqual(["Lindqvist + Okafor"]));
  it("reads a seat of power as its office", () => expect(run("“The talks were useful,” the Elysee said in a statement.").speakers).toEqual(["Elysee"]));
  it("gives 'the firm' to the company named before", () => expect(run("Harbor Analytics Ltd. lost its appeal. “We will appeal again,” the firm said.").speakers).toEqual(["Harbor Analytics Ltd"]));
  it("keeps an abbreviation as written", () => expect(run("The talks will go on, the UN agency said.").speakers).toEqual(["UN agency"]));
  it.each([
    ["The state news agency Vorta said the talks were useful.", ["Vorta"]],
    ["Later, the Norwegian shipping firm Brenmar, which owns the quay, said the talks were useful.", ["Brenmar"]],
  ])("names a business after its common noun: %s", (body, speakers) => expect(run(body).speakers).toEqual(speakers));
  it.each([
    // A weekday, a given name or a person's full name after the noun is no business's name.
    ["The agency Monday said the talks were useful.", "Monday"],
    ["The agency Ana said the talks were useful.", "Ana"],
  ])("no business named in: %s", (body, name) => expect(run(body).entities).not.toContain(`${name}/organization`));
  it("does not give 'the firm' to a ministry", () => expect(run("The Trade Ministry met on Monday. “We will appeal,” the firm said.").speakers).not.toContain("Trade Ministry"));
});

const organisations = (text: string) => findNames(text).filter((r) => r.kind === "organization").map((r) => r.name);
describe("a plural possessive inside an organisation's name", () => {
  it.each([
    ["The Kenya Pilots’ Association went on strike.", ["Kenya Pilots’ Association"]],
    ["Leaders of the National Growers' Union met.", ["National Growers' Union"]],
    ["A statement from the Delta Governors’ Forum followed.", ["Delta Governors’ Forum"]],
    ["The Farmers Union of Lesotho objected.", ["Farmers Union of Lesotho"]],
  ])("%s", (text, expected) => expect(organisations(text)).toEqual(expected));
  // A possessive before lower-case words, or with no organisation head after it, closes the name.
  it.each([
    ["Mr Okoro’ remarks were noted.", []],
    ["Ruth Sanders’ team met officials.", []],
    ["The Harrises' Kent home was sold.", []],
  ])("%s is no organisation", (text, expected) => expect(organisations(text)).toEqual(expected));
});

describe("long titles with 'of the'", () => {
  it.each([
    ["Member of the Executive Bureau of the Workers Party of Peru Rosa Quispe spoke.", "Rosa Quispe", "Member of the Executive Bureau of the Workers Party of Peru"],
    ["Secretary of the Treasury Dana Whitfield arrived.", "Dana Whitfield", "Secretary of the Treasury"],
    ["Chairwoman of the Senate Committee Ilse Brandt agreed.", "Ilse Brandt", "Chairwoman of the Senate Committee"],
  ])("%s", (text, name, prefix) => {
    const r = findNames(text).filter((x) => x.kind === "person");
    expect(r.map((x) => [x.name, x.prefix])).toEqual([[name, prefix]]);
  });
  // All title, no name after it: no person, and a body it names stays an organisation.
  it.each([
    ["He spoke as President of the Republic.", []],
    ["The Minister of the Interior declined.", []],
    ["She sits on the Chairperson of the Board of Media Classification panel.", []],
  ])("%s names no person", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("words of a region, a portfolio or a body are no person", () => {
  it.each([
    ["She met envoys of Southeast Asian nations.", []],
    ["Officials from African states attended.", []],
    ["Yuki Sato, Minister for Foreign Affairs: I agree.", ["Yuki Sato"]],
    ["Rural Development, Fisheries and Aquaculture Minister Tom Reddy met Ana Lind.", ["Tom Reddy", "Ana Lind"]],
    ["Dev Patel, head of the Screen Writers Guild, spoke.", ["Dev Patel"]],
    // A portfolio set off from its title by a comma stays with the title, not the name.
    ["Ghana's Minister of State , Foreign Affairs Ada Obi met him.", ["Ada Obi"]],
    ["Lena Park met the Minister of Foreign and Expatriate Affairs, Ivo Brandt.", ["Lena Park", "Ivo Brandt"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
  it.each([
    ["The Ministry of Foreign and Expatriate Affairs said the visit was useful.", "Ministry of Foreign and Expatriate Affairs/organization"],
    ["The Department of Trade and Industry said the talks were useful.", "Department of Trade and Industry/organization"],
    ["The Council on Shipping Safety said the talks were useful.", "Council on Shipping Safety/organization"],
    ["The Committee on Harbour Data and Pilotage said the talks were useful.", "Committee on Harbour Data and Pilotage/organization"],
    ["The Forum of the Americas said the talks were useful.", "Forum of the Americas/organization"],
    // Must not: a day after "on" is when the body acted.
    ["The Harbour Council on Monday said the talks were useful.", "Harbour Council/organization"],
    // A body named after its members, inside a sentence.
    ["The talks between Federated Growers and the board ended on Monday.", "Federated Growers/organization"],
    // Must not: a body whose name opens with a portfolio word keeps it ("European", then a given name).
    ["The European Rose Alliance said the talks were useful.", "European Rose Alliance/organization"],
  ])("a body's remit joined by 'and' is one name: %s", (text, entity) => expect(run(text).entities).toEqual([entity]));
  it.each([
    // One word owning what only a body has names a body, wherever it stands.
    ["Vantor said the plant would stay open, after a meeting of Vantor's board.", ["Vantor/organization", "Vantor's board/organization"]],
    // Must not: "Angry Farmers" opening a sentence may be any farmers; a full name's surname owning a board is the person's.
    ["Angry Farmers protested outside the port.", []],
    ["Mira Holt's board met. Holt said the plant would stay open.", ["Mira Holt/person", "Mira Holt's board/organization"]],
  ])("%s", (text, entities) => expect(run(text).entities).toEqual(entities));
  // Must not: "and" between a body and another name joins nothing.
  it("'the Ministry of Finance and Ana Lind' is two", () => expect(run("The Ministry of Finance and Ana Lind said the talks were useful.").entities).toEqual(["Ministry of Finance/organization", "Ana Lind/person"]));
});

describe("a region's portfolio after '<title> for'; a style word before a patronymic", () => {
  it.each([
    ["King Omar received Minister of State for African Affairs Ahmed Abdul Aziz Farouk in Amman.", ["Omar", "Ahmed Abdul Aziz Farouk"]],
    ["She met Minister for European Affairs Ana Lind.", ["Ana Lind"]],
    ["Prince Sultan bin Saad bin Khalid welcomed him.", ["Sultan bin Saad bin Khalid"]],
    // Must not: a style word that opens the run stays a title.
    ["Sultan Haitham bin Tarik met him.", ["Haitham bin Tarik"]],
    ["Crown Prince Mohammed bin Salman met him.", ["Mohammed bin Salman"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("a fronted day or month with no comma before a name", () => {
  it.each([
    ["On Monday Tove Aalberg had talks.", ["Tove Aalberg"]],
    ["In June Ana Ruiz met him.", ["Ana Ruiz"]],
    ["Last Friday Ruiz said no.", ["Ruiz"]],
    // Must not: a part of the day, a given name that is a month with no preposition before it.
    ["On Monday Morning the ships left.", []],
    ["She met June Carter Cash.", ["June Carter Cash"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("a given name that is also a month or a city", () => {
  it.each([
    ["He met her counterpart Jan Dvorak on Monday.", ["Jan Dvorak"]],
    ["Mayor Tomas Berg met Governor April Hale.", ["Tomas Berg", "April Hale"]],
    ["He met envoy Ana Lima in Kabul.", ["Ana Lima"]],
    ["Mayor Sofia Lindqvist of Uppsala spoke.", ["Sofia Lindqvist"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
  it.each([
    ["In June Ibrahim met him.", "June Ibrahim"],
    ["May Day protests grew.", "May Day"],
    ["Since March Ortiz has led it.", "March Ortiz"],
  ])("%s: the month is a date", (text, wrong) => expect(people(text)).not.toContain(wrong));
});

describe("organisations' names and company forms", () => {
  it.each([
    ["Talks with the Southern Miners Federation resumed.", ["Southern Miners Federation"]],
    ["Banco Meridional S.A. was fined.", ["Banco Meridional S.A."]],
    ["Officials of the United Nations came.", ["United Nations"]],
    ["State House said the two leaders met.", ["State House"]],
    ["A statement from Government House followed.", ["Government House"]],
  ])("%s", (text, expected) => expect(organisations(text)).toEqual(expected));
});

describe("peoples, faiths and counts of people", () => {
  it.each([
    ["The aim was for Ivo Brandt to meet West Australians working abroad.", ["Ivo Brandt"]],
    ["Many Kenyans and South Africans protested.", []],
    ["Thousands of Filipinos marched past Paula Grant.", ["Paula Grant"]],
    ["Muslims and Christians prayed together, Ana Lind said.", ["Ana Lind"]],
    // Must not lose: surnames ending in s.
    ["Paula Jones met Tom Douglas and Ana Lucas.", ["Paula Jones", "Tom Douglas", "Ana Lucas"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("contracted words", () => {
  it.each([
    ["\"We've had a useful discussion,\" Ivo Brandt told reporters.", ["Ivo Brandt"]],
    ["They’ll come back, Grant said.", ["Grant"]],
    ["I’m sure, Diaz said.", ["Diaz"]],
    ["Don’t worry, Diaz said.", ["Diaz"]],
    // Must not lose: an apostrophe inside a surname.
    ["Patrick O’Neill met Sean D’Souza.", ["Patrick O’Neill", "Sean D’Souza"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("an appositive that calls an organisation a company, firm or group", () => {
  it.each([
    ["Ivo Brandt runs Corvane Asia, a company Paula Grant owns shares in. The company said Brandt was not seeking new work.", "Corvane Asia"],
    ["Corvane Asia, a Perth-based firm, lost a contract. The firm said it would appeal.", "Corvane Asia"],
    ["Corvane Asia, a company, lost a contract to the Harbour Union. The union said it would appeal.", "Harbour Union"],
  ])("%s → %s", (text, speaker) => expect(run(text).speakers).toEqual([speaker]));
  it.each([
    // Must not: a person called a company director is no company; an adjective of a place is no person.
    ["Paula Grant met Ivo Brandt, a company director. The company said nothing.", "Ivo Brandt"],
    ["Corvane Asia, a Perth-based firm, lost a contract.", "Perth-based"],
  ])("%s: no organisation or person %s", (text, name) => {
    const x = extractFacts(parseArticle(`Port news\n\n${text}`));
    expect(x.statements.map((st) => x.entities[st.speaker]!.name)).not.toContain(name);
    expect(x.entities.filter((e) => e.name === name && e.type === "organization" || e.name === "Perth-based").map((e) => e.name)).toEqual([]);
  });
});

describe("'for' inside a body's name", () => {
  it.each([
    ["The Independent Office for Harbour Conduct said it would review the case.", ["Independent Office for Harbour Conduct"]],
    ["The Centre for Coastal Studies said so.", ["Centre for Coastal Studies"]],
    ["The Joint Commission for Trade and Economic Cooperation met.", ["Joint Commission for Trade and Economic Cooperation"]],
    // Must not: a title's "for" (the portfolio stays with the title), or "for" after a person.
    ["Minister for Trade Ana Lind met Tom Reyes.", []],
    ["Paula Grant voted for Omar Diaz.", []],
  ])("%s", (text, expected) => expect(organisations(text)).toEqual(expected));
  it("its bracketed short form is the same organisation", () => {
    const x = extractFacts(parseArticle("Port news\n\nMay 10, 2024\n\nThe Independent Office for Harbour Conduct (IOHC) opened a review. The IOHC said it would report in June."));
    expect(x.entities.filter((e) => e.type === "organization").map((e) => e.name)).toEqual(["Independent Office for Harbour Conduct"]);
  });
});

describe("a number after an organisation's 'of'", () => {
  it.each([
    ["Talks on the margins of the Group of 20 ministerial meeting went on.", ["Group of 20"]],
    ["The Group of Seven leaders met.", ["Group of Seven"]],
    // Must not: a count is no name.
    ["A total of 20 people came.", []],
  ])("%s", (text, expected) => expect(organisations(text)).toEqual(expected));
});

describe("a company's branch in a country or region", () => {
  it.each([
    ["The chief executive of Corvane Asia, a company she owns, attended.", ["Corvane Asia"]],
    ["Corvane Asia is separate from Corvane Australia.", ["Corvane Asia", "Corvane Australia"]],
    ["Toldrin South Africa said sales fell.", ["Toldrin South Africa"]],
    // Must not: a geographic feature, a region word, a nationality, a person's name, a title or a common word before the place.
    ["He climbed Mount Kenya in May.", []],
    ["Trade grew across Southern Africa.", []],
    ["Trade Deal Boosts Asia", []],
    ["Ambassador Kenya talks resumed.", []],
    ["Maria Kenya spoke.", []],
  ])("%s", (text, expected) => expect(organisations(text)).toEqual(expected));
  it("is no person either", () => expect(people("Corvane Asia said sales fell.")).toEqual([]));
});

describe("forms of names across the article", () => {
  const facts = (body: string) => extractFacts(parseArticle(`Leaders meet\n\n${body}`));
  it.each([
    ["Ravi Das met Lucas Da Silva in Goa.", ["Ravi Das", "Lucas Da Silva"]],
    ["Marie de Bussy spoke with Jan van der Berg.", ["Marie de Bussy", "Jan van der Berg"]],
    ["H.E. Dr. Amina Yusuf met Rt. Hon. Peter Okoth in Nairobi.", ["Amina Yusuf", "Peter Okoth"]],
  ])("%s", (text, names) => {
    const x = facts(text);
    expect(x.meetings.map((m) => m.participants.map((i) => x.entities[i]!.name))).toEqual([names]);
  });
  it("a nickname the article declares is the same person", () => {
    const x = facts("Ana Ruiz met President Bambang Susilo, popularly known as Bambi, in Jakarta. Bambi said the talks were good.");
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Bambang Susilo"]);
  });
  it("one edit on a long surname is the same person; a short or far one is not", () => {
    const x = facts("Ana Ruiz received Alexei Ulyukaev. Ulyukayev said the visit was useful. Petrov said nothing new.");
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Alexei Ulyukaev"]);
  });
});

describe("a short form declared in brackets", () => {
  const facts = (body: string) => extractFacts(parseArticle(`Talks\n\n${body}`));
  it("is the organisation it follows, there and later", () => {
    const x = facts("Ana Ruiz met officials of the Ministry of Coastal Affairs (MoCA) in Lima. MoCA said the talks were useful.");
    expect(x.entities.map((e) => e.name)).not.toContain("MoCA");
    expect(x.statements.map((st) => x.entities[st.speaker]!.name)).toEqual(["Ministry of Coastal Affairs"]);
  });
  it("a person's initials in brackets are that person, there and later", () => {
    const x = facts("Mexican President Tomas Ruiz Vidal Obrero (TRVO) met Ana Lind. TRVO said the talks were good.");
    expect(x.entities.map((e) => e.name)).not.toContain("TRVO");
    expect(x.statements.map((st) => x.entities[st.speaker]!.name)).toEqual(["Tomas Ruiz Vidal Obrero"]);
  });
  it("not a bracketed word after a person: no organisation comes of it", () => {
    const x = facts("Omar Diaz met the envoy Lena Park (NP) in Lima.");
    expect(x.entities.filter((e) => e.type === "organization")).toEqual([]);
  });
});

describe("a place no gazetteer knows, after a preposition of place", () => {
  const kinds = (text: string) => findNames(text).map((r) => `${r.name}/${r.kind}`);
  it.each([
    ["The ministers met on the sidelines of the forum in Varbolm.", ["Varbolm/place"]],
    ["Talks were held at Kessmere on Friday.", ["Kessmere/place"]],
    ["The crews gathered near Loch Varra.", ["Loch Varra/place"]],
  ])("a place: %s", (text, expected) => expect(kinds(text)).toEqual(expected));
  it.each([
    // Must not: a person after "with"/"to", a possessive after "in", a titled name, a given name first.
    ["She met Varbolm in Lisbon.", ["Varbolm/person", "Lisbon/place"]],
    ["In Kessmere's view the deal was done.", ["Kessmere/person"]],
    ["The deal was signed in the presence of Dr. Varbolm.", ["Varbolm/person"]],
    ["The talks ended in Ana Kessmere walking out.", ["Ana Kessmere/person"]],
  ])("not a place: %s", (text, expected) => expect(kinds(text)).toEqual(expected));
  it("the guessed place is no entity and no meeting place over a known one", () => {
    const r = run("Ida Moen met Tomas Reyes in Lisbon on Friday. Both had arrived from talks in Varbolm.");
    expect(r.entities).not.toContain("Varbolm/person");
    expect(r.held).toEqual(["Ida Moen + Tomas Reyes"]);
  });
  it.each(["the Varbolm Republic", "the Kessmere Territory"])("a country's or territory's name is no person: %s", (name) => {
    expect(people(`Ida Moen met envoys of ${name} on Monday.`)).toEqual(["Ida Moen"]);
  });
});

describe("a social media handle and an appositive before a speech verb", () => {
  it("a handle holding the surname of one named person is that person", () => {
    const r = run(`Foreign Minister Ida Varbolm-Moen met Tomas Reyes on Monday. "Good talks with @TReyes_official today," @IdaVarbolmMoen wrote.`);
    expect(r.entities).not.toContain("@IdaVarbolmMoen/person");
    expect(r.speakers).toContain("Ida Varbolm-Moen");
  });
  it("must not: a handle fitting no one, or two people, stays as written", () => {
    const r = run(`Ida Moen met Tomas Moen on Monday. "Good talks," @MoenFamily wrote.`);
    expect(r.entities).toContain("@MoenFamily/person");
  });
  it("the appositive stops at the speech verb", () => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\nAfter the talks, Ida Moen, spokesperson of the Kessmere Harbour Board tweeted, "The talks went well."`));
    expect(x.entities.find((e) => e.name === "Ida Moen")?.role).toBe("spokesperson of the Kessmere Harbour Board");
    expect(x.entities.map((e) => e.name)).not.toContain("Kessmere Harbour Board tweeted");
  });
});

describe("a country's official name", () => {
  it.each([
    ["The Embassy of the Russian Federation said so.", ["Embassy of the Russian Federation/organization"]],
    // The official name is the country, under its common name.
    ["Envoys of the Republic of Korea met.", ["South Korea/place"]],
  ])("%s", (text, expected) => expect(findNames(text).map((r) => `${r.name}/${r.kind}`)).toEqual(expected));
  it("must not: 'of the' before a body that is no country stays out of the name", () => {
    expect(findNames("The Ministry of Fisheries of the Harbour Board said so.").map((r) => r.name)).toEqual(["Ministry of Fisheries", "Harbour Board"]);
  });
});

describe("a word of capitals alone", () => {
  it.each([
    ["The DVB said the talks went well.", ["DVB/organization"]],
    ["Officials of the KHF met the press.", ["KHF/organization"]],
    ["Officials of the HCCIMA met the press.", ["HCCIMA/organization"]],
  ])("is a body's short form: %s", (text, expected) => expect(findNames(text).map((r) => `${r.name}/${r.kind}`)).toEqual(expected));
  it.each([
    // Must not: a titled name in capitals, a two-letter word, a title, an exchange before a ticker.
    ["Senator DVB Holm spoke.", "DVB Holm"],
    ["The UN said so.", null],
    ["The PM said so.", null],
    // A plural of capitals names no one.
    ["The NGOs said so.", null],
  ])("is no body here: %s", (text, person) => {
    const runs = findNames(text);
    expect(runs.filter((r) => r.kind === "organization" && /^\p{Lu}{3,5}$/u.test(r.name))).toEqual([]);
    if (person) expect(runs.map((r) => r.name)).toContain(person);
  });
  it("a ticker after its exchange is the short form of the company named before it", () => {
    const x = extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\nKessmere Marine ASA (OSE: KSMR), a builder of tugs, today announced a deal with the port.\n\nKSMR said the tugs would be delivered in 2026.`));
    expect(x.entities.map((e) => e.name)).not.toContain("OSE");
    expect(x.statements.map((s) => x.entities[s.speaker]!.name)).toEqual(["Kessmere Marine ASA", "Kessmere Marine ASA"]);
  });
  it("initials of a body named before are that body", () => {
    const r = run("The Kessmere Harbour Board met the crews. KHB said the talks went well.");
    expect(r.speakers).toEqual(["Kessmere Harbour Board"]);
  });
});

describe("compounds, firms named with a title word, a month as a surname, portfolios in lists", () => {
  const spans = (text: string) => findNames(text).map((r) => `${r.name}/${r.kind}`);
  it.each([
    ["The summit would re-launch Anglo-Irish and Franco-Spanish ties.", []],
    ["Sino-Indian trade grew.", []],
    ["Talks at General Shipping ended.", ["General Shipping/organization"]],
    ["She met Prime Minister Theresa Holm and Prime Minister Ana May on Sunday.", ["Theresa Holm/person", "Ana May/person"]],
    ["He received Secretary of Homeland Security Ivo Brandt.", ["Ivo Brandt/person"]],
    ["He met the Minister of State for Petroleum on Monday.", []],
    ["It was attended by the Secretaries of the Interior Ivo Brandt, and Foreign Affairs Lena Park.", ["Ivo Brandt/person", "Lena Park/person"]],
  ])("%s", (text, expected) => expect(spans(text)).toEqual(expected));
  it.each([
    // Must not: a month with a day after it is the date; a month after a surname is the date; a portfolio word opening a body.
    ["Ana Lind May 5 was busy.", ["Ana Lind/person"]],
    ["Officials of National Shipping Ana Lind met.", ["National Shipping/organization", "Ana Lind/person"]],
  ])("must not: %s", (text, expected) => expect(spans(text)).toEqual(expected));
});

describe("compass regions and venues are no people", () => {
  it.each([
    ["Governors came from the North East, the South-South and North Central zones.", []],
    ["They met at the Presidential Villa and later at the Home of the Federation.", ["Federation/organization"]],
  ])("%s", (text, expected) => expect(findNames(text).filter((r) => r.kind !== "place").map((r) => `${r.name}/${r.kind}`)).toEqual(expected));
});

describe("an abbreviated title as a surname; initials with dots", () => {
  const spans = (text: string) => findNames(text).map((r) => `${r.name}/${r.kind}`);
  it.each([
    ["She held talks with Prime Minister Hok Sen on Thursday.", ["Hok Sen/person"]],
    ["The mayors met in Washington D.C. with President Ana Lind.", ["Washington/place", "Ana Lind/person"]],
    ["Cardinal Ivo Brandt, S.D.B., arrived.", ["Ivo Brandt/person"]],
    // Must not: the abbreviated title before a name still titles it.
    ["Sen. Ana Lind met him.", ["Ana Lind/person"]],
  ])("%s", (text, expected) => expect(spans(text)).toEqual(expected));
});

describe("a headline's verb in title case after a name; bodies named with Force, Museum, Library", () => {
  const spans = (text: string) => findNames(text).map((r) => `${r.name}/${r.kind}`);
  it.each([
    ["Lind, Brandt Confer on quotas", ["Lind/person", "Brandt/person"]],
    ["Premier Lind Meets Envoys", ["Lind/person"]],
    ["The Kessmere Fire Force said so.", ["Kessmere Fire Force/organization"]],
    ["The Kessmere Museum said so.", ["Kessmere Museum/organization"]],
    // Must not: "Said" is a surname too.
    ["Ahmed Said spoke.", ["Ahmed Said/person"]],
  ])("%s", (text, expected) => expect(spans(text)).toEqual(expected));
});

describe("title words alone, patronymic chains, a shared surname and a spouse named after the kin word", () => {
  it.each([
    ["Sheikh Hamad Al Qasimi, Crown Prince of Sharjah and Deputy Supreme Commander of the Sharjah Armed Forces, met envoys.", ["Hamad Al Qasimi"]],
    ["Sheikh Saif Al Marri, Deputy Ruler of Fujairah, spoke.", ["Saif Al Marri"]],
  ])("title words are no name: %s", (text, expected) => expect(people(text)).toEqual(expected));
  it("keeps a son apart from his father named in his patronymic", () => {
    const x = run("Sheikh Saif bin Hamad Al Marri received the envoy. The meeting was attended by Sheikh Khalid bin Saif bin Hamad Al Marri, the deputy ruler.");
    expect(x.entities.filter((e) => e.endsWith("/person"))).toEqual(["Saif bin Hamad Al Marri/person", "Khalid bin Saif bin Hamad Al Marri/person"]);
  });
  it("gives a titled surname to the one whose role the title names, not the spouse named last", () => {
    const x = run("Prime Minister Ana Lind and her husband Piet met Senator Eva Berg on Monday. Berg told Piet Lind that the visit was historic. Later, Prime Minister Lind met with Mayor Tom Rask.");
    expect(x.held).toContain("Ana Lind + Tom Rask");
    expect(x.held).not.toContain("Piet Lind + Tom Rask");
  });
  it.each([
    ["Ana Lind met on Monday with Senator Dave Holm and his wife Dina Moen Berg.", "Ana Lind + Dave Holm + Dina Moen Berg"],
    ["Ana Lind met on Monday with Senator Dave Holm and his wife, Dina Moen Berg.", "Ana Lind + Dave Holm + Dina Moen Berg"],
    // Must not: an unnamed wife is no party of her own.
    ["Ana Lind met Dave Holm and his wife in Oslo.", "Ana Lind + Dave Holm"],
  ])("a spouse named after the kin word takes part: %s", (text, held) => expect(run(text).held).toEqual([held]));
});

describe("clause openers and places of worship are no names", () => {
  it.each([
    ["“Whenever I come to Lima, I visit the Basilica of Santa Rosa,” Ana Lind said.", ["Ana Lind"]],
    ["Once Ana Lind arrived, the talks began.", ["Ana Lind"]],
    ["Ana Lind prayed at the Cathedral of Saint Olav and the Blue Mosque.", ["Ana Lind"]],
    // Must not: a name that only begins like an opener stays a name.
    ["Ana Lind met Monica Oncea in Oslo.", ["Ana Lind", "Monica Oncea"]],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("a body's initials between a title and a given name; gatherings after a title word", () => {
  it.each([
    ["CEO HPDC Karim Nadir attended the meeting.", ["Karim Nadir"]],
    ["Director NFTB Omar Haddad spoke.", ["Omar Haddad"]],
    // Must not: initials that open a name with no title before it, or a surname after the initials.
    ["Director J.K. Rowling spoke.", ["J.K. Rowling"]],
    ["The Spring General Meeting opens on Saturday.", []],
    ["The Annual General Session of the union ended.", []],
  ])("%s", (text, expected) => expect(people(text)).toEqual(expected));
});

describe("a whole title set off before a one-word title gives the role", () => {
  const roles = (body: string) => extractFacts(parseArticle(`Port news\n\nMay 10, 2024\n\n${body}`)).entities.filter((e) => e.type === "person").map((e) => `${e.name}: ${e.role}`);
  it.each([
    ["The Governor of Lagos State, Senator Ada Obi, met Tomas Reyes.", "Ada Obi: governor of Lagos State"],
    ["The Minister of Health of Chile, Ambassador Piet Kool, met Tomas Reyes.", "Piet Kool: minister of health of Chile"],
    // Must not: a title with no set-off phrase before it keeps its own word.
    ["Senator Ada Obi met Tomas Reyes.", "Ada Obi: senator"],
  ])("%s", (text, expected) => expect(roles(text)).toContain(expected));
});
