# Generates eval/phrasings/NN-slug.txt + .gold.json: one short invented wire-style article per phrasing
# form listed in issues 10 (names, coreference) and 11 (meeting frames, statuses, dates; attribution forms).
# Gold written by hand before the extractor was run on it; run: python3 eval/phrasings/gen.py
import json, os, datetime
D = os.path.dirname(os.path.abspath(__file__))
WD = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
def last(pub, wd):
    d = datetime.date.fromisoformat(pub)
    while WD[d.weekday()] != wd: d -= datetime.timedelta(days=1)
    return d.isoformat()
def dq(iso):
    d = datetime.date.fromisoformat(iso); M = d.strftime("%B"); n = d.day
    return [iso, f"{M} {n}", f"{n} {M}", WD[d.weekday()]]
def P(name, *aliases, role=None, aff=None):
    e = {"name": name, "type": "person", "aliases": list(aliases)}
    if role: e["role"] = role
    if aff: e["affiliation"] = aff
    return e
def O(name, *aliases): return {"name": name, "type": "organization", "aliases": list(aliases)}
def M(parts, date=None, place=None, ev="", optional=False):
    m = {"participants": parts}
    if date: m["date"] = date
    if place: m["place"] = place
    m["evidence"] = ev
    if optional: m["optional"] = True
    return m
def S(sp, kw, ev="", optional=False):
    s = {"speaker": sp if isinstance(sp, list) else [sp], "keywords": kw, "evidence": ev}
    if optional: s["optional"] = True
    return s
def Q(q, all_, none=None):
    x = {"q": q, "all": all_}
    if none: x["none"] = none
    return x
CASES = []
def case(slug, kind, text, published, title, entities, meetings, statements, questions=(), not_meetings=()):
    CASES.append(dict(slug=slug, kind=kind, text=text, published=published, title=title, entities=entities,
                      meetings=meetings, statements=statements, questions=list(questions), not_meetings=list(not_meetings)))

# ================= MEETINGS: verb triggers =================
p = "2025-03-04"; d = last(p, "Monday")
case("01-verb-met", "Trigger 'met' (transitive verb) with a titled object; place and weekday in the clause.", f"""Norway and Iceland edge towards cod quota deal

March 4, 2025

REYKJAVIK, March 4 (Reuters) - Norwegian Fisheries Minister Halvard Brekke met Icelandic Prime Minister Sigrun Thorvaldsdottir in Reykjavik on Monday to discuss cod quotas in the Barents Sea.
The two countries have disagreed over quotas since 2021.
Catches fell by nearly a fifth last year, according to industry figures.
Brekke told reporters after the meeting that both sides wanted a deal before the summer season.
The fisheries ministry in Oslo gave no further details.
""", p, "Norway and Iceland edge towards cod quota deal",
 [P("Halvard Brekke","Brekke","Norwegian Fisheries Minister Halvard Brekke","Norwegian Fisheries Minister",role="Fisheries Minister",aff="Norway"),
  P("Sigrun Thorvaldsdottir","Thorvaldsdottir","Icelandic Prime Minister Sigrun Thorvaldsdottir","Icelandic Prime Minister",role="Prime Minister",aff="Iceland")],
 [M(["Halvard Brekke","Sigrun Thorvaldsdottir"], d, "Reykjavik", "Norwegian Fisheries Minister Halvard Brekke met Icelandic Prime Minister Sigrun Thorvaldsdottir in Reykjavik on Monday")],
 [S("Halvard Brekke",["wanted a deal","before the summer season"],"Brekke told reporters after the meeting that both sides wanted a deal before the summer season.")],
 [Q("Who did Halvard Brekke meet?",["Thorvaldsdottir"]), Q("When did Brekke meet Thorvaldsdottir?",[dq(d)])])

p = "2025-06-17"; d = last(p, "Friday")
case("02-verb-met-with", "Trigger 'met with' with an appositive role after the object ('Baraka Kiprotich-Ouma, the chairman of ...').", f"""Kenyan tea growers press government on auction prices

Nairobi, 17 June 2025

Kenya's Agriculture Secretary Wanjiru Kimathi met with Baraka Kiprotich-Ouma, the chairman of the Smallholder Tea Growers Association, in Kericho on Friday.
Prices at the weekly Mombasa auction have fallen for six straight weeks.
"We cannot keep selling below the cost of production," Kiprotich-Ouma said after the meeting.
Kimathi said the government would review export levies by August.
""", p, "Kenyan tea growers press government on auction prices",
 [P("Wanjiru Kimathi","Kimathi","Kenya's Agriculture Secretary Wanjiru Kimathi","Agriculture Secretary",role="Agriculture Secretary",aff="Kenya"),
  P("Baraka Kiprotich-Ouma","Kiprotich-Ouma","the chairman of the Smallholder Tea Growers Association","chairman",role="chairman",aff="Smallholder Tea Growers Association")],
 [M(["Wanjiru Kimathi","Baraka Kiprotich-Ouma"], d, "Kericho", "Kenya's Agriculture Secretary Wanjiru Kimathi met with Baraka Kiprotich-Ouma ... in Kericho on Friday.")],
 [S("Baraka Kiprotich-Ouma",["below the cost of production"]), S("Wanjiru Kimathi",["review export levies"])],
 [Q("Who did Wanjiru Kimathi meet?",["Kiprotich-Ouma"]), Q("What did Kiprotich-Ouma say?",["cost of production"],["export levies"])])

p = "2025-08-12"; d = last(p, "Monday")
case("03-verb-phoned", "Trigger 'phoned' (a call) with 'his Peruvian counterpart NAME'.", f"""Chile opens shelter at northern border crossing

August 12, 2025

SANTIAGO, Aug 12 (Reuters) - Chilean Interior Minister Ignacio Beltrán phoned his Peruvian counterpart Rosario Huillcahuamán on Monday after hundreds of migrants were stranded at the Chacalluta crossing.
Beltrán said afterwards that Chile would open a temporary shelter near the crossing.
Trucks queued for more than 10 kilometres on the Peruvian side.
""", p, "Chile opens shelter at northern border crossing",
 [P("Ignacio Beltrán","Beltrán","Chilean Interior Minister Ignacio Beltrán","Chilean Interior Minister",role="Interior Minister",aff="Chile"),
  P("Rosario Huillcahuamán","Huillcahuamán","his Peruvian counterpart","Peruvian counterpart",role="Interior Minister",aff="Peru")],
 [M(["Ignacio Beltrán","Rosario Huillcahuamán"], d, None, "Chilean Interior Minister Ignacio Beltrán phoned his Peruvian counterpart Rosario Huillcahuamán on Monday")],
 [S("Ignacio Beltrán",["temporary shelter"])],
 [Q("Who did Beltrán phone?",["Huillcahuamán"]), Q("How did Beltrán contact Huillcahuamán?",[["phone","call"]])])

p = "2025-10-09"; d = last(p, "Tuesday")
case("04-verb-called", "Trigger 'called' + object as a phone call ('called X on Tuesday to congratulate him'); 'called for' is no meeting.", f"""Estonian premier congratulates new Latvian leader

October 9, 2025

TALLINN, Oct 9 (Reuters) - Estonian Prime Minister Kadri Lepik called Latvian Prime Minister Arturs Vilks on Tuesday to congratulate him on forming a government.
Lepik said the two neighbours would coordinate their defence spending next year.
Opposition parties in Riga called for an early vote on the budget.
""", p, "Estonian premier congratulates new Latvian leader",
 [P("Kadri Lepik","Lepik","Estonian Prime Minister Kadri Lepik","Estonian Prime Minister",role="Prime Minister",aff="Estonia"),
  P("Arturs Vilks","Vilks","Latvian Prime Minister Arturs Vilks","Latvian Prime Minister",role="Prime Minister",aff="Latvia")],
 [M(["Kadri Lepik","Arturs Vilks"], d, None, "Estonian Prime Minister Kadri Lepik called Latvian Prime Minister Arturs Vilks on Tuesday")],
 [S("Kadri Lepik",["coordinate their defence spending"])],
 [Q("Who did Kadri Lepik call?",["Vilks"])])

p = "2025-02-21"; d = last(p, "Thursday")
case("05-verb-spoke-with-by-telephone", "Triggers 'spoke with X by telephone' (kind phone) and 'spoke to' (a contact, not a statement).", f"""Ghana, Ivory Coast discuss cocoa smuggling

February 21, 2025

ACCRA, Feb 21 (Reuters) - Ghana's Finance Minister Kojo Ampofo-Twum spoke with Ivorian Finance Minister Aminata Kourouma by telephone on Thursday about cocoa smuggling across their shared border.
He also spoke to the head of the Ghana Cocoa Board, Efua Mensimah, later in the day.
Ampofo-Twum said both governments would share customs data from next month.
""", p, "Ghana, Ivory Coast discuss cocoa smuggling",
 [P("Kojo Ampofo-Twum","Ampofo-Twum","Ghana's Finance Minister Kojo Ampofo-Twum","Finance Minister",role="Finance Minister",aff="Ghana"),
  P("Aminata Kourouma","Kourouma","Ivorian Finance Minister Aminata Kourouma","Ivorian Finance Minister",role="Finance Minister",aff="Ivory Coast"),
  P("Efua Mensimah","Mensimah","the head of the Ghana Cocoa Board",role="head",aff="Ghana Cocoa Board")],
 [M(["Kojo Ampofo-Twum","Aminata Kourouma"], d, None, "spoke with Ivorian Finance Minister Aminata Kourouma by telephone on Thursday"),
  M(["Kojo Ampofo-Twum","Efua Mensimah"], d, None, "He also spoke to the head of the Ghana Cocoa Board, Efua Mensimah, later in the day.")],
 [S("Kojo Ampofo-Twum",["share customs data"])],
 [Q("Who did Ampofo-Twum speak with by phone?",["Kourouma"]), Q("Who did Kojo Ampofo-Twum speak to?",["Kourouma","Mensimah"])])

p = "2025-04-11"; d = last(p, "Wednesday")
case("06-verb-talked-with", "Trigger 'talked with' and its kind from the clause ('via video link').", f"""Portugal and Brazil talk port investment

11 April 2025

LISBON, April 11 (Reuters) - Portuguese Economy Minister Duarte Salgueiro talked with Brazilian Ports Minister Heloísa Brandão via video link on Wednesday about a container terminal in Sines.
Brandão said Brazilian shipping lines wanted a direct weekly service to Europe.
Salgueiro did not comment after the call.
""", p, "Portugal and Brazil talk port investment",
 [P("Duarte Salgueiro","Salgueiro","Portuguese Economy Minister Duarte Salgueiro","Portuguese Economy Minister",role="Economy Minister",aff="Portugal"),
  P("Heloísa Brandão","Brandão","Brazilian Ports Minister Heloísa Brandão","Brazilian Ports Minister",role="Ports Minister",aff="Brazil")],
 [M(["Duarte Salgueiro","Heloísa Brandão"], d, None, "talked with Brazilian Ports Minister Heloísa Brandão via video link on Wednesday")],
 [S("Heloísa Brandão",["direct weekly service"])],
 [Q("How did Salgueiro talk with Brandão?",[["video"]])])

p = "2025-05-23"; d = last(p, "Thursday")
case("07-verb-received", "Trigger 'received' (host receives a visitor) at a venue ('at the presidential palace in ...').", f"""Tunisian president receives Maltese minister

May 23, 2025

TUNIS, May 23 (Reuters) - Tunisian President Habib Ferchichi received Maltese Foreign Minister Clare Vella-Grech at the Carthage Palace in Tunis on Thursday.
The talks focused on migrant boats leaving the port of Sfax, the Tunisian presidency said.
Vella-Grech said Malta would fund two new coastguard patrol vessels.
""", p, "Tunisian president receives Maltese minister",
 [P("Habib Ferchichi","Ferchichi","Tunisian President Habib Ferchichi","Tunisian President",role="President",aff="Tunisia"),
  P("Clare Vella-Grech","Vella-Grech","Maltese Foreign Minister Clare Vella-Grech","Maltese Foreign Minister",role="Foreign Minister",aff="Malta"),
  O("Tunisian presidency","presidency")],
 [M(["Habib Ferchichi","Clare Vella-Grech"], d, "Tunis", "Tunisian President Habib Ferchichi received Maltese Foreign Minister Clare Vella-Grech at the Carthage Palace in Tunis on Thursday.")],
 [S("Tunisian presidency",["migrant boats"]), S("Clare Vella-Grech",["coastguard patrol vessels"])],
 [Q("Who did Habib Ferchichi receive?",["Vella-Grech"]), Q("Where did Ferchichi meet Vella-Grech?",["Tunis"])])

p = "2025-09-26"; d = last(p, "Wednesday")
case("08-verb-hosted", "Trigger 'hosted' (host + guest) and 'was hosted by' in one article; 'hosted a conference' is no meeting with a person.", f"""Croatia hosts Slovenian premier for rail talks

September 26, 2025

ZAGREB, Sept 26 (Reuters) - Croatian Prime Minister Tomislav Perković hosted Slovenian Prime Minister Mateja Zorman in Zagreb on Wednesday for talks on a high-speed rail link.
A day later Zorman was hosted by the mayor of Rijeka, Dario Jurišić, at the city's port authority.
Perković said the rail line could be finished by 2032.
The ministry of transport hosted a conference on rail safety the same week.
""", p, "Croatia hosts Slovenian premier for rail talks",
 [P("Tomislav Perković","Perković","Croatian Prime Minister Tomislav Perković","Croatian Prime Minister",role="Prime Minister",aff="Croatia"),
  P("Mateja Zorman","Zorman","Slovenian Prime Minister Mateja Zorman","Slovenian Prime Minister",role="Prime Minister",aff="Slovenia"),
  P("Dario Jurišić","Jurišić","the mayor of Rijeka",role="mayor",aff="Rijeka")],
 [M(["Tomislav Perković","Mateja Zorman"], d, "Zagreb", "Croatian Prime Minister Tomislav Perković hosted Slovenian Prime Minister Mateja Zorman in Zagreb on Wednesday"),
  M(["Mateja Zorman","Dario Jurišić"], last(p,"Thursday"), "Rijeka", "A day later Zorman was hosted by the mayor of Rijeka, Dario Jurišić, at the city's port authority.")],
 [S("Tomislav Perković",["finished by 2032"])],
 [Q("Who did Perković host?",["Zorman"]), Q("Who hosted Zorman?",["Perković","Jurišić"])])

p = "2025-11-14"; d = last(p, "Tuesday")
case("09-verb-visited", "Trigger 'visited' with a person object ('visited X at his residence') vs 'visited a factory' (no meeting).", f"""Former Indonesian leader visits ailing predecessor

November 14, 2025

JAKARTA, Nov 14 (Reuters) - Former Indonesian Vice President Suryo Hadiningrat visited former President Bambang Wirasakti at his residence in Bogor on Tuesday.
Wirasakti, who has been ill since August, rarely receives guests.
Hadiningrat later visited a textile factory in Bandung.
He told reporters that his old colleague was "in good spirits".
""", p, "Former Indonesian leader visits ailing predecessor",
 [P("Suryo Hadiningrat","Hadiningrat","Former Indonesian Vice President Suryo Hadiningrat","Former Indonesian Vice President",role="former Vice President",aff="Indonesia"),
  P("Bambang Wirasakti","Wirasakti","former President Bambang Wirasakti","former President",role="former President",aff="Indonesia")],
 [M(["Suryo Hadiningrat","Bambang Wirasakti"], d, "Bogor", "visited former President Bambang Wirasakti at his residence in Bogor on Tuesday")],
 [S("Suryo Hadiningrat",["in good spirits"])],
 [Q("Who did Suryo Hadiningrat visit?",["Wirasakti"],["Bandung"])])

p = "2025-07-03"; d = last(p, "Wednesday")
case("10-verb-welcomed-greeted", "Triggers 'welcomed' and 'greeted' with a person object (meetings) vs 'welcomed the decision' (no meeting, no statement).", f"""Uruguay's president welcomes Paraguayan counterpart

July 3, 2025

MONTEVIDEO, July 3 (Reuters) - Uruguayan President Martín Echeverría welcomed Paraguayan President Lorena Benítez at the Estévez Palace in Montevideo on Wednesday.
Benítez was greeted by Foreign Minister Pablo Arrieta on the tarmac of Carrasco airport earlier in the day.
Trade unions welcomed the decision to reopen the river border.
"The Paraná waterway belongs to all of us," Echeverría said.
""", p, "Uruguay's president welcomes Paraguayan counterpart",
 [P("Martín Echeverría","Echeverría","Uruguayan President Martín Echeverría","Uruguayan President",role="President",aff="Uruguay"),
  P("Lorena Benítez","Benítez","Paraguayan President Lorena Benítez","Paraguayan President",role="President",aff="Paraguay"),
  P("Pablo Arrieta","Arrieta","Foreign Minister Pablo Arrieta","Foreign Minister",role="Foreign Minister",aff="Uruguay")],
 [M(["Martín Echeverría","Lorena Benítez"], d, "Montevideo", "welcomed Paraguayan President Lorena Benítez at the Estévez Palace in Montevideo on Wednesday"),
  M(["Pablo Arrieta","Lorena Benítez"], d, None, "Benítez was greeted by Foreign Minister Pablo Arrieta on the tarmac of Carrasco airport earlier in the day.")],
 [S("Martín Echeverría",["belongs to all of us"])],
 [Q("Who greeted Benítez?",["Arrieta"]), Q("Who did Echeverría welcome?",["Benítez"])])

p = "2025-01-29"; d = last(p, "Tuesday")
case("11-verb-courtesy-call-called-on", "Triggers 'paid a courtesy call on' and 'called on' (South Asian wire style), each a meeting with its own pair.", f"""Sri Lankan envoy calls on Maldivian leaders

Male, January 29, 2025

Sri Lanka's new High Commissioner to the Maldives, Dilrukshi Senanayake, paid a courtesy call on Maldivian President Ahmed Rasheed Manik at the President's Office in Male on Tuesday.
She later called on Speaker of the People's Majlis Ibrahim Waheed Zuhair.
During the meeting, President Manik said the Maldives valued Sri Lanka's support in fisheries training.
The envoy presented her credentials last week.
""", p, "Sri Lankan envoy calls on Maldivian leaders",
 [P("Dilrukshi Senanayake","Senanayake","Sri Lanka's new High Commissioner to the Maldives","High Commissioner","The envoy",role="High Commissioner",aff="Sri Lanka"),
  P("Ahmed Rasheed Manik","Manik","President Manik","Maldivian President Ahmed Rasheed Manik","Maldivian President",role="President",aff="Maldives"),
  P("Ibrahim Waheed Zuhair","Zuhair","Speaker of the People's Majlis Ibrahim Waheed Zuhair","Speaker of the People's Majlis",role="Speaker",aff="People's Majlis")],
 [M(["Dilrukshi Senanayake","Ahmed Rasheed Manik"], d, "Male", "paid a courtesy call on Maldivian President Ahmed Rasheed Manik at the President's Office in Male on Tuesday"),
  M(["Dilrukshi Senanayake","Ibrahim Waheed Zuhair"], d, "Male", "She later called on Speaker of the People's Majlis Ibrahim Waheed Zuhair.")],
 [S("Ahmed Rasheed Manik",["fisheries training"])],
 [Q("Who did Dilrukshi Senanayake call on?",["Manik","Zuhair"]), Q("What did Manik say?",["fisheries"])])

p = "2025-12-05"; d = last(p, "Thursday")
case("12-verb-bade-farewell", "Trigger 'bade farewell to' (a farewell meeting) and 'bid farewell to' in the next sentence.", f"""Outgoing German ambassador bids farewell in Nairobi

December 5, 2025

NAIROBI, Dec 5 (Reuters) - Kenyan President Samuel Kiprono Langat bade farewell to outgoing German Ambassador Friederike Holzapfel at State House, Nairobi, on Thursday.
Holzapfel, who served four years in Kenya, also bid farewell to Foreign Affairs Cabinet Secretary Achieng Owiti the same day.
Langat thanked the ambassador for Germany's support to the geothermal sector.
""", p, "Outgoing German ambassador bids farewell in Nairobi",
 [P("Samuel Kiprono Langat","Langat","Kenyan President Samuel Kiprono Langat","Kenyan President",role="President",aff="Kenya"),
  P("Friederike Holzapfel","Holzapfel","outgoing German Ambassador Friederike Holzapfel","German Ambassador","the ambassador",role="Ambassador",aff="Germany"),
  P("Achieng Owiti","Owiti","Foreign Affairs Cabinet Secretary Achieng Owiti","Foreign Affairs Cabinet Secretary",role="Foreign Affairs Cabinet Secretary",aff="Kenya")],
 [M(["Samuel Kiprono Langat","Friederike Holzapfel"], d, "Nairobi", "bade farewell to outgoing German Ambassador Friederike Holzapfel at State House, Nairobi, on Thursday"),
  M(["Friederike Holzapfel","Achieng Owiti"], d, None, "also bid farewell to Foreign Affairs Cabinet Secretary Achieng Owiti the same day")],
 [S("Samuel Kiprono Langat",["geothermal"], "Langat thanked the ambassador for Germany's support to the geothermal sector.", optional=True)],
 [Q("Who did Langat bid farewell to?",["Holzapfel"])])

p = "2025-03-20"; d = last(p, "Tuesday")
case("13-verb-sat-down-with", "Trigger 'sat down with' (an interview-style meeting) and 'sit down with' as a planned one.", f"""Union chief sits down with rail operator

March 20, 2025

MANCHESTER, England, March 20 (Reuters) - The leader of the train drivers' union, Gareth Pennock, sat down with Northline Rail chief executive Imogen Trask in Manchester on Tuesday for the first time since the strikes began.
Pennock said the talks had been "businesslike but short".
Trask is expected to sit down with the transport regulator next week.
""", p, "Union chief sits down with rail operator",
 [P("Gareth Pennock","Pennock","The leader of the train drivers' union",role="leader",aff="train drivers' union"),
  P("Imogen Trask","Trask","Northline Rail chief executive Imogen Trask","chief executive",role="chief executive",aff="Northline Rail")],
 [M(["Gareth Pennock","Imogen Trask"], d, "Manchester", "sat down with Northline Rail chief executive Imogen Trask in Manchester on Tuesday")],
 [S("Gareth Pennock",["businesslike but short"])],
 [Q("Who did Gareth Pennock sit down with?",["Trask"])],
 ["Imogen Trask - transport regulator: 'is expected to sit down with ... next week' - planned, no named partner."])

p = "2025-08-29"; d = last(p, "Thursday")
case("14-verb-interacted-conferred", "Triggers 'interacted with' and 'conferred with', each its own pair.", f"""Indian minister interacts with students in Dhaka

August 29, 2025

DHAKA, Aug 29 (Reuters) - India's Minister of State for Education Ravindra Kulkarni interacted with Bangladeshi Education Minister Nasreen Chowdhury-Alam at Dhaka University on Thursday.
Later he conferred with Bangladesh's Commerce Adviser Mahbub Talukder on textbook printing contracts.
Kulkarni said India would offer 500 scholarships a year.
""", p, "Indian minister interacts with students in Dhaka",
 [P("Ravindra Kulkarni","Kulkarni","India's Minister of State for Education Ravindra Kulkarni","Minister of State for Education",role="Minister of State for Education",aff="India"),
  P("Nasreen Chowdhury-Alam","Chowdhury-Alam","Bangladeshi Education Minister Nasreen Chowdhury-Alam","Bangladeshi Education Minister",role="Education Minister",aff="Bangladesh"),
  P("Mahbub Talukder","Talukder","Bangladesh's Commerce Adviser Mahbub Talukder","Commerce Adviser",role="Commerce Adviser",aff="Bangladesh")],
 [M(["Ravindra Kulkarni","Nasreen Chowdhury-Alam"], d, "Dhaka", "interacted with Bangladeshi Education Minister Nasreen Chowdhury-Alam at Dhaka University on Thursday"),
  M(["Ravindra Kulkarni","Mahbub Talukder"], d, "Dhaka", "Later he conferred with Bangladesh's Commerce Adviser Mahbub Talukder")],
 [S("Ravindra Kulkarni",["500 scholarships"])],
 [Q("Who did Kulkarni confer with?",["Talukder"])])

p = "2025-06-06"; d = last(p, "Wednesday")
case("15-verb-held-talks-with", "Trigger 'held talks with'; a third person only mentioned in the clause ('on behalf of') is no participant.", f"""Mongolia, Kazakhstan hold talks on coal transit

June 6, 2025

ULAANBAATAR, June 6 (Reuters) - Mongolian Foreign Minister Batbayar Oyunchimeg held talks with Kazakh Deputy Prime Minister Serik Abenov in Ulaanbaatar on Wednesday on coal transit through Kazakh railways.
Abenov said Astana was ready to cut transit fees by 10 percent.
A spokesman for the Mongolian government said the talks would continue in the autumn.
""", p, "Mongolia, Kazakhstan hold talks on coal transit",
 [P("Batbayar Oyunchimeg","Oyunchimeg","Mongolian Foreign Minister Batbayar Oyunchimeg","Mongolian Foreign Minister",role="Foreign Minister",aff="Mongolia"),
  P("Serik Abenov","Abenov","Kazakh Deputy Prime Minister Serik Abenov","Kazakh Deputy Prime Minister",role="Deputy Prime Minister",aff="Kazakhstan")],
 [M(["Batbayar Oyunchimeg","Serik Abenov"], d, "Ulaanbaatar", "held talks with Kazakh Deputy Prime Minister Serik Abenov in Ulaanbaatar on Wednesday")],
 [S("Serik Abenov",["transit fees"]), S(["Mongolian government","spokesman for the Mongolian government"],["continue in the autumn"], optional=True)],
 [Q("Who did Oyunchimeg hold talks with?",["Abenov"]), Q("Where did Oyunchimeg and Abenov meet?",["Ulaanbaatar"])])

p = "2025-10-22"; d = last(p, "Monday")
case("16-verb-held-discussions-consultations", "Triggers 'held discussions with' and 'held consultations with'.", f"""Swiss envoy holds consultations in Amman

October 22, 2025

AMMAN, Oct 22 (Reuters) - Swiss special envoy for the Middle East Beatrice Aeschlimann held consultations with Jordanian Foreign Minister Nasser al-Khatib in Amman on Monday.
On Tuesday she held discussions with the head of the UN refugee agency's Jordan office, Olumide Adeyinka, on funding for camps in the north.
Aeschlimann said Switzerland would double its contribution this year.
""", p, "Swiss envoy holds consultations in Amman",
 [P("Beatrice Aeschlimann","Aeschlimann","Swiss special envoy for the Middle East Beatrice Aeschlimann","special envoy",role="special envoy for the Middle East",aff="Switzerland"),
  P("Nasser al-Khatib","al-Khatib","Khatib","Jordanian Foreign Minister Nasser al-Khatib","Jordanian Foreign Minister",role="Foreign Minister",aff="Jordan"),
  P("Olumide Adeyinka","Adeyinka","the head of the UN refugee agency's Jordan office",role="head",aff="UN refugee agency")],
 [M(["Beatrice Aeschlimann","Nasser al-Khatib"], d, "Amman", "held consultations with Jordanian Foreign Minister Nasser al-Khatib in Amman on Monday"),
  M(["Beatrice Aeschlimann","Olumide Adeyinka"], last(p,"Tuesday"), None, "On Tuesday she held discussions with ... Olumide Adeyinka")],
 [S("Beatrice Aeschlimann",["double its contribution"])],
 [Q("Who did Aeschlimann hold discussions with?",["Adeyinka"]), Q("When did Aeschlimann meet al-Khatib?",[dq(d)])])

p = "2025-02-13"; d = last(p, "Wednesday")
case("17-verb-held-telephone-conversation", "Trigger 'held a telephone conversation with' and 'in a 10-minute telephone conversation' (kind phone).", f"""Azerbaijani, Georgian leaders discuss pipeline

February 13, 2025

BAKU, Feb 13 (Reuters) - Azerbaijani President Elchin Mammadli held a telephone conversation with Georgian Prime Minister Levan Tsiklauri on Wednesday, the presidential press service said.
In a 10-minute telephone conversation the same evening, Tsiklauri also briefed Armenian Prime Minister Aram Ghukasyan on the talks.
The press service said the two leaders agreed to speed up repairs to the gas pipeline.
""", p, "Azerbaijani, Georgian leaders discuss pipeline",
 [P("Elchin Mammadli","Mammadli","Azerbaijani President Elchin Mammadli","Azerbaijani President",role="President",aff="Azerbaijan"),
  P("Levan Tsiklauri","Tsiklauri","Georgian Prime Minister Levan Tsiklauri","Georgian Prime Minister",role="Prime Minister",aff="Georgia"),
  P("Aram Ghukasyan","Ghukasyan","Armenian Prime Minister Aram Ghukasyan","Armenian Prime Minister",role="Prime Minister",aff="Armenia"),
  O("presidential press service","press service")],
 [M(["Elchin Mammadli","Levan Tsiklauri"], d, None, "held a telephone conversation with Georgian Prime Minister Levan Tsiklauri on Wednesday"),
  M(["Levan Tsiklauri","Aram Ghukasyan"], d, None, "In a 10-minute telephone conversation the same evening, Tsiklauri also briefed Armenian Prime Minister Aram Ghukasyan")],
 [S("presidential press service",["repairs to the gas pipeline","speed up repairs"]), S("presidential press service",["telephone conversation","Tsiklauri"],"held a telephone conversation with ... on Wednesday, the presidential press service said.", optional=True)],
 [Q("Who did Mammadli talk to by phone?",["Tsiklauri"],["Ghukasyan"])])

p = "2025-09-11"; d = last(p, "Tuesday")
case("18-verb-held-video-call", "Trigger 'held a video call with' (kind video).", f"""Philippine, Australian defence chiefs hold video call

September 11, 2025

MANILA, Sept 11 (Reuters) - Philippine Defence Secretary Ramon Dizon-Valdez held a video call with Australian Defence Minister Callum Ashdown on Tuesday to discuss joint patrols in the South China Sea.
"We agreed on more frequent sailings," Dizon-Valdez said.
Ashdown is due to visit Manila in November.
""", p, "Philippine, Australian defence chiefs hold video call",
 [P("Ramon Dizon-Valdez","Dizon-Valdez","Philippine Defence Secretary Ramon Dizon-Valdez","Philippine Defence Secretary",role="Defence Secretary",aff="Philippines"),
  P("Callum Ashdown","Ashdown","Australian Defence Minister Callum Ashdown","Australian Defence Minister",role="Defence Minister",aff="Australia")],
 [M(["Ramon Dizon-Valdez","Callum Ashdown"], d, None, "held a video call with Australian Defence Minister Callum Ashdown on Tuesday")],
 [S("Ramon Dizon-Valdez",["more frequent sailings"])],
 [Q("How did Dizon-Valdez talk with Ashdown?",[["video"]])])

# ================= MEETINGS: noun triggers =================
p = "2025-04-25"; d = last(p, "Thursday")
case("19-noun-meeting-between", "Noun 'meeting between X and Y' as subject of 'took place'; place from 'in X'.", f"""Bulgarian, Romanian ministers meet on Danube bridge

April 25, 2025

SOFIA, April 25 (Reuters) - A meeting between Bulgarian Energy Minister Stoyan Dragomirov and Romanian Energy Minister Ioana Munteanu-Rusu took place in Ruse on Thursday.
The ministers discussed a second power interconnector under the Danube.
Munteanu-Rusu said the project would be ready for tender by spring.
""", p, "Bulgarian, Romanian ministers meet on Danube bridge",
 [P("Stoyan Dragomirov","Dragomirov","Bulgarian Energy Minister Stoyan Dragomirov","Bulgarian Energy Minister",role="Energy Minister",aff="Bulgaria"),
  P("Ioana Munteanu-Rusu","Munteanu-Rusu","Romanian Energy Minister Ioana Munteanu-Rusu","Romanian Energy Minister",role="Energy Minister",aff="Romania")],
 [M(["Stoyan Dragomirov","Ioana Munteanu-Rusu"], d, "Ruse", "A meeting between ... Stoyan Dragomirov and ... Ioana Munteanu-Rusu took place in Ruse on Thursday.")],
 [S("Ioana Munteanu-Rusu",["ready for tender"])],
 [Q("Who did Dragomirov meet?",["Munteanu-Rusu"]), Q("Where did Dragomirov meet Munteanu-Rusu?",["Ruse"])])

p = "2025-11-03"; d = last(p, "Friday")
case("20-noun-talks-between-organisations", "Noun 'talks between' with organisations as parties (management and a union); a 'strike' is no meeting.", f"""Dock strike ends after overnight talks

November 3, 2025

ANTWERP, Belgium, Nov 3 (Reuters) - Talks between Scheldt Terminal Operators and the Flemish Dockworkers Union ended on Friday with a wage agreement, both sides said.
The four-day strike had left more than 60 ships waiting at anchor.
Union secretary Koenraad Verplancke said members would vote on the deal on Wednesday.
The company said operations would be back to normal by the weekend.
""", p, "Dock strike ends after overnight talks",
 [O("Scheldt Terminal Operators","Scheldt Terminal","The company"),
  O("Flemish Dockworkers Union","union","Dockworkers Union"),
  P("Koenraad Verplancke","Verplancke","Union secretary Koenraad Verplancke","Union secretary",role="secretary",aff="Flemish Dockworkers Union")],
 [M(["Scheldt Terminal Operators","Flemish Dockworkers Union"], d, "Antwerp", "Talks between Scheldt Terminal Operators and the Flemish Dockworkers Union ended on Friday")],
 [S(["Scheldt Terminal Operators","Flemish Dockworkers Union"],["wage agreement"], optional=True),
  S("Koenraad Verplancke",["vote on the deal"]), S("Scheldt Terminal Operators",["back to normal"])],
 [Q("Who did the Flemish Dockworkers Union hold talks with?",["Scheldt"])])

p = "2025-05-09"; d = last(p, "Thursday")
case("21-noun-phone-call", "Noun 'In a phone call with X, Y said ...' (the call is a meeting; what Y said is a statement).", f"""Slovak premier urges Austria to keep gas flowing

May 9, 2025

BRATISLAVA, May 9 (Reuters) - In a phone call with Austrian Chancellor Matthias Leitgeb on Thursday, Slovak Prime Minister Juraj Hrnčiar said his country could not replace Austrian gas storage before winter.
Leitgeb's office confirmed the call but gave no details.
Gas prices in Central Europe rose 4 percent this week.
""", p, "Slovak premier urges Austria to keep gas flowing",
 [P("Juraj Hrnčiar","Hrnčiar","Slovak Prime Minister Juraj Hrnčiar","Slovak Prime Minister",role="Prime Minister",aff="Slovakia"),
  P("Matthias Leitgeb","Leitgeb","Austrian Chancellor Matthias Leitgeb","Austrian Chancellor",role="Chancellor",aff="Austria")],
 [M(["Juraj Hrnčiar","Matthias Leitgeb"], d, None, "In a phone call with Austrian Chancellor Matthias Leitgeb on Thursday, Slovak Prime Minister Juraj Hrnčiar said")],
 [S("Juraj Hrnčiar",["Austrian gas storage","before winter"]), S(["Leitgeb's office","Matthias Leitgeb"],["the call"],"Leitgeb's office confirmed the call but gave no details.", optional=True)],
 [Q("Who did Hrnčiar speak with by phone?",["Leitgeb"]), Q("What did Hrnčiar say?",["gas storage"])])

p = "2025-03-14"; d = last(p, "Wednesday")
case("22-noun-visit", "Noun 'visit': 'during a visit to X by Y', 'X's visit to President Z' (visitor meets host).", f"""Fijian premier's visit to Wellington yields aid deal

March 14, 2025

WELLINGTON, March 14 (Reuters) - During a two-day visit to New Zealand, Fijian Prime Minister Josaia Ratuvou met New Zealand Prime Minister Harriet Colquhoun in Wellington on Wednesday.
Ratuvou's visit to Governor-General Dame Aroha Wiremu at Government House followed the talks.
Colquhoun said New Zealand would fund repairs to three hospitals in Fiji.
""", p, "Fijian premier's visit to Wellington yields aid deal",
 [P("Josaia Ratuvou","Ratuvou","Fijian Prime Minister Josaia Ratuvou","Fijian Prime Minister",role="Prime Minister",aff="Fiji"),
  P("Harriet Colquhoun","Colquhoun","New Zealand Prime Minister Harriet Colquhoun","New Zealand Prime Minister",role="Prime Minister",aff="New Zealand"),
  P("Aroha Wiremu","Wiremu","Dame Aroha Wiremu","Governor-General Dame Aroha Wiremu","Governor-General",role="Governor-General",aff="New Zealand")],
 [M(["Josaia Ratuvou","Harriet Colquhoun"], d, "Wellington", "Fijian Prime Minister Josaia Ratuvou met New Zealand Prime Minister Harriet Colquhoun in Wellington"),
  M(["Josaia Ratuvou","Aroha Wiremu"], None, "Wellington", "Ratuvou's visit to Governor-General Dame Aroha Wiremu at Government House followed the talks.")],
 [S("Harriet Colquhoun",["three hospitals"])],
 [Q("Who did Ratuvou meet?",["Colquhoun","Wiremu"])])

p = "2025-06-27"; d = last(p, "Wednesday")
case("23-noun-audience", "Noun 'audience': 'was received in audience by', 'granted an audience to'.", f"""Spanish royals receive Moroccan parliament speaker

June 27, 2025

MADRID, June 27 (Reuters) - The head of Morocco's parliament, Rachid El Ouazzani, was received in audience by Spanish Queen Consort Margarita Olabarría at the Zarzuela Palace in Madrid on Wednesday.
A day earlier, the president of the Senate, Iñaki Goikoetxea, granted an audience to El Ouazzani.
El Ouazzani said relations between Rabat and Madrid were "at their best in decades".
""", p, "Spanish royals receive Moroccan parliament speaker",
 [P("Rachid El Ouazzani","El Ouazzani","Ouazzani","The head of Morocco's parliament",role="head of parliament",aff="Morocco"),
  P("Margarita Olabarría","Olabarría","Spanish Queen Consort Margarita Olabarría","Queen Consort",role="Queen Consort",aff="Spain"),
  P("Iñaki Goikoetxea","Goikoetxea","the president of the Senate",role="president of the Senate",aff="Spain")],
 [M(["Rachid El Ouazzani","Margarita Olabarría"], d, "Madrid", "was received in audience by Spanish Queen Consort Margarita Olabarría at the Zarzuela Palace in Madrid on Wednesday"),
  M(["Rachid El Ouazzani","Iñaki Goikoetxea"], last(p,"Tuesday"), None, "A day earlier, the president of the Senate, Iñaki Goikoetxea, granted an audience to El Ouazzani.")],
 [S("Rachid El Ouazzani",["best in decades"])],
 [Q("Who received El Ouazzani?",["Olabarría"])])

p = "2025-10-17"; d = last(p, "Thursday")
case("24-noun-reception-dinner", "Nouns 'reception' ('at a reception hosted by X for Y') and 'dinner' ('had dinner with'); a crowd of guests is no pair.", f"""Lithuanian president hosts reception for Polish counterpart

October 17, 2025

VILNIUS, Oct 17 (Reuters) - Lithuanian President Vytenis Rimkus gave a reception for Polish President Jadwiga Sobczak at the Presidential Palace in Vilnius on Thursday evening.
Sobczak later had dinner with Vilnius Mayor Gintarė Kazlauskaitė in the old town.
Some 200 guests attended the reception.
Rimkus said the two countries shared "one border and one fate".
""", p, "Lithuanian president hosts reception for Polish counterpart",
 [P("Vytenis Rimkus","Rimkus","Lithuanian President Vytenis Rimkus","Lithuanian President",role="President",aff="Lithuania"),
  P("Jadwiga Sobczak","Sobczak","Polish President Jadwiga Sobczak","Polish President",role="President",aff="Poland"),
  P("Gintarė Kazlauskaitė","Kazlauskaitė","Vilnius Mayor Gintarė Kazlauskaitė","Vilnius Mayor",role="Mayor",aff="Vilnius")],
 [M(["Vytenis Rimkus","Jadwiga Sobczak"], d, "Vilnius", "gave a reception for Polish President Jadwiga Sobczak at the Presidential Palace in Vilnius on Thursday evening"),
  M(["Jadwiga Sobczak","Gintarė Kazlauskaitė"], d, "Vilnius", "Sobczak later had dinner with Vilnius Mayor Gintarė Kazlauskaitė in the old town.")],
 [S("Vytenis Rimkus",["one border and one fate"])],
 [Q("Who did Sobczak have dinner with?",["Kazlauskaitė"])])

p = "2025-07-18"; d = last(p, "Thursday")
case("25-noun-bilateral-summit", "Nouns 'bilateral' ('held a bilateral with X on the sidelines of ...') and 'summit with' a named partner.", f"""Leaders meet on sidelines of Pacific forum

July 18, 2025

HONIARA, July 18 (Reuters) - Samoan Prime Minister Tuilagi Faleolo held a bilateral with Tongan Prime Minister Sione Kaufusi on the sidelines of the Pacific Islands Forum in Honiara on Thursday.
The host, Solomon Islands Prime Minister Jeremiah Manelusi, also held a summit with Kaufusi on the same day.
Faleolo said the two countries would share a new patrol boat.
""", p, "Leaders meet on sidelines of Pacific forum",
 [P("Tuilagi Faleolo","Faleolo","Samoan Prime Minister Tuilagi Faleolo","Samoan Prime Minister",role="Prime Minister",aff="Samoa"),
  P("Sione Kaufusi","Kaufusi","Tongan Prime Minister Sione Kaufusi","Tongan Prime Minister",role="Prime Minister",aff="Tonga"),
  P("Jeremiah Manelusi","Manelusi","Solomon Islands Prime Minister Jeremiah Manelusi","The host",role="Prime Minister",aff="Solomon Islands")],
 [M(["Tuilagi Faleolo","Sione Kaufusi"], d, "Honiara", "held a bilateral with Tongan Prime Minister Sione Kaufusi on the sidelines of the Pacific Islands Forum in Honiara on Thursday"),
  M(["Jeremiah Manelusi","Sione Kaufusi"], d, "Honiara", "also held a summit with Kaufusi on the same day")],
 [S("Tuilagi Faleolo",["patrol boat"])],
 [Q("Who did Faleolo meet?",["Kaufusi"],["Manelusi"])])

# ================= MEETINGS: frames =================
p = "2025-02-07"; d = last(p, "Thursday")
case("26-frame-possessive-meeting", "Possessive frames: \"X's meeting with Y\" and \"In his meeting with Z, ...\" (his = the subject named before).", f"""Czech minister seeks ammunition deal in Warsaw

February 7, 2025

WARSAW, Feb 7 (Reuters) - Czech Defence Minister Radim Šustr's meeting with Polish Deputy Defence Minister Zofia Kwiatkowska in Warsaw on Thursday lasted two hours.
In his meeting with the head of the Polish Armaments Group, Tadeusz Wróblewski, Šustr asked for faster deliveries of artillery shells.
Kwiatkowska said Poland would host a joint procurement conference in May.
""", p, "Czech minister seeks ammunition deal in Warsaw",
 [P("Radim Šustr","Šustr","Czech Defence Minister Radim Šustr","Czech Defence Minister",role="Defence Minister",aff="Czech Republic"),
  P("Zofia Kwiatkowska","Kwiatkowska","Polish Deputy Defence Minister Zofia Kwiatkowska","Polish Deputy Defence Minister",role="Deputy Defence Minister",aff="Poland"),
  P("Tadeusz Wróblewski","Wróblewski","the head of the Polish Armaments Group",role="head",aff="Polish Armaments Group")],
 [M(["Radim Šustr","Zofia Kwiatkowska"], d, "Warsaw", "Czech Defence Minister Radim Šustr's meeting with Polish Deputy Defence Minister Zofia Kwiatkowska in Warsaw on Thursday"),
  M(["Radim Šustr","Tadeusz Wróblewski"], None, "Warsaw", "In his meeting with the head of the Polish Armaments Group, Tadeusz Wróblewski, Šustr asked for faster deliveries")],
 [S("Zofia Kwiatkowska",["procurement conference"]), S("Radim Šustr",["faster deliveries"],"Šustr asked for faster deliveries of artillery shells.", optional=True)],
 [Q("Who did Šustr meet?",["Kwiatkowska","Wróblewski"])])

p = "2025-09-05"; d = last(p, "Tuesday")
case("27-frame-passive-received-by", "Passive frames: 'X was received by Y', 'X was met at the airport by Y'.", f"""Armenian FM on first trip to Athens

September 5, 2025

ATHENS, Sept 5 (Reuters) - Armenian Foreign Minister Narine Petrosyan-Avagyan was received by Greek Prime Minister Kostas Alexandridis at the Maximos Mansion in Athens on Tuesday.
She had been met at the airport by Deputy Foreign Minister Eleni Papathanasiou.
Alexandridis told reporters that Greece supported a peace treaty in the South Caucasus.
""", p, "Armenian FM on first trip to Athens",
 [P("Narine Petrosyan-Avagyan","Petrosyan-Avagyan","Armenian Foreign Minister Narine Petrosyan-Avagyan","Armenian Foreign Minister",role="Foreign Minister",aff="Armenia"),
  P("Kostas Alexandridis","Alexandridis","Greek Prime Minister Kostas Alexandridis","Greek Prime Minister",role="Prime Minister",aff="Greece"),
  P("Eleni Papathanasiou","Papathanasiou","Deputy Foreign Minister Eleni Papathanasiou","Deputy Foreign Minister",role="Deputy Foreign Minister",aff="Greece")],
 [M(["Narine Petrosyan-Avagyan","Kostas Alexandridis"], d, "Athens", "was received by Greek Prime Minister Kostas Alexandridis at the Maximos Mansion in Athens on Tuesday"),
  M(["Narine Petrosyan-Avagyan","Eleni Papathanasiou"], None, "Athens", "She had been met at the airport by Deputy Foreign Minister Eleni Papathanasiou.", optional=True)],
 [S("Kostas Alexandridis",["peace treaty"])],
 [Q("Who received Petrosyan-Avagyan?",["Alexandridis"]), Q("Who did Alexandridis meet?",["Petrosyan-Avagyan"])])

p = "2025-04-02"; d = last(p, "Tuesday")
case("28-frame-reciprocal-two-leaders-met", "Reciprocal frames: 'X and Y met', 'the two leaders met again', 'the pair held talks' (no object).", f"""Namibia and Botswana leaders agree on water pipeline

April 2, 2025

WINDHOEK, April 2 (Reuters) - Namibian President Tjiueza Kandjii and Botswana President Onkemetse Ramotswe met in Windhoek on Tuesday.
The two leaders met again over lunch and signed a memorandum on a shared water pipeline.
"Water knows no borders," Ramotswe said at a news conference.
""", p, "Namibia and Botswana leaders agree on water pipeline",
 [P("Tjiueza Kandjii","Kandjii","Namibian President Tjiueza Kandjii","Namibian President",role="President",aff="Namibia"),
  P("Onkemetse Ramotswe","Ramotswe","Botswana President Onkemetse Ramotswe","Botswana President",role="President",aff="Botswana")],
 [M(["Tjiueza Kandjii","Onkemetse Ramotswe"], d, "Windhoek", "Namibian President Tjiueza Kandjii and Botswana President Onkemetse Ramotswe met in Windhoek on Tuesday.")],
 [S("Onkemetse Ramotswe",["knows no borders"])],
 [Q("Who did Kandjii meet?",["Ramotswe"]), Q("Has Ramotswe met Kandjii?",[["yes","Windhoek"]])])

p = "2025-12-12"; d = last(p, "Thursday")
case("29-frame-first-person-tweet", "First person inside a quoted post: '\"Today I met my friend X ...,\" Y wrote on X' (I = the poster).", f"""Irish minister meets Canadian counterpart on fisheries

December 12, 2025

DUBLIN, Dec 12 (Reuters) - "Today I met my friend and Canadian counterpart Genevieve Ouellette-Roy in Dublin to talk about the North Atlantic," Irish Marine Minister Ciarán Mac Giolla wrote on X on Thursday.
Ireland and Canada are both pushing for tighter quotas on mackerel.
Ouellette-Roy told reporters the two countries would publish a joint stock survey next year.
""", p, "Irish minister meets Canadian counterpart on fisheries",
 [P("Ciarán Mac Giolla","Mac Giolla","Irish Marine Minister Ciarán Mac Giolla","Irish Marine Minister",role="Marine Minister",aff="Ireland"),
  P("Genevieve Ouellette-Roy","Ouellette-Roy","Canadian counterpart",role="Fisheries Minister",aff="Canada")],
 [M(["Ciarán Mac Giolla","Genevieve Ouellette-Roy"], d, "Dublin", "\"Today I met my friend and Canadian counterpart Genevieve Ouellette-Roy in Dublin ...,\" ... Ciarán Mac Giolla wrote on X on Thursday.")],
 [S("Ciarán Mac Giolla",["North Atlantic"]), S("Genevieve Ouellette-Roy",["joint stock survey"])],
 [Q("Who did Mac Giolla meet?",["Ouellette-Roy"])])

p = "2025-01-17"; d = last(p, "Wednesday")
case("30-kind-phone-video-clause", "Kind from the clause, not the verb: 'talked ... by telephone', 'met via video link', 'in a 10-minute telephone conversation'.", f"""Baltic ministers coordinate on undersea cables

January 17, 2025

RIGA, Jan 17 (Reuters) - Latvian Defence Minister Edgars Ozoliņš talked with Finnish Defence Minister Aino Rautavaara by telephone on Wednesday after damage to an undersea cable.
Ozoliņš also met Danish Defence Minister Søren Kjeldgaard via video link later that day.
Rautavaara had earlier briefed NATO's deputy secretary-general, Ilse Mertens, in a 10-minute telephone conversation.
Ozoliņš said the navies would share sonar data.
""", p, "Baltic ministers coordinate on undersea cables",
 [P("Edgars Ozoliņš","Ozoliņš","Latvian Defence Minister Edgars Ozoliņš","Latvian Defence Minister",role="Defence Minister",aff="Latvia"),
  P("Aino Rautavaara","Rautavaara","Finnish Defence Minister Aino Rautavaara","Finnish Defence Minister",role="Defence Minister",aff="Finland"),
  P("Søren Kjeldgaard","Kjeldgaard","Danish Defence Minister Søren Kjeldgaard","Danish Defence Minister",role="Defence Minister",aff="Denmark"),
  P("Ilse Mertens","Mertens","NATO's deputy secretary-general",role="deputy secretary-general",aff="NATO")],
 [M(["Edgars Ozoliņš","Aino Rautavaara"], d, None, "talked with Finnish Defence Minister Aino Rautavaara by telephone on Wednesday"),
  M(["Edgars Ozoliņš","Søren Kjeldgaard"], d, None, "Ozoliņš also met Danish Defence Minister Søren Kjeldgaard via video link later that day."),
  M(["Aino Rautavaara","Ilse Mertens"], None, None, "Rautavaara had earlier briefed NATO's deputy secretary-general, Ilse Mertens, in a 10-minute telephone conversation.")],
 [S("Edgars Ozoliņš",["sonar data"])],
 [Q("How did Ozoliņš talk with Rautavaara?",[["phone"]]), Q("Who did Ozoliņš meet?",["Rautavaara","Kjeldgaard"],["Mertens"])])

p = "2025-05-30"; d = last(p, "Wednesday")
case("31-delegation-led-by-included", "Delegations: 'a delegation led by X' meets the host; 'The delegation included Y and Z' joins the members to the meeting.", f"""Vietnamese trade mission in Santiago

May 30, 2025

SANTIAGO, May 30 (Reuters) - A Vietnamese trade delegation led by Deputy Trade Minister Trinh Van Quang met Chilean Agriculture Minister Macarena Solís in Santiago on Wednesday.
The delegation included fruit importer Dang Thi Hoa and shipping executive Lam Quoc Bao.
Solís said Chile hoped to export fresh cherries to Vietnam by air from next season.
""", p, "Vietnamese trade mission in Santiago",
 [P("Trinh Van Quang","Quang","Trinh","Deputy Trade Minister Trinh Van Quang","Deputy Trade Minister",role="Deputy Trade Minister",aff="Vietnam"),
  P("Macarena Solís","Solís","Chilean Agriculture Minister Macarena Solís","Chilean Agriculture Minister",role="Agriculture Minister",aff="Chile"),
  P("Dang Thi Hoa","Hoa","fruit importer Dang Thi Hoa",role="fruit importer"),
  P("Lam Quoc Bao","Bao","shipping executive Lam Quoc Bao",role="shipping executive"),
  O("Vietnamese trade delegation","delegation","A Vietnamese trade delegation")],
 [M(["Trinh Van Quang","Macarena Solís"], d, "Santiago", "A Vietnamese trade delegation led by Deputy Trade Minister Trinh Van Quang met Chilean Agriculture Minister Macarena Solís in Santiago on Wednesday."),
  M(["Dang Thi Hoa","Macarena Solís"], d, "Santiago", "The delegation included fruit importer Dang Thi Hoa and shipping executive Lam Quoc Bao."),
  M(["Lam Quoc Bao","Macarena Solís"], d, "Santiago", "The delegation included fruit importer Dang Thi Hoa and shipping executive Lam Quoc Bao."),
  M(["Vietnamese trade delegation","Trinh Van Quang","Macarena Solís","Dang Thi Hoa","Lam Quoc Bao"], d, "Santiago", "delegation members with one another or the delegation itself: harmless either way", optional=True)],
 [S("Macarena Solís",["fresh cherries"])],
 [Q("Who led the Vietnamese delegation?",["Trinh Van Quang"]), Q("Who did Macarena Solís meet?",["Quang"])])

p = "2025-11-21"
case("32-edge-two-places-one-sentence", "One subject, two objects with their own places: 'X met Y in Paris on Monday and Z in Rome on Wednesday' (no Y-Z pair).", f"""EU migration envoy on two-capital tour

November 21, 2025

BRUSSELS, Nov 21 (Reuters) - The European Union's special envoy for migration, Annelie Vandersloot, met French Interior Minister Baptiste Roussel-Chanel in Paris on Monday and Italian Interior Minister Vittorio Santangelo in Rome on Wednesday.
Vandersloot said both countries had agreed to faster returns of rejected asylum seekers.
The envoy is due in Madrid next week.
""", p, "EU migration envoy on two-capital tour",
 [P("Annelie Vandersloot","Vandersloot","The European Union's special envoy for migration","The envoy",role="special envoy for migration",aff="European Union"),
  P("Baptiste Roussel-Chanel","Roussel-Chanel","French Interior Minister Baptiste Roussel-Chanel","French Interior Minister",role="Interior Minister",aff="France"),
  P("Vittorio Santangelo","Santangelo","Italian Interior Minister Vittorio Santangelo","Italian Interior Minister",role="Interior Minister",aff="Italy")],
 [M(["Annelie Vandersloot","Baptiste Roussel-Chanel"], last(p,"Monday"), "Paris", "met French Interior Minister Baptiste Roussel-Chanel in Paris on Monday"),
  M(["Annelie Vandersloot","Vittorio Santangelo"], last(p,"Wednesday"), "Rome", "and Italian Interior Minister Vittorio Santangelo in Rome on Wednesday")],
 [S("Annelie Vandersloot",["faster returns"])],
 [Q("Where did Vandersloot meet Santangelo?",["Rome"],["Paris"]), Q("Where did Vandersloot meet Roussel-Chanel?",["Paris"],["Rome"])],
 ["Baptiste Roussel-Chanel - Vittorio Santangelo: met separately, no pair."])

p = "2025-08-01"; d = last(p, "Thursday")
case("33-edge-two-clauses-no-cross-pairs", "Two meetings in coordinated clauses: 'A has met B, and C had a meeting with D' — no cross pairs (A-C, A-D, B-C, B-D).", f"""Cabinet ministers fan out ahead of budget vote

August 1, 2025

OTTAWA, Aug 1 (Reuters) - Canadian Finance Minister Priya Raghunathan met Ontario Premier Douglas Pemberton-Rhys on Thursday, and Treasury Board President Marc-Antoine Lévesque had a meeting with Alberta Premier Shelby Kowalchuk.
Raghunathan said the federal government would not raise transfer payments this year.
Kowalchuk's office declined to comment.
""", p, "Cabinet ministers fan out ahead of budget vote",
 [P("Priya Raghunathan","Raghunathan","Canadian Finance Minister Priya Raghunathan","Canadian Finance Minister",role="Finance Minister",aff="Canada"),
  P("Douglas Pemberton-Rhys","Pemberton-Rhys","Ontario Premier Douglas Pemberton-Rhys","Ontario Premier",role="Premier",aff="Ontario"),
  P("Marc-Antoine Lévesque","Lévesque","Treasury Board President Marc-Antoine Lévesque","Treasury Board President",role="Treasury Board President",aff="Canada"),
  P("Shelby Kowalchuk","Kowalchuk","Alberta Premier Shelby Kowalchuk","Alberta Premier",role="Premier",aff="Alberta")],
 [M(["Priya Raghunathan","Douglas Pemberton-Rhys"], d, None, "Canadian Finance Minister Priya Raghunathan met Ontario Premier Douglas Pemberton-Rhys on Thursday"),
  M(["Marc-Antoine Lévesque","Shelby Kowalchuk"], None, None, "and Treasury Board President Marc-Antoine Lévesque had a meeting with Alberta Premier Shelby Kowalchuk", optional=False)],
 [S("Priya Raghunathan",["transfer payments"])],
 [Q("Who did Lévesque meet?",["Kowalchuk"],["Pemberton-Rhys"]), Q("Who did Raghunathan meet?",["Pemberton-Rhys"],["Kowalchuk"])],
 ["No cross pairs between the two clauses."])

# ================= MEETINGS: status =================
p = "2025-03-27"
case("34-status-planned-scheduled", "Planned meetings ('is scheduled to meet', 'will hold talks', 'plans to visit') are not held; a 'scheduled to meet ... and met' one is held.", f"""Slovenian and Austrian ministers to meet over border checks

March 27, 2025

LJUBLJANA, March 27 (Reuters) - Slovenian Interior Minister Borut Kranjec is scheduled to meet his Austrian counterpart Wolfgang Prantauer in Graz next Tuesday.
Kranjec will also hold talks with Croatian Interior Minister Ivana Matijević in April.
Kranjec had been scheduled to meet Hungarian Interior Minister Gábor Szentesi on Wednesday and met him in Lendava as planned.
A ministry spokeswoman said border checks would stay in place until the summer.
""", p, "Slovenian and Austrian ministers to meet over border checks",
 [P("Borut Kranjec","Kranjec","Slovenian Interior Minister Borut Kranjec","Slovenian Interior Minister",role="Interior Minister",aff="Slovenia"),
  P("Wolfgang Prantauer","Prantauer","his Austrian counterpart",role="Interior Minister",aff="Austria"),
  P("Ivana Matijević","Matijević","Croatian Interior Minister Ivana Matijević","Croatian Interior Minister",role="Interior Minister",aff="Croatia"),
  P("Gábor Szentesi","Szentesi","Hungarian Interior Minister Gábor Szentesi","Hungarian Interior Minister",role="Interior Minister",aff="Hungary")],
 [M(["Borut Kranjec","Gábor Szentesi"], last(p,"Wednesday"), "Lendava", "had been scheduled to meet Hungarian Interior Minister Gábor Szentesi on Wednesday and met him in Lendava as planned")],
 [S(["ministry spokeswoman","Slovenian interior ministry"],["border checks would stay"], optional=True)],
 [Q("Has Kranjec met Prantauer?",[["scheduled","Tuesday","planned"]],[["yes,","yes."]]), Q("Who did Borut Kranjec meet?",["Szentesi"],["Prantauer","Matijević"]),
  Q("When will Kranjec meet Prantauer?",[["Tuesday"]])],
 ["Borut Kranjec - Wolfgang Prantauer: scheduled, next Tuesday.", "Borut Kranjec - Ivana Matijević: 'will hold talks ... in April' - planned."])

p = "2025-06-13"
case("35-status-postponed-cancelled", "Postponed and cancelled meetings are not held; the reason ('because of ...') is kept for 'Why was the meeting cancelled?'.", f"""Serbia-Kosovo talks called off

June 13, 2025

BRUSSELS, June 13 (Reuters) - A meeting between Serbian negotiator Dragan Vukašinović and Kosovo negotiator Arbnora Berisha-Gashi, due on Thursday in Brussels, was cancelled because of a dispute over licence plates.
Talks between Vukašinović and EU mediator Henrik Ekwall-Sjöberg were postponed until July.
Berisha-Gashi said Pristina remained ready to negotiate "at any table".
""", p, "Serbia-Kosovo talks called off",
 [P("Dragan Vukašinović","Vukašinović","Serbian negotiator Dragan Vukašinović","Serbian negotiator",role="negotiator",aff="Serbia"),
  P("Arbnora Berisha-Gashi","Berisha-Gashi","Kosovo negotiator Arbnora Berisha-Gashi","Kosovo negotiator",role="negotiator",aff="Kosovo"),
  P("Henrik Ekwall-Sjöberg","Ekwall-Sjöberg","EU mediator Henrik Ekwall-Sjöberg","EU mediator",role="mediator",aff="EU")],
 [],
 [S("Arbnora Berisha-Gashi",["at any table","ready to negotiate"])],
 [Q("Why was the meeting between Vukašinović and Berisha-Gashi cancelled?",[["licence plates"]]), Q("Did Vukašinović meet Ekwall-Sjöberg?",[["postpone","July"]],[["yes,","yes."]])],
 ["Vukašinović - Berisha-Gashi: cancelled.", "Vukašinović - Ekwall-Sjöberg: postponed until July."])

p = "2025-10-01"
case("36-status-refused-denied", "Refused and denied meetings ('refused to meet', 'denied meeting', 'declined an invitation to meet') are not held.", f"""Opposition leader snubs Thai premier

October 1, 2025

BANGKOK, Oct 1 (Reuters) - Thai opposition leader Kittipong Sirisamphan refused to meet Prime Minister Wanida Chaiyaporn on Tuesday, calling her offer of talks "a stunt".
Senate Speaker Pornthip Rattanakosin denied meeting Sirisamphan in secret last month.
Chaiyaporn said her door remained open.
""", p, "Opposition leader snubs Thai premier",
 [P("Kittipong Sirisamphan","Sirisamphan","Thai opposition leader Kittipong Sirisamphan","opposition leader",role="opposition leader",aff="Thailand"),
  P("Wanida Chaiyaporn","Chaiyaporn","Prime Minister Wanida Chaiyaporn","Prime Minister",role="Prime Minister",aff="Thailand"),
  P("Pornthip Rattanakosin","Rattanakosin","Senate Speaker Pornthip Rattanakosin","Senate Speaker",role="Senate Speaker",aff="Thailand")],
 [],
 [S("Kittipong Sirisamphan",["a stunt"]), S("Wanida Chaiyaporn",["door remained open"]),
  S("Pornthip Rattanakosin",["in secret"],"denied meeting Sirisamphan in secret last month", optional=True)],
 [Q("Did Sirisamphan meet Chaiyaporn?",[["refused"]],[["yes,","yes."]])],
 ["Sirisamphan - Chaiyaporn: refused.", "Rattanakosin - Sirisamphan: denied."])

p = "2025-07-25"
case("37-status-negated-hypothetical", "Negated ('did not meet', 'has never met') and hypothetical ('would meet ... if', 'could meet') meetings are not held.", f"""Bolivian leader has no plans to see rival

July 25, 2025

LA PAZ, July 25 (Reuters) - Bolivian President Evaristo Quelca did not meet former President Reinaldo Arancibia-Soto during his visit to Cochabamba on Thursday, his spokesman said.
Quelca has never met the new governor of Santa Cruz, Lucía Montellano.
He would meet Arancibia-Soto only if the former president accepted the election result, the spokesman, Hernán Ticona, added.
""", p, "Bolivian leader has no plans to see rival",
 [P("Evaristo Quelca","Quelca","Bolivian President Evaristo Quelca","Bolivian President",role="President",aff="Bolivia"),
  P("Reinaldo Arancibia-Soto","Arancibia-Soto","former President Reinaldo Arancibia-Soto","the former president",role="former President",aff="Bolivia"),
  P("Lucía Montellano","Montellano","the new governor of Santa Cruz",role="governor",aff="Santa Cruz"),
  P("Hernán Ticona","Ticona","his spokesman","the spokesman",role="spokesman",aff="Bolivian presidency")],
 [],
 [S("Hernán Ticona",["did not meet","visit to Cochabamba"],"... did not meet former President Reinaldo Arancibia-Soto during his visit to Cochabamba on Thursday, his spokesman said.", optional=True),
  S("Hernán Ticona",["accepted the election result"])],
 [Q("Has Quelca met Montellano?",[["no","never"]],[["yes,","yes."]])],
 ["Quelca - Arancibia-Soto: 'did not meet'.", "Quelca - Montellano: 'has never met'.", "Quelca - Arancibia-Soto: 'would meet ... only if' - hypothetical."])

# ================= MEETINGS: one meeting across sentences, venue, dates =================
p = "2025-02-28"; d = last(p, "Thursday")
case("38-across-sentences-held-in", "One meeting across sentences: 'met on Thursday' then 'The 40-minute meeting was held in X' (place) and 'Also present was Y' (participant).", f"""Nepal, Bhutan discuss hydropower exports

February 28, 2025

KATHMANDU, Feb 28 (Reuters) - Nepalese Energy Minister Bishnu Prasad Adhikari-Thapa met Bhutanese Economy Minister Karma Wangchuk Dorji on Thursday.
The 40-minute meeting was held in Pokhara, on the sidelines of a regional energy forum.
Also present was Nepal Electricity Authority chief Sushila Gurung-Rana.
Adhikari-Thapa said Nepal wanted to sell surplus monsoon power through Bhutan's grid.
""", p, "Nepal, Bhutan discuss hydropower exports",
 [P("Bishnu Prasad Adhikari-Thapa","Adhikari-Thapa","Nepalese Energy Minister Bishnu Prasad Adhikari-Thapa","Nepalese Energy Minister",role="Energy Minister",aff="Nepal"),
  P("Karma Wangchuk Dorji","Dorji","Bhutanese Economy Minister Karma Wangchuk Dorji","Bhutanese Economy Minister",role="Economy Minister",aff="Bhutan"),
  P("Sushila Gurung-Rana","Gurung-Rana","Nepal Electricity Authority chief Sushila Gurung-Rana","chief",role="chief",aff="Nepal Electricity Authority")],
 [M(["Bishnu Prasad Adhikari-Thapa","Karma Wangchuk Dorji"], d, "Pokhara", "met ... on Thursday. The 40-minute meeting was held in Pokhara"),
  M(["Sushila Gurung-Rana","Karma Wangchuk Dorji","Bishnu Prasad Adhikari-Thapa"], d, "Pokhara", "Also present was Nepal Electricity Authority chief Sushila Gurung-Rana.", optional=True)],
 [S("Bishnu Prasad Adhikari-Thapa",["surplus monsoon power"])],
 [Q("Where did Adhikari-Thapa meet Dorji?",["Pokhara"]), Q("How long did the meeting between Adhikari-Thapa and Dorji last?",[["40"]])])

p = "2025-09-19"; d = last(p, "Wednesday")
case("39-place-venue-based-arrived", "Place cues: 'arrived in X' then 'met', a venue with its city ('at the Kremlin'-like: 'at the Hofburg'), a place in an unrelated clause ('amid floods in X') is not the meeting's.", f"""Moldovan president in Vienna for gas talks

September 19, 2025

VIENNA, Sept 19 (Reuters) - Amid severe flooding in Romania, Moldovan President Valentina Cebotari arrived in Vienna on Tuesday.
She met Austrian President Ernst Wallnöfer at the Hofburg on Wednesday.
On Thursday she held talks with Linz-based steel executive Gerold Haberfellner at his company's headquarters in Linz.
Cebotari said Moldova needed long-term gas storage contracts before winter.
""", p, "Moldovan president in Vienna for gas talks",
 [P("Valentina Cebotari","Cebotari","Moldovan President Valentina Cebotari","Moldovan President",role="President",aff="Moldova"),
  P("Ernst Wallnöfer","Wallnöfer","Austrian President Ernst Wallnöfer","Austrian President",role="President",aff="Austria"),
  P("Gerold Haberfellner","Haberfellner","Linz-based steel executive Gerold Haberfellner","steel executive",role="steel executive")],
 [M(["Valentina Cebotari","Ernst Wallnöfer"], d, "Vienna", "She met Austrian President Ernst Wallnöfer at the Hofburg on Wednesday."),
  M(["Valentina Cebotari","Gerold Haberfellner"], last(p,"Thursday"), "Linz", "held talks with Linz-based steel executive Gerold Haberfellner at his company's headquarters in Linz")],
 [S("Valentina Cebotari",["gas storage contracts"])],
 [Q("Where did Cebotari meet Wallnöfer?",["Vienna"],["Romania"])])

p = "2025-04-16"
case("40-dates-relative-weekday-last-night", "Relative dates: 'last night', 'yesterday evening', 'on Monday' in an article dated Wednesday; 'Tuesday this week'.", f"""Greek and Turkish officials hold round of talks

April 16, 2025

ISTANBUL, April 16 (Reuters) - Turkish Deputy Foreign Minister Selin Karaosmanoğlu had dinner with Greek Deputy Foreign Minister Nikos Stavrakakis in Istanbul last night.
Stavrakakis had met the city's mayor, Emre Altınsoy, yesterday evening.
On Monday, Karaosmanoğlu spoke by phone with Cypriot Foreign Minister Andreas Kyprianides.
Karaosmanoğlu said the dinner was "frank and friendly".
""", p, "Greek and Turkish officials hold round of talks",
 [P("Selin Karaosmanoğlu","Karaosmanoğlu","Turkish Deputy Foreign Minister Selin Karaosmanoğlu","Turkish Deputy Foreign Minister",role="Deputy Foreign Minister",aff="Turkey"),
  P("Nikos Stavrakakis","Stavrakakis","Greek Deputy Foreign Minister Nikos Stavrakakis","Greek Deputy Foreign Minister",role="Deputy Foreign Minister",aff="Greece"),
  P("Emre Altınsoy","Altınsoy","the city's mayor",role="mayor",aff="Istanbul"),
  P("Andreas Kyprianides","Kyprianides","Cypriot Foreign Minister Andreas Kyprianides","Cypriot Foreign Minister",role="Foreign Minister",aff="Cyprus")],
 [M(["Selin Karaosmanoğlu","Nikos Stavrakakis"], "2025-04-15", "Istanbul", "had dinner with Greek Deputy Foreign Minister Nikos Stavrakakis in Istanbul last night"),
  M(["Nikos Stavrakakis","Emre Altınsoy"], "2025-04-15", None, "Stavrakakis had met the city's mayor, Emre Altınsoy, yesterday evening."),
  M(["Selin Karaosmanoğlu","Andreas Kyprianides"], "2025-04-14", None, "On Monday, Karaosmanoğlu spoke by phone with Cypriot Foreign Minister Andreas Kyprianides.")],
 [S("Selin Karaosmanoğlu",["frank and friendly"])],
 [Q("When did Karaosmanoğlu have dinner with Stavrakakis?",[["2025-04-15","April 15","15 April"]]), Q("When did Karaosmanoğlu speak with Kyprianides?",[dq("2025-04-14")])])

p = "2025-01-08"
case("41-dates-earlier-this-month-dec-in-january", "Relative dates across a year boundary: 'on Dec. 30' in a January article is the previous December; 'earlier this month'; 'in November' = the latest November before the article.", f"""Icelandic minister's winter diplomacy

January 8, 2025

REYKJAVIK, Jan 8 (Reuters) - Icelandic Foreign Minister Hildur Gunnlaugsdóttir met Faroese Prime Minister Jóannes Poulsen-Mikkelsen in Tórshavn on Dec. 30, her ministry said.
She met Greenland's Premier Aqqaluk Siegstad-Lynge in Nuuk earlier this month.
Gunnlaugsdóttir first met Norwegian Foreign Minister Trond Heggelund in November.
Gunnlaugsdóttir said the North Atlantic neighbours would set up a joint coastguard training centre.
""", p, "Icelandic minister's winter diplomacy",
 [P("Hildur Gunnlaugsdóttir","Gunnlaugsdóttir","Icelandic Foreign Minister Hildur Gunnlaugsdóttir","Icelandic Foreign Minister",role="Foreign Minister",aff="Iceland"),
  P("Jóannes Poulsen-Mikkelsen","Poulsen-Mikkelsen","Faroese Prime Minister Jóannes Poulsen-Mikkelsen","Faroese Prime Minister",role="Prime Minister",aff="Faroe Islands"),
  P("Aqqaluk Siegstad-Lynge","Siegstad-Lynge","Greenland's Premier Aqqaluk Siegstad-Lynge","Premier",role="Premier",aff="Greenland"),
  P("Trond Heggelund","Heggelund","Norwegian Foreign Minister Trond Heggelund","Norwegian Foreign Minister",role="Foreign Minister",aff="Norway")],
 [M(["Hildur Gunnlaugsdóttir","Jóannes Poulsen-Mikkelsen"], "2024-12-30", "Tórshavn", "met ... in Tórshavn on Dec. 30"),
  M(["Hildur Gunnlaugsdóttir","Aqqaluk Siegstad-Lynge"], "2025-01", "Nuuk", "She met Greenland's Premier Aqqaluk Siegstad-Lynge in Nuuk earlier this month."),
  M(["Hildur Gunnlaugsdóttir","Trond Heggelund"], "2024-11", None, "Gunnlaugsdóttir first met Norwegian Foreign Minister Trond Heggelund in November.")],
 [S("Hildur Gunnlaugsdóttir",["coastguard training centre"]), S(["Icelandic foreign ministry","her ministry","ministry","Gunnlaugsdóttir's ministry","Hildur Gunnlaugsdóttir"],["Tórshavn","Poulsen-Mikkelsen"],"met ... on Dec. 30, her ministry said", optional=True)],
 [Q("When did Gunnlaugsdóttir meet Poulsen-Mikkelsen?",[["2024-12-30","December 30","30 December","Dec. 30"]]), Q("Where did Gunnlaugsdóttir meet Siegstad-Lynge?",["Nuuk"])])

# ================= STATEMENTS: attribution forms =================
p = "2025-03-12"
case("42-attr-speaker-before-verb-and-inverted", "Speaker before the verb ('X said that ...') and inverted attribution with a title ('..., said Mayor X'; 'added Y').", f"""Flood defences to be raised in Dutch river town

March 12, 2025

NIJMEGEN, Netherlands, March 12 (Reuters) - Water board chairman Joost Terpstra said on Tuesday that the dikes along the Waal would be raised by half a metre.
"We have been lucky for twenty years, and luck is not a plan," said Mayor Femke Oudendijk.
"The works will start in the dry season," added Terpstra.
Residents have complained about the noise of pile-driving.
""", p, "Flood defences to be raised in Dutch river town",
 [P("Joost Terpstra","Terpstra","Water board chairman Joost Terpstra","Water board chairman",role="chairman",aff="water board"),
  P("Femke Oudendijk","Oudendijk","Mayor Femke Oudendijk","Mayor",role="Mayor",aff="Nijmegen")],
 [],
 [S("Joost Terpstra",["raised by half a metre"]), S("Femke Oudendijk",["luck is not a plan","lucky for twenty years"]), S("Joost Terpstra",["dry season"])],
 [Q("What did Femke Oudendijk say?",["luck"]), Q("What did Terpstra say about the dikes?",["half a metre"])])

p = "2025-05-15"
case("43-attr-mid-quote-and-continued", "Attribution in the middle of a quote ('\"...,\" she said, \"...\"') and a quote continued after the attribution in the next sentence joins it.", f"""Swedish central bank holds rates

May 15, 2025

STOCKHOLM, May 15 (Reuters) - "Inflation is coming down," Riksbank Governor Ulrika Sandström said on Thursday, "but it is not yet where we want it."
"We will not cut until the autumn," she told a news conference. "The krona is still too weak."
Economists polled before the decision had expected no change.
""", p, "Swedish central bank holds rates",
 [P("Ulrika Sandström","Sandström","Riksbank Governor Ulrika Sandström","Riksbank Governor",role="Governor",aff="Riksbank")],
 [],
 [S("Ulrika Sandström",["Inflation is coming down","not yet where we want it"]), S("Ulrika Sandström",["not cut until the autumn","krona is still too weak"])],
 [Q("What did Ulrika Sandström say about the krona?",["too weak"])])

p = "2025-08-20"
case("44-attr-dash-and-colon-paragraph", "Attribution after the quote with a dash ('\"...\" — Chairwoman X') and a colon at a paragraph's end with the quote in the next paragraph.", f"""Harbour council splits over cruise ship cap

August 20, 2025

HALIFAX, Nova Scotia, Aug 20 (Reuters) - The harbour council voted 5-4 on Tuesday to cap cruise ship visits at three a week.

"Three ships a week is already more than our streets can take." — Councillor Maeve Donnachie

The council's vice-chair, Rupert Alcock-Haywood, put it differently:

"Every ship we turn away is a restaurant that closes in February."

The cap takes effect next April.
""", p, "Harbour council splits over cruise ship cap",
 [P("Maeve Donnachie","Donnachie","Councillor Maeve Donnachie","Councillor",role="Councillor",aff="harbour council"),
  P("Rupert Alcock-Haywood","Alcock-Haywood","The council's vice-chair",role="vice-chair",aff="harbour council")],
 [],
 [S("Maeve Donnachie",["more than our streets can take"]), S("Rupert Alcock-Haywood",["restaurant that closes"])],
 [Q("What did Rupert Alcock-Haywood say?",["restaurant"],["streets"])])

p = "2025-11-26"
case("45-attr-according-to-in-a-statement", "'according to X' (the source is the speaker), 'X said in a statement' (organisation), 'X said in a post on X'; a relay ('According to the ABC report, Y said') gives Y.", f"""Chilean copper miner halts shipments

November 26, 2025

SANTIAGO, Nov 26 (Reuters) - Shipments from the Cerro Alto mine were halted on Tuesday after a landslide blocked the access road, according to the mine's operator, Andescobre Mining.
The company said in a statement that no workers had been injured.
Labour Minister Javiera Urrutia-Pino said in a post on X that inspectors were on their way to the site.
According to a report by the local radio station, the mine's manager, Osvaldo Arancedo-Cifuentes, said the road would reopen within a week.
""", p, "Chilean copper miner halts shipments",
 [O("Andescobre Mining","Andescobre","The company","the mine's operator"),
  P("Javiera Urrutia-Pino","Urrutia-Pino","Labour Minister Javiera Urrutia-Pino","Labour Minister",role="Labour Minister",aff="Chile"),
  P("Osvaldo Arancedo-Cifuentes","Arancedo-Cifuentes","the mine's manager",role="manager",aff="Cerro Alto mine")],
 [],
 [S("Andescobre Mining",["landslide blocked","halted"]), S("Andescobre Mining",["no workers had been injured"]),
  S("Javiera Urrutia-Pino",["inspectors were on their way"]), S("Osvaldo Arancedo-Cifuentes",["reopen within a week"])],
 [Q("What did Andescobre Mining say?",[["injured","landslide"]]), Q("What did Arancedo-Cifuentes say about the road?",["within a week"])])

p = "2025-06-04"
case("46-attr-in-his-words-told-reporters", "'In his words, ...' and 'X told reporters/Reuters ...' attribute to the person named before and after.", f"""Zambian mines minister defends royalty rise

June 4, 2025

LUSAKA, June 4 (Reuters) - Zambian Mines Minister Chilufya Mwansa-Banda defended a planned rise in copper royalties on Tuesday.
In his words, the rise would "pay for roads the mining companies use every day".
The head of the Chamber of Mines, Thandiwe Mulenga-Sakala, told Reuters the rise would put investment in new shafts at risk.
Mwansa-Banda told reporters that the rates would be reviewed in 2027.
""", p, "Zambian mines minister defends royalty rise",
 [P("Chilufya Mwansa-Banda","Mwansa-Banda","Zambian Mines Minister Chilufya Mwansa-Banda","Zambian Mines Minister",role="Mines Minister",aff="Zambia"),
  P("Thandiwe Mulenga-Sakala","Mulenga-Sakala","The head of the Chamber of Mines",role="head",aff="Chamber of Mines")],
 [],
 [S("Chilufya Mwansa-Banda",["pay for roads"]), S("Thandiwe Mulenga-Sakala",["investment in new shafts"]), S("Chilufya Mwansa-Banda",["reviewed in 2027"])],
 [Q("What did Mulenga-Sakala tell Reuters?",["shafts"],["roads"])])

p = "2025-10-29"
case("47-attr-participles", "Participles as attribution: '..., saying ...', 'adding that ...', 'stressing that ...', 'describing X as \"...\"'.", f"""Danish shipping group cuts outlook

October 29, 2025

COPENHAGEN, Oct 29 (Reuters) - Nordhavn Line cut its profit forecast on Wednesday, saying freight rates on Asia-Europe routes had fallen faster than expected.
Chief executive Mikkel Thygesen-Bruun said the company would delay two ship orders, adding that no jobs would be cut this year.
Finance chief Astrid Lykkegaard spoke to analysts, stressing that the dividend was safe.
She described the third quarter as "the worst since the pandemic".
""", p, "Danish shipping group cuts outlook",
 [O("Nordhavn Line","Nordhavn","the company"),
  P("Mikkel Thygesen-Bruun","Thygesen-Bruun","Chief executive Mikkel Thygesen-Bruun","Chief executive",role="chief executive",aff="Nordhavn Line"),
  P("Astrid Lykkegaard","Lykkegaard","Finance chief Astrid Lykkegaard","Finance chief",role="finance chief",aff="Nordhavn Line")],
 [],
 [S("Nordhavn Line",["fallen faster than expected"]), S("Mikkel Thygesen-Bruun",["delay two ship orders","no jobs would be cut"]),
  S("Mikkel Thygesen-Bruun",["no jobs would be cut"], optional=True),
  S("Astrid Lykkegaard",["dividend was safe"]), S("Astrid Lykkegaard",["worst since the pandemic"])],
 [Q("What did Lykkegaard say about the dividend?",["safe"]), Q("How did Astrid Lykkegaard describe the third quarter?",["worst since the pandemic"])])

p = "2025-02-19"
case("48-attr-transcript-labels", "Transcript labels ('MINISTER HALVORSEN:', 'Q:') give the speaker of the paragraph that follows; the questioner is no speaker.", f"""Transcript: Norwegian energy minister on North Sea licences

February 19, 2025

The following is an excerpt from a news conference in Oslo on Tuesday.

MINISTER AASLAND: We will award twelve new licences in the North Sea this year, most of them near existing fields.

Q: Will any of them be in the Barents Sea?

MINISTER AASLAND: None this year. We want the environmental review finished first.

MS. KROGSTAD: The directorate will publish the map of blocks on Friday.
""", p, "Transcript: Norwegian energy minister on North Sea licences",
 [P("Aasland","MINISTER AASLAND","Minister Aasland",role="Minister"),
  P("Krogstad","MS. KROGSTAD","Ms. Krogstad")],
 [],
 [S("Aasland",["twelve new licences"]), S("Aasland",["environmental review"]), S("Krogstad",["map of blocks"])],
 [Q("What did Aasland say about the Barents Sea?",[["environmental review","None this year"]])])

p = "2025-07-09"
case("49-attr-two-speakers-one-sentence", "Two speakers in one sentence ('X told reporters \"...\" while Y said, \"...\"'), each quote to its own speaker.", f"""Lebanese factions trade barbs over power cuts

July 9, 2025

BEIRUT, July 9 (Reuters) - Energy Minister Walid Hobeika-Nassar told reporters "the grid will be stable by August" while opposition lawmaker Rima Khoury-Sfeir said, "We have heard that promise every summer."
Power cuts in Beirut reached 20 hours a day last week.
""", p, "Lebanese factions trade barbs over power cuts",
 [P("Walid Hobeika-Nassar","Hobeika-Nassar","Energy Minister Walid Hobeika-Nassar","Energy Minister",role="Energy Minister",aff="Lebanon"),
  P("Rima Khoury-Sfeir","Khoury-Sfeir","opposition lawmaker Rima Khoury-Sfeir","opposition lawmaker",role="lawmaker",aff="opposition")],
 [],
 [S("Walid Hobeika-Nassar",["stable by August"]), S("Rima Khoury-Sfeir",["heard that promise"])],
 [Q("What did Khoury-Sfeir say?",["promise"],["stable by August"])])

p = "2025-04-30"
case("50-speech-verbs-lexicon", "Less common speech verbs (underscored, reiterated, vowed, urged, conceded, grumbled, lauded ... as) make statements; 'welcomed the visit' and 'disclosed' with no complement make none.", f"""Peruvian farmers block highway over water rights

April 30, 2025

LIMA, April 30 (Reuters) - Agriculture Minister Fidel Huamaní-Carrasco underscored that the irrigation canal would be finished by December.
Farmers' leader Nélida Ccori reiterated that the blockade would continue until the water board was dissolved.
Regional governor Aurelio Ticlla-Pari vowed to pay compensation to villages downstream.
Huamaní-Carrasco conceded that the project was two years late.
Truck drivers stuck on the highway grumbled that nobody had warned them.
Ccori welcomed the minister's visit to the valley on Monday but disclosed nothing about the talks.
Ticlla-Pari lauded the farmers as "the backbone of this region".
""", p, "Peruvian farmers block highway over water rights",
 [P("Fidel Huamaní-Carrasco","Huamaní-Carrasco","Agriculture Minister Fidel Huamaní-Carrasco","Agriculture Minister","the minister",role="Agriculture Minister",aff="Peru"),
  P("Nélida Ccori","Ccori","Farmers' leader Nélida Ccori","Farmers' leader",role="farmers' leader"),
  P("Aurelio Ticlla-Pari","Ticlla-Pari","Regional governor Aurelio Ticlla-Pari","Regional governor",role="regional governor")],
 [M(["Nélida Ccori","Fidel Huamaní-Carrasco"], last(p,"Monday"), None, "Ccori welcomed the minister's visit to the valley on Monday but disclosed nothing about the talks.", optional=True)],
 [S("Fidel Huamaní-Carrasco",["finished by December"]), S("Nélida Ccori",["blockade would continue"]), S("Aurelio Ticlla-Pari",["pay compensation"]),
  S("Fidel Huamaní-Carrasco",["two years late"]), S("Aurelio Ticlla-Pari",["backbone of this region"])],
 [Q("What did Ccori reiterate?",["blockade"]), Q("Who vowed to pay compensation?",["Ticlla-Pari"])])

p = "2025-12-03"
case("51-quote-marks-british-guillemets-paragraphs", "Quote marks: British single quotes, «guillemets», and a quote running over two paragraphs (opening mark on each) — one statement each, to its speaker.", f"""Swiss and French mayors clash over border tram

December 3, 2025

GENEVA, Dec 3 (Reuters) - 'The tram will cross the border in 2028 or not at all,' Geneva city councillor Odile Baumgartner-Favre said on Tuesday.
«Nous ne paierons pas deux fois», said the mayor of Annemasse, Thierry Lachenal-Roux, meaning his town would not pay twice.
Transport consultant Priska Imboden said: "The line is technically simple.

"What is missing is a budget that both sides sign."
""", p, "Swiss and French mayors clash over border tram",
 [P("Odile Baumgartner-Favre","Baumgartner-Favre","Geneva city councillor Odile Baumgartner-Favre","city councillor",role="city councillor",aff="Geneva"),
  P("Thierry Lachenal-Roux","Lachenal-Roux","the mayor of Annemasse",role="mayor",aff="Annemasse"),
  P("Priska Imboden","Imboden","Transport consultant Priska Imboden","Transport consultant",role="transport consultant")],
 [],
 [S("Odile Baumgartner-Favre",["2028 or not at all"]), S("Thierry Lachenal-Roux",["paierons pas","pay twice"]),
  S("Priska Imboden",["technically simple","budget that both sides sign"]), S("Priska Imboden",["budget that both sides sign"])],
 [Q("What did Priska Imboden say?",["budget"])])

p = "2025-09-24"
case("52-speakers-org-group-office", "Speakers through coreference: an organisation ('the ministry said'), a group ('the two senators said' → both), an office ('the prime minister's office said').", f"""Belgian senators demand inquiry into port contract

September 24, 2025

BRUSSELS, Sept 24 (Reuters) - Senators Lieve De Wachter and Olivier Mertens-Doyen questioned Belgium's Ministry of Infrastructure on Tuesday about a port dredging contract.
The two senators said the tender had been "written for one bidder".
The ministry said in a statement that the tender had followed EU rules.
Prime Minister Geert Vanlommel's office said he had full confidence in the minister.
""", p, "Belgian senators demand inquiry into port contract",
 [P("Lieve De Wachter","De Wachter","Senator Lieve De Wachter",role="Senator",aff="Belgium"),
  P("Olivier Mertens-Doyen","Mertens-Doyen","Senator Olivier Mertens-Doyen",role="Senator",aff="Belgium"),
  O("Ministry of Infrastructure","Belgium's Ministry of Infrastructure","The ministry"),
  P("Geert Vanlommel","Vanlommel","Prime Minister Geert Vanlommel","Prime Minister",role="Prime Minister",aff="Belgium")],
 [],
 [S(["Lieve De Wachter","Olivier Mertens-Doyen"],["written for one bidder"]), S("Ministry of Infrastructure",["followed EU rules"]),
  S(["Geert Vanlommel","Prime Minister Geert Vanlommel's office"],["full confidence"])],
 [Q("Who said the tender was written for one bidder?",[["De Wachter","Mertens-Doyen"]]), Q("What did the Ministry of Infrastructure say?",["EU rules"])])

# ================= NAMES (issue 10, section 3) =================
p = "2025-03-06"; d = last(p, "Wednesday")
case("53-names-initials", "Initials with and without a full stop ('R. Venkataraman', 'T S Iyengar') are part of the name; the surname alone refers back.", f"""Indian and Sri Lankan officials discuss ferry service

March 6, 2025

CHENNAI, March 6 (Reuters) - Tamil Nadu's Ports Secretary R. Venkataraman met Sri Lankan Deputy Minister for Shipping T S Iyengar-Perera in Chennai on Wednesday.
Venkataraman said a daily ferry to Jaffna would start in June.
Iyengar-Perera said Sri Lanka would build a new passenger terminal at Kankesanthurai.
""", p, "Indian and Sri Lankan officials discuss ferry service",
 [P("R. Venkataraman","Venkataraman","R Venkataraman","Tamil Nadu's Ports Secretary R. Venkataraman","Ports Secretary",role="Ports Secretary",aff="Tamil Nadu"),
  P("T S Iyengar-Perera","Iyengar-Perera","T. S. Iyengar-Perera","Sri Lankan Deputy Minister for Shipping T S Iyengar-Perera","Deputy Minister for Shipping",role="Deputy Minister for Shipping",aff="Sri Lanka")],
 [M(["R. Venkataraman","T S Iyengar-Perera"], d, "Chennai", "R. Venkataraman met ... T S Iyengar-Perera in Chennai on Wednesday")],
 [S("R. Venkataraman",["daily ferry"]), S("T S Iyengar-Perera",["passenger terminal"])],
 [Q("Who did Venkataraman meet?",["Iyengar-Perera"])])

p = "2025-05-21"; d = last(p, "Tuesday")
case("54-names-particles", "Name particles ('van der Hoeven', 'bin Rashidi', 'de la Fuente') stay inside the name, also in a later lower-case mention ('van der Hoeven said').", f"""Dutch and Emirati ministers discuss hydrogen imports

May 21, 2025

ROTTERDAM, May 21 (Reuters) - Dutch Climate Minister Maarten van der Hoeven met Emirati Energy Minister Khalid bin Rashidi Al Nuaimi in Rotterdam on Tuesday.
Spanish hydrogen executive Ángela de la Fuente Ibarra joined the talks later.
van der Hoeven said the port would handle its first ammonia cargo in 2027.
Bin Rashidi said the UAE was ready to sign a long-term supply deal.
De la Fuente Ibarra told reporters her company would build an electrolyser in Huelva.
""", p, "Dutch and Emirati ministers discuss hydrogen imports",
 [P("Maarten van der Hoeven","van der Hoeven","Van der Hoeven","Dutch Climate Minister Maarten van der Hoeven","Dutch Climate Minister",role="Climate Minister",aff="Netherlands"),
  P("Khalid bin Rashidi Al Nuaimi","bin Rashidi","Bin Rashidi","Al Nuaimi","Emirati Energy Minister Khalid bin Rashidi Al Nuaimi","Emirati Energy Minister",role="Energy Minister",aff="United Arab Emirates"),
  P("Ángela de la Fuente Ibarra","de la Fuente Ibarra","De la Fuente Ibarra","Spanish hydrogen executive Ángela de la Fuente Ibarra",role="hydrogen executive",aff="Spain")],
 [M(["Maarten van der Hoeven","Khalid bin Rashidi Al Nuaimi"], d, "Rotterdam", "Dutch Climate Minister Maarten van der Hoeven met Emirati Energy Minister Khalid bin Rashidi Al Nuaimi in Rotterdam on Tuesday."),
  M(["Ángela de la Fuente Ibarra","Maarten van der Hoeven"], d, "Rotterdam", "Spanish hydrogen executive Ángela de la Fuente Ibarra joined the talks later.", optional=True),
  M(["Ángela de la Fuente Ibarra","Khalid bin Rashidi Al Nuaimi"], d, "Rotterdam", "joined the talks later", optional=True)],
 [S("Maarten van der Hoeven",["first ammonia cargo"]), S("Khalid bin Rashidi Al Nuaimi",["long-term supply deal"]), S("Ángela de la Fuente Ibarra",["electrolyser"])],
 [Q("Who did Maarten van der Hoeven meet?",["Nuaimi"]), Q("What did van der Hoeven say?",["ammonia"])])

p = "2025-07-30"; d = last(p, "Monday")
case("55-names-surname-first", "Surname-first orders (Chinese 'Qiao Minghao', Japanese 'Hayashida Kenji', Hungarian 'Tóth Eszter'): the family name alone refers back ('Qiao said').", f"""China, Japan and Hungary discuss battery plant

July 30, 2025

BUDAPEST, July 30 (Reuters) - Chinese Vice Commerce Minister Qiao Minghao met Japanese Deputy Industry Minister Hayashida Kenji and Hungarian State Secretary Tóth Eszter in Debrecen on Monday.
Qiao said Chinese battery makers would keep investing in Hungary despite EU tariffs.
Hayashida said Japan was considering a joint recycling plant.
Tóth said the plant in Debrecen would employ 3,000 people.
""", p, "China, Japan and Hungary discuss battery plant",
 [P("Qiao Minghao","Qiao","Chinese Vice Commerce Minister Qiao Minghao","Chinese Vice Commerce Minister",role="Vice Commerce Minister",aff="China"),
  P("Hayashida Kenji","Hayashida","Japanese Deputy Industry Minister Hayashida Kenji","Japanese Deputy Industry Minister",role="Deputy Industry Minister",aff="Japan"),
  P("Tóth Eszter","Tóth","Hungarian State Secretary Tóth Eszter","Hungarian State Secretary",role="State Secretary",aff="Hungary")],
 [M(["Qiao Minghao","Hayashida Kenji","Tóth Eszter"], d, "Debrecen", "Qiao Minghao met ... Hayashida Kenji and ... Tóth Eszter in Debrecen on Monday.")],
 [S("Qiao Minghao",["keep investing"]), S("Hayashida Kenji",["joint recycling plant"]), S("Tóth Eszter",["3,000 people"])],
 [Q("Who did Qiao Minghao meet?",["Hayashida","Tóth"]), Q("What did Hayashida say?",["recycling"])])

p = "2025-10-15"; d = last(p, "Tuesday")
case("56-names-single-and-nickname", "Single names ('Marquinhos'-style mononyms) and a nickname declared in the text ('Abdulrahman Olawale Bankole, popularly known as Bankzy') are one person.", f"""Nigerian musician meets Ghanaian president over festival

October 15, 2025

ACCRA, Oct 15 (Reuters) - Nigerian singer Abdulrahman Olawale Bankole, popularly known as Bankzy, met Ghanaian President Kwabena Asamoah-Boadu at Jubilee House in Accra on Tuesday.
Brazilian footballer Tiquinho, who plays for a club in Kumasi, also attended the meeting.
Bankzy said the Afrobeats festival would return to Accra in December.
Tiquinho told reporters he wanted to open a football school in the city.
""", p, "Nigerian musician meets Ghanaian president over festival",
 [P("Abdulrahman Olawale Bankole","Bankzy","Bankole","Nigerian singer Abdulrahman Olawale Bankole",role="singer",aff="Nigeria"),
  P("Kwabena Asamoah-Boadu","Asamoah-Boadu","Ghanaian President Kwabena Asamoah-Boadu","Ghanaian President",role="President",aff="Ghana"),
  P("Tiquinho","Brazilian footballer Tiquinho",role="footballer",aff="Brazil")],
 [M(["Abdulrahman Olawale Bankole","Kwabena Asamoah-Boadu"], d, "Accra", "met Ghanaian President Kwabena Asamoah-Boadu at Jubilee House in Accra on Tuesday"),
  M(["Tiquinho","Kwabena Asamoah-Boadu"], d, "Accra", "Brazilian footballer Tiquinho ... also attended the meeting.", optional=True),
  M(["Tiquinho","Abdulrahman Olawale Bankole"], d, "Accra", "also attended the meeting", optional=True)],
 [S("Abdulrahman Olawale Bankole",["Afrobeats festival"]), S("Tiquinho",["football school"])],
 [Q("Who did Bankzy meet?",["Asamoah-Boadu"]), Q("What did Tiquinho say?",["football school"])])

p = "2025-02-26"; d = last(p, "Monday")
case("57-names-ordinary-word-first-names", "First names that are ordinary words ('Sunday Adebayo-Okon', 'Faith Wanjala', 'Summer Blackwood', 'Major Mutasa') are names, and 'Major' is no military title here.", f"""Commonwealth trade envoys meet in London

February 26, 2025

LONDON, Feb 26 (Reuters) - Nigerian trade envoy Sunday Adebayo-Okon met British trade official Summer Blackwood in London on Monday.
Kenyan envoy Faith Wanjala and Zimbabwean envoy Major Mutasa held talks with Blackwood on Tuesday.
Adebayo-Okon said Nigeria wanted lower tariffs on cocoa butter.
Faith Wanjala said Kenya hoped to double flower exports to Britain.
""", p, "Commonwealth trade envoys meet in London",
 [P("Sunday Adebayo-Okon","Adebayo-Okon","Nigerian trade envoy Sunday Adebayo-Okon",role="trade envoy",aff="Nigeria"),
  P("Summer Blackwood","Blackwood","British trade official Summer Blackwood",role="trade official",aff="Britain"),
  P("Faith Wanjala","Wanjala","Kenyan envoy Faith Wanjala",role="envoy",aff="Kenya"),
  P("Major Mutasa","Mutasa","Zimbabwean envoy Major Mutasa",role="envoy",aff="Zimbabwe")],
 [M(["Sunday Adebayo-Okon","Summer Blackwood"], d, "London", "Nigerian trade envoy Sunday Adebayo-Okon met British trade official Summer Blackwood in London on Monday."),
  M(["Faith Wanjala","Summer Blackwood"], last(p,"Tuesday"), None, "Kenyan envoy Faith Wanjala and Zimbabwean envoy Major Mutasa held talks with Blackwood on Tuesday."),
  M(["Major Mutasa","Summer Blackwood"], last(p,"Tuesday"), None, "Kenyan envoy Faith Wanjala and Zimbabwean envoy Major Mutasa held talks with Blackwood on Tuesday."),
  M(["Faith Wanjala","Major Mutasa"], last(p,"Tuesday"), None, "one side of the talks together", optional=True)],
 [S("Sunday Adebayo-Okon",["cocoa butter"]), S("Faith Wanjala",["flower exports"])],
 [Q("Who did Summer Blackwood meet?",["Adebayo-Okon","Wanjala","Mutasa"])])

p = "2025-11-05"; d = last(p, "Tuesday")
case("58-names-honorific-chains", "Honorific chains ('H.E. Dr.', 'Rt. Hon.', 'Sheikh', 'Dato' Sri') before a name are titles, not part of it.", f"""Gulf and Malaysian envoys meet UK minister

November 5, 2025

LONDON, Nov 5 (Reuters) - H.E. Dr. Mansour Al-Ruwaili, the Saudi ambassador, met the Rt. Hon. Eleanor Fairweather-Lyle, Minister for the Middle East, in London on Tuesday.
Malaysian envoy Dato' Sri Azlan Hashimuddin and Sheikh Tamim bin Faisal Al Kuwari of Qatar joined them for lunch.
Fairweather-Lyle said Britain would host a Gulf investment conference in the spring.
Al-Ruwaili said the kingdom welcomed the initiative.
""", p, "Gulf and Malaysian envoys meet UK minister",
 [P("Mansour Al-Ruwaili","Al-Ruwaili","H.E. Dr. Mansour Al-Ruwaili","the Saudi ambassador",role="ambassador",aff="Saudi Arabia"),
  P("Eleanor Fairweather-Lyle","Fairweather-Lyle","Rt. Hon. Eleanor Fairweather-Lyle","Minister for the Middle East",role="Minister for the Middle East",aff="United Kingdom"),
  P("Azlan Hashimuddin","Hashimuddin","Dato' Sri Azlan Hashimuddin","Malaysian envoy Dato' Sri Azlan Hashimuddin",role="envoy",aff="Malaysia"),
  P("Tamim bin Faisal Al Kuwari","Al Kuwari","Sheikh Tamim bin Faisal Al Kuwari","Sheikh Tamim",aff="Qatar")],
 [M(["Mansour Al-Ruwaili","Eleanor Fairweather-Lyle"], d, "London", "H.E. Dr. Mansour Al-Ruwaili ... met the Rt. Hon. Eleanor Fairweather-Lyle ... in London on Tuesday."),
  M(["Azlan Hashimuddin","Tamim bin Faisal Al Kuwari","Mansour Al-Ruwaili","Eleanor Fairweather-Lyle"], d, "London", "Malaysian envoy Dato' Sri Azlan Hashimuddin and Sheikh Tamim bin Faisal Al Kuwari of Qatar joined them for lunch.", optional=True)],
 [S("Eleanor Fairweather-Lyle",["Gulf investment conference"]), S("Mansour Al-Ruwaili",["welcomed the initiative"])],
 [Q("Who did Al-Ruwaili meet?",["Fairweather-Lyle"],["H.E.","Rt."])])

p = "2025-06-25"; d = last(p, "Tuesday")
case("59-names-glued-and-plural-titles", "Titles glued before names ('Labour MP X', 'National Security Adviser Y', 'Minister of Foreign Affairs and Trade Z') and plural titles ('Foreign Ministers', 'Presidents A and B') that are no person.", f"""Foreign Ministers gather in Valletta for Mediterranean forum

June 25, 2025

VALLETTA, June 25 (Reuters) - Foreign Ministers from nine Mediterranean countries gathered in Valletta on Tuesday.
Presidents Ioannou and Scerri-Borg held talks on the sidelines.
National Security Adviser Oskar Lindfors-Wahl met Minister of Foreign Affairs and Trade Kálmán Bereczky-Nagy on the same day.
Labour MP Harriet Oyelaran-Marsh, who attended as an observer, said the forum had produced "more photographs than agreements".
""", p, "Foreign Ministers gather in Valletta for Mediterranean forum",
 [P("Ioannou","President Ioannou",role="President"),
  P("Scerri-Borg","President Scerri-Borg",role="President"),
  P("Oskar Lindfors-Wahl","Lindfors-Wahl","National Security Adviser Oskar Lindfors-Wahl","National Security Adviser",role="National Security Adviser"),
  P("Kálmán Bereczky-Nagy","Bereczky-Nagy","Minister of Foreign Affairs and Trade Kálmán Bereczky-Nagy","Minister of Foreign Affairs and Trade",role="Minister of Foreign Affairs and Trade"),
  P("Harriet Oyelaran-Marsh","Oyelaran-Marsh","Labour MP Harriet Oyelaran-Marsh","Labour MP",role="MP",aff="Labour")],
 [M(["Ioannou","Scerri-Borg"], d, "Valletta", "Presidents Ioannou and Scerri-Borg held talks on the sidelines."),
  M(["Oskar Lindfors-Wahl","Kálmán Bereczky-Nagy"], d, "Valletta", "National Security Adviser Oskar Lindfors-Wahl met Minister of Foreign Affairs and Trade Kálmán Bereczky-Nagy on the same day.")],
 [S("Harriet Oyelaran-Marsh",["more photographs than agreements"])],
 [Q("Who did Lindfors-Wahl meet?",["Bereczky-Nagy"],["Foreign Ministers"]), Q("Who did Ioannou hold talks with?",["Scerri-Borg"])])

# ================= COREFERENCE (issue 10, section 4) =================
p = "2025-08-06"; d = last(p, "Tuesday")
case("60-coref-the-minister-his-counterpart", "Role phrases: 'Iran's Oil Minister held talks with his Iraqi counterpart' (names in the next sentence), 'The Minister said', 'his counterpart told'.", f"""Iraq and Kuwait discuss oil field on border

August 6, 2025

KUWAIT CITY, Aug 6 (Reuters) - Kuwait's Oil Minister held talks with his Iraqi counterpart in Kuwait City on Tuesday over a disputed oil field.
Kuwaiti Oil Minister Fahad Al-Mutawa and Iraqi Oil Minister Haidar Al-Sudani-Jabbar agreed to set up a joint technical committee.
The Minister said the committee would report within three months.
His counterpart told reporters that Iraq would not give up its share of the field.
""", p, "Iraq and Kuwait discuss oil field on border",
 [P("Fahad Al-Mutawa","Al-Mutawa","Kuwaiti Oil Minister Fahad Al-Mutawa","Kuwait's Oil Minister","The Minister",role="Oil Minister",aff="Kuwait"),
  P("Haidar Al-Sudani-Jabbar","Al-Sudani-Jabbar","Iraqi Oil Minister Haidar Al-Sudani-Jabbar","his Iraqi counterpart","His counterpart",role="Oil Minister",aff="Iraq")],
 [M(["Fahad Al-Mutawa","Haidar Al-Sudani-Jabbar"], d, "Kuwait City", "Kuwait's Oil Minister held talks with his Iraqi counterpart in Kuwait City on Tuesday")],
 [S("Fahad Al-Mutawa",["within three months"]), S("Haidar Al-Sudani-Jabbar",["give up its share"]),
  S(["Fahad Al-Mutawa","Haidar Al-Sudani-Jabbar"],["joint technical committee"], optional=True)],
 [Q("Who did Al-Mutawa hold talks with?",["Al-Sudani-Jabbar"]), Q("What did Al-Sudani-Jabbar say?",["share of the field"],["three months"])])

p = "2025-04-09"; d = last(p, "Monday")
case("61-coref-descriptor-and-company", "Descriptors and organisation nouns: 'the 82-year-old' (a person named before), 'the company' / 'the firm' (the company named before), 'it said'.", f"""Veteran shipbuilder meets Korean shipyard chief

April 9, 2025

GDANSK, Poland, April 9 (Reuters) - Polish shipbuilding pioneer Zdzisław Kamiński-Bartosz met Hanseo Heavy Industries chairman Kwon Tae-sik in Gdansk on Monday.
The 82-year-old said he hoped Polish yards would build ferries again.
Hanseo Heavy Industries is in talks to buy a stake in a Gdansk repair yard.
The company said a decision would be made by the end of June.
""", p, "Veteran shipbuilder meets Korean shipyard chief",
 [P("Zdzisław Kamiński-Bartosz","Kamiński-Bartosz","Polish shipbuilding pioneer Zdzisław Kamiński-Bartosz","The 82-year-old",role="shipbuilding pioneer",aff="Poland"),
  P("Kwon Tae-sik","Kwon","Hanseo Heavy Industries chairman Kwon Tae-sik","chairman",role="chairman",aff="Hanseo Heavy Industries"),
  O("Hanseo Heavy Industries","Hanseo","The company")],
 [M(["Zdzisław Kamiński-Bartosz","Kwon Tae-sik"], d, "Gdansk", "met Hanseo Heavy Industries chairman Kwon Tae-sik in Gdansk on Monday")],
 [S("Zdzisław Kamiński-Bartosz",["build ferries again"]), S("Hanseo Heavy Industries",["end of June"])],
 [Q("What did Kamiński-Bartosz say?",["ferries"]), Q("What did Hanseo Heavy Industries say?",["end of June"])])

p = "2025-01-22"; d = last(p, "Tuesday")
case("62-coref-the-two-and-gender", "Group phrases and gender: 'the two' → both people named before; after 'Ms. Okoro-Vallières met Mr. Delacroix-Pym', 'he said' is Delacroix-Pym and 'she added' is Okoro-Vallières.", f"""Canadian and Belgian trade officials sign pact

January 22, 2025

OTTAWA, Jan 22 (Reuters) - Ms. Adaeze Okoro-Vallières, Canada's chief trade negotiator, met Mr. Florent Delacroix-Pym, Belgium's trade envoy, in Ottawa on Tuesday.
The two said the pact would cut tariffs on maple products and chocolate.
"Belgian chocolate makers have waited ten years for this," he said.
She added that the deal still had to pass the Senate.
""", p, "Canadian and Belgian trade officials sign pact",
 [P("Adaeze Okoro-Vallières","Okoro-Vallières","Ms. Okoro-Vallières","Ms. Adaeze Okoro-Vallières","Canada's chief trade negotiator",role="chief trade negotiator",aff="Canada"),
  P("Florent Delacroix-Pym","Delacroix-Pym","Mr. Delacroix-Pym","Mr. Florent Delacroix-Pym","Belgium's trade envoy",role="trade envoy",aff="Belgium")],
 [M(["Adaeze Okoro-Vallières","Florent Delacroix-Pym"], d, "Ottawa", "Ms. Adaeze Okoro-Vallières ... met Mr. Florent Delacroix-Pym ... in Ottawa on Tuesday.")],
 [S(["Adaeze Okoro-Vallières","Florent Delacroix-Pym"],["maple products"]), S("Florent Delacroix-Pym",["waited ten years"]), S("Adaeze Okoro-Vallières",["pass the Senate"])],
 [Q("What did Delacroix-Pym say?",["ten years"],["Senate"]), Q("What did Okoro-Vallières say?",["Senate"],["ten years"])])

for c in CASES:
    g = {"case": c["kind"], "published": c["published"], "title": c["title"], "entities": c["entities"], "meetings": c["meetings"]}
    if c["not_meetings"]: g["not_meetings"] = c["not_meetings"]
    g["statements"] = c["statements"]
    g["questions"] = c["questions"]
    open(os.path.join(D, c["slug"] + ".txt"), "w").write(c["text"])
    open(os.path.join(D, c["slug"] + ".gold.json"), "w").write(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
print(len(CASES), "cases")
