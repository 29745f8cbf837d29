/**
 * Abbreviations of US states as AP style writes them after a dateline city
 * ("JEFFERSON CITY, Mo. –", "SPRINGFIELD, Ill. –"). Source: AP Stylebook state
 * abbreviations; the eight states AP spells out are absent. Also a sign that an
 * outlet writes numeric dates month first.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.",
  "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.",
  "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
]);

/** An example dateline for each shape the grammar reads; each is run by a test. */
export const DATELINE_EXAMPLES: ReadonlyArray<{ line: string; place: string; date?: string; agency?: string }> = [
  { line: "HAMBURG, July 7. /TASS/. The ministers met.", place: "Hamburg", date: "-07-07", agency: "TASS" },
  { line: "JEFFERSON CITY, Mo. – The governor met the mayor.", place: "Jefferson City" },
  { line: "LONDON (Agencies): Two envoys met.", place: "London", agency: "Agencies" },
  { line: "MOSCOW. KAZINFORM – The talks began.", place: "Moscow", agency: "KAZINFORM" },
  { line: "Kathmandu, June 10 (PTI) - Leaders met.", place: "Kathmandu", date: "-06-10", agency: "PTI" },
  { line: "DOHA: The Amir received the speaker.", place: "Doha" },
  { line: "NEW YORK (WCBS 880) — The commissioner spoke.", place: "New York", agency: "WCBS 880" },
];
