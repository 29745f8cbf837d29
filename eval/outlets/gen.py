# Generates eval/outlets/NN-slug.txt + .gold.json: ~40 short invented articles written the way outlets
# from many countries write (press releases, wire copy, state agencies, local papers, live blogs, pasted pages).
# People are invented; gold written by hand before the extractor was run on it; run: python3 eval/outlets/gen.py
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

# ---------- 01 Nigerian ministry press release ----------
p = "2024-03-14"; d = last(p, "Tuesday")
case("01-ng-ministry-press-release", "Nigerian federal ministry press release: 'The Honourable Minister of X, Engr. Y, on Tuesday received a delegation of Z led by its President, ...'; 'stated', 'averred'; signed and dated '14th March, 2024' at the foot.", """PRESS RELEASE

WORKS MINISTER RECEIVES ENGINEERS' DELEGATION, PLEDGES PROMPT PAYMENT TO CONTRACTORS

The Honourable Minister of Works, Engr. Obafemi Adeyoola-Briggs, on Tuesday received a delegation of the Association of Consulting Road Engineers led by its President, Engr. (Mrs.) Chinasa Ekwueme-Dike, at the Ministry's headquarters in Mabushi, Abuja.

Welcoming the delegation, the Minister stated that the Federal Government would clear all verified certificates of indigenous contractors before the end of the second quarter of the year. He noted that the Ministry had already released funds for the rehabilitation of 42 federal roads across the six geo-political zones.

"We will no longer tolerate abandoned projects. Any contractor who fails to return to site within 30 days will have his contract terminated," the Minister said.

Earlier in her remarks, Engr. Ekwueme-Dike averred that more than 60 per cent of road failures in the country were traceable to poor supervision and the use of substandard bitumen. She urged the Ministry to involve members of the Association in the monitoring of ongoing projects.

The high point of the visit was the presentation of a plaque to the Minister.

Signed:
Mohammed Tukur-Aliyu
Director, Press and Public Relations
14th March, 2024
""", p, "WORKS MINISTER RECEIVES ENGINEERS' DELEGATION, PLEDGES PROMPT PAYMENT TO CONTRACTORS",
 [P("Obafemi Adeyoola-Briggs","Adeyoola-Briggs","Engr. Obafemi Adeyoola-Briggs","the Minister","Minister of Works",role="Minister of Works",aff="Nigeria"),
  P("Chinasa Ekwueme-Dike","Ekwueme-Dike","Engr. Ekwueme-Dike","Engr. (Mrs.) Chinasa Ekwueme-Dike",role="President",aff="Association of Consulting Road Engineers")],
 [M(["Obafemi Adeyoola-Briggs","Chinasa Ekwueme-Dike"], d, "Abuja", "on Tuesday received a delegation of the Association of Consulting Road Engineers led by its President, Engr. (Mrs.) Chinasa Ekwueme-Dike, at the Ministry's headquarters in Mabushi, Abuja")],
 [S("Obafemi Adeyoola-Briggs",["verified certificates","second quarter"]), S("Obafemi Adeyoola-Briggs",["42 federal roads"]),
  S("Obafemi Adeyoola-Briggs",["abandoned projects","within 30 days"]), S("Chinasa Ekwueme-Dike",["poor supervision","substandard bitumen"]),
  S("Chinasa Ekwueme-Dike",["monitoring of ongoing projects"], optional=True)],
 [Q("Who did Adeyoola-Briggs receive?",["Ekwueme-Dike"]), Q("What did Ekwueme-Dike say?",[["supervision","bitumen"]]),
  Q("Where did Adeyoola-Briggs meet Ekwueme-Dike?",["Abuja"]), Q("When did Adeyoola-Briggs meet Ekwueme-Dike?",[dq(d)])])

# ---------- 02 Ghana courtesy call, H.E. ----------
p = "2024-02-06"; d = "2024-02-05"
case("02-gh-he-courtesy-call", "Ghanaian ministry release: 'H.E. the Ambassador of X to Ghana, Mr. Y, paid a courtesy call on the Minister for Z, Hon. W, ... on Monday, 5th February, 2024'; 'the Hon. Minister', 'His Excellency'.", """Ministry of Trade and Industry
Home | About Us | Media Centre | Contact

ITALIAN AMBASSADOR CALLS ON TRADE MINISTER

H.E. the Ambassador of the Republic of Italy to Ghana, Mr. Lorenzo Vaccarizzi, paid a courtesy call on the Minister for Trade and Industry, Hon. Kwabena Asantewaa-Boateng, at the Ministry in Accra on Monday, 5th February, 2024.

The Hon. Minister welcomed His Excellency and commended the Italian Government for its support to the One District One Factory initiative. He expressed the hope that more Italian firms would set up agro-processing plants in the Bono and Ahafo regions.

For his part, His Excellency Vaccarizzi stated that Italian investors were keen on Ghana's tomato and shea value chains, and announced that a trade mission of 25 companies would arrive in Accra in May.

Also present at the meeting were the Chief Director of the Ministry, Mrs. Abena Ofori-Quarcoo, and officials of the Ghana Investment Promotion Centre.

Share this: Facebook | X | WhatsApp
Posted 6 February 2024
""", p, "ITALIAN AMBASSADOR CALLS ON TRADE MINISTER",
 [P("Lorenzo Vaccarizzi","Vaccarizzi","His Excellency Vaccarizzi","His Excellency","Mr. Lorenzo Vaccarizzi",role="Ambassador",aff="Italy"),
  P("Kwabena Asantewaa-Boateng","Asantewaa-Boateng","Hon. Kwabena Asantewaa-Boateng","the Hon. Minister","Minister for Trade and Industry",role="Minister for Trade and Industry",aff="Ghana"),
  P("Abena Ofori-Quarcoo","Ofori-Quarcoo","Mrs. Abena Ofori-Quarcoo",role="Chief Director",aff="Ministry of Trade and Industry")],
 [M(["Lorenzo Vaccarizzi","Kwabena Asantewaa-Boateng"], d, "Accra", "paid a courtesy call on the Minister for Trade and Industry, Hon. Kwabena Asantewaa-Boateng, at the Ministry in Accra on Monday, 5th February, 2024"),
  M(["Abena Ofori-Quarcoo","Lorenzo Vaccarizzi"], d, "Accra", "Also present at the meeting were the Chief Director...", optional=True),
  M(["Abena Ofori-Quarcoo","Kwabena Asantewaa-Boateng"], d, "Accra", "Also present at the meeting were the Chief Director...", optional=True)],
 [S("Kwabena Asantewaa-Boateng",["agro-processing plants"]), S("Kwabena Asantewaa-Boateng",["One District One Factory"], optional=True),
  S("Lorenzo Vaccarizzi",["tomato and shea","trade mission"])],
 [Q("Who paid a courtesy call on Asantewaa-Boateng?",["Vaccarizzi"]), Q("What did Vaccarizzi say?",[["tomato","shea","trade mission"]]),
  Q("When did Vaccarizzi meet Asantewaa-Boateng?",[dq(d)])])

# ---------- 03 PTI wire, India ----------
p = "2024-08-20"; d = last(p, "Tuesday")
case("03-in-pti-held-meeting", "PTI wire: 'NEW DELHI, Aug 20 (PTI) Union Minister X on Tuesday held a meeting with Y ...'; 'Speaking on the occasion, he emphasised ...'; 'an official statement said'.", """Fisheries minister holds talks with Maldives counterpart on tuna exports

Last Updated : 20 Aug 2024, 07:35 PM IST

NEW DELHI, Aug 20 (PTI) Union Fisheries Minister Rajendra Kothapalli on Tuesday held a meeting with Maldivian Fisheries Minister Ahmed Shiyaz Naseem-Didi here and discussed cooperation in deep-sea fishing and cold-chain infrastructure.

Speaking on the occasion, Kothapalli emphasised that India was ready to share its experience in satellite-based fish-finding advisories with island nations in the Indian Ocean.

Naseem-Didi noted that tuna accounted for nearly half of the Maldives' exports and sought technical assistance for a processing facility in Addu city, an official statement said.

The two ministers also agreed to set up a joint working group that will meet twice a year, it said.

Later in the day, Kothapalli interacted with a group of fisheries students from Kerala.

PTI ABC DEF
""", p, "Fisheries minister holds talks with Maldives counterpart on tuna exports",
 [P("Rajendra Kothapalli","Kothapalli","Union Fisheries Minister Rajendra Kothapalli","Union Fisheries Minister",role="Fisheries Minister",aff="India"),
  P("Ahmed Shiyaz Naseem-Didi","Naseem-Didi","Maldivian Fisheries Minister Ahmed Shiyaz Naseem-Didi","Maldivian Fisheries Minister",role="Fisheries Minister",aff="Maldives")],
 [M(["Rajendra Kothapalli","Ahmed Shiyaz Naseem-Didi"], d, "New Delhi", "Union Fisheries Minister Rajendra Kothapalli on Tuesday held a meeting with Maldivian Fisheries Minister Ahmed Shiyaz Naseem-Didi here")],
 [S("Rajendra Kothapalli",["satellite-based fish-finding","share its experience"]), S("Ahmed Shiyaz Naseem-Didi",["tuna accounted","processing facility"]),
  S(["Rajendra Kothapalli","Ahmed Shiyaz Naseem-Didi"],["joint working group"], optional=True)],
 [Q("Who did Kothapalli meet?",["Naseem-Didi"],["Kerala"]), Q("Where did Kothapalli meet Naseem-Didi?",["New Delhi"]), Q("What did Naseem-Didi say?",[["tuna","processing facility"]])])

# ---------- 04 APP, Pakistan 'called on' ----------
p = "2024-01-11"; d = last(p, "Wednesday")
case("04-pk-app-called-on", "APP (Pakistan): 'X called on Prime Minister Y here on Wednesday. During the meeting, matters of mutual interest ... came under discussion'; 'the PM said'; 'the PM Office said in a press release'.", """Federal Minister for Energy calls on PM

ISLAMABAD, Jan 11 (APP): Federal Minister for Energy Sardar Tahir Khaqan-Durrani called on Prime Minister Mian Azhar Qureshi-Lodhi here on Wednesday.

During the meeting, matters pertaining to circular debt, the upcoming winter gas load-management plan and the privatisation of power distribution companies came under discussion, the PM Office said in a press release.

The Prime Minister directed the minister to ensure uninterrupted gas supply to domestic consumers during the peak winter months. He said that the government would not burden the common man with any further increase in electricity tariffs.

Sardar Tahir Khaqan-Durrani briefed the Prime Minister that the circular debt had been reduced by Rs 180 billion during the last six months.

Separately, Minister of State for Finance Nighat Sultana Paracha also called on the Prime Minister and apprised him of the progress on the IMF review.

Tags: Islamabad, Prime Minister, Energy
""", p, "Federal Minister for Energy calls on PM",
 [P("Tahir Khaqan-Durrani","Khaqan-Durrani","Sardar Tahir Khaqan-Durrani","Federal Minister for Energy",role="Federal Minister for Energy",aff="Pakistan"),
  P("Azhar Qureshi-Lodhi","Qureshi-Lodhi","Mian Azhar Qureshi-Lodhi","Prime Minister Mian Azhar Qureshi-Lodhi","the Prime Minister","the PM",role="Prime Minister",aff="Pakistan"),
  P("Nighat Sultana Paracha","Paracha","Minister of State for Finance Nighat Sultana Paracha",role="Minister of State for Finance",aff="Pakistan"),
  O("PM Office","the PM Office","Prime Minister's Office")],
 [M(["Tahir Khaqan-Durrani","Azhar Qureshi-Lodhi"], d, "Islamabad", "Federal Minister for Energy Sardar Tahir Khaqan-Durrani called on Prime Minister Mian Azhar Qureshi-Lodhi here on Wednesday."),
  M(["Nighat Sultana Paracha","Azhar Qureshi-Lodhi"], d, "Islamabad", "Separately, Minister of State for Finance Nighat Sultana Paracha also called on the Prime Minister")],
 [S("Azhar Qureshi-Lodhi",["electricity tariffs","common man"]), S("Tahir Khaqan-Durrani",["Rs 180 billion","circular debt had been reduced"]),
  S("PM Office",["winter gas load-management","privatisation"], optional=True), S("Azhar Qureshi-Lodhi",["uninterrupted gas supply"], optional=True),
  S("Nighat Sultana Paracha",["IMF review"], optional=True)],
 [Q("Who called on Qureshi-Lodhi?",["Khaqan-Durrani","Paracha"]), Q("What did Qureshi-Lodhi say?",[["tariffs","common man","gas supply"]]),
  Q("Who did Paracha meet?",["Qureshi-Lodhi"])])

# ---------- 05 BSS, Bangladesh ----------
p = "2024-02-14"; d = p
case("05-bd-bss-courtesy-today", "BSS (Bangladesh): 'DHAKA, Feb 14, 2024 (BSS) - X paid a courtesy call on Y at his office in the city today'; 'the envoy said'; 'Foreign Ministry spokesperson Z told BSS'.", """DHAKA, Feb 14, 2024 (BSS) - Newly appointed Ambassador of the Netherlands to Bangladesh Marieke van Houtenbeek paid a courtesy call on Foreign Minister Dr Mahfuzur Rahman Chowdhury-Siddiqui at his office in the city today.

During the meeting, the Foreign Minister sought Dutch cooperation in delta management, climate adaptation and the blue economy, and urged the Netherlands to continue its support for the Rohingyas sheltered in Cox's Bazar.

The envoy said the Netherlands would scale up its investment in Bangladesh's dredging and shipbuilding sectors and assured that her country would remain engaged on the Rohingya issue.

"Bangladesh is one of our most important development partners in Asia," she said.

Foreign Ministry spokesperson Sultana Nasreen Mollick told BSS that the two sides also discussed holding the next round of foreign office consultations in The Hague later this year.

BSS/KKK/1845 hrs
""", p, "Dutch envoy pays courtesy call on Foreign Minister",
 [P("Marieke van Houtenbeek","van Houtenbeek","Houtenbeek","the envoy","Ambassador of the Netherlands to Bangladesh",role="Ambassador",aff="Netherlands"),
  P("Mahfuzur Rahman Chowdhury-Siddiqui","Chowdhury-Siddiqui","Dr Mahfuzur Rahman Chowdhury-Siddiqui","the Foreign Minister","Foreign Minister",role="Foreign Minister",aff="Bangladesh"),
  P("Sultana Nasreen Mollick","Mollick","Foreign Ministry spokesperson Sultana Nasreen Mollick",role="spokesperson",aff="Foreign Ministry")],
 [M(["Marieke van Houtenbeek","Mahfuzur Rahman Chowdhury-Siddiqui"], d, "Dhaka", "paid a courtesy call on Foreign Minister Dr Mahfuzur Rahman Chowdhury-Siddiqui at his office in the city today")],
 [S("Mahfuzur Rahman Chowdhury-Siddiqui",["delta management","Rohingyas"], optional=True), S("Marieke van Houtenbeek",["dredging and shipbuilding","Rohingya issue"]),
  S("Marieke van Houtenbeek",["most important development partners"]), S("Sultana Nasreen Mollick",["foreign office consultations"])],
 [Q("Who did van Houtenbeek meet?",["Chowdhury-Siddiqui"]), Q("What did the Dutch ambassador say?",[["dredging","development partners","Rohingya"]]),
  Q("When did van Houtenbeek meet Chowdhury-Siddiqui?",[dq(d)])])

# ---------- 06 Kenyan paper, quotes ----------
p = "2024-05-21"; d = last(p, "Monday")
case("06-ke-paper-hosted-quotes", "Kenyan daily: 'Interior CS X on Monday hosted Y at Harambee House'; quote then ',\\\" X said.'; 'the CS said'; 'according to a statement from his office'.", """Interior CS, Ugandan minister agree on joint patrols along Busia border

By STAFF REPORTER
Published on: 21 May 2024 - 08:15

Interior Cabinet Secretary Kiprono Cheruiyot-Langat on Monday hosted Uganda's Minister for Internal Affairs Gen. Okello Byaruhanga-Mpagi at Harambee House, Nairobi, where the two agreed to launch joint police patrols along the Busia and Malaba border points.

"Criminal gangs have been exploiting the porous border to smuggle contraband sugar and small arms. That must stop," Cheruiyot-Langat said.

The CS said the two countries would also harmonise the operating hours of the one-stop border posts to reduce the queues of trucks that stretch for up to 15 kilometres on some days.

Byaruhanga-Mpagi, according to a statement from his office, pledged that Uganda would deploy an additional 300 officers to the border within a month.

"We are one people on both sides of that line," he said.

ALSO READ: Traders decry long queues at Malaba
""", p, "Interior CS, Ugandan minister agree on joint patrols along Busia border",
 [P("Kiprono Cheruiyot-Langat","Cheruiyot-Langat","Interior Cabinet Secretary Kiprono Cheruiyot-Langat","The CS","Interior Cabinet Secretary",role="Interior Cabinet Secretary",aff="Kenya"),
  P("Okello Byaruhanga-Mpagi","Byaruhanga-Mpagi","Gen. Okello Byaruhanga-Mpagi",role="Minister for Internal Affairs",aff="Uganda")],
 [M(["Kiprono Cheruiyot-Langat","Okello Byaruhanga-Mpagi"], d, "Nairobi", "Interior Cabinet Secretary Kiprono Cheruiyot-Langat on Monday hosted Uganda's Minister for Internal Affairs Gen. Okello Byaruhanga-Mpagi at Harambee House, Nairobi")],
 [S("Kiprono Cheruiyot-Langat",["contraband sugar","porous border"]), S("Kiprono Cheruiyot-Langat",["harmonise the operating hours","one-stop border posts"]),
  S("Okello Byaruhanga-Mpagi",["300 officers"]), S("Okello Byaruhanga-Mpagi",["one people"])],
 [Q("Who did Cheruiyot-Langat host?",["Byaruhanga-Mpagi"]), Q("What did Byaruhanga-Mpagi say?",[["300 officers","one people"]]),
  Q("Where did Cheruiyot-Langat meet Byaruhanga-Mpagi?",["Nairobi"])])

# ---------- 07 PNA Philippines ----------
p = "2024-07-05"; d = last(p, "Thursday")
case("07-ph-pna-dash-dateline", "Philippine News Agency: 'MANILA – X on Thursday met with Y ...'; 'said in an interview', 'in a news release'; 'Gov.' title.", """Senator meets Cebu governor on water crisis

By Teresita Dumalagan-Uy
July 5, 2024, 6:42 pm

MANILA – Senator Ramoncito Dizon-Lacsamana on Thursday met with Cebu Governor Marivic Alcaraz-Tumulak in Cebu City to discuss the water shortage affecting more than 200,000 households in the province.

In an interview after the meeting, Dizon-Lacsamana said he would file a resolution seeking a Senate inquiry into the delayed bulk water projects of the Metropolitan Cebu Water District.

"We cannot let our people line up for water in the year 2024," he said.

Alcaraz-Tumulak, for her part, said in a news release that the provincial government had allotted PHP150 million for the drilling of deep wells in the northern towns.

The governor also asked the national government to fast-track the approval of the Lusaran dam project. (PNA)

Related Stories
» Cebu water district hikes rates
» DPWH eyes new dam in Bohol
""", p, "Senator meets Cebu governor on water crisis",
 [P("Ramoncito Dizon-Lacsamana","Dizon-Lacsamana","Senator Ramoncito Dizon-Lacsamana","Senator",role="Senator",aff="Philippines"),
  P("Marivic Alcaraz-Tumulak","Alcaraz-Tumulak","Cebu Governor Marivic Alcaraz-Tumulak","The governor","Cebu Governor",role="Governor",aff="Cebu")],
 [M(["Ramoncito Dizon-Lacsamana","Marivic Alcaraz-Tumulak"], d, "Cebu City", "Senator Ramoncito Dizon-Lacsamana on Thursday met with Cebu Governor Marivic Alcaraz-Tumulak in Cebu City")],
 [S("Ramoncito Dizon-Lacsamana",["Senate inquiry","bulk water projects"]), S("Ramoncito Dizon-Lacsamana",["line up for water"]),
  S("Marivic Alcaraz-Tumulak",["PHP150 million","deep wells"]), S("Marivic Alcaraz-Tumulak",["Lusaran dam"], optional=True)],
 [Q("Who did Dizon-Lacsamana meet?",["Alcaraz-Tumulak"]), Q("What did Alcaraz-Tumulak say?",[["deep wells","150 million"]]),
  Q("Where did Dizon-Lacsamana meet Alcaraz-Tumulak?",["Cebu"])])

# ---------- 08 Antara Indonesia ----------
p = "2024-09-11"; d = last(p, "Wednesday")
case("08-id-antara-received-visit", "Antara (Indonesia): 'Jakarta (ANTARA) - X received a visit from Y at the Merdeka Palace, Jakarta, on Wednesday'; 'conveyed', 'told the press'.", """Indonesian President receives Singaporean PM at Merdeka Palace

Wednesday, 11 September 2024 17:48 WIB

Jakarta (ANTARA) - President Suharyanto Wibisono received a visit from Singaporean Prime Minister Tan Keng Whee at the Merdeka Palace, Jakarta, on Wednesday, to discuss the relocation of the capital and cooperation in renewable energy.

Foreign Minister Ratna Kusumawardhani-Putri, who accompanied the President during the meeting, told the press that the two leaders agreed to speed up the development of a cross-border solar power export corridor.

"Singapore is interested in investing in the new capital, especially in green buildings and water management," Kusumawardhani-Putri said.

Meanwhile, Prime Minister Tan conveyed his appreciation for Indonesia's assistance during the haze season last year and expressed hope that the two countries would conclude the defence cooperation agreement by the end of the year.

Related news: Indonesia, Singapore sign carbon capture MoU
Reporter: Andi Firmansyah
Editor: Rahmad Nasution
Copyright © ANTARA 2024
""", p, "Indonesian President receives Singaporean PM at Merdeka Palace",
 [P("Suharyanto Wibisono","Wibisono","President Suharyanto Wibisono","the President",role="President",aff="Indonesia"),
  P("Tan Keng Whee","Tan","Prime Minister Tan","Singaporean Prime Minister Tan Keng Whee",role="Prime Minister",aff="Singapore"),
  P("Ratna Kusumawardhani-Putri","Kusumawardhani-Putri","Foreign Minister Ratna Kusumawardhani-Putri",role="Foreign Minister",aff="Indonesia")],
 [M(["Suharyanto Wibisono","Tan Keng Whee"], d, "Jakarta", "President Suharyanto Wibisono received a visit from Singaporean Prime Minister Tan Keng Whee at the Merdeka Palace, Jakarta, on Wednesday"),
  M(["Ratna Kusumawardhani-Putri","Tan Keng Whee"], d, "Jakarta", "who accompanied the President during the meeting", optional=True),
  M(["Ratna Kusumawardhani-Putri","Suharyanto Wibisono"], d, "Jakarta", "who accompanied the President during the meeting", optional=True)],
 [S("Ratna Kusumawardhani-Putri",["solar power export corridor"]), S("Ratna Kusumawardhani-Putri",["green buildings","water management"]),
  S("Tan Keng Whee",["haze season","defence cooperation agreement"])],
 [Q("Who did Wibisono receive?",["Tan"]), Q("What did Kusumawardhani-Putri say?",[["solar","green buildings"]]),
  Q("Where did Wibisono meet Tan Keng Whee?",["Jakarta"])])

# ---------- 09 Bernama Malaysia ----------
p = "2024-04-03"; d = p
case("09-my-bernama-here-today", "Bernama (Malaysia): 'PUTRAJAYA, April 3 (Bernama) -- X received a courtesy visit from Y at Seri Perdana here today'; 'Datuk Seri', 'Tan Sri' honorifics; 'in a statement'.", """PM receives courtesy visit from Japanese trade minister

03 Apr 2024 05:42pm

PUTRAJAYA, April 3 (Bernama) -- Prime Minister Datuk Seri Hafizuddin Rosli-Kamal received a courtesy visit from Japanese Minister of Economy, Trade and Industry Kenjiro Matsudaira at Seri Perdana here today.

In a statement, the Prime Minister's Office (PMO) said the meeting touched on Japanese investments in Malaysia's semiconductor and hydrogen sectors, as well as the Look East Policy 2.0.

Hafizuddin, in a Facebook post, said Japan remained one of Malaysia's largest sources of foreign direct investment, with approved investments of RM9.7 billion last year.

"I welcomed Japan's interest in participating in the Johor-Singapore Special Economic Zone," he said.

Also present were Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Aminuddin-Shah and Japanese Ambassador to Malaysia Noriyuki Habukawa.

-- BERNAMA
""", p, "PM receives courtesy visit from Japanese trade minister",
 [P("Hafizuddin Rosli-Kamal","Hafizuddin","Rosli-Kamal","Datuk Seri Hafizuddin Rosli-Kamal","Prime Minister",role="Prime Minister",aff="Malaysia"),
  P("Kenjiro Matsudaira","Matsudaira",role="Minister of Economy, Trade and Industry",aff="Japan"),
  O("Prime Minister's Office","PMO","the Prime Minister's Office (PMO)"),
  P("Zafrul Aminuddin-Shah","Aminuddin-Shah","Tengku Datuk Seri Zafrul Aminuddin-Shah",role="Investment, Trade and Industry Minister",aff="Malaysia"),
  P("Noriyuki Habukawa","Habukawa",role="Ambassador",aff="Japan")],
 [M(["Hafizuddin Rosli-Kamal","Kenjiro Matsudaira"], d, "Putrajaya", "received a courtesy visit from Japanese Minister of Economy, Trade and Industry Kenjiro Matsudaira at Seri Perdana here today"),
  M(["Zafrul Aminuddin-Shah","Noriyuki Habukawa","Hafizuddin Rosli-Kamal","Kenjiro Matsudaira"], d, "Putrajaya", "Also present were ...", optional=True)],
 [S("Prime Minister's Office",["semiconductor and hydrogen","Look East Policy"]), S("Hafizuddin Rosli-Kamal",["RM9.7 billion","foreign direct investment"]),
  S("Hafizuddin Rosli-Kamal",["Special Economic Zone"])],
 [Q("Who did Hafizuddin meet?",["Matsudaira"]), Q("What did Hafizuddin say?",[["RM9.7","Special Economic Zone","direct investment"]]),
  Q("When did Rosli-Kamal meet Matsudaira?",[dq(d)])])

# ---------- 10 Xinhua ----------
p = "2024-05-08"; d = last(p, "Wednesday")
case("10-cn-xinhua-noting-that", "Xinhua: 'BEIJING, May 8 (Xinhua) -- Chinese Vice Premier X met with Y here on Wednesday. Noting that ..., X said ...'; 'For his part, Y said'.", """Chinese vice premier meets Zambian minister

Source: Xinhua
Editor: Huaxia
2024-05-08 21:14:36

BEIJING, May 8 (Xinhua) -- Chinese Vice Premier Gu Wenhao met with Zambian Minister of Mines and Minerals Development Chileshe Mwansa-Kabwe here on Wednesday.

Noting that China and Zambia enjoy a traditional friendship, Gu said China is willing to work with Zambia to push forward the upgrading of the Tanzania-Zambia Railway and to expand cooperation in mining, agriculture and new energy.

Gu called on both sides to ensure the safety of Chinese personnel and projects in Zambia.

For his part, Mwansa-Kabwe said Zambia appreciates China's support for its debt restructuring and welcomes more Chinese enterprises to invest in copper processing in the Copperbelt Province.

Enditem
""", p, "Chinese vice premier meets Zambian minister",
 [P("Gu Wenhao","Gu","Chinese Vice Premier Gu Wenhao",role="Vice Premier",aff="China"),
  P("Chileshe Mwansa-Kabwe","Mwansa-Kabwe","Zambian Minister of Mines and Minerals Development Chileshe Mwansa-Kabwe",role="Minister of Mines and Minerals Development",aff="Zambia")],
 [M(["Gu Wenhao","Chileshe Mwansa-Kabwe"], d, "Beijing", "Chinese Vice Premier Gu Wenhao met with Zambian Minister of Mines and Minerals Development Chileshe Mwansa-Kabwe here on Wednesday.")],
 [S("Gu Wenhao",["Tanzania-Zambia Railway","traditional friendship"]), S("Gu Wenhao",["safety of Chinese personnel"], optional=True),
  S("Chileshe Mwansa-Kabwe",["debt restructuring","copper processing"])],
 [Q("Who did Gu Wenhao meet?",["Mwansa-Kabwe"]), Q("What did Mwansa-Kabwe say?",[["debt restructuring","copper"]]),
  Q("Where did Gu meet Mwansa-Kabwe?",["Beijing"])])

# ---------- 11 Anadolu phone call ----------
p = "2024-06-18"; d = last(p, "Tuesday")
case("11-tr-anadolu-phone-call", "Anadolu: 'ANKARA' dateline, 'X held a phone call with Y on Tuesday, according to a statement by the ministry'; 'X told Y that ...'; 'said on X'.", """Türkiye's foreign minister, Moldovan counterpart discuss energy corridor in phone call

Mehmet Kaan Yıldırımoğlu   |18.06.2024 - Update : 18.06.2024

ANKARA

Turkish Foreign Minister Selçuk Demiralp-Aksoy held a phone call with his Moldovan counterpart Ion Rusnăcescu on Tuesday, according to a statement by the Turkish Foreign Ministry.

Demiralp-Aksoy told Rusnăcescu that Türkiye supports the construction of a natural gas interconnector between Romania and Moldova and is ready to contribute to its financing, the statement said.

Rusnăcescu said on X that he had thanked his Turkish counterpart for the humanitarian aid Ankara sent to the Gagauz region after the floods in May.

The two ministers also agreed to meet in Chisinau next month, it added.

Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.
""", p, "Türkiye's foreign minister, Moldovan counterpart discuss energy corridor in phone call",
 [P("Selçuk Demiralp-Aksoy","Demiralp-Aksoy","Turkish Foreign Minister Selçuk Demiralp-Aksoy",role="Foreign Minister",aff="Türkiye"),
  P("Ion Rusnăcescu","Rusnăcescu","his Moldovan counterpart",role="Foreign Minister",aff="Moldova"),
  O("Turkish Foreign Ministry","the statement","Foreign Ministry")],
 [M(["Selçuk Demiralp-Aksoy","Ion Rusnăcescu"], d, None, "held a phone call with his Moldovan counterpart Ion Rusnăcescu on Tuesday")],
 [S(["Selçuk Demiralp-Aksoy","Turkish Foreign Ministry"],["natural gas interconnector"]), S("Ion Rusnăcescu",["humanitarian aid","Gagauz"]),
  S(["Turkish Foreign Ministry","Selçuk Demiralp-Aksoy","Ion Rusnăcescu"],["meet in Chisinau"], optional=True),
  S("Turkish Foreign Ministry",["phone call"], "the meeting sentence attributed to the ministry's statement", optional=True)],
 [Q("Who did Demiralp-Aksoy speak with?",["Rusnăcescu"]), Q("How did Demiralp-Aksoy contact Rusnăcescu?",[["phone","call"]]),
  Q("What did Rusnăcescu say?",[["humanitarian","Gagauz"]])])

# ---------- 12 Yonhap ----------
p = "2024-06-03"; d = last(p, "Monday")
case("12-kr-yonhap-held-talks", "Yonhap: 'SEOUL, June 3 (Yonhap) -- X held talks with Y on Monday ..., the ministry said'; 'during their talks'; '(END)' tail and 'By NAME' wire credit.", """S. Korea, Australia agree to boost critical minerals cooperation

By Park Ji-hoon
Published : 2024-06-03 16:21

SEOUL, June 3 (Yonhap) -- South Korea's industry minister Oh Seung-chan held talks with Australian Resources Minister Fiona Grattan-Leake on Monday and agreed to expand cooperation in securing critical minerals such as lithium and nickel, the ministry said.

During their talks in Seoul, Oh asked for Australia's support for South Korean firms seeking to invest in lithium refining projects in Western Australia, according to the ministry.

Grattan-Leake said Australia regards South Korea as a "trusted partner" and hopes to see more Korean investment in the country's hydrogen export hubs.

The two sides also signed a memorandum of understanding on a joint supply chain study.

South Korea imports nearly 40 percent of its lithium from Australia.

sjh@yna.co.kr
(END)
""", p, "S. Korea, Australia agree to boost critical minerals cooperation",
 [P("Oh Seung-chan","Oh","South Korea's industry minister Oh Seung-chan","industry minister",role="industry minister",aff="South Korea"),
  P("Fiona Grattan-Leake","Grattan-Leake","Australian Resources Minister Fiona Grattan-Leake",role="Resources Minister",aff="Australia"),
  O("industry ministry","the ministry")],
 [M(["Oh Seung-chan","Fiona Grattan-Leake"], d, "Seoul", "held talks with Australian Resources Minister Fiona Grattan-Leake on Monday ... During their talks in Seoul")],
 [S(["Oh Seung-chan","industry ministry"],["lithium refining"]), S("Fiona Grattan-Leake",["trusted partner","hydrogen export hubs"]),
  S("industry ministry",["critical minerals","lithium and nickel"], optional=True)],
 [Q("Who did Oh Seung-chan meet?",["Grattan-Leake"]), Q("What did Grattan-Leake say?",[["trusted partner","hydrogen"]]),
  Q("Where did Oh meet Grattan-Leake?",["Seoul"])])

# ---------- 13 Kyodo ----------
p = "2024-10-25"; d = last(p, "Friday")
case("13-jp-kyodo-agreed-friday", "Kyodo: 'TOKYO, Kyodo -' then 'Japan and X agreed Friday to ...' with the leaders 'in talks in Tokyo'; weekday without 'on'; 'told reporters after the meeting'.", """Japan, Philippines agree to step up coast guard drills

KYODO NEWS - Oct 25, 2024 - 19:02 | World, All

TOKYO - Japanese Defense Minister Takahiro Okunishi and his Philippine counterpart Gilberto Saldaña-Reyes agreed Friday to hold more joint coast guard drills in the South China Sea, amid China's increasingly assertive maritime activities.

In talks in Tokyo, Okunishi and Saldaña-Reyes also confirmed that Japan would provide five more patrol vessels to the Philippines under its Official Security Assistance program.

"Any attempt to change the status quo by force or coercion is unacceptable," Okunishi told reporters after the meeting.

Saldaña-Reyes said Manila hoped the reciprocal access agreement, which took effect in September, would allow Japanese troops to join the annual Balikatan exercises next year.

==Kyodo
""", p, "Japan, Philippines agree to step up coast guard drills",
 [P("Takahiro Okunishi","Okunishi","Japanese Defense Minister Takahiro Okunishi",role="Defense Minister",aff="Japan"),
  P("Gilberto Saldaña-Reyes","Saldaña-Reyes","his Philippine counterpart",role="Defense Secretary",aff="Philippines")],
 [M(["Takahiro Okunishi","Gilberto Saldaña-Reyes"], d, "Tokyo", "Okunishi and his Philippine counterpart Gilberto Saldaña-Reyes agreed Friday ... In talks in Tokyo")],
 [S("Takahiro Okunishi",["status quo by force"]), S("Gilberto Saldaña-Reyes",["reciprocal access agreement","Balikatan"]),
  S(["Takahiro Okunishi","Gilberto Saldaña-Reyes"],["five more patrol vessels","joint coast guard drills"], optional=True)],
 [Q("Who did Okunishi meet?",["Saldaña-Reyes"]), Q("What did Okunishi say?",[["status quo","coercion"]]),
  Q("When did Okunishi meet Saldaña-Reyes?",[dq(d)])])

# ---------- 14 AFP ----------
p = "2024-11-27"; d = last(p, "Tuesday")
case("14-fr-afp-paren-dateline", "AFP: 'Paris (AFP) - ' dateline, meeting in a subordinate clause ('after meeting X at the Elysee on Tuesday'); 'told AFP'; 'the presidency said'.", """Senegal seeks French help on stolen funds after Elysee talks

Published on 27/11/2024 - 19:42

Paris (AFP) - Senegal will seek French help to recover stolen public funds, Senegalese Prime Minister Ousmane Diatta-Ndiaye said on Tuesday after meeting French President Philippe Garnier-Vauclair at the Elysee palace.

"We have identified assets worth several hundred million euros abroad, some of them in France," Diatta-Ndiaye told AFP after the talks.

The French presidency said the two leaders had discussed the withdrawal of French troops from Dakar, which is due to be completed by the end of next year, and "a renewed economic partnership".

Garnier-Vauclair was due to travel to Abidjan on Thursday.

Senegal's new government, elected in March on a pledge to break with the country's former colonial ruler, has demanded an audit of contracts signed with French firms.

bur-sd/jj

© 2024 AFP
""", p, "Senegal seeks French help on stolen funds after Elysee talks",
 [P("Ousmane Diatta-Ndiaye","Diatta-Ndiaye","Senegalese Prime Minister Ousmane Diatta-Ndiaye",role="Prime Minister",aff="Senegal"),
  P("Philippe Garnier-Vauclair","Garnier-Vauclair","French President Philippe Garnier-Vauclair",role="President",aff="France"),
  O("French presidency","presidency","The French presidency"), O("Senegal's government","Senegal's new government")],
 [M(["Ousmane Diatta-Ndiaye","Philippe Garnier-Vauclair"], d, "Paris", "said on Tuesday after meeting French President Philippe Garnier-Vauclair at the Elysee palace")],
 [S("Ousmane Diatta-Ndiaye",["stolen public funds","French help"]), S("Ousmane Diatta-Ndiaye",["several hundred million euros"]),
  S("French presidency",["withdrawal of French troops","renewed economic partnership"]),
  S("Senegal's government",["audit of contracts"], "has demanded an audit", optional=True)],
 [Q("Who did Diatta-Ndiaye meet?",["Garnier-Vauclair"]), Q("What did the French presidency say?",[["troops","economic partnership"]]),
  Q("Where did Diatta-Ndiaye meet Garnier-Vauclair?",["Paris"])])

# ---------- 15 live blog ----------
p = "2024-09-24"; d = p
case("15-live-blog-timestamps", "Live blog: timestamped entries in reverse order ('14:32 EDT'), 'Share', 'Key events', each entry a short paragraph; meeting and quotes inside entries.", """UN General Assembly 2024 – live updates
Tue 24 Sep 2024 14:50 EDT

Key events
  1h ago   Kenyan president meets Haitian PM
  3h ago   Brazilian president opens debate

14:32 EDT
Kenya's President Samuel Kiptanui-Rotich has met Haiti's interim Prime Minister Garry Belizaire-Fontaine on the sidelines of the assembly in New York.

Kiptanui-Rotich told reporters afterwards that Kenya would send another 600 police officers to the multinational security mission in Port-au-Prince before Christmas.

"The gangs are retreating, but we need more armoured vehicles," he said.
Share

13:05 EDT
Belizaire-Fontaine has just finished his address to the assembly. He said Haiti needed "at least $600m" to hold elections next year and pleaded with donors not to "abandon" the country.
Share

11:40 EDT
Our correspondent Yusuf Demirezen reports that security around the UN headquarters is tighter than usual this year.
Share
""", p, "UN General Assembly 2024 – live updates",
 [P("Samuel Kiptanui-Rotich","Kiptanui-Rotich","Kenya's President Samuel Kiptanui-Rotich",role="President",aff="Kenya"),
  P("Garry Belizaire-Fontaine","Belizaire-Fontaine","Haiti's interim Prime Minister Garry Belizaire-Fontaine",role="interim Prime Minister",aff="Haiti")],
 [M(["Samuel Kiptanui-Rotich","Garry Belizaire-Fontaine"], d, "New York", "Kenya's President Samuel Kiptanui-Rotich has met Haiti's interim Prime Minister Garry Belizaire-Fontaine on the sidelines of the assembly in New York.")],
 [S("Samuel Kiptanui-Rotich",["600 police officers"]), S("Samuel Kiptanui-Rotich",["armoured vehicles","gangs are retreating"]),
  S("Garry Belizaire-Fontaine",["$600m","abandon"]), S("Yusuf Demirezen",["security around the UN"], optional=True)],
 [Q("Who did Kiptanui-Rotich meet?",["Belizaire-Fontaine"]), Q("What did Belizaire-Fontaine say?",[["600m","elections","abandon"]]),
  Q("Where did Kiptanui-Rotich meet Belizaire-Fontaine?",["New York"])])

# ---------- 16 Q&A press briefing ----------
p = "2024-03-19"; d = last(p, "Monday")
case("16-qa-briefing-transcript", "Press briefing transcript: 'Spokesperson NAME:' / 'Question:' turns; the spokesperson's answers are statements; a meeting reported inside an answer ('the Minister met ... yesterday').", """Transcript of Weekly Media Briefing by the Official Spokesperson (March 19, 2024)

Official Spokesperson, Shri Anirudh Venkatramani: Good afternoon, friends. Let me begin with a couple of announcements. Yesterday, External Affairs Minister Dr. Sushila Ramaswamy-Iyengar met the visiting Foreign Minister of Paraguay, Mr. Federico Ayala-Bogarín, in New Delhi. The two ministers reviewed our bilateral relationship and agreed to open a resident mission in Asunción this year. With that, I am happy to take questions.

Question: Sir, was there any discussion on the Mercosur trade agreement?

Official Spokesperson, Shri Anirudh Venkatramani: Yes, the expansion of the India-Mercosur preferential trade agreement was discussed. Paraguay has assured its support for an early conclusion of the talks.

Question: Any update on the evacuation of Indian nationals from Haiti?

Official Spokesperson, Shri Anirudh Venkatramani: Our embassy in Santo Domingo is in touch with around 90 Indian nationals. So far 12 have been moved to the Dominican Republic.

Thank you.
(Concludes)
""", p, "Transcript of Weekly Media Briefing by the Official Spokesperson (March 19, 2024)",
 [P("Anirudh Venkatramani","Venkatramani","Shri Anirudh Venkatramani","Official Spokesperson",role="Official Spokesperson",aff="Ministry of External Affairs"),
  P("Sushila Ramaswamy-Iyengar","Ramaswamy-Iyengar","External Affairs Minister Dr. Sushila Ramaswamy-Iyengar","Dr. Sushila Ramaswamy-Iyengar",role="External Affairs Minister",aff="India"),
  P("Federico Ayala-Bogarín","Ayala-Bogarín","Mr. Federico Ayala-Bogarín","Foreign Minister of Paraguay",role="Foreign Minister",aff="Paraguay")],
 [M(["Sushila Ramaswamy-Iyengar","Federico Ayala-Bogarín"], d, "New Delhi", "Yesterday, External Affairs Minister Dr. Sushila Ramaswamy-Iyengar met the visiting Foreign Minister of Paraguay, Mr. Federico Ayala-Bogarín, in New Delhi.")],
 [S("Anirudh Venkatramani",["Mercosur","preferential trade agreement"]), S("Anirudh Venkatramani",["90 Indian nationals","Santo Domingo"]),
  S("Anirudh Venkatramani",["resident mission in Asunción","reviewed our bilateral"], optional=True)],
 [Q("Who did Ramaswamy-Iyengar meet?",["Ayala-Bogarín"]), Q("What did Venkatramani say?",[["Mercosur","Indian nationals","Santo Domingo"]]),
  Q("When did Ramaswamy-Iyengar meet Ayala-Bogarín?",[dq(d)])])

# ---------- 17 company press release ----------
p = "2024-10-08"; d = last(p, "Monday")
case("17-company-press-release-boilerplate", "Company press release: 'CITY, Oct. 8, 2024 /PRNewswire/ --' dateline, '\"...,\" said NAME, chief executive officer of X.' quotes, 'About X' boilerplate and a media contact (no statements there).", """Halvorsen Marine and Kestrel Ports Sign Agreement for Electric Tug Fleet

News provided by
Halvorsen Marine ASA
Oct 08, 2024, 07:00 ET

OSLO, Norway, Oct. 8, 2024 /PRNewswire/ -- Halvorsen Marine ASA (OSE: HALV), a leading builder of zero-emission workboats, today announced an agreement with Kestrel Ports Ltd to supply twelve battery-electric harbour tugs for the ports of Felixstowe and Southampton.

The agreement was signed in Oslo on Monday by Halvorsen Marine chief executive Ingrid Sæterdal-Moen and Kestrel Ports managing director Rupert Ashcombe-Frye, who met at Halvorsen's headquarters.

"This is the largest electric tug order in Europe to date, and it shows that ports are ready to electrify," said Ingrid Sæterdal-Moen, chief executive officer of Halvorsen Marine.

"Our customers expect us to cut emissions from every vessel that touches our quays," said Ashcombe-Frye.

The first tugs will be delivered in 2026.

About Halvorsen Marine
Halvorsen Marine ASA designs and builds zero-emission workboats and has delivered more than 80 vessels since 2015. The company is listed on the Oslo Stock Exchange.

Media contact:
Tove Lindahl-Bakke, +47 22 00 00 00, press@halvorsenmarine.example
""", p, "Halvorsen Marine and Kestrel Ports Sign Agreement for Electric Tug Fleet",
 [P("Ingrid Sæterdal-Moen","Sæterdal-Moen","Halvorsen Marine chief executive Ingrid Sæterdal-Moen",role="chief executive",aff="Halvorsen Marine"),
  P("Rupert Ashcombe-Frye","Ashcombe-Frye","Kestrel Ports managing director Rupert Ashcombe-Frye",role="managing director",aff="Kestrel Ports"),
  O("Halvorsen Marine","Halvorsen Marine ASA","Halvorsen")],
 [M(["Ingrid Sæterdal-Moen","Rupert Ashcombe-Frye"], d, "Oslo", "The agreement was signed in Oslo on Monday by ... who met at Halvorsen's headquarters.")],
 [S("Ingrid Sæterdal-Moen",["largest electric tug order"]), S("Rupert Ashcombe-Frye",["cut emissions"]),
  S("Halvorsen Marine",["twelve battery-electric harbour tugs"], optional=True)],
 [Q("Who did Sæterdal-Moen meet?",["Ashcombe-Frye"]), Q("What did Ashcombe-Frye say?",["emissions"],["largest electric tug"]),
  Q("Where did Sæterdal-Moen meet Ashcombe-Frye?",["Oslo"])])

# ---------- 18 union press release ----------
p = "2024-04-25"; d = "2024-04-24"
case("18-union-press-release-we-met", "Trade-union release: 'The General Secretary, Comrade X, ... yesterday (Wednesday, 24th April, 2024) led the union's NEC to a meeting with the Minister of Labour, Dr. Y'; 'the Union wishes to state'; signed off.", """NATIONAL UNION OF HEALTH AND ALLIED WORKERS (NUHAW)

PRESS STATEMENT

OUTCOME OF MEETING WITH THE MINISTER OF LABOUR ON THE NEW MINIMUM WAGE

Gentlemen of the press,

The General Secretary of our great Union, Comrade Babatunde Olaniyan-Ajiboye, yesterday (Wednesday, 24th April, 2024) led members of the National Executive Council to a meeting with the Minister of Labour and Employment, Dr. (Mrs.) Ngozika Uzoigwe-Obi, at the Federal Secretariat, Abuja.

At the meeting, the Union demanded the immediate implementation of the new minimum wage of N70,000 for all categories of health workers, including casual staff in teaching hospitals.

The Honourable Minister assured the delegation that the Federal Government would begin payment of the new wage with the May salaries and that arrears would be paid in two instalments.

The Union wishes to state that it will suspend its planned strike pending the fulfilment of these promises, but will not hesitate to withdraw its services if the government fails to keep its word.

Aluta continua!

Comrade Babatunde Olaniyan-Ajiboye
General Secretary
25th April, 2024
""", p, "OUTCOME OF MEETING WITH THE MINISTER OF LABOUR ON THE NEW MINIMUM WAGE",
 [P("Babatunde Olaniyan-Ajiboye","Olaniyan-Ajiboye","Comrade Babatunde Olaniyan-Ajiboye","General Secretary",role="General Secretary",aff="National Union of Health and Allied Workers"),
  P("Ngozika Uzoigwe-Obi","Uzoigwe-Obi","Dr. (Mrs.) Ngozika Uzoigwe-Obi","The Honourable Minister","Minister of Labour and Employment",role="Minister of Labour and Employment",aff="Nigeria"),
  O("National Union of Health and Allied Workers","NUHAW","the Union")],
 [M(["Babatunde Olaniyan-Ajiboye","Ngozika Uzoigwe-Obi"], d, "Abuja", "led members of the National Executive Council to a meeting with the Minister of Labour and Employment, Dr. (Mrs.) Ngozika Uzoigwe-Obi, at the Federal Secretariat, Abuja")],
 [S(["National Union of Health and Allied Workers","Babatunde Olaniyan-Ajiboye"],["N70,000","minimum wage"]), S("Ngozika Uzoigwe-Obi",["May salaries","two instalments"]),
  S(["National Union of Health and Allied Workers","Babatunde Olaniyan-Ajiboye"],["suspend its planned strike","withdraw its services"])],
 [Q("Who did Olaniyan-Ajiboye meet?",["Uzoigwe-Obi"]), Q("What did Uzoigwe-Obi say?",[["May salaries","instalments","arrears"]]),
  Q("When did Olaniyan-Ajiboye meet Uzoigwe-Obi?",[dq(d)])])

# ---------- 19 local US paper ----------
p = "2024-08-15"; d = last(p, "Wednesday")
case("19-us-local-said-mayor", "Local US paper: quotes with the attribution after ('...,\" said Mayor X.' / '\"...,\" Y said.'), 'Councilmember', meeting 'sat down with'.", """Mayor, county commissioner hash out bus route funding

By Derek Holloway-Price
Staff Writer
Aug 15, 2024 Updated Aug 15, 2024

SPRINGDALE — Mayor Theresa Quintanilla-Ruiz sat down with Benton County Commissioner Walt Brannigan-Hoyt on Wednesday at City Hall to try to save three bus routes that were slated to end in October.

"Folks on the east side depend on these buses to get to work and to the clinic. We are not going to let them down," said Mayor Quintanilla-Ruiz.

Brannigan-Hoyt said the county could cover about a third of the $1.2 million shortfall if the state approves a transit grant this fall.

"I'm not making promises I can't keep, but I think we found a path," Brannigan-Hoyt said.

Councilmember Lydia Okonkwo-Reyes, who chairs the council's transportation committee, said she would bring a funding resolution to the council on Aug. 27.

Have a news tip? Email news@springdaleledger.example
""", p, "Mayor, county commissioner hash out bus route funding",
 [P("Theresa Quintanilla-Ruiz","Quintanilla-Ruiz","Mayor Theresa Quintanilla-Ruiz","Mayor Quintanilla-Ruiz",role="Mayor",aff="Springdale"),
  P("Walt Brannigan-Hoyt","Brannigan-Hoyt","Benton County Commissioner Walt Brannigan-Hoyt",role="County Commissioner",aff="Benton County"),
  P("Lydia Okonkwo-Reyes","Okonkwo-Reyes","Councilmember Lydia Okonkwo-Reyes",role="Councilmember",aff="Springdale")],
 [M(["Theresa Quintanilla-Ruiz","Walt Brannigan-Hoyt"], d, "Springdale", "Mayor Theresa Quintanilla-Ruiz sat down with Benton County Commissioner Walt Brannigan-Hoyt on Wednesday at City Hall")],
 [S("Theresa Quintanilla-Ruiz",["east side depend","let them down"]), S("Walt Brannigan-Hoyt",["third of the $1.2 million","transit grant"]),
  S("Walt Brannigan-Hoyt",["found a path","making promises"]), S("Lydia Okonkwo-Reyes",["funding resolution"])],
 [Q("Who did Quintanilla-Ruiz meet?",["Brannigan-Hoyt"]), Q("What did Brannigan-Hoyt say?",[["third","transit grant","path"]]),
  Q("What did Okonkwo-Reyes say?",["funding resolution"])])

# ---------- 20 UK local paper ----------
p = "2024-02-09"; d = last(p, "Thursday")
case("20-uk-local-councillor", "UK local paper: 'Cllr' title, 'leader of X Council', met 'at the Town Hall on Thursday'; quotes with 'he said' after; an MP 'added'.", """Council leader meets rail bosses over station closure fears

Published 9th Feb 2024, 17:05 GMT
By Harriet Pennock-Wyld, Local Democracy Reporter

Cllr Gareth Illingsworth, leader of Northfell District Council, met Northern Line Trains' regional director Simone Achterberg-Hale at Kendrew Town Hall on Thursday to press the case for keeping Fellside station open.

Cllr Illingsworth said: "This station is a lifeline for hundreds of commuters and students. Closing it would cut our villages off from the rest of the county."

Ms Achterberg-Hale said no decision had been taken and that passenger numbers at the station would be reviewed over the next six months.

The area's MP, Priya Cholmondeley-Rao, who did not attend the meeting, added that she had written to the rail minister asking for a guarantee.

Advertisement
Hide Ad

Read more: Roadworks on A591 to last until Easter
""", p, "Council leader meets rail bosses over station closure fears",
 [P("Gareth Illingsworth","Illingsworth","Cllr Gareth Illingsworth","Cllr Illingsworth",role="leader",aff="Northfell District Council"),
  P("Simone Achterberg-Hale","Achterberg-Hale","Ms Achterberg-Hale",role="regional director",aff="Northern Line Trains"),
  P("Priya Cholmondeley-Rao","Cholmondeley-Rao","The area's MP",role="MP",aff="")],
 [M(["Gareth Illingsworth","Simone Achterberg-Hale"], d, "Kendrew", "met Northern Line Trains' regional director Simone Achterberg-Hale at Kendrew Town Hall on Thursday")],
 [S("Gareth Illingsworth",["lifeline","cut our villages off"]), S("Simone Achterberg-Hale",["no decision had been taken","passenger numbers"]),
  S("Priya Cholmondeley-Rao",["rail minister","guarantee"])],
 [Q("Who did Illingsworth meet?",["Achterberg-Hale"],["Cholmondeley-Rao"]), Q("What did Achterberg-Hale say?",[["no decision","passenger numbers"]]),
  Q("When did Illingsworth meet Achterberg-Hale?",[dq(d)])])

# ---------- 21 Australian paper ----------
p = "2024-07-12"; d = last(p, "Thursday")
case("21-au-premier-met-quotes", "Australian paper: 'Premier X met Y in Perth on Thursday'; 'Mr X said'; 'Ms Y told ABC Radio'; AEST stamp.", """WA Premier and Indonesian governor strike cattle shipping deal
By Lachlan Moorcroft-Tait
Updated Fri 12 Jul 2024 at 6:10am AEST

Western Australian Premier Damien Fitzwarren met the Governor of East Nusa Tenggara, Yosefina Lalamentik, in Perth on Thursday to discuss live cattle shipments and a new direct flight between Broome and Kupang.

Mr Fitzwarren said the state would fund a feasibility study for the flight and that WA cattle exporters were keen to supply breeding stock to the province.

"Our farmers have been shipping cattle to Indonesia for forty years. This is about the next forty," Mr Fitzwarren said.

Ms Lalamentik told ABC Radio Perth her province wanted Australian expertise in dryland farming and veterinary services.

The Pastoralists and Graziers Association welcomed the talks.

Posted 11 Jul 2024
""", p, "WA Premier and Indonesian governor strike cattle shipping deal",
 [P("Damien Fitzwarren","Fitzwarren","Mr Fitzwarren","Western Australian Premier Damien Fitzwarren",role="Premier",aff="Western Australia"),
  P("Yosefina Lalamentik","Lalamentik","Ms Lalamentik","the Governor of East Nusa Tenggara",role="Governor",aff="East Nusa Tenggara")],
 [M(["Damien Fitzwarren","Yosefina Lalamentik"], d, "Perth", "Western Australian Premier Damien Fitzwarren met the Governor of East Nusa Tenggara, Yosefina Lalamentik, in Perth on Thursday")],
 [S("Damien Fitzwarren",["feasibility study","breeding stock"]), S("Damien Fitzwarren",["next forty","shipping cattle"]),
  S("Yosefina Lalamentik",["dryland farming","veterinary services"])],
 [Q("Who did Fitzwarren meet?",["Lalamentik"]), Q("What did Lalamentik say?",[["dryland","veterinary"]]),
  Q("Where did Fitzwarren meet Lalamentik?",["Perth"])])

# ---------- 22 WAM received in audience ----------
p = "2024-03-12"; d = p
case("22-ae-wam-received-in-audience", "Gulf state agency (WAM): 'ABU DHABI, 12th March, 2024 (WAM) -- H.H. Sheikh X received in audience Y'; 'exchanged views', 'conveyed the greetings of', 'the meeting was attended by ...'.", """ABU DHABI, 12th March, 2024 (WAM) -- H.H. Sheikh Hamdan bin Rashid Al Qassimi, Deputy Prime Minister and Minister of Interior, today received in audience Mr. Andrzej Wierzbowski-Kral, Minister of the Interior and Administration of the Republic of Poland, who is currently visiting the country.

During the meeting, held at the Ministry's headquarters in Abu Dhabi, the two sides exchanged views on ways to enhance cooperation in the fields of policing, border security and combating cross-border crime.

The Polish Minister conveyed the greetings of the President of Poland to the UAE leadership and praised the country's achievements in the use of artificial intelligence in policing.

H.H. Sheikh Hamdan affirmed the UAE's keenness to strengthen its relations with Poland in all fields.

The meeting was attended by Major General Saeed Obaid Al Mazrooei, Undersecretary of the Ministry of Interior, and the Ambassador of Poland to the UAE, Ms. Katarzyna Zielonka-Brandys.

WAM/Hatem Mohamed
""", p, "UAE Interior Minister receives Polish counterpart",
 [P("Hamdan bin Rashid Al Qassimi","Sheikh Hamdan","H.H. Sheikh Hamdan","H.H. Sheikh Hamdan bin Rashid Al Qassimi",role="Deputy Prime Minister and Minister of Interior",aff="UAE"),
  P("Andrzej Wierzbowski-Kral","Wierzbowski-Kral","Mr. Andrzej Wierzbowski-Kral","The Polish Minister",role="Minister of the Interior and Administration",aff="Poland"),
  P("Saeed Obaid Al Mazrooei","Al Mazrooei","Major General Saeed Obaid Al Mazrooei",role="Undersecretary",aff="Ministry of Interior"),
  P("Katarzyna Zielonka-Brandys","Zielonka-Brandys","Ms. Katarzyna Zielonka-Brandys",role="Ambassador",aff="Poland")],
 [M(["Hamdan bin Rashid Al Qassimi","Andrzej Wierzbowski-Kral"], d, "Abu Dhabi", "today received in audience Mr. Andrzej Wierzbowski-Kral ... held at the Ministry's headquarters in Abu Dhabi"),
  M(["Saeed Obaid Al Mazrooei","Katarzyna Zielonka-Brandys","Hamdan bin Rashid Al Qassimi","Andrzej Wierzbowski-Kral"], d, "Abu Dhabi", "The meeting was attended by ...", optional=True)],
 [S("Andrzej Wierzbowski-Kral",["artificial intelligence in policing","conveyed the greetings"]), S("Hamdan bin Rashid Al Qassimi",["keenness to strengthen"])],
 [Q("Who did Sheikh Hamdan receive?",["Wierzbowski-Kral"]), Q("What did Wierzbowski-Kral say?",[["artificial intelligence","greetings"]]),
  Q("Where did Sheikh Hamdan meet Wierzbowski-Kral?",["Abu Dhabi"])])

# ---------- 23 SPA Saudi ----------
p = "2024-05-29"; d = p
case("23-sa-spa-crown-prince-call", "Saudi Press Agency: 'Riyadh, May 29, 2024, SPA -- His Royal Highness ... received a phone call from X'; 'During the call, they reviewed ...'; 'expressed', 'affirmed'.", """Riyadh, May 29, 2024, SPA -- His Royal Highness Prince Faisal bin Turki Al-Saud, Minister of Foreign Affairs, received today a phone call from Minister of Foreign Affairs of the Republic of Chile Valentina Larraín-Echaurren.

During the call, they reviewed bilateral relations between the two countries and ways to develop them in various fields, especially in mining and renewable energy.

Larraín-Echaurren expressed Chile's appreciation for the Kingdom's support for its candidacy to host the 2030 World Expo regional forum.

They also discussed the latest regional and international developments and the efforts exerted regarding them.

--SPA
""", p, "Foreign Minister receives phone call from Chilean counterpart",
 [P("Faisal bin Turki Al-Saud","Prince Faisal","Prince Faisal bin Turki Al-Saud","His Royal Highness Prince Faisal bin Turki Al-Saud",role="Minister of Foreign Affairs",aff="Saudi Arabia"),
  P("Valentina Larraín-Echaurren","Larraín-Echaurren",role="Minister of Foreign Affairs",aff="Chile")],
 [M(["Faisal bin Turki Al-Saud","Valentina Larraín-Echaurren"], d, None, "received today a phone call from Minister of Foreign Affairs of the Republic of Chile Valentina Larraín-Echaurren")],
 [S("Valentina Larraín-Echaurren",["appreciation","World Expo"])],
 [Q("Who called Prince Faisal?",["Larraín-Echaurren"]), Q("What did Larraín-Echaurren say?",[["appreciation","Expo"]]),
  Q("How did Prince Faisal talk with Larraín-Echaurren?",[["phone","call"]])])

# ---------- 24 hard-wrapped paste ----------
p = "2024-09-06"; d = last(p, "Thursday")
case("24-hard-wrapped-paste", "Text pasted from an e-mail or PDF, hard-wrapped at ~68 columns mid-sentence (names and quotes split across lines).", """Caribbean ministers agree on regional ferry service

BRIDGETOWN, Barbados, Sept 6, 2024 - Barbados' Minister of Tourism and
International Transport, Desmond Harcourt-Alleyne, met St Lucia's
Minister for Infrastructure and Transport, Cuthbert Joseph-Mondesir,
in Bridgetown on Thursday to finalise plans for a fast ferry linking
the two islands.

Harcourt-Alleyne told journalists after the meeting that the service
would begin with three sailings a week from December and that fares
would be "well below what people pay to fly".

"Intra-regional travel has been too expensive for too long. A family
should be able to visit relatives in Castries without spending a
month's wages," he said.

Joseph-Mondesir said St Lucia would upgrade the ferry terminal at
Vieux Fort and waive port fees for the first year of operation.

The two governments will seek financing from the Caribbean
Development Bank.
""", p, "Caribbean ministers agree on regional ferry service",
 [P("Desmond Harcourt-Alleyne","Harcourt-Alleyne",role="Minister of Tourism and International Transport",aff="Barbados"),
  P("Cuthbert Joseph-Mondesir","Joseph-Mondesir",role="Minister for Infrastructure and Transport",aff="St Lucia")],
 [M(["Desmond Harcourt-Alleyne","Cuthbert Joseph-Mondesir"], d, "Bridgetown", "met St Lucia's Minister for Infrastructure and Transport, Cuthbert Joseph-Mondesir, in Bridgetown on Thursday")],
 [S("Desmond Harcourt-Alleyne",["three sailings a week","well below"]), S("Desmond Harcourt-Alleyne",["Intra-regional travel","month's wages"]),
  S("Cuthbert Joseph-Mondesir",["Vieux Fort","waive port fees"])],
 [Q("Who did Harcourt-Alleyne meet?",["Joseph-Mondesir"]), Q("What did Joseph-Mondesir say?",[["Vieux Fort","port fees"]]),
  Q("Where did Harcourt-Alleyne meet Joseph-Mondesir?",["Bridgetown"])])

# ---------- 25 junk around the article ----------
p = "2024-10-17"; d = last(p, "Wednesday")
case("25-web-page-junk", "Page copied from a news site with menus, a ticker, share rows, a newsletter box, 'Related:' links and a comment count around a short story.", """Skip to content
Menu  Home  News  Politics  Business  Sport  Opinion  Lifestyle  E-Paper
BREAKING: Fuel prices to rise at midnight  |  Parliament adjourned sine die
Search

Politics

Zambian, Malawian ministers meet over maize export ban

Share on Facebook  Share on X  Share on WhatsApp  Email  Print
4 Comments

LUSAKA – Zambia's Minister of Agriculture Mwamba Chisenga-Phiri on Wednesday met his Malawian counterpart Thokozani Banda-Msiska in Lusaka over Zambia's ban on maize exports.

Chisenga-Phiri said the ban would be reviewed in January once the national food reserve had been replenished.

"We have a duty to feed Zambians first, but we have not forgotten our neighbours," he said.

Banda-Msiska said Malawi had asked for an exemption for 50,000 tonnes to help districts hit by drought.

Related:
Drought: Malawi declares state of disaster in 23 districts
Maize prices hit record high in Lusaka

Subscribe to our newsletter
Enter your email address   SUBSCRIBE

© 2024 The Lusaka Herald. All rights reserved. | Privacy Policy | Terms of Use
October 17, 2024
""", p, "Zambian, Malawian ministers meet over maize export ban",
 [P("Mwamba Chisenga-Phiri","Chisenga-Phiri","Zambia's Minister of Agriculture Mwamba Chisenga-Phiri",role="Minister of Agriculture",aff="Zambia"),
  P("Thokozani Banda-Msiska","Banda-Msiska","his Malawian counterpart",role="Minister of Agriculture",aff="Malawi")],
 [M(["Mwamba Chisenga-Phiri","Thokozani Banda-Msiska"], d, "Lusaka", "Zambia's Minister of Agriculture Mwamba Chisenga-Phiri on Wednesday met his Malawian counterpart Thokozani Banda-Msiska in Lusaka")],
 [S("Mwamba Chisenga-Phiri",["reviewed in January","food reserve"]), S("Mwamba Chisenga-Phiri",["feed Zambians first"]),
  S("Thokozani Banda-Msiska",["50,000 tonnes","exemption"])],
 [Q("Who did Chisenga-Phiri meet?",["Banda-Msiska"]), Q("What did Banda-Msiska say?",[["50,000","exemption"]]),
  Q("When did Chisenga-Phiri meet Banda-Msiska?",[dq(d)])])

# ---------- 26 byline and stamp ----------
p = "2024-06-27"; d = last(p, "Wednesday")
case("26-byline-published-stamp", "Byline and stamp block ('By NAME | Published: 27 June 2024, 09:40 IST | Updated: ...'), photo caption line, then the story; the byline author says nothing.", """Nepal, Bhutan agree to start direct bus service

By Sunita Gurung-Thapaliya | Published: 27 June 2024, 09:40 IST | Updated: 27 June 2024, 11:02 IST

Nepal's Foreign Minister Hari Prasad Lamichhane-Oli (right) with Bhutanese Foreign Minister Sonam Dorji Wangchuk-Tenzin in Thimphu. Photo: Special Arrangement

KATHMANDU: Nepal's Foreign Minister Hari Prasad Lamichhane-Oli held bilateral talks with his Bhutanese counterpart Sonam Dorji Wangchuk-Tenzin in Thimphu on Wednesday, where the two sides agreed to start a direct bus service between Kathmandu and Phuentsholing via India.

Speaking to reporters after the talks, Lamichhane-Oli stated that the service would need India's approval for transit and that Kathmandu had already written to New Delhi.

Wangchuk-Tenzin noted that tourism between the two Himalayan countries had doubled since 2022 and opined that a bus link would help students and pilgrims.

The two ministers also discussed the repatriation of Bhutanese refugees living in eastern Nepal.
""", p, "Nepal, Bhutan agree to start direct bus service",
 [P("Hari Prasad Lamichhane-Oli","Lamichhane-Oli","Nepal's Foreign Minister Hari Prasad Lamichhane-Oli",role="Foreign Minister",aff="Nepal"),
  P("Sonam Dorji Wangchuk-Tenzin","Wangchuk-Tenzin","his Bhutanese counterpart","Bhutanese Foreign Minister Sonam Dorji Wangchuk-Tenzin",role="Foreign Minister",aff="Bhutan")],
 [M(["Hari Prasad Lamichhane-Oli","Sonam Dorji Wangchuk-Tenzin"], d, "Thimphu", "held bilateral talks with his Bhutanese counterpart Sonam Dorji Wangchuk-Tenzin in Thimphu on Wednesday")],
 [S("Hari Prasad Lamichhane-Oli",["India's approval","written to New Delhi"]), S("Sonam Dorji Wangchuk-Tenzin",["tourism","doubled since 2022"]),
  S("Sonam Dorji Wangchuk-Tenzin",["students and pilgrims"], optional=True)],
 [Q("Who did Lamichhane-Oli meet?",["Wangchuk-Tenzin"]), Q("What did Wangchuk-Tenzin say?",[["tourism","pilgrims","doubled"]]),
  Q("Where did Lamichhane-Oli meet Wangchuk-Tenzin?",["Thimphu"])])

# ---------- 27 GNA Ghana ----------
p = "2024-11-05"; d = "2024-11-04"
case("27-gh-gna-when-he-received", "Ghana News Agency: 'Accra, Nov. 5, GNA - ' dateline; 'X said this when he received Y in Accra on Monday' (statement and meeting in one sentence); 'the Chief Executive'.", """Ghana to process 40 per cent of cocoa beans by 2027

Published: 05 Nov 2024

Accra, Nov. 5, GNA - The Government will establish a cocoa processing zone in the Western North Region to add value to at least 40 per cent of the country's cocoa beans by 2027, Mr Kwaku Adjei-Frimpong, the Chief Executive of the Ghana Cocoa Processing Authority, has said.

Mr Adjei-Frimpong said this when he received a delegation of Swiss chocolate manufacturers led by Mrs Helene Brütsch-Ammann, the President of the Swiss Cocoa Guild, in Accra on Monday.

He said the Authority was in talks with three Swiss companies to set up grinding plants in Sefwi Wiawso.

Mrs Brütsch-Ammann said Swiss firms were ready to invest if Ghana guaranteed a stable supply of beans and addressed the smuggling of cocoa to neighbouring countries.

She announced that the Guild would sponsor 20 Ghanaian students to study food technology in Switzerland next year.

GNA
""", p, "Ghana to process 40 per cent of cocoa beans by 2027",
 [P("Kwaku Adjei-Frimpong","Adjei-Frimpong","Mr Adjei-Frimpong","the Chief Executive of the Ghana Cocoa Processing Authority",role="Chief Executive",aff="Ghana Cocoa Processing Authority"),
  P("Helene Brütsch-Ammann","Brütsch-Ammann","Mrs Brütsch-Ammann","Mrs Helene Brütsch-Ammann",role="President",aff="Swiss Cocoa Guild")],
 [M(["Kwaku Adjei-Frimpong","Helene Brütsch-Ammann"], d, "Accra", "when he received a delegation of Swiss chocolate manufacturers led by Mrs Helene Brütsch-Ammann ... in Accra on Monday")],
 [S("Kwaku Adjei-Frimpong",["cocoa processing zone","40 per cent"]), S("Kwaku Adjei-Frimpong",["three Swiss companies","grinding plants"]),
  S("Helene Brütsch-Ammann",["stable supply","smuggling"]), S("Helene Brütsch-Ammann",["20 Ghanaian students","food technology"])],
 [Q("Who did Adjei-Frimpong receive?",["Brütsch-Ammann"]), Q("What did Brütsch-Ammann say?",[["stable supply","smuggling","students"]]),
  Q("When did Adjei-Frimpong meet Brütsch-Ammann?",[dq(d)])])

# ---------- 28 Nigerian daily 'disclosed this' ----------
p = "2024-08-28"; d = last(p, "Tuesday")
case("28-ng-disclosed-this-when", "Nigerian daily: the statement first ('Governor X has disclosed that ...'), then 'X disclosed this on Tuesday when he played host to Y at the Government House'; 'the governor noted', quote with 'he said'.", """Gov Adeyemo-Bankole: Ogun to complete Lagos-Abeokuta rail link in 2026

By Funmilayo Ajayi-Coker, Abeokuta
August 28, 2024

The Governor of Ogun State, Prince Dapo Adeyemo-Bankole, has disclosed that the state government will complete the Lagos-Abeokuta light rail project by the end of 2026.

Adeyemo-Bankole disclosed this on Tuesday when he played host to the Managing Director of the Nigerian Railway Corporation, Engr. Ibrahim Danjuma-Kwari, at the Governor's Office, Oke-Mosan, Abeokuta.

The governor noted that the state had already paid compensation to 1,200 property owners along the corridor.

"This rail line will take thousands of trucks off the Lagos-Abeokuta expressway," he said.

In his response, Danjuma-Kwari commended the state government and promised that the corporation would provide technical support for the signalling system.

NAN
""", p, "Gov Adeyemo-Bankole: Ogun to complete Lagos-Abeokuta rail link in 2026",
 [P("Dapo Adeyemo-Bankole","Adeyemo-Bankole","Prince Dapo Adeyemo-Bankole","The governor","The Governor of Ogun State",role="Governor",aff="Ogun State"),
  P("Ibrahim Danjuma-Kwari","Danjuma-Kwari","Engr. Ibrahim Danjuma-Kwari",role="Managing Director",aff="Nigerian Railway Corporation")],
 [M(["Dapo Adeyemo-Bankole","Ibrahim Danjuma-Kwari"], d, "Abeokuta", "Adeyemo-Bankole disclosed this on Tuesday when he played host to the Managing Director of the Nigerian Railway Corporation, Engr. Ibrahim Danjuma-Kwari, at the Governor's Office, Oke-Mosan, Abeokuta.")],
 [S("Dapo Adeyemo-Bankole",["light rail project","end of 2026"]), S("Dapo Adeyemo-Bankole",["1,200 property owners"]),
  S("Dapo Adeyemo-Bankole",["thousands of trucks"]), S("Ibrahim Danjuma-Kwari",["technical support","signalling system"])],
 [Q("Who did Adeyemo-Bankole host?",["Danjuma-Kwari"]), Q("What did Danjuma-Kwari say?",[["technical support","signalling"]]),
  Q("Where did Adeyemo-Bankole meet Danjuma-Kwari?",["Abeokuta"])])

# ---------- 29 Indian regional paper, opined / averred / on Monday last ----------
p = "2024-12-04"; d = "2024-12-02"
case("29-in-regional-opined-monday-last", "Indian regional daily: 'on Monday last', 'interacted with', 'opined', 'averred', 'Sri' / 'Smt.' honorifics, 'the CM'; a meeting with a named person vs interacting with students.", """CM holds discussion with Japanese delegation on Guwahati metro

Staff Reporter
GUWAHATI, Dec 4: Chief Minister Sri Hemanta Kumar Borgohain-Saikia on Monday last held a discussion with a delegation of the Japan Urban Transit Cooperation Agency led by its Vice President Mr. Hiroshi Tsukamura at Janata Bhawan in Dispur.

Sri Borgohain-Saikia opined that a metro rail system was the need of the hour for Guwahati, which had grown far beyond the capacity of its roads. He averred that the State Government would provide land free of cost for the depots.

Mr. Tsukamura stated that the Agency would complete the detailed project report within eight months.

Later, the CM interacted with students of Cotton University on the occasion of the university's foundation day.

Smt. Rupanjali Hazarika-Deka, Minister for Housing and Urban Affairs, was also present at the discussion.
""", p, "CM holds discussion with Japanese delegation on Guwahati metro",
 [P("Hemanta Kumar Borgohain-Saikia","Borgohain-Saikia","Sri Borgohain-Saikia","Chief Minister Sri Hemanta Kumar Borgohain-Saikia","the CM","Chief Minister",role="Chief Minister",aff="Assam"),
  P("Hiroshi Tsukamura","Tsukamura","Mr. Tsukamura",role="Vice President",aff="Japan Urban Transit Cooperation Agency"),
  P("Rupanjali Hazarika-Deka","Hazarika-Deka","Smt. Rupanjali Hazarika-Deka",role="Minister for Housing and Urban Affairs",aff="Assam")],
 [M(["Hemanta Kumar Borgohain-Saikia","Hiroshi Tsukamura"], d, "Dispur", "on Monday last held a discussion with a delegation ... led by its Vice President Mr. Hiroshi Tsukamura at Janata Bhawan in Dispur"),
  M(["Rupanjali Hazarika-Deka","Hemanta Kumar Borgohain-Saikia","Hiroshi Tsukamura"], d, "Dispur", "was also present at the discussion", optional=True)],
 [S("Hemanta Kumar Borgohain-Saikia",["need of the hour"]), S("Hemanta Kumar Borgohain-Saikia",["land free of cost"]),
  S("Hiroshi Tsukamura",["detailed project report","eight months"])],
 [Q("Who did Borgohain-Saikia meet?",["Tsukamura"]), Q("What did Tsukamura say?",[["project report","eight months"]]),
  Q("When did Borgohain-Saikia meet Tsukamura?",[dq(d)])])

# ---------- 30 VNA Vietnam ----------
p = "2024-04-17"; d = p
case("30-vn-vna-hosted-reception", "Vietnam News Agency: 'Hanoi (VNA) – X hosted a reception for Y in Hanoi on April 17'; 'lauded', 'suggested', 'affirmed'; 'VNA' tail.", """PM hosts Danish wind energy group chairman

17/04/2024 21:20

Hanoi (VNA) – Prime Minister Trần Quốc Khải hosted a reception in Hanoi on April 17 for Chairman of the Board of Directors of the Danish wind energy group Nordvind A/S Mads Kjærgaard-Holm.

PM Khải lauded Nordvind's plan to invest in an offshore wind project off the coast of Bình Thuận province, and suggested the group transfer technology and train Vietnamese engineers.

He affirmed that Vietnam is finalising regulations on offshore wind power and will create favourable conditions for foreign investors.

Kjærgaard-Holm said Nordvind is ready to invest up to 13 billion USD in Vietnam's offshore wind sector and hopes to begin surveys next year.

Also on April 17, Deputy Prime Minister Lưu Văn Thịnh received Danish Ambassador Nicolai Strandgaard-Prip, who briefed him on Denmark's green transition programme.

VNA
""", p, "PM hosts Danish wind energy group chairman",
 [P("Trần Quốc Khải","Khải","PM Khải","Prime Minister Trần Quốc Khải",role="Prime Minister",aff="Vietnam"),
  P("Mads Kjærgaard-Holm","Kjærgaard-Holm",role="Chairman",aff="Nordvind A/S"),
  P("Lưu Văn Thịnh","Thịnh","Deputy Prime Minister Lưu Văn Thịnh",role="Deputy Prime Minister",aff="Vietnam"),
  P("Nicolai Strandgaard-Prip","Strandgaard-Prip","Danish Ambassador Nicolai Strandgaard-Prip",role="Ambassador",aff="Denmark")],
 [M(["Trần Quốc Khải","Mads Kjærgaard-Holm"], d, "Hanoi", "Prime Minister Trần Quốc Khải hosted a reception in Hanoi on April 17 for ... Mads Kjærgaard-Holm."),
  M(["Lưu Văn Thịnh","Nicolai Strandgaard-Prip"], d, "Hanoi", "Also on April 17, Deputy Prime Minister Lưu Văn Thịnh received Danish Ambassador Nicolai Strandgaard-Prip")],
 [S("Trần Quốc Khải",["transfer technology","train Vietnamese engineers"]), S("Trần Quốc Khải",["finalising regulations","favourable conditions"]),
  S("Mads Kjærgaard-Holm",["13 billion USD","surveys next year"]), S("Nicolai Strandgaard-Prip",["green transition"], optional=True)],
 [Q("Who did Trần Quốc Khải meet?",["Kjærgaard-Holm"],["Strandgaard-Prip"]), Q("Who did Lưu Văn Thịnh receive?",["Strandgaard-Prip"]),
  Q("What did Kjærgaard-Holm say?",[["13 billion","surveys"]])])

# ---------- 31 UN readout ----------
p = "2024-09-26"; d = p
case("31-un-readout-met-today", "UN readout: title 'Secretary-General's meeting with ...', 'The Secretary-General met today with X'; 'The Secretary-General expressed ...', 'They discussed ...'; New York, date line.", """Readout of the Secretary-General's meeting with H.E. Mr. Tevita Fakaosilea-Manu, Prime Minister of Tonga

New York, 26 September 2024

The Secretary-General met today with H.E. Mr. Tevita Fakaosilea-Manu, Prime Minister of Tonga, on the margins of the high-level week of the General Assembly.

The Secretary-General expressed his solidarity with the people of Tonga as they continue to recover from the volcanic eruption and tsunami, and stressed the importance of scaling up adaptation finance for small island developing States.

They discussed the Pacific Islands Forum's 2050 Strategy for the Blue Pacific Continent and the upcoming climate conference in Baku.

The Prime Minister briefed the Secretary-General on Tonga's plan to move its main port to higher ground.
""", p, "Readout of the Secretary-General's meeting with H.E. Mr. Tevita Fakaosilea-Manu, Prime Minister of Tonga",
 [O("Secretary-General","The Secretary-General","UN Secretary-General"),
  P("Tevita Fakaosilea-Manu","Fakaosilea-Manu","H.E. Mr. Tevita Fakaosilea-Manu","The Prime Minister","Prime Minister of Tonga",role="Prime Minister",aff="Tonga")],
 [M(["Secretary-General","Tevita Fakaosilea-Manu"], d, "New York", "The Secretary-General met today with H.E. Mr. Tevita Fakaosilea-Manu, Prime Minister of Tonga")],
 [S("Secretary-General",["solidarity","adaptation finance"]), S("Tevita Fakaosilea-Manu",["higher ground","main port"], optional=True)],
 [Q("Who did the Secretary-General meet?",["Fakaosilea-Manu"]), Q("What did the Secretary-General say?",[["solidarity","adaptation finance"]])])

# ---------- 32 State Department readout ----------
p = "2024-07-30"; d = p
case("32-us-readout-spoke-today", "US government readout: 'The following is attributable to Spokesperson X:' then 'Secretary Y spoke today with Z'; 'The Secretary underscored ...'; the spokesperson as source.", """Secretary Ellerbrook's Call with Guyanese President Ramdial-Persaud

READOUT
OFFICE OF THE SPOKESPERSON
JULY 30, 2024

The following is attributable to Spokesperson Melinda Ostrowski-Vance:

Secretary Graham Ellerbrook spoke today with Guyanese President Anand Ramdial-Persaud to discuss regional security and Guyana's growing energy sector. The Secretary underscored the United States' unwavering support for Guyana's sovereignty and territorial integrity, and welcomed Guyana's leadership on the UN Security Council. Secretary Ellerbrook and President Ramdial-Persaud also discussed efforts to expand access to affordable electricity across the Caribbean.

Tags
Bureau of Western Hemisphere Affairs   Guyana   Office of the Spokesperson   The Secretary of State
""", p, "Secretary Ellerbrook's Call with Guyanese President Ramdial-Persaud",
 [P("Graham Ellerbrook","Ellerbrook","Secretary Ellerbrook","The Secretary","Secretary Graham Ellerbrook",role="Secretary of State",aff="United States"),
  P("Anand Ramdial-Persaud","Ramdial-Persaud","Guyanese President Anand Ramdial-Persaud","President Ramdial-Persaud",role="President",aff="Guyana"),
  P("Melinda Ostrowski-Vance","Ostrowski-Vance","Spokesperson Melinda Ostrowski-Vance",role="Spokesperson",aff="State Department")],
 [M(["Graham Ellerbrook","Anand Ramdial-Persaud"], d, None, "Secretary Graham Ellerbrook spoke today with Guyanese President Anand Ramdial-Persaud")],
 [S(["Graham Ellerbrook","Melinda Ostrowski-Vance"],["sovereignty and territorial integrity","unwavering support"])],
 [Q("Who did Ellerbrook speak with?",["Ramdial-Persaud"]), Q("What did Ellerbrook say?",[["sovereignty","territorial integrity","Security Council"]]),
  Q("When did Ellerbrook speak with Ramdial-Persaud?",[dq(d)])])

# ---------- 33 SAnews planned + held ----------
p = "2024-11-12"; d = last(p, "Monday")
case("33-za-sanews-will-meet-planned", "SAnews (South Africa): one meeting held ('on Monday met') and one only planned ('will on Thursday meet', 'is expected to meet'); 'said in a statement'; 'the department said'.", """Deputy President meets mining houses on illegal mining crisis

Tuesday, November 12, 2024

Deputy President Lindiwe Mabhena-Zulu on Monday met the chief executive of the Minerals Council South Africa, Pieter Vermaak-Steyn, in Pretoria to discuss the growing problem of illegal mining in abandoned shafts.

In a statement, the Presidency said the Deputy President had called for closer cooperation between mining companies and the police to seal off more than 6 000 derelict mine shafts.

"No community should live in fear of armed zama zamas," Mabhena-Zulu said.

Vermaak-Steyn said the industry would contribute R200 million towards a rehabilitation fund for abandoned mines.

The Deputy President will on Thursday meet the Premier of Gauteng, Themba Nxumalo-Khoza, in Johannesburg to discuss the deployment of the army in affected areas.

Minister of Mineral Resources Sipho Radebe-Mokoena is expected to meet community leaders in Stilfontein next week, the department said. – SAnews.gov.za
""", p, "Deputy President meets mining houses on illegal mining crisis",
 [P("Lindiwe Mabhena-Zulu","Mabhena-Zulu","Deputy President Lindiwe Mabhena-Zulu","the Deputy President",role="Deputy President",aff="South Africa"),
  P("Pieter Vermaak-Steyn","Vermaak-Steyn",role="chief executive",aff="Minerals Council South Africa"),
  O("Presidency","the Presidency"),
  P("Themba Nxumalo-Khoza","Nxumalo-Khoza","the Premier of Gauteng",role="Premier",aff="Gauteng")],
 [M(["Lindiwe Mabhena-Zulu","Pieter Vermaak-Steyn"], d, "Pretoria", "Deputy President Lindiwe Mabhena-Zulu on Monday met the chief executive of the Minerals Council South Africa, Pieter Vermaak-Steyn, in Pretoria")],
 [S(["Presidency","Lindiwe Mabhena-Zulu"],["derelict mine shafts","closer cooperation"]), S("Lindiwe Mabhena-Zulu",["zama zamas"]),
  S("Pieter Vermaak-Steyn",["R200 million","rehabilitation fund"])],
 [Q("Who did Mabhena-Zulu meet?",["Vermaak-Steyn"]), Q("What did Vermaak-Steyn say?",[["R200 million","rehabilitation"]]),
  Q("Where did Mabhena-Zulu meet Vermaak-Steyn?",["Pretoria"])],
 not_meetings=[{"participants":["Lindiwe Mabhena-Zulu","Themba Nxumalo-Khoza"],"why":"planned ('will on Thursday meet')"}])

# ---------- 34 Pakistan chaired a meeting + telephoned ----------
p = "2024-02-22"; d = last(p, "Thursday")
case("34-pk-chaired-meeting-telephoned", "Pakistani daily: 'chaired a meeting ... attended by X and Y' (an in-person meeting with named attendees, optional), and 'telephoned' with 'the two leaders'; 'according to a handout'.", """Chief Minister telephones Sindh counterpart over water dispute

Our Staff Reporter
Published February 22, 2024

LAHORE: Punjab Chief Minister Rana Javed Iqbal-Cheema on Thursday telephoned Sindh Chief Minister Syed Murad Ali Jaffery-Shah and discussed the distribution of water from the Taunsa barrage, according to a handout issued by the CM Office.

The two leaders agreed that the Indus River System Authority would hold an emergency session next week.

Iqbal-Cheema assured his Sindh counterpart that Punjab would not take more than its share under the 1991 Water Apportionment Accord.

Earlier, the chief minister chaired a meeting on wheat procurement at his office in Lahore, which was attended by Provincial Food Minister Malik Shahbaz Tarar-Awan and Chief Secretary Zahida Parveen Gondal.

The meeting decided to fix the wheat support price at Rs3,900 per 40kg.
""", p, "Chief Minister telephones Sindh counterpart over water dispute",
 [P("Rana Javed Iqbal-Cheema","Iqbal-Cheema","Punjab Chief Minister Rana Javed Iqbal-Cheema","the chief minister",role="Chief Minister",aff="Punjab"),
  P("Syed Murad Ali Jaffery-Shah","Jaffery-Shah","Sindh Chief Minister Syed Murad Ali Jaffery-Shah","his Sindh counterpart",role="Chief Minister",aff="Sindh"),
  P("Malik Shahbaz Tarar-Awan","Tarar-Awan",role="Provincial Food Minister",aff="Punjab"),
  P("Zahida Parveen Gondal","Gondal",role="Chief Secretary",aff="Punjab")],
 [M(["Rana Javed Iqbal-Cheema","Syed Murad Ali Jaffery-Shah"], d, None, "on Thursday telephoned Sindh Chief Minister Syed Murad Ali Jaffery-Shah"),
  M(["Rana Javed Iqbal-Cheema","Malik Shahbaz Tarar-Awan","Zahida Parveen Gondal"], d, "Lahore", "chaired a meeting on wheat procurement at his office in Lahore, which was attended by ...", optional=True)],
 [S("Rana Javed Iqbal-Cheema",["more than its share","Water Apportionment Accord"]),
  S(["Rana Javed Iqbal-Cheema","Syed Murad Ali Jaffery-Shah"],["emergency session"], optional=True)],
 [Q("Who did Iqbal-Cheema call?",["Jaffery-Shah"]), Q("What did Iqbal-Cheema say?",[["share","Accord"]]),
  Q("How did Iqbal-Cheema contact Jaffery-Shah?",[["phone","telephone","call"]])])

# ---------- 35 Cambodia courtesy visit ----------
p = "2024-01-24"; d = last(p, "Tuesday")
case("35-kh-paid-courtesy-visit-to", "Khmer Times/AKP style: 'paid a courtesy visit to Samdech X at the Peace Palace on Tuesday'; 'Samdech', 'H.E.'; 'According to Y, an assistant to the Prime Minister, ...' (reported speech via an aide).", """Thai Foreign Minister pays courtesy visit to Cambodian PM

Phnom Penh, January 24, 2024 – Thai Foreign Minister Pornthip Suwannarat-Chai paid a courtesy visit to Samdech Moha Borvor Thipadei Hun Sophal, Prime Minister of Cambodia, at the Peace Palace on Tuesday.

According to Ouk Vannara-Khiev, assistant to the Prime Minister, who briefed reporters after the meeting, Samdech Hun Sophal called for the full reopening of all border checkpoints and the resumption of the Aranyaprathet-Poipet railway service.

Suwannarat-Chai said Thailand would invite Cambodian investors to the Eastern Economic Corridor and supported Cambodia's bid to host the 2029 ASEAN Para Games.

H.E. Prak Sokhonn-Vuthy, Cambodia's Deputy Prime Minister and Minister of Foreign Affairs, also held talks with his Thai counterpart in the afternoon.
""", p, "Thai Foreign Minister pays courtesy visit to Cambodian PM",
 [P("Pornthip Suwannarat-Chai","Suwannarat-Chai","Thai Foreign Minister Pornthip Suwannarat-Chai","his Thai counterpart",role="Foreign Minister",aff="Thailand"),
  P("Hun Sophal","Samdech Hun Sophal","Samdech Moha Borvor Thipadei Hun Sophal","Prime Minister of Cambodia",role="Prime Minister",aff="Cambodia"),
  P("Ouk Vannara-Khiev","Vannara-Khiev",role="assistant to the Prime Minister",aff="Cambodia"),
  P("Prak Sokhonn-Vuthy","Sokhonn-Vuthy","H.E. Prak Sokhonn-Vuthy",role="Deputy Prime Minister and Minister of Foreign Affairs",aff="Cambodia")],
 [M(["Pornthip Suwannarat-Chai","Hun Sophal"], d, "Phnom Penh", "paid a courtesy visit to Samdech Moha Borvor Thipadei Hun Sophal, Prime Minister of Cambodia, at the Peace Palace on Tuesday"),
  M(["Prak Sokhonn-Vuthy","Pornthip Suwannarat-Chai"], d, "Phnom Penh", "also held talks with his Thai counterpart in the afternoon")],
 [S(["Hun Sophal","Ouk Vannara-Khiev"],["border checkpoints","Aranyaprathet-Poipet"]), S("Pornthip Suwannarat-Chai",["Eastern Economic Corridor","Para Games"])],
 [Q("Who did Suwannarat-Chai meet?",["Hun Sophal","Sokhonn-Vuthy"]), Q("What did Suwannarat-Chai say?",[["Eastern Economic Corridor","Para Games"]]),
  Q("Where did Suwannarat-Chai meet Hun Sophal?",["Phnom Penh"])])

# ---------- 36 Egyptian presidency spokesman ----------
p = "2024-03-04"; d = last(p, "Sunday")
case("36-eg-spokesman-said-received", "Egyptian state paper: 'President X received on Sunday Y in Cairo, Presidential Spokesman Z said in a statement'; 'the President affirmed', 'the meeting witnessed ...'; date after the verb.", """Egypt's president receives Greek PM in Cairo

Monday 4 Mar 2024

CAIRO - President Mahmoud Abdel-Ghaffar Sheta received on Sunday Greek Prime Minister Kostas Papadrakakis in Cairo, Presidential Spokesman Ambassador Hazem Farouk El-Naggary said in a statement.

The President affirmed Egypt's keenness to boost cooperation with Greece in the fields of energy, electricity interconnection and maritime transport, the spokesman said.

The meeting witnessed a discussion of the GREGY electricity interconnector, which would carry solar power from Egypt to Europe through Greece.

Papadrakakis said Greece valued Egypt's role in maintaining stability in the Eastern Mediterranean and hoped to increase the number of Egyptian seasonal workers in Greek agriculture.

The two leaders also witnessed the signing of four memoranda of understanding.
""", p, "President receives Greek PM in Cairo",
 [P("Mahmoud Abdel-Ghaffar Sheta","Sheta","President Mahmoud Abdel-Ghaffar Sheta","The President",role="President",aff="Egypt"),
  P("Kostas Papadrakakis","Papadrakakis","Greek Prime Minister Kostas Papadrakakis",role="Prime Minister",aff="Greece"),
  P("Hazem Farouk El-Naggary","El-Naggary","Presidential Spokesman Ambassador Hazem Farouk El-Naggary","the spokesman",role="Presidential Spokesman",aff="Egypt")],
 [M(["Mahmoud Abdel-Ghaffar Sheta","Kostas Papadrakakis"], d, "Cairo", "President Mahmoud Abdel-Ghaffar Sheta received on Sunday Greek Prime Minister Kostas Papadrakakis in Cairo")],
 [S(["Mahmoud Abdel-Ghaffar Sheta","Hazem Farouk El-Naggary"],["electricity interconnection","maritime transport"]),
  S("Kostas Papadrakakis",["Eastern Mediterranean","seasonal workers"]),
  S("Hazem Farouk El-Naggary",["received on Sunday"], "the meeting sentence attributed to the spokesman", optional=True)],
 [Q("Who did Sheta receive?",["Papadrakakis"]), Q("What did Papadrakakis say?",[["Eastern Mediterranean","seasonal workers"]]),
  Q("When did Sheta meet Papadrakakis?",[dq(d)])])

# ---------- 37 State House Kenya ----------
p = "2024-10-02"; d = p
case("37-ke-state-house-today-head-of-state", "Presidential website: 'President X today met Y at State House, Nairobi'; 'the Head of State said'; photo captions; 'The President made the remarks when ...'.", """State House Kenya
Home  News  Speeches  Gallery

PRESIDENT MEETS WORLD BANK VICE PRESIDENT, SEEKS SUPPORT FOR AFFORDABLE HOUSING

Nairobi, Wednesday, October 2, 2024

President Samuel Kiptanui-Rotich today met World Bank Vice President for Eastern and Southern Africa, Ms. Aurelie Montbrisson-Kaye, at State House, Nairobi.

The Head of State said Kenya would deliver 200,000 affordable housing units every year and asked the Bank to increase its support for the mortgage refinancing company.

"Decent housing is not a luxury; it is the foundation of a productive workforce," the President said.

Ms. Montbrisson-Kaye said the Bank had approved a new 750 million dollar financing package for Kenya, part of which would go towards climate-resilient agriculture.

Photo: President Kiptanui-Rotich with Ms. Montbrisson-Kaye at State House, Nairobi.
""", p, "PRESIDENT MEETS WORLD BANK VICE PRESIDENT, SEEKS SUPPORT FOR AFFORDABLE HOUSING",
 [P("Samuel Kiptanui-Rotich","Kiptanui-Rotich","President Samuel Kiptanui-Rotich","The Head of State","the President",role="President",aff="Kenya"),
  P("Aurelie Montbrisson-Kaye","Montbrisson-Kaye","Ms. Montbrisson-Kaye","Ms. Aurelie Montbrisson-Kaye",role="Vice President for Eastern and Southern Africa",aff="World Bank")],
 [M(["Samuel Kiptanui-Rotich","Aurelie Montbrisson-Kaye"], d, "Nairobi", "President Samuel Kiptanui-Rotich today met ... Ms. Aurelie Montbrisson-Kaye, at State House, Nairobi.")],
 [S("Samuel Kiptanui-Rotich",["200,000 affordable housing","mortgage refinancing"]), S("Samuel Kiptanui-Rotich",["not a luxury","productive workforce"]),
  S("Aurelie Montbrisson-Kaye",["750 million","climate-resilient agriculture"])],
 [Q("Who did Kiptanui-Rotich meet?",["Montbrisson-Kaye"]), Q("What did Montbrisson-Kaye say?",[["750 million","climate-resilient"]]),
  Q("Where did Kiptanui-Rotich meet Montbrisson-Kaye?",["Nairobi"])])

# ---------- 38 print interview ----------
p = "2024-05-15"; d = None
case("38-print-interview-qa", "Print interview: intro paragraph, then bold-style 'Q:' / 'NAME:' turns (interviewee's surname in capitals as the speaker label); a past meeting mentioned in an answer ('I met X in Geneva last month').", """'We cannot wait for the rich countries': An interview with Fiji's climate envoy

By Mere Tuilagi-Nasau
May 15, 2024

Fiji's special envoy for climate change, Ratu Apisai Vunivalu-Taleni, has been one of the loudest voices for a loss and damage fund. We spoke to him in Suva.

Q: Are you satisfied with the pledges made so far?
VUNIVALU-TALENI: No. The pledges are less than one per cent of what the Pacific needs. Our seawalls are being built with borrowed money.

Q: You met the German climate envoy recently. What came of it?
VUNIVALU-TALENI: I met Dr. Katrin Oberhäuser-Lind in Geneva last month. She understands our situation, and Germany has promised to fund early-warning systems in five of our outer islands.

Q: What is your message to the big emitters?
VUNIVALU-TALENI: Cut your emissions now. Every tenth of a degree is a village.

This interview has been edited for length and clarity.
""", p, "'We cannot wait for the rich countries': An interview with Fiji's climate envoy",
 [P("Apisai Vunivalu-Taleni","Vunivalu-Taleni","Ratu Apisai Vunivalu-Taleni","VUNIVALU-TALENI",role="special envoy for climate change",aff="Fiji"),
  P("Katrin Oberhäuser-Lind","Oberhäuser-Lind","Dr. Katrin Oberhäuser-Lind","the German climate envoy",role="climate envoy",aff="Germany")],
 [M(["Apisai Vunivalu-Taleni","Katrin Oberhäuser-Lind"], "2024-04", "Geneva", "I met Dr. Katrin Oberhäuser-Lind in Geneva last month.")],
 [S("Apisai Vunivalu-Taleni",["less than one per cent","borrowed money"]), S("Apisai Vunivalu-Taleni",["early-warning systems","outer islands"]),
  S("Apisai Vunivalu-Taleni",["Cut your emissions","tenth of a degree"])],
 [Q("Who did Vunivalu-Taleni meet?",["Oberhäuser-Lind"]), Q("What did Vunivalu-Taleni say?",[["one per cent","seawalls","emissions","early-warning"]]),
  Q("Where did Vunivalu-Taleni meet Oberhäuser-Lind?",["Geneva"])])

# ---------- 39 condolence visit ----------
p = "2024-06-10"; d = last(p, "Sunday")
case("39-ng-condolence-visit", "Nigerian daily: 'paid a condolence visit to X at his residence in Y on Sunday'; 'described the late ... as'; 'prayed God to grant'.", """Vice President, governor troop to Gaya as Emir's family mourns

By Aminu Garba-Dambatta, Kano
June 10, 2024

The Vice President, Senator Kashim Abdulrahman Gwarzo-Bichi, on Sunday paid a condolence visit to the Emir of Gaya, Alhaji Ibrahim Abdulkadir Tsangaya, at his palace in Gaya, Kano State, over the death of his mother.

Gwarzo-Bichi, who was accompanied by the Governor of Kano State, Alhaji Musa Danladi Yakasai-Kura, described the late Hajiya Fatima as a mother of the community who devoted her life to the education of the girl-child.

"We have lost a pillar of this emirate. May Allah grant her eternal rest," the Vice President said.

Responding, the Emir thanked the Federal Government for the visit and prayed for peace and security in the North-West.
""", p, "Vice President pays condolence visit to Emir of Gaya",
 [P("Kashim Abdulrahman Gwarzo-Bichi","Gwarzo-Bichi","Senator Kashim Abdulrahman Gwarzo-Bichi","The Vice President",role="Vice President",aff="Nigeria"),
  P("Ibrahim Abdulkadir Tsangaya","Tsangaya","Alhaji Ibrahim Abdulkadir Tsangaya","the Emir","the Emir of Gaya",role="Emir of Gaya",aff="Gaya"),
  P("Musa Danladi Yakasai-Kura","Yakasai-Kura","Alhaji Musa Danladi Yakasai-Kura","the Governor of Kano State",role="Governor",aff="Kano State")],
 [M(["Kashim Abdulrahman Gwarzo-Bichi","Ibrahim Abdulkadir Tsangaya"], d, "Gaya", "on Sunday paid a condolence visit to the Emir of Gaya, Alhaji Ibrahim Abdulkadir Tsangaya, at his palace in Gaya, Kano State"),
  M(["Musa Danladi Yakasai-Kura","Ibrahim Abdulkadir Tsangaya"], d, "Gaya", "who was accompanied by the Governor of Kano State", optional=True),
  M(["Musa Danladi Yakasai-Kura","Kashim Abdulrahman Gwarzo-Bichi"], d, "Gaya", "who was accompanied by the Governor of Kano State", optional=True)],
 [S("Kashim Abdulrahman Gwarzo-Bichi",["mother of the community","girl-child"]), S("Kashim Abdulrahman Gwarzo-Bichi",["pillar of this emirate","eternal rest"]),
  S("Ibrahim Abdulkadir Tsangaya",["peace and security","thanked the Federal Government"], optional=True)],
 [Q("Who did Gwarzo-Bichi visit?",["Tsangaya"]), Q("What did Gwarzo-Bichi say?",[["pillar","mother of the community","eternal rest"]]),
  Q("Where did Gwarzo-Bichi meet Tsangaya?",["Gaya"])])

# ---------- 40 Sri Lankan '(22)' date ----------
p = "2024-08-23"; d = "2024-08-22"
case("40-lk-yesterday-paren-day", "Sri Lankan daily: 'met ... at the Presidential Secretariat yesterday (22)' (day of month in brackets), 'the President's Media Division (PMD) said'; 'pointed out', 'requested'.", """President meets Maldivian Vice President

President Ranjith Wickramaratne-Dissanayake met Maldivian Vice President Hussain Mohamed Zahir-Manik at the Presidential Secretariat in Colombo yesterday (22).

The President's Media Division (PMD) said the discussion focused on fisheries, tourism and the employment of Sri Lankan teachers and nurses in the Maldives.

The Maldivian Vice President pointed out that more than 6,000 Sri Lankans were working in the Maldives and requested that Sri Lanka provide more specialist doctors for atoll hospitals.

President Wickramaratne-Dissanayake said Sri Lanka was ready to train Maldivian students in its state universities under a new scholarship scheme.

Foreign Minister Anoma Pathirage-Senanayake was also present.

Posted on 2024-08-23
""", p, "President meets Maldivian Vice President",
 [P("Ranjith Wickramaratne-Dissanayake","Wickramaratne-Dissanayake","President Ranjith Wickramaratne-Dissanayake","The President",role="President",aff="Sri Lanka"),
  P("Hussain Mohamed Zahir-Manik","Zahir-Manik","Maldivian Vice President Hussain Mohamed Zahir-Manik","The Maldivian Vice President",role="Vice President",aff="Maldives"),
  O("President's Media Division","PMD","The President's Media Division (PMD)"),
  P("Anoma Pathirage-Senanayake","Pathirage-Senanayake","Foreign Minister Anoma Pathirage-Senanayake",role="Foreign Minister",aff="Sri Lanka")],
 [M(["Ranjith Wickramaratne-Dissanayake","Hussain Mohamed Zahir-Manik"], d, "Colombo", "met Maldivian Vice President Hussain Mohamed Zahir-Manik at the Presidential Secretariat in Colombo yesterday (22)"),
  M(["Anoma Pathirage-Senanayake","Ranjith Wickramaratne-Dissanayake","Hussain Mohamed Zahir-Manik"], d, "Colombo", "was also present", optional=True)],
 [S("President's Media Division",["fisheries, tourism","teachers and nurses"], optional=True), S("Hussain Mohamed Zahir-Manik",["6,000 Sri Lankans","specialist doctors"]),
  S("Ranjith Wickramaratne-Dissanayake",["scholarship scheme","state universities"])],
 [Q("Who did Wickramaratne-Dissanayake meet?",["Zahir-Manik"]), Q("What did Zahir-Manik say?",[["6,000","specialist doctors"]]),
  Q("When did Wickramaratne-Dissanayake meet Zahir-Manik?",[dq(d)])])

# ---------- 41 TASS ----------
p = "2024-12-10"; d = last(p, "Tuesday")
case("41-ru-tass-slash-dateline", "TASS: 'MOSCOW, December 10. /TASS/.' dateline; 'held talks with X ... the Russian ministry's press service reported'; 'the parties discussed'; 'the diplomat said'.", """Russian deputy FM, Bolivian ambassador discuss lithium projects

10 DEC 2024, 18:22

MOSCOW, December 10. /TASS/. Russian Deputy Foreign Minister Arkady Lebedinsky-Voronov held talks on Tuesday with Ambassador of Bolivia to Russia Mariela Quispe-Condori, the Russian Foreign Ministry's press service reported.

"The parties discussed the implementation of joint projects in lithium mining and nuclear energy, including the construction of a nuclear research center in El Alto," the ministry said in a statement.

Lebedinsky-Voronov reaffirmed Moscow's readiness to increase supplies of fertilizers and wheat to Bolivia.

Earlier, Quispe-Condori told TASS that Bolivia hopes to become a partner country of BRICS next year.

"We see BRICS as a platform for a fairer world order," the diplomat said.
""", p, "Russian deputy FM, Bolivian ambassador discuss lithium projects",
 [P("Arkady Lebedinsky-Voronov","Lebedinsky-Voronov","Russian Deputy Foreign Minister Arkady Lebedinsky-Voronov",role="Deputy Foreign Minister",aff="Russia"),
  P("Mariela Quispe-Condori","Quispe-Condori","Ambassador of Bolivia to Russia","the diplomat",role="Ambassador",aff="Bolivia"),
  O("Russian Foreign Ministry","the ministry","Russian Foreign Ministry's press service")],
 [M(["Arkady Lebedinsky-Voronov","Mariela Quispe-Condori"], d, "Moscow", "held talks on Tuesday with Ambassador of Bolivia to Russia Mariela Quispe-Condori")],
 [S("Russian Foreign Ministry",["lithium mining","nuclear research center"]), S("Arkady Lebedinsky-Voronov",["fertilizers and wheat"]),
  S("Mariela Quispe-Condori",["partner country of BRICS"]), S("Russian Foreign Ministry",["held talks"], "the meeting sentence attributed to the press service", optional=True), S("Mariela Quispe-Condori",["fairer world order"])],
 [Q("Who did Lebedinsky-Voronov meet?",["Quispe-Condori"]), Q("What did Quispe-Condori say?",[["BRICS","fairer world order"]]),
  Q("What did the Russian Foreign Ministry say?",[["lithium","nuclear"]])])

# ---------- 42 German-style government spokesman, video conference ----------
p = "2024-02-28"; d = last(p, "Tuesday")
case("42-de-government-spokesman-video", "European government news: 'Chancellor X held a video conference with Y on Tuesday, government spokesman Z announced in Berlin'; 'According to the spokesman, ...'; both 'announced' and 'according to'.", """Chancellor holds video conference with Canadian Prime Minister

Berlin, 28 February 2024 – Federal Chancellor Matthias Grünewald-Esser held a video conference with Canadian Prime Minister Élise Thibodeau-Marchand on Tuesday, government spokesman Jörg Hallensleben-Krug announced in Berlin.

According to the spokesman, the two leaders discussed deliveries of Canadian liquefied natural gas to Germany, which are to begin in 2027, and continued support for Ukraine.

The Chancellor stressed that Germany wanted to diversify its energy imports further and reduce its dependence on individual suppliers.

Thibodeau-Marchand said Canada would speed up approval of the planned LNG terminal in Nova Scotia.

The two leaders agreed to meet in person at the NATO summit in Washington in July.
""", p, "Chancellor holds video conference with Canadian Prime Minister",
 [P("Matthias Grünewald-Esser","Grünewald-Esser","Federal Chancellor Matthias Grünewald-Esser","The Chancellor",role="Chancellor",aff="Germany"),
  P("Élise Thibodeau-Marchand","Thibodeau-Marchand","Canadian Prime Minister Élise Thibodeau-Marchand",role="Prime Minister",aff="Canada"),
  P("Jörg Hallensleben-Krug","Hallensleben-Krug","government spokesman Jörg Hallensleben-Krug","the spokesman",role="government spokesman",aff="Germany")],
 [M(["Matthias Grünewald-Esser","Élise Thibodeau-Marchand"], d, None, "held a video conference with Canadian Prime Minister Élise Thibodeau-Marchand on Tuesday")],
 [S(["Jörg Hallensleben-Krug","Matthias Grünewald-Esser"],["liquefied natural gas","support for Ukraine"]), S("Matthias Grünewald-Esser",["diversify its energy imports","individual suppliers"]),
  S("Élise Thibodeau-Marchand",["LNG terminal","Nova Scotia"]),
  S("Jörg Hallensleben-Krug",["video conference"], "the meeting sentence attributed to the spokesman", optional=True)],
 [Q("Who did Grünewald-Esser speak with?",["Thibodeau-Marchand"]), Q("What did Thibodeau-Marchand say?",[["LNG terminal","Nova Scotia"]]),
  Q("How did Grünewald-Esser meet Thibodeau-Marchand?",[["video"]])])

for c in CASES:
    g = {"case": c["kind"], "published": c["published"], "title": c["title"], "entities": c["entities"], "meetings": c["meetings"]}
    if c["not_meetings"]: g["not_meetings"] = c["not_meetings"]
    g["statements"] = c["statements"]
    g["questions"] = c["questions"]
    open(os.path.join(D, c["slug"] + ".txt"), "w").write(c["text"])
    open(os.path.join(D, c["slug"] + ".gold.json"), "w").write(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
print(len(CASES), "cases")
