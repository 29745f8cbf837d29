# Generates the variant cases (eval/variants/NN-slug.txt + .gold.json) from the specs below.
# Gold written by hand as a careful reader would; run: python3 eval/variants/gen.py
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
def P(name, *aliases, role=None): 
    e = {"name": name, "type": "person", "aliases": list(aliases)}
    if role: e["role"] = role
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
def case(slug, kind, text, published, title, entities, meetings, statements, questions, traps=None):
    CASES.append(dict(slug=slug, kind=kind, text=text, published=published, title=title, entities=entities,
                      meetings=meetings, statements=statements, questions=questions, traps=traps or []))

# 01 ---------------------------------------------------------------
t = """14 March 2023

Chile's Energy Minister Camila Rojas held talks with her Japanese counterpart Hiroshi Tanaka in Santiago on Monday.
Rojas said the lithium accord was close.
Tanaka said Tokyo would send engineers in April.
"""
d = last("2023-03-14", "Monday")
case("01-no-headline-body-first", "Body-only paste, British date line, first body sentence is content (not a title).", t, "2023-03-14", "",
 [P("Camila Rojas","Rojas","Chile's Energy Minister","Energy Minister",role="Energy Minister"), P("Hiroshi Tanaka","Tanaka","Japanese counterpart","her Japanese counterpart")],
 [M(["Camila Rojas","Hiroshi Tanaka"], d, "Santiago")],
 [S("Camila Rojas",["lithium accord"]), S("Hiroshi Tanaka",["send engineers"])],
 [Q("Who did Camila Rojas hold talks with?",["Tanaka"]), Q("When did Rojas and Tanaka hold talks?",[dq(d)]),
  Q("Where did Rojas meet Tanaka?",["Santiago"]), Q("What did Tanaka say?",[["engineers"]],["lithium"])])

t = """Friday, 6 September 2024

Mayor Aisha Bello met with Chief Emeka Obi at the town hall in Kano on Wednesday.
Bello said the market would reopen soon.
"""
d = last("2024-09-06", "Wednesday")
case("01-no-headline-weekday-date", "Body-only paste, date line with weekday; first body sentence is content.", t, "2024-09-06", "",
 [P("Aisha Bello","Bello","Mayor Aisha Bello","Mayor",role="Mayor"), P("Emeka Obi","Obi","Chief Emeka Obi","Chief")],
 [M(["Aisha Bello","Emeka Obi"], d, "Kano")],
 [S("Aisha Bello",["market would reopen"])],
 [Q("Who did Aisha Bello meet?",["Obi"]), Q("When did Bello meet Obi?",[dq(d)]), Q("Where did Bello meet Obi?",["Kano"])])

# 02 ---------------------------------------------------------------
t = """Advertisement
Governor Praises Port Accord
Transport Secretary Tomasz Nowak met with Harbour Commissioner Ingrid Berg in Gdansk on Thursday, 12 September 2024.
"This is a fair compromise," the secretary said.
"""
case("02-clutter-advertisement", "Page clutter line ('Advertisement') before the headline; headline words are no person; role-attributed quote.", t, "", "Governor Praises Port Accord",
 [P("Tomasz Nowak","Nowak","Transport Secretary Tomasz Nowak","Transport Secretary","the secretary",role="Transport Secretary"),
  P("Ingrid Berg","Berg","Harbour Commissioner Ingrid Berg","Harbour Commissioner")],
 [M(["Tomasz Nowak","Ingrid Berg"], "2024-09-12", "Gdansk")],
 [S("Tomasz Nowak",["fair compromise"])],
 [Q("Who did Tomasz Nowak meet?",["Berg"],["Advertisement","Praises"]), Q("When did Nowak meet Berg?",[["2024-09-12","12 September","September 12"]]),
  Q("What did Tomasz Nowak say?",["fair compromise"]), Q("Which articles mention Tomasz Nowak?",["Governor Praises Port Accord"],["Advertisement"])],
 [{"text":"Advertisement","why":"page clutter"},{"text":"Governor Praises Port Accord","why":"headline, no person 'Governor Praises'"}])

t = """Menu  Search  Sign in
Senator Backs Water Plan
Senator Luisa Ferreira met with Mayor Kwabena Asante in Kumasi on Friday, 3 May 2024.
"We finally have a plan," the senator said.
"""
case("02-clutter-menu-line", "Navigation line ('Menu Search Sign in') before the headline; role-attributed quote.", t, "", "Senator Backs Water Plan",
 [P("Luisa Ferreira","Ferreira","Senator Luisa Ferreira","the senator",role="Senator"), P("Kwabena Asante","Asante","Mayor Kwabena Asante","Mayor")],
 [M(["Luisa Ferreira","Kwabena Asante"], "2024-05-03", "Kumasi")],
 [S("Luisa Ferreira",["finally have a plan"])],
 [Q("Who did Luisa Ferreira meet?",["Asante"],["Menu","Search"]), Q("What did Ferreira say?",["finally have a plan"]),
  Q("Which articles mention Luisa Ferreira?",["Senator Backs Water Plan"],["Sign in"])])

# 03 ---------------------------------------------------------------
t = """Published 2023-11-16 | Share on Facebook
Polish Deputy Minister Marta Kowalczyk met with her Czech counterpart Jan Dvorak in Prague on Tuesday.
"""
d = last("2023-11-16", "Tuesday")
case("03-date-marker-published", "Date marker line 'Published YYYY-MM-DD | Share ...' is the published date and anchors a weekday.", t, "2023-11-16", "",
 [P("Marta Kowalczyk","Kowalczyk","Polish Deputy Minister Marta Kowalczyk","Polish Deputy Minister"), P("Jan Dvorak","Dvorak","Czech counterpart","her Czech counterpart")],
 [M(["Marta Kowalczyk","Jan Dvorak"], d, "Prague")], [],
 [Q("When did Marta Kowalczyk meet Jan Dvorak?",[dq(d)[:3]]), Q("Where did Kowalczyk meet Dvorak?",["Prague"]),
  Q("Who did Jan Dvorak meet?",["Kowalczyk"],["Facebook"])])

t = """Last updated: 2024-02-22 14:05 Print Email
Thai Commerce Minister Somchai Wongsakul met with his Malaysian counterpart Aziz Rahman in Bangkok on Monday.
"""
d = last("2024-02-22", "Monday")
case("03-date-marker-updated-time", "Date marker 'Last updated: YYYY-MM-DD HH:MM Print Email' gives the date and anchors a weekday.", t, "2024-02-22", "",
 [P("Somchai Wongsakul","Wongsakul","Somchai","Thai Commerce Minister Somchai Wongsakul","Thai Commerce Minister"), P("Aziz Rahman","Rahman","Malaysian counterpart","his Malaysian counterpart")],
 [M(["Somchai Wongsakul","Aziz Rahman"], d, "Bangkok")], [],
 [Q("When did Somchai Wongsakul meet Aziz Rahman?",[dq(d)[:3]]), Q("Who did Aziz Rahman meet?",["Wongsakul"],["Print","Email"])])

# 04 ---------------------------------------------------------------
t = """Lawmakers discuss school funding

June 14, 2024

TALLAHASSEE, Fla. (AP) — State Senator Keisha Brooks sat down with Lieutenant Governor Raymond Castillo at the Capitol on Thursday.
"""
d = last("2024-06-14", "Thursday")
case("04-us-dateline-ap", "US dateline 'CITY, St. (AP) —' gives the city; 'sat down with' is a meeting.", t, "2024-06-14", "Lawmakers discuss school funding",
 [P("Keisha Brooks","Brooks","State Senator Keisha Brooks","State Senator"), P("Raymond Castillo","Castillo","Lieutenant Governor Raymond Castillo","Lieutenant Governor")],
 [M(["Keisha Brooks","Raymond Castillo"], d, "Tallahassee")], [],
 [Q("Where did Keisha Brooks meet Raymond Castillo?",["Tallahassee"]), Q("Who did Brooks meet?",["Castillo"]), Q("When did Brooks and Castillo meet?",[dq(d)])])

t = """County and police chiefs talk budget

October 3, 2024

PORTLAND, Ore. -- County Executive Amara Nwosu sat down Tuesday with Police Chief Dmitri Volkov to go over the budget.
"""
d = last("2024-10-03", "Tuesday")
case("04-us-dateline-double-hyphen", "US dateline with 'Ore.' and a double hyphen; 'sat down Tuesday with' is a meeting.", t, "2024-10-03", "County and police chiefs talk budget",
 [P("Amara Nwosu","Nwosu","County Executive Amara Nwosu","County Executive"), P("Dmitri Volkov","Volkov","Police Chief Dmitri Volkov","Police Chief")],
 [M(["Amara Nwosu","Dmitri Volkov"], d, "Portland")], [],
 [Q("Where did Amara Nwosu meet Dmitri Volkov?",["Portland"]), Q("Who did Nwosu meet?",["Volkov"]), Q("When did Nwosu meet Volkov?",[dq(d)])])

# 05 ---------------------------------------------------------------
t = """Debt talks in Accra

March 8, 2024

Ghanaian Finance Minister Abena
Owusu held talks with IMF envoy Rafael
Mendoza in Accra on Wednesday. "Debt relief is
within reach," Owusu told
reporters.
"""
d = last("2024-03-08", "Wednesday")
case("05-hard-line-wraps", "Hard wraps inside names ('Abena\\nOwusu', 'Rafael\\nMendoza') and inside sentences.", t, "2024-03-08", "Debt talks in Accra",
 [P("Abena Owusu","Owusu","Ghanaian Finance Minister Abena Owusu","Ghanaian Finance Minister"), P("Rafael Mendoza","Mendoza","IMF envoy Rafael Mendoza","IMF envoy")],
 [M(["Abena Owusu","Rafael Mendoza"], d, "Accra")],
 [S("Abena Owusu",["within reach","Debt relief"])],
 [Q("Who did Abena Owusu hold talks with?",["Rafael Mendoza"]), Q("Who said debt relief is within reach?",["Abena Owusu"]),
  Q("When did Owusu and Mendoza hold talks?",[dq(d)]), Q("Where did Owusu meet Mendoza?",["Accra"])],
 [{"text":"Abena / Rafael at line ends","why":"first names split from surnames"}])

t = """Mayors agree on buses

May 15, 2024

The mayor of Uppsala, Sofia
Lindqvist, met Mayor Jamal Haddad in
Malmo on Monday. Lindqvist said the
two cities would share electric buses.
"""
d = last("2024-05-15", "Monday")
case("05-hard-line-wraps-reported", "Hard wraps after a title and first name, and through reported speech.", t, "2024-05-15", "Mayors agree on buses",
 [P("Sofia Lindqvist","Lindqvist","mayor of Uppsala"), P("Jamal Haddad","Haddad","Mayor Jamal Haddad")],
 [M(["Sofia Lindqvist","Jamal Haddad"], d, "Malmo")],
 [S("Sofia Lindqvist",["electric buses"])],
 [Q("Who did Sofia Lindqvist meet?",["Jamal Haddad"]), Q("What did Lindqvist say?",["electric buses"]), Q("Where did Lindqvist meet Haddad?",["Malmo"])])

# 06 ---------------------------------------------------------------
t = """Water pipeline funded

October 10, 2024

Governor Chiamaka Okonkwo met with Mayor Stefan Lindholm in Denver on Tuesday.
A Fresh Start
"Water is our first priority," she said.
Added Okonkwo, "We will fund the pipeline."
"It was time well spent," Okonkwo said.
"""
d = last("2024-10-10", "Tuesday")
case("06-crosshead-and-added-x", "Unquoted headline-case crosshead ('A Fresh Start') and 'Added X,' are not people; 'she said', 'Added X', 'X said' attribute to the governor.", t, "2024-10-10", "Water pipeline funded",
 [P("Chiamaka Okonkwo","Okonkwo","Governor Chiamaka Okonkwo","Governor"), P("Stefan Lindholm","Lindholm","Mayor Stefan Lindholm","Mayor")],
 [M(["Chiamaka Okonkwo","Stefan Lindholm"], d, "Denver")],
 [S("Chiamaka Okonkwo",["first priority"]), S("Chiamaka Okonkwo",["fund the pipeline"]), S("Chiamaka Okonkwo",["time well spent"])],
 [Q("What did Chiamaka Okonkwo say?",["first priority","fund the pipeline","time well spent"]), Q("Who said they will fund the pipeline?",["Okonkwo"]),
  Q("Who did Chiamaka Okonkwo meet?",["Lindholm"],["Fresh Start"]), Q("When did Okonkwo meet Lindholm?",[dq(d)])],
 [{"text":"A Fresh Start","why":"crosshead"}])

t = """Clinic deal signed

April 18, 2024

Health Commissioner Rahul Mehta met with Mayor Ines Duarte in Boise on Monday.
"NEXT STEPS"
"The clinic opens in May," he said.
Added Mehta: "Staff are already hired."
"""
d = last("2024-04-18", "Monday")
case("06-crosshead-caps-added-colon", "A quoted all-caps crosshead and 'Added X:' (colon) are not people or statements; 'he said' goes to the commissioner.", t, "2024-04-18", "Clinic deal signed",
 [P("Rahul Mehta","Mehta","Health Commissioner Rahul Mehta","Health Commissioner"), P("Ines Duarte","Duarte","Mayor Ines Duarte","Mayor")],
 [M(["Rahul Mehta","Ines Duarte"], d, "Boise")],
 [S("Rahul Mehta",["clinic opens in May"]), S("Rahul Mehta",["already hired"])],
 [Q("What did Rahul Mehta say?",["clinic opens","already hired"]), Q("Who did Mehta meet?",["Duarte"],["Next Steps"])])

# 07 ---------------------------------------------------------------
t = """After the summit

September 12, 2024

Adviser Leila Haddad returned to Beirut after talks between Prime Ministers Moreau and Takahashi in Geneva.
The Finance Ministers of both nations are expected to meet in October.
"The Finance Ministers must deliver," she said.
"""
case("07-plural-titles-surname-only", "Plural title before two surnames ('Prime Ministers Moreau and Takahashi') is a meeting; 'Finance Ministers' is no person.", t, "2024-09-12", "After the summit",
 [P("Moreau","Prime Minister Moreau"), P("Takahashi","Prime Minister Takahashi"), P("Leila Haddad","Haddad","Adviser Leila Haddad")],
 [M(["Moreau","Takahashi"], None, "Geneva")],
 [S("Leila Haddad",["must deliver"], optional=True)],
 [Q("Who did Takahashi meet?",["Moreau"],["Finance Ministers"]), Q("Where did Prime Ministers Moreau and Takahashi meet?",["Geneva"]),
  Q("Who met whom?",["Moreau","Takahashi"],["Finance Ministers"])])

t = """Border talks

May 20, 2024

Senators Okafor and Lindgren met in Ottawa on Friday to discuss the border.
The Deputy Ministers will follow up next month.
"""
d = last("2024-05-20", "Friday")
case("07-plural-title-senators", "Plural title 'Senators A and B met' is a meeting of two surname-only people; 'Deputy Ministers' is no person.", t, "2024-05-20", "Border talks",
 [P("Okafor","Senator Okafor"), P("Lindgren","Senator Lindgren")],
 [M(["Okafor","Lindgren"], d, "Ottawa")], [],
 [Q("Who did Okafor meet?",["Lindgren"],["Deputy Ministers"]), Q("Where did Senators Okafor and Lindgren meet?",["Ottawa"])])

# 08 ---------------------------------------------------------------
t = """Export fund

March 5, 2024

India's Commerce Secretary Priya Raman met with Canadian envoy Luc Tremblay in Delhi on Monday.
The Secretary said tariffs on lentils would fall in April.
India's Commerce Secretary also announced a new export fund.
"""
d = last("2024-03-05", "Monday")
case("08-role-only-speakers", "Capitalised role-only speakers ('The Secretary said', 'India's Commerce Secretary also announced') resolve to the secretary named before.", t, "2024-03-05", "Export fund",
 [P("Priya Raman","Raman","India's Commerce Secretary","Commerce Secretary","the Secretary"), P("Luc Tremblay","Tremblay","Canadian envoy Luc Tremblay","Canadian envoy")],
 [M(["Priya Raman","Luc Tremblay"], d, "Delhi")],
 [S("Priya Raman",["tariffs on lentils","lentils"]), S("Priya Raman",["export fund"])],
 [Q("What did Priya Raman say?",["lentils","export fund"]), Q("Who announced a new export fund?",["Raman"],["Tremblay"]),
  Q("Who did Priya Raman meet?",["Tremblay"]), Q("When did Raman meet Tremblay?",[dq(d)])])

t = """Clinic plan

July 11, 2024

Kenya's Health Minister Wanjiku Kamau met German envoy Klaus Becker in Nairobi on Wednesday.
The Minister told reporters the clinic would open in August.
Kenya's Health Minister also promised more nurses for the region.
"""
d = last("2024-07-11", "Wednesday")
case("08-role-only-told-promised", "Role-only speakers with 'told reporters' and 'promised' resolve to the minister, not the envoy.", t, "2024-07-11", "Clinic plan",
 [P("Wanjiku Kamau","Kamau","Kenya's Health Minister","Health Minister","the Minister"), P("Klaus Becker","Becker","German envoy Klaus Becker","German envoy")],
 [M(["Wanjiku Kamau","Klaus Becker"], d, "Nairobi")],
 [S("Wanjiku Kamau",["open in August"]), S("Wanjiku Kamau",["more nurses"])],
 [Q("Who promised more nurses for the region?",["Kamau"],["Becker"]), Q("What did Wanjiku Kamau say?",["August","nurses"])])

# 09 ---------------------------------------------------------------
t = """Forest pledge

November 14, 2024

Brazil's environment minister held talks with her Norwegian counterpart on Tuesday in Belem.
During the talks, Ana Souza and Lars Eriksen signed a forest pledge, the ministry said.
The Brazilian president's office said the pledge would protect rivers.
"""
d = last("2024-11-14", "Tuesday")
case("09-roles-first-names-later", "Roles first, names later: the meeting of the two ministers is Souza-Eriksen; 'the ministry said' and 'the Brazilian president's office said' are organisation speakers.", t, "2024-11-14", "Forest pledge",
 [P("Ana Souza","Souza","Brazil's environment minister","environment minister"), P("Lars Eriksen","Eriksen","Norwegian counterpart","her Norwegian counterpart"),
  O("ministry","the ministry","Brazil's environment ministry","environment ministry"), O("Brazilian president's office","president's office","Brazilian president office","presidency")],
 [M(["Ana Souza","Lars Eriksen"], d, "Belem")],
 [S("ministry",["forest pledge"]), S("Brazilian president's office",["protect rivers"])],
 [Q("Who did Ana Souza hold talks with?",["Eriksen"]), Q("When did Souza and Eriksen hold talks?",[dq(d)]), Q("Where did Souza hold talks with Eriksen?",["Belem"]),
  Q("What did the Brazilian president's office say?",["protect rivers"]), Q("What did the ministry say?",["forest pledge"])])

# 10 ---------------------------------------------------------------
t = """Rail bill

June 5, 2024

Senator Yuki Tanaka met Senator Omar Farouk in Chicago on Tuesday.
The two senators said the rail bill was overdue.
The pair described their talks as 'candid and constructive'.
"""
d = last("2024-06-05", "Tuesday")
case("10-group-speakers", "Group speakers ('The two senators said', 'The pair described') are the two people named before.", t, "2024-06-05", "Rail bill",
 [P("Yuki Tanaka","Tanaka","Senator Yuki Tanaka"), P("Omar Farouk","Farouk","Senator Omar Farouk")],
 [M(["Yuki Tanaka","Omar Farouk"], d, "Chicago")],
 [S(["Yuki Tanaka","Omar Farouk"],["rail bill was overdue"]), S(["Yuki Tanaka","Omar Farouk"],["candid and constructive"])],
 [Q("What did Yuki Tanaka say?",["overdue","candid and constructive"]), Q("What did Omar Farouk say?",["overdue","candid and constructive"]),
  Q("Who described the talks as candid and constructive?",["Tanaka","Farouk"]), Q("Who did Farouk meet?",["Tanaka"])])

t = """Water deal

August 22, 2024

Mayor Grace Mwangi met Governor Henrik Dahl in Mombasa on Monday.
Both leaders said the water deal was a start.
"""
d = last("2024-08-22", "Monday")
case("10-group-both-leaders", "'Both leaders said' is a statement by the two people named before.", t, "2024-08-22", "Water deal",
 [P("Grace Mwangi","Mwangi","Mayor Grace Mwangi"), P("Henrik Dahl","Dahl","Governor Henrik Dahl")],
 [M(["Grace Mwangi","Henrik Dahl"], d, "Mombasa")],
 [S(["Grace Mwangi","Henrik Dahl"],["water deal was a start"])],
 [Q("What did Henrik Dahl say?",["a start"]), Q("Who did Mwangi meet?",["Dahl"])])

# 11 ---------------------------------------------------------------
t = """Calls and meetings

September 20, 2024

Governor Aiyana Redcloud telephoned Senator Marcus Bell on Thursday.
Mayor Nkechi Eze had a "productive meeting" with Rabbi David Levin on Tuesday.
A fisheries envoy, Sione Tupou, met Monday with Premier Ewa Zielinska.
Minister Kwame Asante has met newly appointed Ambassador Sofia Petrova.
"""
p = "2024-09-20"
case("11-meeting-verbs", "Meeting verbs beyond 'met X': 'telephoned' (call), 'had a \"productive meeting\" with', 'met Monday with', 'has met newly appointed'.", t, p, "Calls and meetings",
 [P("Aiyana Redcloud","Redcloud","Governor Aiyana Redcloud"), P("Marcus Bell","Bell","Senator Marcus Bell"), P("Nkechi Eze","Eze","Mayor Nkechi Eze"),
  P("David Levin","Levin","Rabbi David Levin"), P("Sione Tupou","Tupou","fisheries envoy","A fisheries envoy"), P("Ewa Zielinska","Zielinska","Premier Ewa Zielinska"),
  P("Kwame Asante","Asante","Minister Kwame Asante"), P("Sofia Petrova","Petrova","Ambassador Sofia Petrova","newly appointed Ambassador Sofia Petrova")],
 [M(["Aiyana Redcloud","Marcus Bell"], last(p,"Thursday")), M(["Nkechi Eze","David Levin"], last(p,"Tuesday")),
  M(["Sione Tupou","Ewa Zielinska"], last(p,"Monday")), M(["Kwame Asante","Sofia Petrova"])], [],
 [Q("Did Aiyana Redcloud meet Marcus Bell in person?",[["phone","call"]],[["yes,","yes."]]), Q("Who did Nkechi Eze meet?",["Levin"]),
  Q("Who did Kwame Asante meet?",["Petrova"]), Q("When did Sione Tupou meet Ewa Zielinska?",[dq(last(p,"Monday"))])])

t = """Talks

March 15, 2024

President Ibrahim Sesay received Foreign Minister Camille Laurent at the State House on Wednesday.
Vice President Maya Singh hosted Senator Lucas Weber for dinner on Thursday.
Sesay later held a video call with Chancellor Erik Nilsson.
"""
p = "2024-03-15"
case("11-meeting-verbs-received-hosted", "Meeting verbs 'received', 'hosted ... for dinner', 'held a video call with' each give one pair.", t, p, "Talks",
 [P("Ibrahim Sesay","Sesay","President Ibrahim Sesay"), P("Camille Laurent","Laurent","Foreign Minister Camille Laurent"), P("Maya Singh","Singh","Vice President Maya Singh"),
  P("Lucas Weber","Weber","Senator Lucas Weber"), P("Erik Nilsson","Nilsson","Chancellor Erik Nilsson")],
 [M(["Ibrahim Sesay","Camille Laurent"], last(p,"Wednesday")), M(["Maya Singh","Lucas Weber"], last(p,"Thursday")), M(["Ibrahim Sesay","Erik Nilsson"])], [],
 [Q("Who did Ibrahim Sesay meet?",["Laurent","Nilsson"]), Q("Who did Maya Singh meet?",["Weber"]), Q("Did Sesay meet Erik Nilsson in person?",[["video","call"]],[["yes,","yes."]])])

# 12 ---------------------------------------------------------------
t = """Phone diplomacy

October 10, 2024

Governor Fatima Al-Sayed said she had spoken with Senator Björn Holm by phone.
Al-Sayed also spoke with Mayor Diego Herrera on Wednesday.
"""
p = "2024-10-10"
case("12-call-by-phone-spoke-with", "A call inside reported speech ('said she had spoken with X by phone') and 'spoke with X on Wednesday' are meetings (calls); 'spoke with' is not a statement.", t, p, "Phone diplomacy",
 [P("Fatima Al-Sayed","Al-Sayed","Governor Fatima Al-Sayed"), P("Björn Holm","Holm","Senator Björn Holm"), P("Diego Herrera","Herrera","Mayor Diego Herrera")],
 [M(["Fatima Al-Sayed","Björn Holm"]), M(["Fatima Al-Sayed","Diego Herrera"], last(p,"Wednesday"))],
 [S("Fatima Al-Sayed",["by phone","spoken with Senator"])],
 [Q("Who did Fatima Al-Sayed speak to?",["Holm","Herrera"]), Q("Did Fatima Al-Sayed meet Björn Holm in person?",[["phone","call"]],[["yes,","yes."]]),
  Q("When did Al-Sayed speak with Diego Herrera?",[dq(last(p,"Wednesday"))])])

# 13 ---------------------------------------------------------------
t = """Mine dispute

August 9, 2024

Negotiations resumed on Wednesday between Kestrel Mining executives and the Southern Miners Federation.
A Japanese delegation met Thursday with Governor Maria Fernandes. The delegation included Senator Kenji Watanabe and Mayor Aiko Mori.
"""
p = "2024-08-09"
case("13-organisations-and-delegation", "Organisations as parties to talks ('between Kestrel Mining executives and the Southern Miners Federation'); delegation members named in the next sentence meet the host.", t, p, "Mine dispute",
 [O("Kestrel Mining executives","Kestrel Mining","Kestrel","executives"), O("Southern Miners Federation","Federation","Southern Miners"),
  P("Maria Fernandes","Fernandes","Governor Maria Fernandes"), P("Kenji Watanabe","Watanabe","Senator Kenji Watanabe"), P("Aiko Mori","Mori","Mayor Aiko Mori"),
  O("Japanese delegation","delegation","A Japanese delegation")],
 [M(["Kestrel Mining executives","Southern Miners Federation"], last(p,"Wednesday")), M(["Maria Fernandes","Kenji Watanabe"], last(p,"Thursday")),
  M(["Maria Fernandes","Aiko Mori"], last(p,"Thursday")), M(["Japanese delegation","Maria Fernandes","Kenji Watanabe","Aiko Mori"], last(p,"Thursday"), optional=True)], [],
 [Q("Who did Maria Fernandes meet?",["Watanabe","Mori"]), Q("Who did the Southern Miners Federation meet?",["Kestrel"]),
  Q("When did the Japanese delegation meet Fernandes?",[dq(last(p,"Thursday"))]), Q("Who was in the Japanese delegation?",["Watanabe","Mori"])])

# 14 ---------------------------------------------------------------
t = """Ambassador's travels

April 5, 2024

Ambassador Farida Haidari met with minister Jonas Weber, envoy Ana Lima and governor Tom Reid in Vienna in February.
Haidari also met Weber in Madrid in October 2023 and governor Tom Reid in Lisbon in November 2023.
"""
case("14-one-subject-many-meetings", "One subject meets several people, then some again elsewhere: each pairing keeps its place and date.", t, "2024-04-05", "Ambassador's travels",
 [P("Farida Haidari","Haidari","Ambassador Farida Haidari"), P("Jonas Weber","Weber","minister Jonas Weber"), P("Ana Lima","Lima","envoy Ana Lima"), P("Tom Reid","Reid","governor Tom Reid")],
 [M(["Farida Haidari","Jonas Weber"],"2024-02","Vienna"), M(["Farida Haidari","Ana Lima"],"2024-02","Vienna"), M(["Farida Haidari","Tom Reid"],"2024-02","Vienna"),
  M(["Jonas Weber","Ana Lima","Tom Reid"],"2024-02","Vienna",optional=True), M(["Farida Haidari","Jonas Weber"],"2023-10","Madrid"), M(["Farida Haidari","Tom Reid"],"2023-11","Lisbon")], [],
 [Q("Where did Farida Haidari meet Tom Reid?",["Vienna","Lisbon"]), Q("Where did Haidari meet Weber?",["Vienna","Madrid"]),
  Q("When did Haidari meet Reid?",[["2024-02","February 2024","in February"],["2023-11","November 2023"]]), Q("Who did Ana Lima meet?",["Haidari"])])

# 15 ---------------------------------------------------------------
t = """Toll row

May 10, 2024

Governor Arjun Patel said on Monday he had vetoed the toll bill.
Transport union leader Olga Petrenko described the veto as "reckless."
Petrenko added that once the audit is finished, drivers would stop paying.
The council rejected the proposal.
"We remain open to talks," Harbour master Mei Chen, spokeswoman for the authority, said.
"""
case("15-statement-spans", "Statement spans: 'said on Monday he had ...', 'described ... as \"...\"', 'added that once ..., ...', quote + 'Name, appositive, said'; 'rejected' alone is not speech.", t, "2024-05-10", "Toll row",
 [P("Arjun Patel","Patel","Governor Arjun Patel"), P("Olga Petrenko","Petrenko","Transport union leader Olga Petrenko","union leader"),
  P("Mei Chen","Chen","Harbour master Mei Chen","Harbour master","spokeswoman for the authority","spokeswoman")],
 [], [S("Arjun Patel",["vetoed"]), S("Olga Petrenko",["reckless"]), S("Olga Petrenko",["once the audit is finished, drivers would stop paying","stop paying"]), S("Mei Chen",["open to talks"])],
 [Q("What did Arjun Patel say?",["vetoed"]), Q("How did Olga Petrenko describe the veto?",["reckless"]), Q("What did Olga Petrenko say?",["reckless","audit"]),
  Q("Who said \"We remain open to talks\"?",["Chen"],["Petrenko"]), Q("Who is Mei Chen?",[["spokeswoman","harbour master"]])])

# 16 ---------------------------------------------------------------
t = """School budget

March 20, 2024

Governor Helena Novak told journalists 'the talks went well' while Mayor Tunde Bakare said, "Nothing is agreed."
Bakare had earlier admitted that "the budget is tight" for schools, but said in an interview on Sunday that he wanted "a quick deal."
"""
case("16-two-speakers-one-sentence", "Two speakers in one sentence and one speaker with two speech verbs: each quote to its speaker.", t, "2024-03-20", "School budget",
 [P("Helena Novak","Novak","Governor Helena Novak"), P("Tunde Bakare","Bakare","Mayor Tunde Bakare")], [],
 [S("Helena Novak",["talks went well"]), S("Tunde Bakare",["Nothing is agreed"]), S("Tunde Bakare",["budget is tight"]), S("Tunde Bakare",["quick deal"])],
 [Q("Who said \"Nothing is agreed\"?",["Bakare"],["Novak"]), Q("What did Helena Novak tell journalists?",["talks went well"]),
  Q("What did Tunde Bakare say?",["Nothing is agreed","budget is tight","quick deal"]), Q("Who wanted a quick deal?",["Bakare"])])

# 17 ---------------------------------------------------------------
t = """Fishing ban

May 2, 2024

Minister Aroha Ngata posted on social media that the fishing ban would end in June.
Fisheries chief Tevita Fifita hailed the decision as a lifeline.
The federation declined to comment, saying it would consult its members.
Ngata welcomed the federation's delegation to the ministry.
"""
case("17-speech-verbs-posted-hailed", "Less common speech verbs ('posted ... that', 'hailed ... as', 'declined to comment, saying') make statements; 'welcomed the delegation' is an act.", t, "2024-05-02", "Fishing ban",
 [P("Aroha Ngata","Ngata","Minister Aroha Ngata"), P("Tevita Fifita","Fifita","Fisheries chief Tevita Fifita","Fisheries chief"), O("federation","the federation")],
 [M(["Aroha Ngata","federation"], optional=True)],
 [S("Aroha Ngata",["ban would end"]), S("Tevita Fifita",["lifeline"]), S("federation",["consult its members"])],
 [Q("What did Aroha Ngata say?",["end in June"]), Q("How did Tevita Fifita describe the decision?",["lifeline"]), Q("What did the federation say?",["consult its members"]),
  Q("Who said the fishing ban would end in June?",["Ngata"])])

t = """Airport vote

January 18, 2024

Councillor Mateo Ruiz wrote in a blog post that the airport vote was rigged.
Airport director Hana Kim praised the result as overdue.
The airline warned that fares would rise.
Ruiz thanked the airline's staff for their work.
"""
case("17-speech-verbs-wrote-warned", "'wrote in a blog post that', 'praised ... as', 'warned that' make statements; 'thanked X for their work' is an act.", t, "2024-01-18", "Airport vote",
 [P("Mateo Ruiz","Ruiz","Councillor Mateo Ruiz"), P("Hana Kim","Kim","Airport director Hana Kim","Airport director"), O("airline","the airline")], [],
 [S("Mateo Ruiz",["vote was rigged"]), S("Hana Kim",["overdue"]), S("airline",["fares would rise"])],
 [Q("What did Mateo Ruiz say?",["rigged"]), Q("What did the airline say?",["fares would rise"]), Q("Who said the airport vote was rigged?",["Ruiz"])])

# 18 ---------------------------------------------------------------
t = """Arctic talks

June 13, 2024

Premier Aaju Petersen met Minister Sigrid Aas in Ilulissat on Tuesday.
Amid strikes in France, Chancellor Otto Brandt held talks with envoy Nadia Rahimi at the Lakeside Pavilion.
"""
p = "2024-06-13"
case("18-place-outside-gazetteer", "Places outside a small gazetteer (Ilulissat, 'the Lakeside Pavilion') are the meeting's place; a country in a scene-setting clause is not.", t, p, "Arctic talks",
 [P("Aaju Petersen","Petersen","Premier Aaju Petersen"), P("Sigrid Aas","Aas","Minister Sigrid Aas"), P("Otto Brandt","Brandt","Chancellor Otto Brandt"), P("Nadia Rahimi","Rahimi","envoy Nadia Rahimi")],
 [M(["Aaju Petersen","Sigrid Aas"], last(p,"Tuesday"), "Ilulissat"), M(["Otto Brandt","Nadia Rahimi"], None, "Lakeside Pavilion")], [],
 [Q("Where did Aaju Petersen meet Sigrid Aas?",["Ilulissat"]), Q("Where did Otto Brandt hold talks with Nadia Rahimi?",["Lakeside Pavilion"]),
  Q("Who did Otto Brandt hold talks with?",["Rahimi"]), Q("When did Petersen meet Aas?",[dq(last(p,"Tuesday"))])])

# 19 ---------------------------------------------------------------
t = """Trade talks

May 2, 2024

"The visit was productive," Downing Street said in a statement.
Tariffs will be reviewed in March, the UN agency said.
"""
case("19-institution-speakers", "Institutions speaking under a common-noun or metonymic name ('Downing Street said', 'the UN agency said') are speakers, named as written.", t, "2024-05-02", "Trade talks",
 [O("Downing Street"), O("UN agency","the UN agency","United Nations agency")], [],
 [S("Downing Street",["visit was productive"]), S("UN agency",["reviewed in March"])],
 [Q("What did Downing Street say?",["visit was productive"]), Q("What did the UN agency say?",["March"]), Q("Who said tariffs will be reviewed in March?",["UN agency"])])

t = """Budget row

May 2, 2024

The central bank said in a statement that inflation had peaked.
"We expect growth to return," the finance ministry said.
"""
case("19-institution-bank-ministry", "'the central bank said', 'the finance ministry said' are organisation speakers named as written.", t, "2024-05-02", "Budget row",
 [O("central bank","the central bank"), O("finance ministry","the finance ministry")], [],
 [S("central bank",["inflation had peaked"]), S("finance ministry",["growth to return"])],
 [Q("What did the central bank say?",["inflation had peaked"]), Q("Who said they expect growth to return?",["finance ministry"])])

# 20 ---------------------------------------------------------------
t = """Ministers to meet

October 17, 2024

Polish Foreign Minister Piotr Zielinski is expected to meet Lithuanian Foreign Minister Rasa Jonaitis in Vilnius next month.
A scheduled meeting between Zielinski and Latvian minister Janis Berzins was called off on Wednesday because of fog.
Zielinski travelled to Gdansk on Tuesday and met Mayor Ewa Kaminska for an hour.
"""
p = "2024-10-17"
case("20-planned-and-cancelled-meetings", "'is expected to meet ... next month' (planned) and a meeting 'called off' are not meetings; the Gdansk one is.", t, p, "Ministers to meet",
 [P("Piotr Zielinski","Zielinski","Polish Foreign Minister Piotr Zielinski"), P("Rasa Jonaitis","Jonaitis","Lithuanian Foreign Minister Rasa Jonaitis"),
  P("Janis Berzins","Berzins","Latvian minister Janis Berzins"), P("Ewa Kaminska","Kaminska","Mayor Ewa Kaminska")],
 [M(["Piotr Zielinski","Ewa Kaminska"], last(p,"Tuesday"), "Gdansk")], [],
 [Q("Did Zielinski meet Berzins?",[["cancel","called off"]],[["yes,","yes."]]), Q("When is Zielinski expected to meet Jonaitis?",[["next month"]]),
  Q("Who did Piotr Zielinski meet?",["Kaminska"]), Q("Where did Zielinski meet Ewa Kaminska?",["Gdansk"])])

# 21 ---------------------------------------------------------------
t = """Flood warning

January 12, 2024

Emergency chief Ngozi Okafor briefed reporters in Lagos on Thursday.

"The rivers are still rising," Okafor said. "We have moved ten thousand people so far.

"The next two days are critical, and the dams are at their limit.

"Stay away from the riverbanks. Listen to the radio for the evacuation orders."

Opposition leader Samuel Adeyemi said the warning came too late.
"""
case("21-quote-over-paragraphs", "A quote over several paragraphs (straight quotes, opening mark on each paragraph) belongs whole to the speaker of its first paragraph.", t, "2024-01-12", "Flood warning",
 [P("Ngozi Okafor","Okafor","Emergency chief Ngozi Okafor","Emergency chief"), P("Samuel Adeyemi","Adeyemi","Opposition leader Samuel Adeyemi","Opposition leader")], [],
 [S("Ngozi Okafor",["rivers are still rising"]), S("Ngozi Okafor",["ten thousand people"]), S("Ngozi Okafor",["next two days are critical","dams are at their limit"]),
  S("Ngozi Okafor",["riverbanks"]), S("Ngozi Okafor",["evacuation orders"]), S("Samuel Adeyemi",["came too late"])],
 [Q("What did Okafor say?",["still rising","ten thousand","critical","riverbanks","evacuation orders"]), Q("Who said the warning came too late?",["Adeyemi"]),
  Q("Who said the dams are at their limit?",["Okafor"])])

# 22 ---------------------------------------------------------------
t = """Flood response

July 3, 2024

Mayor Ngozi Adeyemi toured the flooded district in Ibadan on Tuesday.

"The river is high. Schools are closed. We need help now," Adeyemi told reporters.
"""
case("22-multi-sentence-quote-told", "A quote of several sentences closed by 'X told reporters' is one statement by X with all its sentences.", t, "2024-07-03", "Flood response",
 [P("Ngozi Adeyemi","Adeyemi","Mayor Ngozi Adeyemi")], [],
 [S("Ngozi Adeyemi",["river is high"]), S("Ngozi Adeyemi",["Schools are closed"]), S("Ngozi Adeyemi",["need help now"])],
 [Q("What did Adeyemi say?",["river is high","Schools are closed","help now"]), Q("Who said schools are closed?",["Adeyemi"]), Q("Who said \"We need help now\"?",["Adeyemi"])])

t = """Council vote

July 3, 2024

“We lost the vote. We will try again. The city deserves better!” said Councillor Pablo Ortega.
"""
case("22-multi-sentence-quote-said-inverted", "A multi-sentence quote ending in '!' closed by 'said Title Name' is one statement with all its sentences.", t, "2024-07-03", "Council vote",
 [P("Pablo Ortega","Ortega","Councillor Pablo Ortega")], [],
 [S("Pablo Ortega",["lost the vote"]), S("Pablo Ortega",["try again"]), S("Pablo Ortega",["deserves better"])],
 [Q("What did Pablo Ortega say?",["lost the vote","try again","deserves better"]), Q("Who said the city deserves better?",["Ortega"])])

# 23 ---------------------------------------------------------------
t = """Board appoints new director

April 4, 2024

The board confirmed Amina Yusuf as its new director on Wednesday.

“Amina has the vision this institution needs, and staff trust her completely.” — Vice Chair Ingrid Holm

Statement from Councillor Priya Nair:

“Her work on public housing speaks for itself, and the city will benefit.”

The appointment takes effect in May.
"""
case("23-colon-and-dash-attribution", "Attribution outside the quote: a spaced em-dash signature after the quote and a 'Statement from X:' paragraph before the quote paragraph.", t, "2024-04-04", "Board appoints new director",
 [P("Ingrid Holm","Holm","Vice Chair Ingrid Holm"), P("Priya Nair","Nair","Councillor Priya Nair")], [],
 [S("Ingrid Holm",["vision this institution needs","trust her completely"]), S("Priya Nair",["public housing speaks for itself","city will benefit"])],
 [Q("What did Priya Nair say?",["public housing"]), Q("What did Ingrid Holm say?",["vision"]), Q("Who said staff trust her completely?",["Holm"]),
  Q("Who said the city will benefit?",["Nair"])])

# 24 ---------------------------------------------------------------
t = """Budget fight

May 9, 2024

The assembly debated the budget on Tuesday.

“Every clinic will stay open,” said Governor Amaka Eze flatly.

“We cannot afford this,” added Finance Director Jorge Ramos, smiling.
"""
case("24-inverted-titled-speaker", "Inverted attribution with a title before the name and a trailing adverb/participle names the speaker.", t, "2024-05-09", "Budget fight",
 [P("Amaka Eze","Eze","Governor Amaka Eze"), P("Jorge Ramos","Ramos","Finance Director Jorge Ramos","Finance Director")], [],
 [S("Amaka Eze",["clinic will stay open"]), S("Jorge Ramos",["cannot afford"])],
 [Q("What did Amaka Eze say?",["stay open"]), Q("Who said we cannot afford this?",["Ramos"]), Q("What did Jorge Ramos say?",["cannot afford"])])

# 25 ---------------------------------------------------------------
t = """Nurses reject offer

June 12, 2024

Nurses rejected the hospital's pay offer on Monday.

“They call this ‘generous’ but it is a pay cut,” union leader Ayesha Siddiqui said.

Hospital director Lukas Brenner told reporters the nurses "shouldn‘t hold out for more" this year.

'We will keep the wards open,' Brenner added.
"""
case("25-single-and-nested-quotes", "Nested single quotes inside double, ‘ as apostrophe inside \"…\", and a whole quote in British single quotes.", t, "2024-06-12", "Nurses reject offer",
 [P("Ayesha Siddiqui","Siddiqui","union leader Ayesha Siddiqui"), P("Lukas Brenner","Brenner","Hospital director Lukas Brenner","Hospital director")], [],
 [S("Ayesha Siddiqui",["generous","pay cut"]), S("Lukas Brenner",["hold out for more"]), S("Lukas Brenner",["keep the wards open"])],
 [Q("What did Lukas Brenner say?",["wards open","hold out"]), Q("Who said they will keep the wards open?",["Brenner"]), Q("What did Ayesha Siddiqui say?",["pay cut"])])

t = """Ferry strike

June 12, 2024

'We have waited two years for this,' ferry captain Idris Bello said on Monday.

'It is not enough,' said port manager Hilde Sørensen.
"""
case("25-single-quotes-british", "Whole quotes in British single quotes, normal and inverted attribution.", t, "2024-06-12", "Ferry strike",
 [P("Idris Bello","Bello","ferry captain Idris Bello"), P("Hilde Sørensen","Sørensen","port manager Hilde Sørensen")], [],
 [S("Idris Bello",["waited two years"]), S("Hilde Sørensen",["not enough"])],
 [Q("What did Idris Bello say?",["two years"]), Q("Who said it is not enough?",["Sørensen"])])

# 26 ---------------------------------------------------------------
t = """Housing bill divides council

March 3, 2022

Green councillor Amara Okafor and Conservative councillor Daniel Okafor clashed over the housing bill on Wednesday.

Daniel Okafor said the bill would raise rents for pensioners.

Amara Okafor said the city needed ten thousand new homes.

"This bill is a gift to landlords," Daniel Okafor said.
"""
case("26-shared-surname", "Two people sharing a surname: each statement goes to the one named; neither absorbs the other.", t, "2022-03-03", "Housing bill divides council",
 [P("Amara Okafor","Green councillor Amara Okafor"), P("Daniel Okafor","Conservative councillor Daniel Okafor")], [],
 [S("Daniel Okafor",["raise rents"]), S("Amara Okafor",["ten thousand new homes"]), S("Daniel Okafor",["gift to landlords"])],
 [Q("What did Daniel Okafor say?",["raise rents","gift to landlords"],["ten thousand"]), Q("What did Amara Okafor say?",["ten thousand"],["landlords","raise rents"]),
  Q("Who said the bill is a gift to landlords?",["Daniel"],["Amara"])])

# 27 ---------------------------------------------------------------
t = """Freight firm chief questioned

May 21, 2019

The chief operating officer of Meridian Freight, Ms Hannah Kowalski, said the company had paused deliveries.

Green Party MP Tomasz Zielinski sought answers from the company on Monday.

Culture, Media and Sport Secretary Rhiannon Price said ministers would examine the contracts.

The judge, Lady Justice Okonjo, said the trial would start in June.
"""
case("27-capitalised-prefixes", "Capitalised words before a name ('Green Party MP', 'Culture, Media and Sport Secretary', 'Ms', 'Lady Justice') and a name in apposition after a company role.", t, "2019-05-21", "Freight firm chief questioned",
 [P("Hannah Kowalski","Kowalski","Ms Hannah Kowalski","chief operating officer of Meridian Freight","chief operating officer"), O("Meridian Freight","Meridian","the company"),
  P("Tomasz Zielinski","Zielinski"), P("Rhiannon Price","Price","Culture, Media and Sport Secretary Rhiannon Price","Sport Secretary"),
  P("Lady Justice Okonjo","Okonjo","Justice Okonjo","the judge","judge")], [],
 [S("Hannah Kowalski",["paused deliveries"]), S("Tomasz Zielinski",["answers"], optional=True), S("Rhiannon Price",["examine the contracts"]), S("Lady Justice Okonjo",["trial would start"])],
 [Q("Who said the company had paused deliveries?",["Kowalski"]), Q("Who is Zielinski?",[["Green Party MP"," MP","member of parliament"]]),
  Q("What is Meridian Freight?",[["organisation","organization","company"]]), Q("What did Rhiannon Price say?",["examine the contracts"]),
  Q("Who is Hannah Kowalski?",["chief operating officer"])])

t = """Inquiry opens

May 21, 2019

Professor Emeritus Ruth Adebayo told the inquiry the data was sound.

Shadow Home Secretary Callum Reid said the inquiry was overdue.

Sir Nigel Ashworth, chairman of Ashworth Holdings, said the firm would cooperate.
"""
case("27-capitalised-prefixes-sir-shadow", "'Professor Emeritus', 'Shadow Home Secretary', 'Sir' before a name, and 'Name, chairman of Company,': the person is the name itself.", t, "2019-05-21", "Inquiry opens",
 [P("Ruth Adebayo","Adebayo","Professor Emeritus Ruth Adebayo","Professor Adebayo"), P("Callum Reid","Reid","Shadow Home Secretary Callum Reid"),
  P("Nigel Ashworth","Sir Nigel Ashworth","Ashworth"), O("Ashworth Holdings","the firm")], [],
 [S("Ruth Adebayo",["data was sound"]), S("Callum Reid",["overdue"]), S("Nigel Ashworth",["cooperate"])],
 [Q("What did Callum Reid say?",["overdue"]), Q("Who said the data was sound?",["Adebayo"]), Q("What did Nigel Ashworth say?",["cooperate"]),
  Q("What is Ashworth Holdings?",[["organisation","organization","company"]])])

# 28 ---------------------------------------------------------------
t = """Rice and tariffs

November 7, 2024

Vietnamese deputy minister Tran Van Minh met Chinese commerce minister Wang Lijun in Beijing on Tuesday.

Mr. Minh said rice exports would rise next year.

Wang said China would cut tariffs on fruit.

Hungarian envoy Szabo Katalin also attended. Szabo said Budapest welcomed the talks.
"""
p = "2024-11-07"
case("28-family-name-first", "Family-name-first names: 'Mr. Minh' is Tran Van Minh, 'Wang' is Wang Lijun, 'Szabo' is Szabo Katalin.", t, p, "Rice and tariffs",
 [P("Tran Van Minh","Minh","Mr. Minh","Vietnamese deputy minister Tran Van Minh"), P("Wang Lijun","Wang","Chinese commerce minister Wang Lijun"),
  P("Szabo Katalin","Szabo","Hungarian envoy Szabo Katalin")],
 [M(["Tran Van Minh","Wang Lijun"], last(p,"Tuesday"), "Beijing"), M(["Tran Van Minh","Wang Lijun","Szabo Katalin"], last(p,"Tuesday"), "Beijing", optional=True)],
 [S("Tran Van Minh",["rice exports"]), S("Wang Lijun",["cut tariffs"]), S("Szabo Katalin",["welcomed the talks"])],
 [Q("What did Mr. Minh say?",["rice exports"]), Q("Who did Wang Lijun meet?",["Tran Van Minh"]), Q("What did Wang say?",["cut tariffs"]),
  Q("What did Szabo say?",["welcomed the talks"]), Q("Where did Tran Van Minh meet Wang Lijun?",["Beijing"])])

t = """Chip talks

November 7, 2024

Japanese industry minister Sato Kenji held talks with Korean trade minister Lee Soo-jin in Tokyo on Wednesday.

Sato said the two countries would share chip research.

Lee said Seoul would fund a joint lab.
"""
p = "2024-11-07"
case("28-family-name-first-jp-kr", "Japanese and Korean family-name-first names: 'Sato' is Sato Kenji and 'Lee' is Lee Soo-jin.", t, p, "Chip talks",
 [P("Sato Kenji","Sato","Japanese industry minister Sato Kenji"), P("Lee Soo-jin","Lee","Korean trade minister Lee Soo-jin")],
 [M(["Sato Kenji","Lee Soo-jin"], last(p,"Wednesday"), "Tokyo")],
 [S("Sato Kenji",["chip research"]), S("Lee Soo-jin",["joint lab"])],
 [Q("What did Sato say?",["chip research"]), Q("What did Lee Soo-jin say?",["joint lab"]), Q("Who did Sato Kenji meet?",["Lee"])])

# 29 ---------------------------------------------------------------
t = """PRIME MINISTER HOLDS TALKS WITH UNION BOSS IN LUSAKA

August 14, 2024

URGENT: PRIME MINISTER CHANDA MWALE HELD TALKS WITH UNION LEADER JOSEPH BANDA IN LUSAKA ON WEDNESDAY.

"WE AGREED TO END THE STRIKE," MWALE SAID.

Officials gave no further details.
"""
case("29-all-caps", "ALL-CAPS text: names, meeting (place, same-day weekday), quote are read; 'URGENT' is no name.", t, "2024-08-14", "PRIME MINISTER HOLDS TALKS WITH UNION BOSS IN LUSAKA",
 [P("Chanda Mwale","Mwale","Prime Minister Chanda Mwale"), P("Joseph Banda","Banda","union leader Joseph Banda","union leader")],
 [M(["Chanda Mwale","Joseph Banda"], "2024-08-14", "Lusaka")],
 [S("Chanda Mwale",["end the strike"])],
 [Q("Who did Chanda Mwale meet?",["Banda"],["Urgent"]), Q("What did Mwale say?",["end the strike"]), Q("Where did Mwale meet Banda?",["Lusaka"])])

t = """MINISTERS MEET ON FISH QUOTAS

MARCH 6, 2024

FISHERIES MINISTER OLAV BERGSTROM MET HIS ICELANDIC COUNTERPART KATRIN JONSDOTTIR IN REYKJAVIK ON TUESDAY.

BERGSTROM SAID THE QUOTA DEAL WAS CLOSE.
"""
case("29-all-caps-date-line", "ALL-CAPS including the date line; reported speech in caps.", t, "2024-03-06", "MINISTERS MEET ON FISH QUOTAS",
 [P("Olav Bergstrom","Bergstrom","Fisheries Minister Olav Bergstrom"), P("Katrin Jonsdottir","Jonsdottir","Icelandic counterpart","his Icelandic counterpart")],
 [M(["Olav Bergstrom","Katrin Jonsdottir"], "2024-03-05", "Reykjavik")],
 [S("Olav Bergstrom",["quota deal was close"])],
 [Q("Who did Olav Bergstrom meet?",["Jonsdottir"]), Q("When did Bergstrom meet Jonsdottir?",[dq("2024-03-05")]), Q("What did Bergstrom say?",["quota deal"])])

# 30 ---------------------------------------------------------------
t = """Fine upheld

June 11, 2024

Banco Meridional S.A. was fined on Thursday. “We accept the ruling,” the bank said.
"""
case("30-generic-org-noun-bank", "An organisation speaking through a generic noun ('the bank said') after it is named: the speaker is the named bank.", t, "2024-06-11", "Fine upheld",
 [O("Banco Meridional S.A.","Banco Meridional","the bank")], [], [S("Banco Meridional S.A.",["accept the ruling"])],
 [Q("What did Banco Meridional say?",["accept the ruling"]), Q("Who said \"We accept the ruling\"?",["Banco Meridional"])])

t = """Recall

June 11, 2024

Kaito Robotics Ltd recalled ten thousand vacuum cleaners on Monday. The company said no one had been hurt.
"""
case("30-generic-org-noun-company", "'The company said' after 'Kaito Robotics Ltd' is the named company.", t, "2024-06-11", "Recall",
 [O("Kaito Robotics Ltd","Kaito Robotics","Kaito","the company")], [], [S("Kaito Robotics Ltd",["no one had been hurt"])],
 [Q("What did Kaito Robotics say?",["no one had been hurt"]), Q("Who said no one had been hurt?",["Kaito"])])

# 31 ---------------------------------------------------------------
t = """Envoys dine in Nairobi

3 June 2023

Swedish envoy Anna-Karin Holmqvist dined with Nigerian envoy Chukwuma Eze in Nairobi last night.
"""
case("31-last-night", "'last night' in an article dated 3 June 2023 is 2 June 2023.", t, "2023-06-03", "Envoys dine in Nairobi",
 [P("Anna-Karin Holmqvist","Holmqvist","Swedish envoy Anna-Karin Holmqvist"), P("Chukwuma Eze","Eze","Nigerian envoy Chukwuma Eze")],
 [M(["Anna-Karin Holmqvist","Chukwuma Eze"], "2023-06-02", "Nairobi")], [],
 [Q("When did Anna-Karin Holmqvist meet Chukwuma Eze?",[["2023-06-02","June 2","2 June"]]), Q("Where did Holmqvist meet Eze?",["Nairobi"]), Q("Who did Chukwuma Eze meet?",["Holmqvist"])])

t = """Late talks

January 1, 2025

Mayor Carlos Mendes met Governor Ama Darko late last night in Accra.
"""
case("31-last-night-year-boundary", "'late last night' in an article dated 1 January 2025 is 31 December 2024.", t, "2025-01-01", "Late talks",
 [P("Carlos Mendes","Mendes","Mayor Carlos Mendes"), P("Ama Darko","Darko","Governor Ama Darko")],
 [M(["Carlos Mendes","Ama Darko"], "2024-12-31", "Accra")], [],
 [Q("When did Carlos Mendes meet Ama Darko?",[["2024-12-31","December 31","31 December"]]), Q("Where did Mendes meet Darko?",["Accra"])])

# 32 ---------------------------------------------------------------
t = """Kenya's energy minister Wairimu Njoroge held talks with Ethiopia's water minister Dawit Bekele in Addis Ababa on Thursday, aiming to settle a long dispute over a hydropower dam.

"We did not come to argue about the past but to agree on the river's future," Njoroge told reporters after the meeting. She said both sides would set up a joint technical committee by September.

Bekele said Ethiopia was willing to share data but would not halt construction. "Our people need electricity now," he said.

The talks followed a video call last month between Njoroge and African Union envoy Pierre Kabila, who urged both governments to avoid escalation.

Kabila's office said in a statement that the Union "is prepared to mediate at any stage."
"""
case("32-pasted-no-headline-no-date", "Pasted article, first line body, no headline and no date: meeting, quotes and video call are read; no date is invented.", t, "", "",
 [P("Wairimu Njoroge","Njoroge","Kenya's energy minister","energy minister"), P("Dawit Bekele","Bekele","Ethiopia's water minister","water minister"),
  P("Pierre Kabila","Kabila","African Union envoy"), O("Kabila's office","Kabila office","office of Pierre Kabila")],
 [M(["Wairimu Njoroge","Dawit Bekele"], None, "Addis Ababa"), M(["Wairimu Njoroge","Pierre Kabila"])],
 [S("Wairimu Njoroge",["river's future","argue about the past"]), S("Wairimu Njoroge",["joint technical committee"]),
  S("Dawit Bekele",["share data","halt construction"]), S("Dawit Bekele",["electricity now"]), S("Pierre Kabila",["avoid escalation"], optional=True),
  S(["Kabila's office","Pierre Kabila"],["prepared to mediate"])],
 [Q("Who did Wairimu Njoroge meet?",["Bekele"]), Q("Who did Njoroge have a video call with?",["Kabila"]), Q("Where did Njoroge and Bekele hold talks?",["Addis Ababa"]),
  Q("When did Njoroge and Bekele hold talks?",["Thursday"],["2026-","2025-","2024-"]), Q("What did Bekele say?",[["share data","halt construction","electricity now"]])])

# 33 ---------------------------------------------------------------
t = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta property="og:title" content="Peru and Bolivia sign lake protection accord">
<title>Peru and Bolivia sign lake protection accord - Altiplano Herald</title>
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-08-21T07:15:00-05:00","headline":"Peru and Bolivia sign lake protection accord"}</script>
</head>
<body>
<header><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/login">Log in</a></li></ul></header>
<main>
<h1 class="headline">Peru and Bolivia sign lake protection accord</h1>
<div class="meta"><span>By Rosa Quispe</span> &middot; <span>21 August 2024</span></div>
<p>PUNO, Peru &#8212; Peruvian Environment Minister Julio Paredes met Bolivian Water Minister Carmen Mamani in Puno on Tuesday, and the two signed an accord to curb mining waste in Lake Titicaca.</p>
<p>&#8220;The lake belongs to both our peoples, and we will protect it together,&#8221; Paredes said.</p>
<p>Mamani said Bolivia would fund three new treatment plants. &#8220;We can&rsquo;t wait another decade,&#8221; she said.</p>
<p>On Wednesday, Paredes held a video call with Puno regional governor Hilda Condori, who welcomed the accord.</p>
</main>
<footer><p>&copy; 2024 Altiplano Herald</p><a href="/terms">Terms</a></footer>
</body></html>
"""
p = "2024-08-21"
case("33-saved-html-jsonld", "Saved HTML page: title from <h1>/og:title, published from JSON-LD datePublished, numeric entities decoded; meeting, call and quotes from the body.", t, p, "Peru and Bolivia sign lake protection accord",
 [P("Julio Paredes","Paredes","Peruvian Environment Minister Julio Paredes"), P("Carmen Mamani","Mamani","Bolivian Water Minister Carmen Mamani"),
  P("Hilda Condori","Condori","Puno regional governor Hilda Condori","regional governor")],
 [M(["Julio Paredes","Carmen Mamani"], last(p,"Tuesday"), "Puno"), M(["Julio Paredes","Hilda Condori"], last(p,"Wednesday"))],
 [S("Julio Paredes",["lake belongs to both","protect it together"]), S("Carmen Mamani",["treatment plants"]), S("Carmen Mamani",["another decade"])],
 [Q("Who did Julio Paredes meet?",["Mamani"]), Q("Who did Paredes have a video call with?",["Condori"]),
  Q("When did Paredes meet Mamani?",[dq(last(p,"Tuesday"))[:3]]), Q("What did Carmen Mamani say?",[["treatment plants","another decade"]]),
  Q("Which articles mention Carmen Mamani?",["Peru and Bolivia sign lake protection accord"],["Log in"])])

# 34 ---------------------------------------------------------------
t = """Pension talks end without agreement

September 26, 2024

Labour minister Mr. Tariq Hussain met union leader Ms. Elena Popescu in Bucharest on Tuesday.

"The retirement age is not negotiable," she said after the meeting.

"We offered a fair compromise," he said.

Councillor Maria Kowalski met Councillor Adam Kowalski on Wednesday to discuss parking. Mrs. Kowalski said the fees were too high. Mr. Kowalski said the city needed the money.
"""
p = "2024-09-26"
case("34-pronoun-and-honorific-gender", "Pronoun gender and Mr./Mrs. decide the speaker when a man and a woman, or two people sharing a surname, were just named.", t, p, "Pension talks end without agreement",
 [P("Tariq Hussain","Hussain","Mr. Tariq Hussain"), P("Elena Popescu","Popescu","Ms. Elena Popescu"), P("Maria Kowalski","Mrs. Kowalski"), P("Adam Kowalski","Mr. Kowalski")],
 [M(["Tariq Hussain","Elena Popescu"], last(p,"Tuesday"), "Bucharest"), M(["Maria Kowalski","Adam Kowalski"], last(p,"Wednesday"))],
 [S("Elena Popescu",["not negotiable"]), S("Tariq Hussain",["fair compromise"]), S("Maria Kowalski",["too high"]), S("Adam Kowalski",["needed the money"])],
 [Q("What did Popescu say?",["not negotiable"],["compromise"]), Q("What did Tariq Hussain say?",["compromise"],["not negotiable"]),
  Q("Who said the fees were too high?",["Maria"],["Adam"]), Q("What did Adam Kowalski say?",["needed the money"])])


# ---- batch 2: parse-side variants (date lines, clutter, datelines, line endings, caps, HTML) ----
t = """14.05.2024

Finance Minister Olusegun Adeyemi held talks with Swiss envoy Claudia Meier in Abuja on Monday.
Adeyemi said the loan talks were nearly done.
"""
d = last("2024-05-14", "Monday")
case("01-no-headline-dotted-date", "Body-only paste under a dotted numeric date line (14.05.2024): date read, first sentence is content.", t, "2024-05-14", "",
 [P("Olusegun Adeyemi","Adeyemi","Finance Minister Olusegun Adeyemi"), P("Claudia Meier","Meier","Swiss envoy Claudia Meier")],
 [M(["Olusegun Adeyemi","Claudia Meier"], d, "Abuja")], [S("Olusegun Adeyemi",["nearly done"])],
 [Q("Who did Olusegun Adeyemi hold talks with?",["Meier"]), Q("When did Adeyemi and Meier hold talks?",[dq(d)]), Q("What did Adeyemi say?",["nearly done"])])

t = """May 14th, 2024

Governor Mele Tuilagi met Mayor Arash Karimi in Auckland on Monday.
Karimi said the harbour bridge would be repaired.
"""
d = last("2024-05-14", "Monday")
case("01-no-headline-ordinal-date", "Body-only paste under an ordinal date line (May 14th, 2024).", t, "2024-05-14", "",
 [P("Mele Tuilagi","Tuilagi","Governor Mele Tuilagi"), P("Arash Karimi","Karimi","Mayor Arash Karimi")],
 [M(["Mele Tuilagi","Arash Karimi"], d, "Auckland")], [S("Arash Karimi",["harbour bridge"])],
 [Q("Who did Mele Tuilagi meet?",["Karimi"]), Q("When did Tuilagi meet Karimi?",[dq(d)]), Q("What did Karimi say?",["harbour bridge"])])

t = """Home > World > Africa
Share this article
Mayor Welcomes Rail Investors
Mayor Thandiwe Dlamini met with investor Henrik Olsen in Durban on Wednesday, 10 July 2024.
"Durban is open for business," the mayor said.
"""
case("02-clutter-breadcrumb-share", "Breadcrumb and share lines before the headline: title is the headline; no person 'Welcomes'.", t, "", "Mayor Welcomes Rail Investors",
 [P("Thandiwe Dlamini","Dlamini","Mayor Thandiwe Dlamini","the mayor"), P("Henrik Olsen","Olsen","investor Henrik Olsen")],
 [M(["Thandiwe Dlamini","Henrik Olsen"], "2024-07-10", "Durban")], [S("Thandiwe Dlamini",["open for business"])],
 [Q("Who did Thandiwe Dlamini meet?",["Olsen"],["Welcomes","Share"]), Q("What did Thandiwe Dlamini say?",["open for business"]),
  Q("Which articles mention Thandiwe Dlamini?",["Mayor Welcomes Rail Investors"],["Share this article","Home > World"])])

t = """Posted: 2024-03-07 10:15 | Print this article
Estonian Minister Kadri Tamm met with her Latvian counterpart Andris Ozols in Tallinn on Monday.
"""
d = last("2024-03-07", "Monday")
case("03-date-marker-posted-print", "'Posted: date time | Print this article' is the published date; anchors the weekday.", t, "2024-03-07", "",
 [P("Kadri Tamm","Tamm","Estonian Minister Kadri Tamm"), P("Andris Ozols","Ozols","Latvian counterpart","her Latvian counterpart")],
 [M(["Kadri Tamm","Andris Ozols"], d, "Tallinn")], [],
 [Q("When did Kadri Tamm meet Andris Ozols?",[dq(d)[:3]]), Q("Who did Andris Ozols meet?",["Tamm"],["Print"])])

t = """Ranchers meet governor

April 12, 2024

BOISE, Idaho — Rancher Wyatt Calloway sat down with Governor Maribel Ortiz at the Capitol on Wednesday.
"""
d = last("2024-04-12", "Wednesday")
case("04-us-dateline-full-state", "US dateline with a full state name ('BOISE, Idaho —') gives the city.", t, "2024-04-12", "Ranchers meet governor",
 [P("Wyatt Calloway","Calloway","Rancher Wyatt Calloway"), P("Maribel Ortiz","Ortiz","Governor Maribel Ortiz")],
 [M(["Wyatt Calloway","Maribel Ortiz"], d, "Boise")], [],
 [Q("Where did Wyatt Calloway meet Maribel Ortiz?",["Boise"]), Q("Who did Calloway meet?",["Ortiz"])])

t = """Governor and tribal leader meet

April 12, 2024

SANTA FE, N.M. (AP) — Governor Lucia Montoya sat down with tribal chairman Daniel Yazzie on Thursday.
"""
d = last("2024-04-12", "Thursday")
case("04-us-dateline-two-word-city", "US dateline with a two-word city and 'N.M. (AP) —'.", t, "2024-04-12", "Governor and tribal leader meet",
 [P("Lucia Montoya","Montoya","Governor Lucia Montoya"), P("Daniel Yazzie","Yazzie","tribal chairman Daniel Yazzie","tribal chairman")],
 [M(["Lucia Montoya","Daniel Yazzie"], d, "Santa Fe")], [],
 [Q("Where did Lucia Montoya meet Daniel Yazzie?",["Santa Fe"]), Q("When did Montoya meet Yazzie?",[dq(d)])])

t = "Port talks\r\n\r\nJune 6, 2024\r\n\r\nDanish Transport Minister Mette\r\nRasmussen met with Dutch Transport Minister Pieter\r\nde Vries in Aarhus on Tuesday. \"The ferry\r\nlink will reopen,\" Rasmussen said.\r\n"
d = last("2024-06-06", "Tuesday")
case("05-hard-line-wraps-crlf", "Hard wraps with Windows line endings (CRLF), a name split before a lower-case particle ('Pieter\\nde Vries').", t, "2024-06-06", "Port talks",
 [P("Mette Rasmussen","Rasmussen","Danish Transport Minister Mette Rasmussen"), P("Pieter de Vries","de Vries","Dutch Transport Minister Pieter de Vries")],
 [M(["Mette Rasmussen","Pieter de Vries"], d, "Aarhus")], [S("Mette Rasmussen",["ferry link will reopen","link will reopen"])],
 [Q("Who did Mette Rasmussen meet?",["de Vries"]), Q("Who said the ferry link will reopen?",["Rasmussen"]), Q("Where did Rasmussen meet de Vries?",["Aarhus"])])

t = """UNION CHIEF MEETS MINISTER IN DUBLIN

September 4, 2024

MINISTER SEAN O'BRIEN MET UNION CHIEF FIONA MCDONALD IN DUBLIN ON TUESDAY.

"THE STRIKE IS OVER," O'BRIEN SAID.
"""
d = last("2024-09-04", "Tuesday")
case("29-all-caps-apostrophe-mc", "ALL-CAPS with O'BRIEN and MCDONALD: names read, meeting and quote attributed.", t, "2024-09-04", "UNION CHIEF MEETS MINISTER IN DUBLIN",
 [P("Sean O'Brien","O'Brien","Minister Sean O'Brien"), P("Fiona McDonald","McDonald","union chief Fiona McDonald")],
 [M(["Sean O'Brien","Fiona McDonald"], d, "Dublin")], [S("Sean O'Brien",["strike is over"])],
 [Q("Who did Sean O'Brien meet?",["McDonald"]), Q("What did O'Brien say?",["strike is over"]), Q("Where did O'Brien meet McDonald?",["Dublin"])])

t = """<html><head><title>Ghana and Togo reopen border posts | West Coast Times</title>
<meta name="date" content="2024-05-16">
</head><body>
<div class="nav"><a href="/">Home</a> <a href="/africa">Africa</a></div>
<div class="story">
<p>LOME &#x2014; Ghanaian Interior Minister Kwesi Appiah met Togolese Security Minister Yawa Kouassi in Lome on Tuesday.</p>
<p>&#x201C;Traders have waited long enough,&#x201D; Appiah said.<br>
Kouassi said patrols would continue at night.</p>
</div>
<div class="footer">&copy; 2024 West Coast Times</div>
</body></html>
"""
p = "2024-05-16"
case("33-saved-html-title-meta-date", "Saved HTML without <h1>: title from <title> minus the site name, published from <meta name=date>, hex entities decoded, <br> splits.", t, p, "Ghana and Togo reopen border posts",
 [P("Kwesi Appiah","Appiah","Ghanaian Interior Minister Kwesi Appiah"), P("Yawa Kouassi","Kouassi","Togolese Security Minister Yawa Kouassi")],
 [M(["Kwesi Appiah","Yawa Kouassi"], last(p,"Tuesday"), "Lome")], [S("Kwesi Appiah",["waited long enough"]), S("Yawa Kouassi",["patrols would continue"])],
 [Q("Who did Kwesi Appiah meet?",["Kouassi"]), Q("When did Appiah meet Kouassi?",[dq(last(p,"Tuesday"))[:3]]), Q("What did Kouassi say?",["patrols"]),
  Q("Which articles mention Yawa Kouassi?",["Ghana and Togo reopen border posts"],["West Coast Times"])])


# ---- paraphrased questions: the same texts, asked as other users would (written to eval/variants-qa/) ----
QA = {
 "01-no-headline-body-first": [Q("Whom did Camila Rojas hold talks with?",["Tanaka"]), Q("On what day did Rojas and Tanaka meet?",[dq(last("2023-03-14","Monday"))]),
   Q("In which city did Rojas and Tanaka meet?",["Santiago"]), Q("What did Tanaka have to say?",["engineers"],["lithium"])],
 "02-clutter-menu-line": [Q("Which stories mention Luisa Ferreira?",["Senator Backs Water Plan"],["Sign in"]), Q("What was said by Ferreira?",["finally have a plan"])],
 "04-us-dateline-ap": [Q("Where were Brooks and Castillo meeting?",["Tallahassee"]), Q("What date did Brooks meet Castillo?",[dq(last("2024-06-14","Thursday"))[:3]])],
 "07-plural-titles-surname-only": [Q("Where did the talks between Moreau and Takahashi take place?",["Geneva"]), Q("Did Moreau meet Takahashi?",[["yes","Geneva"]])],
 "08-role-only-speakers": [Q("Which official announced a new export fund?",["Raman"],["Tremblay"]), Q("What were Raman's remarks?",["lentils"])],
 "09-roles-first-names-later": [Q("When was the meeting between Souza and Eriksen?",[dq(last("2024-11-14","Tuesday"))]), Q("Where was the meeting between Souza and Eriksen?",["Belem"])],
 "10-group-speakers": [Q("Who called the talks candid and constructive?",["Tanaka","Farouk"]), Q("Who did Yuki Tanaka meet with?",["Farouk"])],
 "11-meeting-verbs": [Q("How did Aiyana Redcloud contact Marcus Bell?",[["phone","call"]]), Q("Who was Nkechi Eze meeting?",["Levin"]), Q("Who has Kwame Asante met?",["Petrova"])],
 "12-call-by-phone-spoke-with": [Q("Did Al-Sayed talk to Holm on the phone?",[["phone","call"]]), Q("Who did Al-Sayed talk to by phone?",["Holm"])],
 "13-organisations-and-delegation": [Q("Who were the members of the Japanese delegation?",["Watanabe","Mori"]), Q("Who was part of the Japanese delegation?",["Watanabe","Mori"])],
 "15-statement-spans": [Q("What did Petrenko say would happen once the audit is finished?",["stop paying"]), Q("What does Mei Chen do?",[["spokeswoman","harbour master"]])],
 "16-two-speakers-one-sentence": [Q("Who told journalists the talks went well?",["Novak"],["Bakare"]), Q("What did Bakare admit?",["budget is tight"])],
 "17-speech-verbs-posted-hailed": [Q("Who hailed the decision as a lifeline?",["Fifita"]), Q("Which organisation said it would consult its members?",["federation"]), Q("Who posted that the fishing ban would end?",["Ngata"])],
 "17-speech-verbs-wrote-warned": [Q("What did the airline warn?",["fares would rise"]), Q("Who wrote that the airport vote was rigged?",["Ruiz"])],
 "19-institution-speakers": [Q("Which institution said the visit was productive?",["Downing Street"]), Q("What has the UN agency said?",["March"])],
 "20-planned-and-cancelled-meetings": [Q("Did the meeting between Zielinski and Berzins take place?",[["cancel","called off"]],[["yes,","yes."]]),
   Q("When will Zielinski meet Jonaitis?",[["next month"]]), Q("Is Zielinski going to meet Jonaitis?",[["next month","expected"]])],
 "21-quote-over-paragraphs": [Q("What did Ngozi Okafor tell reporters?",["still rising","riverbanks"]), Q("Who warned that the next two days are critical?",["Okafor"])],
 "22-multi-sentence-quote-told": [Q("Who told reporters that schools are closed?",["Adeyemi"])],
 "27-capitalised-prefixes": [Q("What is Hannah Kowalski's job?",["chief operating officer"]), Q("Which company is Hannah Kowalski with?",["Meridian"])],
 "28-family-name-first": [Q("What did Minh say?",["rice exports"]), Q("Who did Mr. Minh meet?",["Wang"])],
 "31-last-night": [Q("When did Holmqvist dine with Eze?",[["2023-06-02","June 2","2 June"]]), Q("Who did Holmqvist have dinner with?",["Eze"]), Q("Who dined with Eze?",["Holmqvist"])],
 "31-last-night-year-boundary": [Q("What day did Mendes meet Darko?",[["2024-12-31","December 31","31 December"]])],
 "33-saved-html-jsonld": [Q("In which articles is Carmen Mamani mentioned?",["Peru and Bolivia sign lake protection accord"]), Q("Who did Paredes speak with by video?",["Condori"])],
 "34-pronoun-and-honorific-gender": [Q("What did Mrs. Kowalski say?",["too high"],["needed the money"]), Q("What did Mr. Kowalski say?",["needed the money"],["too high"])],
}

for c in CASES:
    g = {"case": c["kind"], "published": c["published"], "title": c["title"], "entities": c["entities"], "meetings": c["meetings"], "statements": c["statements"]}
    if c["traps"]: g["traps"] = c["traps"]
    g["questions"] = c["questions"]
    open(os.path.join(D, c["slug"] + ".txt"), "w").write(c["text"])
    open(os.path.join(D, c["slug"] + ".gold.json"), "w").write(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
print(len(CASES), "cases")

QD = os.path.join(os.path.dirname(D), "variants-qa")
os.makedirs(QD, exist_ok=True)
for c in CASES:
    if c["slug"] not in QA: continue
    g = {"case": "Paraphrased questions on " + c["slug"] + ": " + c["kind"], "published": c["published"], "title": c["title"], "entities": c["entities"],
         "meetings": c["meetings"], "statements": c["statements"], "questions": QA[c["slug"]]}
    open(os.path.join(QD, c["slug"] + ".txt"), "w").write(c["text"])
    open(os.path.join(QD, c["slug"] + ".gold.json"), "w").write(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
print(len(QA), "paraphrase sets")
