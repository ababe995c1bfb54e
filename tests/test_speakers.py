"""Who claims a number: speaker names and kinds across a document, by class of phrasing.

Every document here was written for this test. Each row gives a short news text, the
quantity (as written) whose speaker is checked, and the speaker's expected canonical name and
kind (``None``: the article's own voice). Known failures stay in the table as strict xfails.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

import attribquant


class Row(NamedTuple):
    text: str
    quantity: str
    name: str | None
    kind: str | None = None
    resolved: bool = True
    bug: str = ""


ROWS: dict[str, list[Row]] = {
    # a line in capitals alone ("SUMMARY.") heads a section of the page: it names no one
    # a headline in title case capitalises verbs and prepositions too: names end at them
    "title-case headlines": [
        Row("Ana Vell Wins Tula Primary As Rivals Quit.\n\nVell said she took 60 percent of "
            "the vote.", "60 percent", "Ana Vell", "person"),
        Row("Tula Mayor Sent Ana Vell A Letter On Taxes.\n\nVell said the levy would raise $4 "
            "million.", "$4 million", "Ana Vell", "person"),
        Row("Jo Roe Says Taxes Will Rise By 4 Percent.\n\nThe budget grew.", "4 Percent",
            "Jo Roe", "person"),
        Row("As Its Rivals Merge, Will Vell Motors Be Next?\n\nVell Motors said it would cut 40 "
            "jobs.", "40 jobs", "Vell Motors", "organisation"),
    ],
    # a time zone in capitals after a clock time ("7:15 p.m. EST") is no name, so no
    # "it" refers to it
    "time zones": [
        Row("The memo was sent at 7:15 p.m. EST by the port office. It said 40 berths were "
            "shut.", "40 berths", "It", "unknown", resolved=False),
        Row("Polls close at 8 p.m. ET. It said 40 precincts were late.", "40 precincts", "It",
            "unknown", resolved=False),
        Row("At 9 pm GMT the board met. It said 12 ferries would stop.", "12 ferries", "It",
            "unknown",
            resolved=False),
    ],
    # a role noun before a name set off by commas is read back only to the comma that opens
    # its phrase: an earlier apposition's role belongs to an earlier name
    # a name after a role and a comma is that role's holder only after what it reports
    "trailing appositions": [
        Row("According to the sheriff, Jo Roe, 40, fled with $3,000 in cash.", "$3,000",
            "sheriff", "person", resolved=False),
        Row("The budget funds 3 percent raises, according to the city's finance director, "
            "Mara Quist.", "3 percent", "Mara Quist", "person"),
    ],
    # a body's name after its description and a comma, after what it reports
    "trailing apposed bodies": [
        Row("Ferry trips fell by 30 percent, according to the harbour's operator, Quayline "
            "Ports.", "30 percent", "Quayline Ports", "organisation"),
        Row("Flights were cut by 12 percent, according to the airport's operator, Vantor "
            "Air.\n\nThe operator said 400 staff were idle.", "400 staff", "Vantor Air",
            "organisation"),
    ],
    # a paragraph that opens with a quote and names no speaker continues the quote the
    # paragraph before ended with; a tag of its own, or a sentence after the quote in the
    # paragraph before, ends the run
    "quote paragraphs": [
        Row('"The levee held," said Chief Ada Brenn of the Lorne Fire Department.\n\n'
            '"We still have 300 sandbag crews out."', "300 sandbag crews", "Ada Brenn",
            "person"),
        Row('Ada Brenn, the fire chief, said: "The levee held.\n\n"We still have 300 crews '
            'out.\n\n"And 40 pumps are running."', "40 pumps", "Ada Brenn", "person"),
        Row('"The levee held," said Ada Brenn.\n\n"We have 300 crews out," said Tom Keel, '
            'her deputy.', "300 crews", "Tom Keel", "person"),
        Row('"The levee held," said Ada Brenn. Tom Keel was not so sure.\n\n"We have 300 '
            'crews out."', "300 crews", None),
        Row('"The levee held," Ada Brenn said.\n\n"We have 300 crews out." That is what Tom '
            'Keel told us.', "300 crews", None),
        Row('"We will build 300 homes," Mayor Lena Voss said.\n\n"We were promised 500," '
            'countered Councilman Rob Hart.', "500", None),
        Row('"We will hire 50 nurses," said Dr. Ines Marr.\n\n"What about the 200 who quit '
            'last year?"\n\n"We are talking to them," she said.', "200", None),
        Row('"The bridge is safe," said Mayor Lena Voss.\n\n"We found 14 cracks in the '
            'deck."\n\nThat was the warning from engineer Carl Dunn.', "14 cracks", None),
    ],
    # "he" or "she" opening a sentence stands for a person's description opening the one
    # before, or its possessor, unless the possessed is a person or another person of that
    # sex is named between them
    "previous description": [
        Row("Ben Rook, an aide to President Leo Vale, recalled a talk.\n\nThe president's "
            "health became an issue. At a rally in Tula, he told voters that 40 clinics would "
            "open.", "40 clinics", "Leo Vale", "person"),
        Row("President Leo Vale unveiled the budget on Monday.\n\nThe president's spokesman, "
            "Ray Dunn, defended the plan. He said it would cost $40 billion.", "$40 billion",
            "Ray Dunn", "person"),
        Row("Gov. Tom Hale met Senator Ray Dunn on Monday.\n\nThe governor's plan drew a sharp "
            "rebuke from Dunn on Tuesday. He said it would cost $40 million.", "$40 million",
            "Ray Dunn", "person"),
    ],
    # a document noun with its issuer after "by", past a participle and a time adjunct or
    # an "of" phrase, stands for that issuer, and so does "the report" later
    "issuers after time adjuncts": [
        Row("A report released last month by the Orrin Water Board warned that 22 dykes "
            "were weak. The report also found that upkeep fell by 18 percent.", "18 percent",
            "Orrin Water Board", "organisation"),
        Row("A study released in March by Tarn University found 30 percent of marshes had "
            "gone.", "30 percent", "Tarn University", "organisation"),
        Row("The Pell Insurance Council said claims rose. A survey of 900 drivers by the "
            "council found that 37 percent had no cover.", "37 percent",
            "Pell Insurance Council", "organisation"),
        Row("The Tula Police Department spent heavily last year. An audit of overtime spending "
            "by the department found that 40 officers earned more than $200,000.",
            "40 officers", "audit of overtime spending by the department", "document",
            resolved=False),
        Row("Rents rose 4 percent, according to data from the Vale Housing Registry.\n\nBut "
            "the official figures, released by the city on Monday, showed rents fell 2 "
            "percent.", "2 percent", "official figures", "document", resolved=False),
    ],
    # an estimate "put at" a number word, and at two figures joined by "and"
    "estimates put at": [
        Row("Sheriff Dale Orme put the toll at seven dead and at least 20 hurt.",
            "at least 20", "Dale Orme", "person"),
        Row("The mayor put the cost at one point in the meeting as high as any.", "one point",
            None),
        Row("Sheriff Dale Orme put the toll at 7 and 2 deputies were later found alive.",
            "2 deputies", None),
    ],
    # a capitalised occupation before a given name and a surname is the person's role, so
    # "of" and a body after the name end it ("Criminologist Ana Calder of Tula University")
    "occupations before names": [
        Row("Criminologist Rhea Dunsford of Kell University said 40 clinics had closed. She "
            "said 12 reopened.", "12", "Rhea Dunsford", "person"),
        Row("Economist Rhea Dunsford of Kell University said 40 firms would fail.", "40 firms",
            "Rhea Dunsford", "person"),
        Row("Bank of Kellmark said 40 branches would close.", "40 branches", "Bank of Kellmark",
            "organisation"),
        Row("Analyst Oskarine Velde of Tarn Capital said margins could fall 2 points.",
            "2 points", "Oskarine Velde", "person"),
        Row("Detective Inspector Oskarine Velde of the Orlo Constabulary said 70 officers took "
            "part.", "70 officers", "Oskarine Velde", "person"),
        Row("Blue Cross of Orlo Health said premiums would rise 9 percent.", "9 percent",
            "Blue Cross of Orlo Health", "organisation"),
    ],
    # two name words "of the" a body are a person of that body, even when the given name is
    # not in the table; a body's own name with "of the" stays whole
    "unknown given names before of the": [
        Row("Oskarine Velde of the Tula Institute of Economics said 12 firms had closed. She "
            "said 4 more would.", "4", "Oskarine Velde", "person"),
        Row("Brannoc Ilvard of the Harrow Development Fund said the fund would give $45 "
            "million.", "$45 million", "Brannoc Ilvard", "unknown"),
        Row("The Royal Society of the Arts said 40 members had left.", "40 members",
            "Royal Society of the Arts", "organisation"),
        Row("The Young Friends of the Tula Museum said 40 members had left.", "40 members",
            "Young Friends of the Tula Museum", "unknown"),
        Row("The Grand Jury of the Tula Superior Court said 40 people were indicted.",
            "40 people", "Grand Jury of the Tula Superior Court", "organisation"),
        Row("Founding Member of the Tula Growers Union Ana Lima said 12 farms had closed.",
            "12 farms", "Ana Lima", "person"),
    ],
    # a role phrase set off before a name: opened by a name's possessive, or with a
    # lower-case role phrase or a title before the name
    "appositions with possessors and role phrases": [
        Row("Vellmark's chief negotiator, Oskar Brandt, said 14 villages had been handed back.",
            "14 villages", "Oskar Brandt", "person"),
        Row("The Tula Trust's director, General Ana Lind, said 40 posts would go.", "40 posts",
            "Ana Lind", "person"),
        Row("The bill's sponsor, assembly member Dana Whit, claimed it would save 900 dollars.",
            "900 dollars", "Dana Whit", "unknown"),
        Row("The Tula Trust's board, chaired by investor Jo Roe, said 400 jobs would go.",
            "400 jobs", "Tula Trust's board", "organisation", resolved=False),
        Row("The ministry, citing commander Ivan Petrov, said 40 drones were downed.",
            "40 drones", "ministry", "organisation", resolved=False),
    ],
    # a person "of the" an unnamed body is that person; a unit of a body after the body's
    # role noun and its possessive speaks for the body; figures "it released" are its
    "bodies, units and issuers": [
        Row("Detective Hana Ruel of the county police said 31 cars were stolen in May.",
            "31 cars", "Hana Ruel", "person"),
        Row("Vale Motors cut jobs. The company's press office said 40 plants would close.",
            "40 plants", "Vale Motors", "organisation"),
        Row("Kell Bank was fined. The bank's former staff said 40 accounts were faked.",
            "40 accounts", "bank's former staff", "group", resolved=False),
        Row("Tula Chapter of the national union said 40 members walked out.", "40 members",
            "Tula Chapter of the national union", "organisation", resolved=False),
        Row("Brenmoor Infirmary treated 90 people for burns. The hospital said 12 needed "
            "surgery.", "12", "Brenmoor Infirmary", "organisation"),
        Row("Members of the local press said 40 reporters left.", "40 reporters",
            "Members of the local press", "group", resolved=False),
    ],
    # a figure inside a speaker phrase headed by a document noun, after the noun, is the
    # document's (its sample); one before the noun describes the document
    "figures in a document's phrase": [
        Row("The Pell Insurance Council said claims rose. A survey of 900 drivers by the "
            "council found that 37 percent had no cover.", "900 drivers",
            "Pell Insurance Council", "organisation"),
        Row("A 46-page analysis released by the Vale Trust found 40 clinics had shut.",
            "46-page", None),
        Row("Three officials familiar with the talks said 40 ships were held.",
            "Three officials", None),
        Row("Opponents of the plan to close 40 schools said it would hurt 9,000 pupils.",
            "40 schools", None),
        Row("A report of more than 200 pages by the Tula Council found 300 potholes.",
            "more than 200 pages", None),
        Row("A lawsuit filed by 12 families said the plant leaked 300 tons of ash.",
            "12 families", None),
        Row("The survey of 2,050 adults, conducted in August, found that 44 percent agreed.",
            "2,050 adults", "survey of 2,050 adults", "document", resolved=False),
    ],
    # a possessive inside a body's name before its head, or one word before it
    "possessives inside names": [
        Row("The Orrin Children's Trust raised $4.2 million, the charity said.", "$4.2 million",
            "Orrin Children's Trust", "organisation"),
        Row("St. Brelade's General Hospital cut 62 beds, the hospital said.", "62 beds",
            "St. Brelade's General Hospital", "organisation"),
        Row("Vale Bank's University Center said 40 rooms were shut.", "40 rooms",
            "University Center", "organisation"),
        Row("St. Louis's Washington University said 40 students were sick.", "40 students",
            "Washington University", "organisation"),
    ],
    # "Rail" ends a business's name, "Transit" and "Registry" a body's; "guard" alone is a
    # person's role, and a given name before "Rail" keeps a person's name
    "body name endings": [
        Row("The train operator, Brisk Rail, cut 40 trains. The route serves 9,000 riders a "
            "day, the company said.", "9,000 riders", "Brisk Rail", "organisation"),
        Row("Prison guard Tom Reyes said 30 inmates ran. The guard said 12 were caught.", "12",
            "Tom Reyes", "person"),
        Row("Lydia Rail, a nurse, said 40 patients waited. Ms. Rail said 12 left.", "12",
            "Lydia Rail", "person"),
        Row("Tarnby Renewables filed plans for a solar park on Monday. It said the park would "
            "cost $90 million.", "$90 million", "Tarnby Renewables", "organisation"),
        Row("Ana Roe, the state Secretary for Renewables, said 40 turbines would be built. Orlo "
            "Energy said the cost was $3 billion. The company said it would hire 200 people.",
            "200 people", "Orlo Energy", "organisation"),
        Row("Renewables made up 40 percent of supply, the grid operator said.", "40 percent",
            "grid operator", "organisation", resolved=False),
    ],
    "contact relatives and weekday tails": [
        Row("Dorvel Energy unveiled a turbine park, a project it says could light 90,000 homes.",
            "90,000 homes", "Dorvel Energy", "organisation"),
        Row("Mayor Ana Roe backed a levy she says will raise $4 million.", "$4 million",
            "Ana Roe", "person"),
        Row("Tram fares will rise to $3 on May 1, the Orlo Transit Board said Tuesday, the first "
            "rise since 2019.", "$3", "Orlo Transit Board", "organisation"),
        Row("Tram fares will rise to $3 on May 1, the Orlo Transit Board said Tuesday, and "
            "buses will run 12 more routes.", "12 more routes", "Orlo Transit Board",
            "organisation"),
    ],
    "apposition bounds": [
        Row("The town's new fire chief, a 20-year veteran, Dana Kerr, spoke on Monday. The "
            "chief said 40 crews were ready.", "40 crews", "Dana Kerr", "person"),
        Row('Ana Lima, the nominee, spoke in Reno, thanking her aide, Tom Hale. "We will win '
            '40 seats," said the nominee.', "40 seats", "Ana Lima", "person"),
        Row("Jo Roe, the mayor, opened the fair on Monday, greeting her deputy, Ana Ruiz. The "
            "mayor said 12 stalls were new.", "12 stalls", "Jo Roe", "person"),
    ],
    # a document after a possessive stands for the possessor, whatever platform it is on
    # ("Instagram post") and whether it is a tally, a count or a report
    "possessed documents": [
        Row("Brook Hill School ran a ski week in March. The school's Instagram post said 40 "
            "pupils had joined it.", "40 pupils", "Brook Hill School", "organisation"),
        Row("The Harbor Foundation runs 12 clinics. It has trained 1,000 nurses, according to "
            "the foundation's own tally.", "1,000 nurses", "Harbor Foundation",
            "organisation"),
        Row("Vell Motors opened a plant in May. It has hired 400 workers, according to its own "
            "count.", "400 workers", "Vell Motors", "organisation"),
        Row("Vell Motors opened a plant in Reno. It will employ 900 people by 2030, according "
            "to the company's own forecasts.", "900 people", "Vell Motors", "organisation"),
    ],
    # staff of a named body speak for it ("district officials"), but not officials of a
    # level of government ("state officials")
    "body staff": [
        Row("Ohio State won 40 games. State officials said 12 roads were shut.", "12 roads",
            "State officials", "group", resolved=False),
        Row("A U.S. drug company bought a rival. The deal cut its tax rate to 17 percent, "
            "according to company leaders.", "17 percent", "company leaders", "group",
            resolved=False),
        Row("The University of Dunmore raised fees. Dunmore officials said 12 roads were "
            "shut.", "12 roads", "Dunmore officials", "group", resolved=False),
        Row("The European Union proposed new rules. Union leaders said 40 plants would close.",
            "40 plants", "Union leaders", "group", resolved=False),
    ],
    # a plural possessive inside a body's name, before its head or one word before it
    "plural possessive names": [
        Row("The fund is 54 percent funded, according to a report released Friday by the "
            "Tula Teachers' Retirement System.", "54 percent", "Tula Teachers' Retirement System",
            "organisation"),
        Row("The fund lost 4 percent, said the Tula Nurses' Pension Fund.", "4 percent",
            "Tula Nurses' Pension Fund", "organisation"),
    ],
    # a title of two words before a name ("Council Member", "Board Member")
    "two-word titles": [
        Row("Council Member Ines Ferro-Lund filed an amendment.\n\nAccording to Ferro-Lund, "
            "the cuts would free up $5 million.", "$5 million", "Ines Ferro-Lund", "person"),
        Row("Board Member Tom Vell said 40 buses were late.", "40 buses", "Tom Vell",
            "person"),
    ],
    # a figure in a relative clause between a document speaker and its cue is the
    # document's; a size ("300 pages") and a person's relative clause stay the writer's
    "relative clauses after documents": [
        Row("Most firms use AI, according to a survey by Corlan Research Group.\n\nThe poll, "
            "which polled 1,200 shops, found that 64 percent had a tool.", "1,200 shops",
            "Corlan Research Group", "organisation"),
        Row("The Tula Trust released a report on Monday. The report, which runs to 300 pages, "
            "found that 40 schools closed.", "300 pages", None),
        Row("A poll for the Orlo Herald found that 41 percent of renters would move. The "
            "poll, which sampled 900 tenants, also showed rents rising.", "900 tenants",
            "Orlo Herald", "organisation"),
        Row("Jo Roe, who runs 12 shops, said sales fell 4 percent.", "12 shops", None),
        Row("The report, which cost taxpayers $1.2 million, said 40 schools closed.",
            "$1.2 million", None),
        Row("Opponents of the plan, which would close 40 schools, said it was wrong.",
            "40 schools", None),
    ],
    # a lone capital opening a sentence is a name when it opened a longer name before and
    # is never written in lower case ("Dunmore" after "Dunmore Outfitters"; not "New")
    "short forms opening sentences": [
        Row("Dunmore Holdings will cut 140 jobs.\n\nDunmore employs about 6,500 people, "
            "it said.", "about 6,500 people", "Dunmore Holdings", "organisation"),
        Row("Shares of New Harbor Bank fell 4 percent.\n\nNew rules will cost 40 banks $3 "
            "million, the regulator said.", "40 banks", "regulator", "organisation",
            resolved=False),
        Row("But aside from saying 40 jobs would go, Jo Roe gave no details.", "40 jobs", None),
        Row("New Carver Bank opened 12 branches. New rules would cost it $4 million, it said.",
            "$4 million", "New Carver Bank", "organisation"),
    ],
    # "its" after a clause opened by a body's role noun is that body's, unless another
    # body is named in the clause
    "its after a role-noun subject": [
        Row("Pellworth Pharmacy will close stores.\n\nThe chain had about 9,300 workers, "
            "according to its annual report.", "about 9,300 workers", "Pellworth Pharmacy",
            "organisation"),
        Row("Tula District Court heard the case. Vell Motors appealed.\n\nThe court fined Vell "
            "Motors $4 million, according to its annual report.", "$4 million", "Vell Motors",
            "organisation"),
    ],
    # "the studio" and "the consultancy" stand for a body whose name says so
    "sports and screen bodies": [
        Row("Larkspur Pictures released the film on Friday. Abroad it took $40 million, the "
            "studio said.", "$40 million", "Larkspur Pictures", "organisation"),
        Row("Larkspur Pictures released the film on Friday. A spokeswoman for Larkspur said it "
            "cost $60 million.", "$60 million", "Larkspur Pictures", "organisation"),
        Row("A study by consultancy Orlo Partners valued the clubs. The consultancy said club "
            "prices rose 5 percent.", "5 percent", "Orlo Partners", "organisation"),
    ],
    # "the directorate" stands for a body whose name ends in "Directorate"
    "directorates": [
        Row("The National Emergency Directorate said 142 people died. The directorate said 12 "
            "were children.", "12", "National Emergency Directorate", "organisation"),
        Row("The Sorin Health Directorate said 38 people were hurt.", "38 people",
            "Sorin Health Directorate", "organisation"),
    ],
    # a subject with a participle phrase, then its own predicate after a comma, is no
    # apposition before the cue: the speaker after the clause speaks; a relative clause
    # may end in its own predicate
    "predicates after a comma": [
        Row("The pact, backed by the Harbour Council, is meant to let some 30,000 residents "
            "leave, the forum's envoy, Henrik Azal, said.", "some 30,000 residents",
            "Henrik Azal", "person"),
        Row("Dora Welk, whose husband, Ty, was one of 4 guards killed, said she would sue.",
            "4 guards", None),
        Row("Dora Welk, whose husband, Ty, was hurt, said 4 guards died.", "4 guards",
            "Dora Welk", "person"),
    ],
    # councillors, rectors and provosts are titles, not part of the name
    "civic and academic titles": [
        Row("Councillor Tomasz Reyelt said 30 homes were sold. He said 12 were new.", "12",
            "Tomasz Reyelt", "person"),
        Row("Vice-Rector Sunniva Holm said 40 students left. Holm said 12 returned.", "12",
            "Sunniva Holm", "person"),
        Row("Provost Jo Anwick said 40 students left.", "40 students", "Jo Anwick", "person"),
    ],
    # a spokesperson "for" or "of" a body speaks for it, as staff "at" it do; a spokesperson
    # for a person stays a person
    "spokespeople": [
        Row("A spokesman for the Vale Group said 30 jobs would go.", "30 jobs", "Vale Group",
            "organisation"),
        Row("A spokeswoman for Mayor Ana Ruiz said 30 posts would go.", "30 posts",
            "spokeswoman for Mayor Ana Ruiz", "person", resolved=False),
        Row("A spokesman for Dana Kerr said 40 donors gave.", "40 donors",
            "spokesman for Dana Kerr", "person", resolved=False),
        Row("A spokeswoman for the Tula Water Agency said 40 wells were dry. A spokeswoman for "
            "the farmers said 12 farms had closed. The spokeswoman said 3 trucks were sent.",
            "3 trucks", "spokeswoman for the farmers", "person", resolved=False),
    ],
    # a group right after a figure with its unit expected the figure; a bare number before
    # the group counts it
    "figure gaps": [
        Row("Sales hit $40 million, above the $38 million analysts had forecast.",
            "$38 million", "analysts", "group", resolved=False),
        Row("Turnout beat the 40 analysts expected.", "40 analysts", None),
        Row("Some 2 million students expected to graduate this year, the ministry said.",
            "Some 2 million students", "ministry", "organisation", resolved=False),
        Row("Congress put the debt ceiling at $31.4 trillion in 2021.", "$31.4 trillion",
            None),
    ],
    "section headings": [
        Row("SUMMARY.\n\nThe company said it had closed 12 stores.\n\nFULL STORY.\n\nThe "
            "Orlo chain said on Monday that it would close 12 stores.", "12 stores",
            "company", "organisation", resolved=False),
        Row("HIGHLIGHTS.\n\nThe agency said 40 wells were dry.", "40 wells", "agency",
            "organisation", resolved=False),
    ],
    # a noun after a name and a comma that runs on into the sentence's verb is its subject,
    # no apposition giving the name a role
    "apposition or subject": [
        Row("In a batch of letters released by the Orlo Trust, the candidate for governor "
            "seemed unaware of the 12 closures. The candidate said 3 schools would close.",
            "3 schools", "candidate", "person", resolved=False),
        Row("At a rally for Ana Ruiz, the Democratic candidate for governor in the fall race "
            "against two rivals, 40 people spoke. Tom Hale left early. The candidate said 12 "
            "parks would close.", "12 parks", "Ana Ruiz", "person"),
        Row("After the vote, Tom Hale praised Ana Ruiz, the candidate for mayor, and left. The "
            "candidate said 12 parks would close.", "12 parks", "Ana Ruiz", "person"),
        Row("As Tom Hale, the candidate for mayor, told Ana Ruiz on Monday, 12 parks will "
            "close. Ana Ruiz said 40 jobs would go. Ruiz left. The candidate said 3 pools would "
            "close.", "3 pools", "Tom Hale", "person"),
    ],
    # a role noun stands for one holder, never for names joined by "and"
    "role of one of a pair": [
        Row("Voters faulted Marta Velde Okonjo, Tula's secretary of state, for the long lines. "
            "A video spread online from a town hall with Hale and Okonjo, where the secretary "
            "of state said 40 more sites would open.", "40 more sites", "Marta Velde Okonjo",
            "person"),
        Row("Mayor Jo Roe and Lena Lima toured Tula. Roe and Lima met 12 farmers. Later the "
            "mayor said 40 parks would reopen.", "40 parks", "Jo Roe", "person"),
    ],
    # readings that look like a rule's but are not: a titled person after "the", a letter
    # ending a sentence the splitter left whole, a body after a party word, a quote whose
    # writer is named before the colon, a numeral after a war's name
    # after a frame set inside reported speech, a clause with its own subject joined by
    # "and", "but" or "while" goes on with what was said; not after a quotation, nor a
    # verb of the speaker's, nor a clause with its own cue
    "joined clauses after a medial frame": [
        Row("Bread rose 27 percent, the Tula Statistics Bureau said, while rice rose 19 "
            "percent.", "19 percent", "Tula Statistics Bureau", "organisation"),
        Row("Ana Lima said 4,000 homes hold loans. Those loans will reset, she said, and "
            "their bills could climb by 180 crowns.", "180 crowns", "Ana Lima", "person"),
        Row("Ana Lima spoke first. The plan is dead, she said, and left with 40 pages of "
            "notes.", "40 pages", None),
        Row('Ana Lima spoke first. "The plan is dead," she said, and 40 aides walked out.',
            "40 aides", None),
        Row("The fund lost $3 million, its records show, and experts say it is worth $18 "
            "million.", "$18 million", "experts", "group", resolved=False),
        Row("Exports grew 5 percent, the Vell Trade Office said, and imports grew 7 percent, "
            "according to customs data.", "5 percent", "Vell Trade Office", "organisation"),
    ],
    "near misses": [
        Row("Councillor Nia Austin opposed the levy.\n\nAustin officials said 40 roads would "
            "close.", "40 roads", "Austin officials", "group", resolved=False),
        Row("The mayor called the plan 'fair', and the workers' union said 300 members backed "
            "it.", "300 members", "workers' union", "organisation", resolved=False),
        Row("Vell Motors' rival Tula Auto cut 40 jobs, it said.", "40 jobs", "it", "unknown",
            resolved=False),
        Row("Councillor Nia Austin opposed the levy. Dallas and Austin said 40 roads would "
            "close.",
            "40 roads", "Dallas and Austin", "group"),
        Row("Councillor Nia Austin opposed the levy. The city of Austin said 40 roads would "
            "close.",
            "40 roads", "Austin", "organisation"),
        Row('Police arrested Tom Hale, 40, in Tula on Monday.\n\nThe Tula Police Department '
            'said 40 officers took part. "It went smoothly, with 12 arrests," he said.',
            "12 arrests", "Tula Police Department", "organisation"),
        Row("'Prices will rise for weeks' officials said on Monday that 40 firms had closed.",
            "40 firms", "officials", "group", resolved=False),
        Row("Prime Minister Lena May Wins Vote On Budget.\n\nThe prime minister said 40 members "
            "backed her.", "40 members", "Lena May", "person"),
        Row("Actor Will Danner Joins Tula Film Board.\n\nDanner said 12 films would be made.",
            "12 films", "Will Danner", "person"),
        Row('Then, after the count: "We won 40 seats."', "40 seats", None),
        Row("The Smiths' stated plan was to sell 40 acres.", "40 acres", None),
        Row('Thousands came to hear the Rev. Marcus Dole speak on Sunday. "We have 12 '
            'churches," he said.', "12 churches", "Marcus Dole", "person"),
        Row("The drug treats a type of hepatitis C. Dr. Ana Lind said 40 patients were cured.",
            "40 patients", "Ana Lind", "person"),
        Row("Independent Sector Partners said 12 charities had closed.", "12 charities",
            "Independent Sector Partners", "organisation"),
        Row('Tom Hale chairs the board. Ray Marsh, his deputy, disagreed.\n\nHale read out a '
            'letter from Marsh: "We have lost 12 clients this year," he wrote.', "12 clients",
            "Ray Marsh", "person"),
    ],
    # "the company", "the group" for an organisation named only inside another phrase: as
    # a possessor or modifier of its people or parts, after a noun describing it, or as what
    # a person heads; not a name merely mentioned
    "organisation named inside another phrase": [
        Row("Blue Heron's chief executive, Ada Lorne, said prices would rise. The company said "
            "40 stores would close.", "40 stores", "Blue Heron", "organisation"),
        Row("Union leaders met Blue Heron executives on Friday. The company said 40 stores "
            "would close.", "40 stores", "Blue Heron", "organisation"),
        Row("Ada Lorne, who heads Clear Harbor, said the lake was unsafe. The group said it "
            "would test 40 sites.", "40 sites", "Clear Harbor", "organisation"),
        Row("Ada Lorne runs the nonprofit Clear Harbor. The group said it would test 40 sites.",
            "40 sites", "Clear Harbor", "organisation"),
        Row("Tamsin Holdings's chief executive, Ada Lorne, said prices would rise. The company "
            "said 40 stores would close.", "40 stores", "Tamsin Holdings", "organisation"),
        Row("Ada Lorne praised Blue Heron on Friday. The company said 40 stores would close.",
            "40 stores", "company", "organisation", resolved=False),
    ],
    # people "on" a body ("Democrats on the panel") are a group, not the body
    "members on a body": [
        Row("Democrats on the committee said 12 witnesses were blocked.", "12 witnesses",
            "Democrats on the committee", "group", resolved=False),
        Row("The vote failed. Two senators on the panel said 40 bridges were unsafe.",
            "40 bridges", "Two senators on the panel", "group", resolved=False),
        Row("Voters on Monday said 40 bridges were unsafe.", "40 bridges", "Voters", "group",
            resolved=False),
    ],
    # "the administration" and "the government" stand for a seat of an executive the text
    # named ("the White House", "the Kremlin"), not for a legislature
    "seat of government": [
        Row("The Elysee announced a $2 billion rail fund. Unions were wary. The government "
            "said 30 lines would reopen.", "30 lines", "Elysee", "organisation"),
        Row("The Senate passed the $9 billion grant. The administration said 12 states would "
            "apply.", "12 states", "administration", "organisation", resolved=False),
        Row("The White House praised the deal. The state government said 400 jobs would be "
            "created.", "400 jobs", "state government", "organisation", resolved=False),
        Row("The Kremlin said little. Kyiv accused Moscow. The government in Kyiv said 50 "
            "drones were downed.", "50 drones", "government in Kyiv", "organisation",
            resolved=False),
    ],
    # "he"/"she" agree in sex with a given name, a title, or a pronoun seen earlier
    "sex agreement": [
        Row("Maria Castellanos met Tomas Berg in Lima. She said 40 mines would close.",
            "40 mines", "Maria Castellanos", "person"),
        Row("Maria Castellanos met Tomas Berg in Lima. He said 40 mines would close.",
            "40 mines", "Tomas Berg", "person"),
        Row("Mrs Okonjo spoke after Mr Adeyemi left the podium. She said 12 schools had shut.",
            "12 schools", "Okonjo", "person"),
        Row("Kwame Asante said the bridge was unsafe. Adaeze Nwosu, who runs the clinic, "
            "disagreed with him. She said 300 patients came on Monday.",
            "300 patients", "Adaeze Nwosu", "person"),
        Row("Rep. Dana Whitlock unveiled her plan on Tuesday, flanked by Jorge Pena. "
            "She said it would cost $4 billion.", "$4 billion", "Dana Whitlock", "person"),
    ],
    # "he"/"she" refer to persons; "it" to organisations, documents and places
    "entity kinds": [
        Row("Analyst Jo Chase said rates would rise. QuarBank Chase said 40 branches would "
            "close. It said 300 staff would go.", "300 staff", "QuarBank Chase", "organisation"),
        Row("Tomas Berg toured the White House on Friday. He said 9 staff had left.",
            "9 staff", "Tomas Berg", "person"),
        Row("Jana Novak flew to Ohio on Monday. She said 2,000 jobs were at stake.",
            "2,000 jobs", "Jana Novak", "person"),
        Row("The Pellham Group bought the mill from Ruth Adler. It said 80 workers would stay.",
            "80 workers", "Pellham Group", "organisation"),
        Row("The White House said 30 envoys would attend.", "30 envoys", "White House",
            "organisation"),
        # a title word that only modifies a role, before an organisation's name, names no one
        Row("Acting ACLU counsel sues county over jail.\n\nThe suit was filed on Tuesday "
            "by a civil rights lawyer, Rhea Moss, who joined the ACLU last spring. Moss said "
            "the jail was unsafe. But she said the ACLU would settle. The county's lawyers "
            "have not answered the ACLU.\n\n\"We counted 400 inmates in a space built for "
            "200,\" she said.", "400 inmates", "Rhea Moss", "person"),
        # not in a list or a score line, where other names have numbers set off after them
        Row("Tom Berg counted the votes. The tally from Pell Harbor, 61, and Vane Creek, 40, "
            "came last. He said 12 ballots were spoiled.", "12 ballots", "Tom Berg", "person"),
        Row("Tom Berg watched the game. Velmont Rovers, 24, beat Harwick Town, 17, on Friday. "
            "He said 3 players were hurt.", "3 players", "Tom Berg", "person"),
        # an age set off after a name makes it a person's, though no table knows the name
        Row("Teodor Wlazlo, 61, wrote to Mayor Ben Hale about the pension fund. \"The city "
            "owes us $4 million,\" he said.", "$4 million", "Teodor Wlazlo", "person"),
        Row("Teodor Wlazlo is a retired firefighter. Wlazlo, 61, wrote to Mayor Ben Hale "
            "about his pension, and about why he backs Ana Lima.\n\"The city owes us $4 "
            "million,\" he said.", "$4 million", "Teodor Wlazlo", "person"),
        Row("Ana Lima joined the church of Veritology in 1990. It says 40,000 members attend.",
            "40,000 members", "Veritology", "organisation"),
        Row("The Finance Ministry said tax receipts rose 4 percent.", "4 percent",
            "Finance Ministry", "organisation"),
        Row("Democrats said the bill would cost $9 billion.", "$9 billion", "Democrats",
            "group"),
        Row("The Kestrel Institute released a report on Monday. The report said 12 percent "
            "of families skipped meals.", "12 percent", "Kestrel Institute", "organisation"),
        Row("Ana Lima's new ad ran on Friday. The ad says 300 jobs were lost.", "300 jobs",
            "Ana Lima", "person"),
    ],
    # the subject and the speakers of the last sentences outweigh a name in passing
    "salience": [
        Row("Lena Vogt, the union's leader, met the mayor on Monday. After talks with Mia "
            "Hart, a city lawyer, she said 200 nurses would strike.", "200 nurses",
            "Lena Vogt", "person",
            bug="the lawyer named in the adjunct is the nearest name"),
        Row("Governor Ruth Adler said the dam held. Engineers had warned Amy Cole, her aide, "
            "of cracks. Adler said 3 towns were safe.", "3 towns", "Ruth Adler", "person"),
        Row('"We will hire 500 teachers," Sen. Maria Quist said on Monday.\n\n'
            "Critics of Anna Bell's plan were not convinced. "
            '"It will cost $2 billion," Quist said.', "$2 billion", "Maria Quist", "person"),
        Row('Tomas Berg, the coach, praised Luis Ortega. "He scored 30 goals," he said.',
            "30 goals", "Tomas Berg", "person"),
        Row("Aid workers said Jonas Lind, the camp's director, had asked for help. "
            "He said 4,000 people slept outside.", "4,000 people", "Jonas Lind", "person"),
        Row("Ruth Adler said 3 wards had closed. Asked whether Nina Cole would stay, she "
            "said 14 staff had left.", "14 staff", "Ruth Adler", "person"),
        Row("Aides to Ray Marsh were quiet on Monday. Marsh spokesman Tomas Berg met "
            "reporters. He said 12 votes were missing.", "12 votes", "Tomas Berg", "person"),
        Row("Lena Vogt said 5 clinics had shut. She later met Ana Ruiz in Reno. She said 30 "
            "nurses had quit.", "30 nurses", "Lena Vogt", "person"),
        # a fronted clause of contrast holds no subject of its sentence
        Row("Omar Haddad chairs the board. While Ivan Lind urged a delay, Haddad went ahead "
            "with the vote on Monday. \"We had 12 votes,\" he said.", "12 votes",
            "Omar Haddad", "person"),
        Row("Ana Roe runs the clinic. Although Mia Ortiz wanted it shut, Roe kept it open all "
            "winter. She said 300 patients came.", "300 patients", "Ana Roe", "person"),
        # so does a fronted clause of condition
        Row("Ana Roe runs the clinic. Unless Mia Ortiz pays the rent, the clinic will close. "
            "She said 12 nurses would leave.", "12 nurses", "Ana Roe", "person"),
        Row("Omar Haddad leads the board. If Ivan Lind wins the seat, the board will shrink. "
            "He said 40 staff would quit.", "40 staff", "Omar Haddad", "person"),
        Row("Lena Vogt runs the depot. If Ana Ruiz cuts the budget, the depot will shut. She "
            "said 30 drivers would go.", "30 drivers", "Lena Vogt", "person"),
    ],
    # a name the text only ever writes after "the" ("the Corvo Pavilion") names no person:
    # no "he" or "she" refers to it
    "names after the": [
        Row('Tomas Berg runs the theatre on the pier. Crowds filled the Corvo Pavilion in May, '
            'and the Corvo Pavilion sold out twice. "We sold 12,000 seats," he said.',
            "12,000 seats", "Tomas Berg", "person"),
        Row("Ruth Adler manages the hall. The Lindqvist Rotunda reopened in June after the "
            "Lindqvist Rotunda was repainted. She said 300 guests came.", "300 guests",
            "Ruth Adler", "person"),
        Row("Omar Haddad owns the club. Fans cheered at the Marlow Arcade on Friday; the Marlow "
            "Arcade was full. He said 40 games were played.", "40 games", "Omar Haddad",
            "person"),
    ],
    # a name's "'s" before "been", "going", "not" ... is "is" or "has" cut short: the name is
    # the subject of its clause, no possessor
    "contracted is and has": [
        Row('Tom Hale and Ray Marsh met on Friday. Marsh\'s going after Hale on taxes this '
            'week. "You have never run 12 agencies," he said.', "12 agencies", "Ray Marsh",
            "person"),
        Row("Ana Lind and Mia Ortiz debated on Friday. Lind's been arguing since May that Ortiz "
            'cannot win. "She has lost 40 counties," she said.', "40 counties", "Ana Lind",
            "person"),
    ],
    # a party noun opening a name of three capitalised words is a title ("Democrat Odalys
    # Venn"), whatever the given name
    "party noun before a name": [
        Row('Democrat Odalys Venn won the seat on Tuesday. "We took 12 towns," she said.',
            "12 towns", "Odalys Venn", "person"),
        Row("Republican Xander Pyle conceded on Friday. He said 40 precincts were close.",
            "40 precincts", "Xander Pyle", "person"),
        # of two party nouns before two names, each name has the nearest
        Row("Republican Jo Lind and Democrat Ana Ruiz disagree on the plan. Ms. Lind said 3 "
            "towns object. The Democrat said 40 clinics would close.", "40 clinics",
            "Ana Ruiz", "person"),
        # a party noun alone is a common noun for a politician, no one's name
        Row("One senior Democrat said 40 votes were missing.", "40 votes",
            "One senior Democrat", "person", resolved=False),
        Row("The lifelong Republican who wrote the speech says 12 aides quit.", "12 aides",
            "lifelong Republican", "person", resolved=False),
    ],
    # a capitalised "The" right after a name opens something new (a heading run into its
    # text), no part of the name
    "heading run into its text": [
        Row("Cheers, Ms. Lind  The harbor chief, Ana Lind, kept the port open. She said 12 "
            "ships came.", "12 ships", "Ana Lind", "person"),
        Row("Thanks, Mr. Haddad  The library chief has been asked to stay. He said 40 books "
            "were lost.", "40 books", "Haddad", "person"),
    ],
    # a "he"/"she" crediting a quote that a colon opens in its own sentence is the subject
    # of the clause before the colon (the writer introduced the speaker)
    "speaker introduced before a colon": [
        Row("Gov. Ray Marsh toured Tula on Monday. Marsh met farmers, and Marsh praised the "
            "mill.\n\nTom Berg, who advised Marsh for years, listed the rules Marsh lives by: "
            '"Never promise 12 things at once," he said.', "12 things", "Tom Berg", "person"),
        Row("Sen. Ana Lind spoke in Reno. Lind thanked voters, and Lind took questions.\n\n"
            "Mia Ortiz, who ran Lind's first race, summed up the night: \"We won 40 "
            'precincts," she said.', "40 precincts", "Mia Ortiz", "person"),
    ],
    # a first initial opening a name stays in it ("C. Winston Marlow"), and a surname met
    # after a middle initial ("Ana K. Berg") is a name when it opens a sentence alone
    "initials": [
        Row("C. Winston Marlow, who advised the board for years, said 12 rules were broken.",
            "12 rules", "C. Winston Marlow", "person"),
        Row("Tom Hale chairs the trust.\n\nE. Ruth Okafor, the treasurer, said 40 grants were "
            "late.", "40 grants", "E. Ruth Okafor", "person"),
        Row("Chief Judge Omar T. Lind heard the appeal. Ray Cole, the defendant, said little."
            "\n\nLind disagreed. He said 30 days in jail was fair.", "30 days", "Omar T. Lind",
            "person"),
    ],
    # two words for a place's people ("Asian-American") name a group, no one "he" refers to
    "nationality words": [
        Row("Chef Paul Berg opened his third bistro on Friday. A food blog named him the best "
            'Asian-American cook in Tula. "We serve 400 plates a night," he said.',
            "400 plates", "Paul Berg", "person"),
        Row("Coach Tomas Vega won the county title again. A Cuban-American booster club paid "
            'for the trip. "We raised $40,000," he said.', "$40,000", "Tomas Vega",
            "person"),
    ],
    # a speaker named once is followed by its pronoun across sentences
    "attribution chains": [
        Row('Ivan Petrov asked Omar Haddad how many had fled. "About 9,000," he told '
            "Petrov.", "About 9,000", "Omar Haddad", "person"),
        Row('Tomas Berg met Gov. Ray Marsh on Monday.\n\nThe governor told reporters the mill '
            'was vital. "I think it is," he said. The plant employs 400 people, he added.',
            "400 people", "Ray Marsh", "person"),
        Row("The stadium was closed, according to the Vale Port Authority. But safety was "
            "never Mayor Jo Marsh's priority. The arena holds 9,000 fans, she said.",
            "9,000 fans", "Jo Marsh", "person"),
        Row("Donald Reyes said the farm was sold. The deed went to Amara Reyes in May. She "
            "says 300 acres were kept.", "300 acres", "Amara Reyes", "person"),
        Row("Interior Minister Jo Halvorsen said 14 police were hurt. He added that 3 cars "
            "burned.", "3 cars", "Jo Halvorsen", "person"),
        Row("The coastguard said 6 boats were missing. It added that 20 fishermen were "
            "rescued.", "20 fishermen", "coastguard", "organisation", resolved=False),
        Row("Tula's foreign ministry said 6 ships had left. The ministry said 20 ships were "
            "due.", "20 ships", "Tula's foreign ministry", "organisation", resolved=False),
        Row("Officials at the Vale water utility said 40 pipes burst. The utility said 12 "
            "crews were out.", "12 crews", "utility", "organisation", resolved=False),
        Row("Moscow said the convoy was hit twice.\n\nThe trucks carried 40 tonnes of "
            "grain, he said.", "40 tonnes", "Moscow", "place"),
        Row('"There were 12 of us," said Farida Haidari, a nurse. "We had 2 beds," she '
            "added.", "2 beds", "Farida Haidari", "person"),
    ],
    # "he" or "she" after an organisation's frame is someone speaking for it only when no
    # person the pronoun fits was named in that frame's paragraph
    "person before a body's frame": [
        Row("Sen. Ana Ortiz faulted Veltran Corp. on Tuesday. The company said it had met every "
            "rule. She said 12 hearings would follow.", "12 hearings", "Ana Ortiz", "person"),
        Row("Rep. Tomas Berg toured the dam. The water board said 40 wells were dry. He said 3 "
            "towns had no water.", "3 towns", "Tomas Berg", "person"),
        Row("Ana Ruiz lost 40 cows in the flood. The ministry said 12 farms were hit. He said "
            "3 towns would get aid.", "3 towns", "ministry", "person", resolved=False),
    ],
    # a name in apposition after "said" and a role noun, followed by a verb, is the subject
    # of what is said, not a speaker after the verb
    "reported apposition": [
        Row("Jo Wren, a candidate for the council, said the incumbent, Hal Biggs, had skipped "
            "14 meetings.", "14 meetings", "Jo Wren", "person"),
        Row("Rep. Tom Hardy, the panel's top Republican, said the chairman, Earl Voss, blocked "
            "3 bills.", "3 bills", "Tom Hardy", "person"),
        Row('"We lost 40 boats," said the harbour master, Ines Vale, adding that 3 crews were '
            "missing.", "40 boats", "Ines Vale", "person"),
    ],
    # a name that ends in an abbreviation's period ("Corp.", "Jr.") is the speaker mention's
    # name; a given name with "Jr." alone is the son, not a namesake named before
    "names ending in a period": [
        Row("Kestrel Corp. said on Monday it would cut 300 jobs.", "300 jobs", "Kestrel Corp",
            "organisation"),
        Row("Gov. Ana M. Roe Jr. said 40 towns were flooded.", "40 towns", "Ana M. Roe Jr",
            "person"),
        Row("Tom Lind spoke first. His son Tom Jr. said 12 farms were sold.", "12 farms",
            "Tom Jr", "person"),
    ],
    # a document noun opening a sentence or a headline ("Poll: ...") is no name
    "document noun opening a sentence": [
        Row("Poll: 52 percent of voters back the levy.", "52 percent", "Poll", "document",
            resolved=False),
        Row("Analysis shows 40 percent of loans were late.", "40 percent", "Analysis",
            "document", resolved=False),
    ],
    # a Romance or Arabic surname joined by lower-case particles ("de la", "da", "y", "van
    # der") is one name, and its first surname stands for it alone
    "surname particles": [
        Row("Labour Minister Rosa Ibarra de la Fuente toured the mill. Ibarra de la Fuente "
            "said 300 jobs would go.", "300 jobs", "Rosa Ibarra de la Fuente", "person"),
        Row("Carlos Mendes da Costa chairs the port board. Mendes da Costa said 14 ships were "
            "late.", "14 ships", "Carlos Mendes da Costa", "person"),
        Row("A navy spokesman, Captain Andres Molina y Prieto, said 6 sailors were hurt.",
            "6 sailors", "Andres Molina y Prieto", "person"),
        Row("Senator Lucia Beatriz Marquez de Almeida spoke on Monday. Marquez said 40 "
            "clinics would close.", "40 clinics", "Lucia Beatriz Marquez de Almeida",
            "person"),
        Row("The club signed Hans van der Berg in May. Van der Berg said 12 games were left.",
            "12 games", "Hans van der Berg", "person"),
        # near miss: "of" still joins an organisation's name, not a person's particle
        Row("The Bank of Tula de Vell said 9 branches would close.", "9 branches",
            "Bank of Tula de Vell", "organisation"),
    ],
    # a family name written first ("Pham Thi Lan"), a Burmese name ("Aung Min Thein") and a
    # given name before "bin" ("Sultan bin ...") are part of the person's name
    "names written family first": [
        Row("Spokeswoman Pham Thi Lan met the envoys. Lan said 30 boats had been seized.",
            "30 boats", "Pham Thi Lan", "person"),
        Row("Major General Aung Min Thein said 40 soldiers had crossed the border.",
            "40 soldiers", "Aung Min Thein", "person"),
        Row("Sultan bin Hamad Al Qasimi told the council 12 wells had run dry.", "12 wells",
            "Sultan bin Hamad Al Qasimi", "person"),
        # near misses: a party word before a given name is no part of the name; a lone
        # name after "Sultan" keeps it as a title
        Row("Republican Mary Ann Fisk said 6 counties had flipped.", "6 counties",
            "Mary Ann Fisk", "person"),
        Row("Sultan Qaboos said 12 wells had run dry.", "12 wells", "Sultan Qaboos", "person"),
    ],
    # "Foreign Minister Ana Calder of Portavia": a title and the words modifying it before a
    # person's name, then "of" and a place, make a person of that place
    "titled person of a place": [
        Row("The county board voted 3-2. Supervisor Dana Whitcomb said the county should spend "
            "$4 million on care.", "$4 million", "Dana Whitcomb", "person"),
        Row("Trustee Omar Vell said 12 schools would close.", "12 schools", "Omar Vell",
            "person"),
        Row("Trade Minister Lena Brandt of Veloria met the envoys. \"We want a deal,\" Ms. "
            "Brandt said, adding that 14 tariffs would fall.", "14 tariffs", "Lena Brandt",
            "person"),
        Row("Foreign Minister Elena Varga of Castellia spoke in Geneva. The minister said 20 "
            "trucks of aid were ready.", "20 trucks", "Elena Varga", "person"),
        Row("Mayor Tom Reed of Fairhaven closed the road. Reed said 12 homes were flooded.",
            "12 homes", "Tom Reed", "person"),
        # near miss: a lone name after a title keeps "of Place" ("Queen Margit of Veloria")
        Row("Queen Margit of Veloria said 20 ships had docked.", "20 ships",
            "Margit of Veloria", "person"),
    ],
    # the first word after a dateline ("TULA (Reuters) - ") opens the sentence: a common
    # plural there is no name
    "after a dateline": [
        Row("MARVELLA (Reuters) - Authorities said on Monday that 12 people had died.",
            "12 people", "Authorities", "organisation", resolved=False),
        Row("TOLAN, May 4 (Reuters) - Witnesses said 30 shots were fired.", "30 shots",
            "Witnesses", "group", resolved=False),
        # near miss: a person's name after the dateline is still a name
        Row("TOLAN (Reuters) - Ana Ruiz said 30 shots were fired.", "30 shots", "Ana Ruiz",
            "person"),
    ],
    # a person's role heading the phrase before a comma-name ("The head of the country's
    # election commission, Jo Roe,") makes a person, not the body in the phrase
    "person heading an apposition": [
        Row("The head of the country's election commission, Thandiwe Nkosi, said 40 ballots "
            "were spoiled.", "40 ballots", "Thandiwe Nkosi", "person"),
        Row("The chief of Tula's port authority, Marta Okoye, said 12 ships were held.",
            "12 ships", "Marta Okoye", "person"),
        # near miss: the body's noun heads the phrase: the name is the body's
        Row("The country's state news agency, Kesta, said 12 ships were held.", "12 ships",
            "Kesta", "organisation"),
    ],
    # names: short forms, fuller forms, initials, titles
    "names": [
        Row("Dockworkers walked out, the Harbour Pilots' Union said. The union said 2,300 "
            "members had joined.", "2,300 members", "Harbour Pilots' Union", "organisation"),
        # a nickname in quotes after a given name is no part of the name
        Row('The plan came from board member Thomas "Tad" Lindqvist. In 2001, Lindqvist met '
            "Ana Roe in Tula. Lindqvist was eager, and he said 40 jobs would go.", "40 jobs",
            "Thomas Lindqvist", "person"),
        Row('On Monday, Marta "Tita" Olsen said 40 people came. "It was full," she said.',
            "40 people", "Marta Olsen", "person"),
        # UTF-8 read as Latin-1 ("Pe\u00c3\u00b1a" for "Pe\u00f1a") keeps the name whole
        Row("Sen. Ana Pe\u00c3\u00b1a toured the port with Tomas Berg. \"We lost 40 jobs,\" "
            "she said.", "40 jobs", "Ana Pe\u00c3\u00b1a", "person"),
        Row("Mayor Luis Ord\u00c3\u00a1s met the envoy. \"It cost $4 million,\" Ord\u00c3\u00a1s "
            "said.", "$4 million", "Luis Ord\u00c3\u00a1s", "person"),
        Row("Ana M. Ortiz chairs the board. Ortiz said profit rose 8 percent.", "8 percent",
            "Ana M. Ortiz", "person"),
        Row("Okafor warned of delays. Later, Ruth Okafor said 61 votes were needed.",
            "61 votes", "Ruth Okafor", "person"),
        Row("President Ilves opened the summit. Ilves said 20 nations had signed.",
            "20 nations", "President Ilves", "person"),
        Row("Speaker of the Assembly Odell Brandt opened the session. He said 31 bills were "
            "pending.", "31 bills", "Odell Brandt", "person"),
        Row("The Secretary of Energy visited Tula. The secretary said 12 mines would close.",
            "12 mines", "Secretary of Energy", "person"),
        Row("Jonah Ferris III founded the fund. Ferris said it held $3 billion.",
            "$3 billion", "Jonah Ferris III", "person"),
        Row("Shares of Quillon Inc rose on Monday. The company said 14 stores would open.",
            "14 stores", "Quillon Inc", "organisation"),
        Row("Hogan Vantreese opened the debate. Besides Vantreese, few spoke. Vantreese said "
            "80 people came.", "80 people", "Hogan Vantreese", "unknown"),
        Row("Republican Marta Quist won the seat. She said 6 counties had flipped.",
            "6 counties", "Marta Quist", "person"),
        Row("The Agency for Coastal Safety (ACS) closed the beach. The ACS said 7 swimmers "
            "were hurt.", "7 swimmers", "Agency for Coastal Safety", "organisation"),
        Row("Voters like Sen. Jo Marsh-that is plain. Marsh said 6 bills had passed.",
            "6 bills", "Jo Marsh", "person"),
        Row("Ban Ji-woo chairs the board. Ban Ji-woo said 14 banks had failed the test.",
            "14 banks", "Ban Ji-woo", "unknown"),
        Row("Gov. Lena Fisk of Ohio met the donors. Later, Fisk said 11 plants would close.",
            "11 plants", "Lena Fisk", "person"),
        Row("Gov. Lena K. Fisk of Ohio met the donors. Later, Fisk said 11 plants would "
            "close.", "11 plants", "Lena K. Fisk", "person"),
        Row("Republican Tomas Vidal and Democrat Ana Lima debated on Monday. Vidal said 70 "
            "bills had stalled.", "70 bills", "Tomas Vidal", "person"),
        Row("Ilves opened the summit. President Ilves said 20 nations had signed.",
            "20 nations", "President Ilves", "person"),
        Row("The trade minister, Wen Hailong, met the envoys. Mr. Wen said 15 tariffs would "
            "fall.", "15 tariffs", "Wen Hailong", "person"),
    ],
    # role nouns stand for the entity named in that role, or for a story's principal
    "role nouns": [
        Row("The Federation of Harbor Pilots struck on Monday. The union said 12 ships waited.",
            "12 ships", "Federation of Harbor Pilots", "organisation"),
        Row("The Teamsters union said on Friday that talks had failed. The union said 97 "
            "percent of members had voted to strike.", "97 percent", "Teamsters union",
            "organisation"),
        Row("Sen. Mara Quist toured the plant. The senator said 300 jobs were saved.",
            "300 jobs", "Mara Quist", "person"),
        Row("Adm. Odile Garnier met the press in Manila. \"We have 40 ships here,\" the "
            "admiral said.", "40 ships", "Odile Garnier", "person"),
        Row("Columnist Mirela Toth wrote a long piece on the vote. \"Turnout fell to 40 "
            "percent,\" the columnist wrote.", "40 percent", "Mirela Toth", "person"),
        Row("Sen. Tomas Berg of Florida spoke first. Later, Sen. Ana Lima of Iowa met the "
            "mayors. The Florida senator said 40 counties were at risk.", "40 counties",
            "Tomas Berg", "person"),
        Row("Sen. Tomas Berg, D-Fla., spoke first. Later, Sen. Ana Lima, R-Iowa, met the "
            "mayors. The Florida senator said 40 counties were at risk.", "40 counties",
            "Tomas Berg", "person"),
        Row("Florida Sen. Tomas Berg spoke first. Later, Iowa Sen. Ana Lima met the mayors. "
            "The Florida senator said 40 counties were at risk.", "40 counties", "Tomas Berg",
            "person"),
        Row("Gov. Ike Obi signed the order. The governor said 12 prisons would close.",
            "12 prisons", "Ike Obi", "person"),
        Row("Candidate Rosa Lind spoke in Reno. The candidate said 40,000 homes were "
            "needed.", "40,000 homes", "Rosa Lind", "person"),
        Row("Oscar-winning actress Ingrid Sol joined the march. The actress said 5,000 people "
            "came.", "5,000 people", "Ingrid Sol", "person"),
        Row("Tomas Vidal toured Iowa on Monday. Vidal met farmers in Ames, and Vidal shook "
            "hands for an hour.\n\nHis aide, Ana Lima, said 3 buses had broken down. The "
            "candidate said 40 towns had been visited.", "40 towns", "Tomas Vidal", "person"),
        Row("Skylane Airways cancelled the route. The airline said 90 flights were "
            "affected.", "90 flights", "Skylane Airways", "organisation"),
        Row('"It was a mistake," the Jordan Sentinel wrote on Sunday. The newspaper said 4 '
            "councillors resigned.", "4 councillors", "Jordan Sentinel", "organisation"),
        Row("The Tidewater Gazette ran the story. The newspaper said 4 councillors resigned.",
            "4 councillors", "Tidewater Gazette", "organisation"),
        Row("The spokesman said 8 flights were cancelled.", "8 flights", "spokesman",
            "person", resolved=False),
        Row("Marlow Industries hired auditors. A team of auditors found 12 files missing. The "
            "team said 3 were shredded.", "3", "team", "organisation", resolved=False),
        Row("The levy was backed by a farmer who said it would raise $2 million.",
            "$2 million", "farmer", "unknown", resolved=False),
        Row("Voters who said the 2 percent levy was too high booed the mayor.", "2 percent",
            "Voters", "group", resolved=False),
        Row("Tessa Marlow won the primary in March. The self-described progressive said "
            "9,000 volunteers had signed up.", "9,000 volunteers", "Tessa Marlow", "person"),
        Row("Nadia Fenn met the investors. The partner said 3 deals had closed.", "3 deals",
            "partner", "unknown", resolved=False),
        Row("A new Harbor Research poll was released on Monday. The poll found 52 percent "
            "backed the plan.", "52 percent", "Harbor Research", "organisation"),
    ],
    # a lone surname one letter off a person named in full is that person misspelt
    "misspelt names": [
        Row("Marta Jenkins chairs the school board. Jenkin said 14 classrooms were empty.",
            "14 classrooms", "Marta Jenkins", "person"),
        Row("Paul Brennan and Rita Brenner spoke at the hearing. Brennen said 30 wells "
            "were dry.", "30 wells", "Brennen", "unknown"),
        Row("Leo Carver sued the Carvers trust. The Carvers said 8 acres were sold.",
            "8 acres", "Carvers", "unknown"),
        Row("Jon Smith put the cost at $4m. Smyth, his rival, said it was 9 schools.",
            "9 schools", "Smyth", "unknown"),
    ],
    # the person a "he"/"she" names in full in their own quote is not the speaker
    "named in the quote": [
        Row("Ada Lind designed the bridge in 1960. For Omar Reyes, a local engineer, it "
            'was a triumph. He said, "Ada Lind built 40 bridges in her life."', "40 bridges",
            "Omar Reyes", "person"),
        Row("Tom Hale painted the mural. For Sam Ortiz, the curator, Hale was a genius. He "
            'said, "Tom Hale sold 300 prints in a year."', "300 prints", "Sam Ortiz",
            "person"),
    ],
    # a dash printed without spaces ends a name even when a capital follows it
    "names run into a dash": [
        Row("Donor Walter Ames III\u2014a Boise banker\u2014gave the money. Ames said 12 "
            "firms had joined.", "12 firms", "Walter Ames III", "person"),
        Row("Carla Dunn\u2014the Denver contractor\u2014built the wing. Dunn said 80 "
            "rooms were finished.", "80 rooms", "Carla Dunn", "person"),
    ],
    # a sentence opening with "he"/"she" keeps its referent the topic (centering)
    "pronoun-led sentences": [
        Row("Ana Ruiz, a former nurse, moved to Tulsa in 2009. She married there and opened "
            'a clinic near the home of Lena Holt. "We treated 300 patients in a month," she '
            "said.", "300 patients", "Ana Ruiz", "person"),
        Row("Omar Diaz, a retired pilot, settled in Reno in 2001. He bought a ranch next to "
            'the one owned by Carl Meyer. "We lost 90 cattle last winter," he said.',
            "90 cattle", "Omar Diaz", "person"),
    ],
    # a pronoun's chain skips frames reported inside its own quote ("Critics claim")
    "chains past nested frames": [
        Row("Rita Vale said the plan was fair. The site sits near the river. It floods most "
            'years. A farm there belongs to Ana Cole. "Critics claim the plan failed. We kept '
            '40 jobs," she said.', "40 jobs", "Rita Vale", "person"),
        Row("Hugo Brandt said the mill would stay open. The mill sits by the canal. Its roof "
            "leaks badly. The land next to it belongs to Paul Weir. \"Some argue it should "
            'close. It employs 200 people," he said.', "200 people", "Hugo Brandt", "person"),
    ],
    # ... and skips an "I" of a quote whose own frame is not found ("he went on")
    "chains past a quote's I": [
        Row('Fire chief Tom Reyes said the night was long. "We worked for hours. I think the '
            'east wing is gone," he went on, pointing at a house that belongs to Carl Meyer.'
            "\n\nThe crews saved 40 homes, he remarked.", "40 homes", "Tom Reyes", "person"),
        Row('Mayor Ana Ortiz said the levee was weak. "We pumped all night. I know the river '
            'is still rising," she went on, looking at a farm owned by Lena Holt.\n\nThe town '
            "lost 12 roads, she added.", "12 roads", "Ana Ortiz", "person"),
    ],
    # ... and skips a frame quoted by someone else ('"Roe said we could not borrow."')
    "chains past quoted reports": [
        Row('"Taxes must rise," Tom Reyes told the council. "Maria Vale said we could not '
            'borrow." He added that 40 staff would go.', "40 staff", "Tom Reyes", "person"),
        Row('"The plant is safe," Ana Ortiz told reporters. "Tomas Berg said the pumps were '
            'fixed." She added that 12 engineers were on site.', "12 engineers", "Ana Ortiz",
            "person"),
    ],
    # '"...," he added' reaches past one quoted paragraph with no frame to the speaker
    # before it; names inside that quotation do not break the chain
    "chains across quote paragraphs": [
        Row('Mayor Tom Reyes spoke for an hour. "We are ready," Reyes said.\n\n"Carl Meyer '
            'built the levee. Carl Meyer worked on it for years."\n\n"We saved 40 homes," he '
            "added.", "40 homes", "Tom Reyes", "person"),
        Row('Ana Ortiz chairs the board. "The budget is tight," Ortiz said.\n\n"Lena Holt '
            'wrote the plan. Lena Holt knows the numbers."\n\n"We cut 12 posts," she added.',
            "12 posts", "Ana Ortiz", "person"),
    ],
    # names joined by "and" are two people: a lone surname or a full name is neither pair
    "coordinated names": [
        Row("Hart and Okafor met the mayors on Monday. Okafor said 40 bridges needed repairs.",
            "40 bridges", "Okafor", "unknown"),
        Row("Khalid and Noor Haddad run the farm. Noor Haddad said the harvest fell 30 percent.",
            "30 percent", "Noor Haddad", "unknown"),
        Row("Economists Sofia Lindqvist and Ravi Mehta said growth would slow. They said "
            "exports would weigh.\n\n\"Growth will slow to 1.6 percent,\" they wrote.",
            "1.6 percent", "Sofia Lindqvist and Ravi Mehta", "group"),
    ],
    # a description or a sentence-opening "he"/"she" continues the previous sentence's
    # subject (centering), when the attribution chain is broken
    "previous subject": [
        # a description with "former" opening the sentence before stands for the former holder
        Row('Former Gov. Rick Hale faces a primary. "Rick had his chance," Paul Benning said. '
            "The former governor laughed. He said he would win by 12 points.", "12 points",
            "Rick Hale", "person"),
        # a description of a person opening the sentence before is its subject too
        Row("Gov. Tomas Berg met Ivan Petrov on Monday. Petrov said 40 roads were shut. The "
            "governor is under pressure to act. He said 12 bridges would close.", "12 bridges",
            "Tomas Berg", "person"),
        Row("Sen. Ana Lind met Mia Ortiz in Tula on Monday. Ortiz said 40 jobs were lost. The "
            "Tula senator is struggling to hold on. She says 12 mills will close.", "12 mills",
            "Ana Lind", "person"),
        Row("Vale Holdings fell 2 percent. On Monday, Quillon rose 4 percent. The online "
            "furniture retailer said sales grew 14 percent.", "14 percent", "Quillon",
            "unknown"),
        Row("Jo Hart said the dam was safe. Hart added that 12 gates were new. Mia Cole, the "
            "engineer, agrees with Hart. She told reporters 30 pumps were idle.", "30 pumps",
            "Mia Cole", "person"),
    ],
    # role nouns for media, campaigns and boards, and the issuers of documents
    "media, campaigns and issuers": [
        Row("The Orlo Sentinel editorial board backed the levy on Sunday. The board wrote that "
            "40 schools needed new roofs.", "40 schools", "Orlo Sentinel", "organisation"),
        Row("The Daily Courier broke the story in May. The daily said 12 officers were "
            "suspended.", "12 officers", "Daily Courier", "organisation"),
        Row("The Lima campaign raised $4 million in May. The campaign said 9,000 donors gave.",
            "9,000 donors", "Lima campaign", "organisation"),
        Row("Democratic presidential candidate Ana Lima is releasing a new ad on Monday. The ad "
            "says 300 jobs were lost.", "300 jobs", "Ana Lima", "person"),
        Row("A Courier/Harbor poll found 52 percent backed the plan. The poll said 30 percent "
            "were undecided.", "30 percent", "Courier/Harbor", "organisation"),
    ],
    # a person's name, roles and kind read off the words around it
    "people of organisations": [
        Row("Tomas Reyna of Vale University led the survey. Ana Lima praised it. He said 40 "
            "percent of farms were dry.", "40 percent", "Tomas Reyna", "person"),
        Row("Health ministry spokeswoman Ana Lima said 40 clinics had shut.", "40 clinics",
            "Ana Lima", "person"),
        Row("Rita Okafor, who ran the campaign, said 40 volunteers had quit.", "40 volunteers",
            "Rita Okafor", "person"),
    ],
    # "the company"/"the firm" for a name introduced with a noun for a business
    "business descriptions": [
        Row("Shares of Pellwick, the parent company of two banks, rose. The index fell after "
            "a loss at the oil giant Orvex. The company said output dropped 9 percent.",
            "9 percent", "Orvex", "organisation"),
        Row("Nordal, a logistics company, hired staff. Later the carmaker Lutra cut shifts. "
            "The firm said 600 jobs would go.", "600 jobs", "Lutra", "organisation"),
        Row("Brisk Group cut its outlook on Friday. The chipmaker said 900 jobs would go.",
            "900 jobs", "Brisk Group", "organisation"),
        Row("Senator Ana Lima met Brisk Group on Friday. The lawmaker said 900 jobs would go.",
            "900 jobs", "Ana Lima", "person"),
    ],
    # background names: inside a relative clause, or modifying a role noun ("a Roe aide")
    "background names": [
        Row("Rosa Grant leads the race. Linda Moss spoke to reporters after a meeting with "
            "donors who have backed Grant. She says 40 donors have signed up.", "40 donors",
            "Linda Moss", "person"),
        Row("Hugo Lenz runs the union. Mark Ruiz met workers on Friday at a plant which Lenz "
            "had visited. He says 300 jobs are safe.", "300 jobs", "Mark Ruiz", "person"),
        Row("Rosa Grant leads the race. A Grant aide said turnout was high. Linda Moss met "
            "voters in Akron. She says 40 donors have signed up.", "40 donors", "Linda Moss",
            "person"),
        Row("Hugo Lenz runs the union. Two Lenz advisers said the talks had stalled. Mark Ruiz "
            "toured the plant later. He says 300 jobs are safe.", "300 jobs", "Mark Ruiz",
            "person"),
    ],
    # a report inside a quote is claimed by the quote's speaker unless its own is named
    "nested frames": [
        Row('"I think we lost 40 homes," Mayor Ana Ortiz said.', "40 homes", "Ana Ortiz",
            "person"),
        Row('Mayor Ana Ortiz said: "We believe 40 homes were lost."', "40 homes",
            "Ana Ortiz", "person"),
        Row('"Our engineers think 40 homes were lost," Mayor Ana Ortiz said.', "40 homes",
            "Ana Ortiz", "person"),
        Row('"Tom Reyes told me 40 homes were lost," Mayor Ana Ortiz said.', "40 homes",
            "Tom Reyes", "person"),
        Row("Mayor Ana Ortiz said that the fire chief, Tom Reyes, believes 40 homes were "
            "lost.", "40 homes", "Tom Reyes", "person"),
        Row("The Harbour Board put the loss at $2m, not the $9m claimed by the Pellham Group.",
            "$9m", "Pellham Group", "organisation"),
        Row("Tomas Berg said the march drew 800 people, far fewer than the 5,000 estimated "
            "by its organisers.", "800 people", "Tomas Berg", "person"),
        Row("Tomas Berg said the march drew 800 people, far fewer than the 5,000 estimated "
            "by its organisers.", "5,000", "organisers", "group", resolved=False),
        Row("Mayor Ana Ortiz said the board had discussed a cut of 40 posts.", "40 posts",
            "Ana Ortiz", "person"),
        Row("Mayor Dana Kerr said officials told her that 40 people had died.", "40 people",
            "Dana Kerr", "person"),
        Row("Officials said analysts expect 40 cuts.", "40 cuts", "analysts", "group",
            resolved=False),
    ],
    # a share of people that speaks ("Only 12 percent said") reports the result of the poll
    # named just before, and so does the next sentence's account of how the poll was taken
    # ("It surveyed 650 voters"); with no poll it is the writer's
    "shares of a poll's respondents": [
        Row("A survey by the Orlo Institute found that 64 percent of riders rated the buses as "
            "poor. Only 12 percent said service had improved.", "12 percent", "Orlo Institute",
            "organisation"),
        Row("The Orlo Institute poll put Roe at 44 percent and Lima at 39 percent. Another 9% "
            "said they would not vote.", "9%", "Orlo Institute", "organisation"),
        Row("Roe won 44 percent of the vote. Only 12 percent said they liked Lima.",
            "12 percent", None),
        Row("The Orlo Institute poll put Roe at 44 percent.\n\nAt a rally in Tula, 5,000 people "
            "cheered. Only 30 percent said they had voted before.", "30 percent", None),
        Row("A survey by the Orlo Institute found that 64 percent of riders rated the buses as "
            "poor. Of the 300 staff at the depot, only 12 percent said they would strike.",
            "12 percent", None),
        Row("A survey by the Orlo Institute found that 64 percent of riders rated the buses as "
            "poor. About 30 percent said service had improved.", "About 30 percent",
            "Orlo Institute", "organisation"),
        Row("The Orlo poll put Roe at 44 percent, though turnout in 2020 was 61 percent.",
            "61 percent", None),
        Row("A poll by the Orlo Institute found that 48 percent back the levy. It surveyed 650 "
            "adults and had a margin of 4 points.", "650 adults",
            "Orlo Institute", "organisation"),
        Row("A poll by the Orlo Institute found that 48 percent back the levy. The survey of 640 "
            "nurses was conducted by phone.", "640 nurses", "Orlo Institute",
            "organisation"),
        Row("A poll by the Orlo Institute found that 48 percent back the levy. Fares rose. It "
            "surveyed 650 voters.", "650 voters", None),
        Row("Vell Bank said profits rose. It surveyed 1,800 customers.", "1,800 customers",
            None),
        Row("A poll by the Orlo Institute found that 48 percent back the levy. The institute "
            "surveyed 650 adults by phone.", "650 adults", "Orlo Institute", "organisation"),
        Row("A survey by Tarn Analytics found rents rose. Tarn polled 900 tenants in May.",
            "900 tenants", "Tarn Analytics", "organisation"),
        Row("A poll by the Orlo Institute found that 48 percent back the levy. The city reached "
            "400 homes with the new line.", "400 homes", None),
        Row("A poll by the Orlo Institute found that 48 percent back the levy. Police questioned "
            "40 people after the march.", "40 people", None),
        Row("A poll by the Orlo Institute found 60 percent back the levy. Engineers surveyed 40 "
            "bridges last year.", "40 bridges", None),
        Row("A poll by the Orlo Institute found 60 percent back the levy. Lima's campaign polled "
            "800 voters.", "800 voters", None),
        Row("A survey by the Tarn Herald found the new arena is over budget. It reached $400 "
            "million last month.", "$400 million", None),
        Row("A poll by the Orlo Institute found Roe ahead. It surveyed 650 voters. Only 30 "
            "percent said they trusted Lima.", "30 percent", "Orlo Institute", "organisation"),
        Row("A poll by the Orlo Institute found Roe ahead. Of those polled, 40 percent said "
            "they trusted Lima.", "40 percent", "Orlo Institute", "organisation"),
        Row("A poll by the Orlo Institute found Roe ahead. It surveyed 650 voters in the U.S. "
            "and had a margin of 3 points.", "3 points", "Orlo Institute",
            "organisation"),
        Row("The Orlo poll put Roe at 44 percent overall and at 51 percent among women.",
            "51 percent", "Orlo", "organisation"),
        Row("A survey of the union's 4,000 members by the Tarn Courier found that 60 percent "
            "backed the strike.", "4,000 members", "Tarn Courier", "unknown"),
        Row("A survey of 1,000 adults carried out by the Tarn Courier found that 30 percent "
            "rent.", "1,000 adults", "Tarn Courier", "unknown"),
        Row("The Orlo Institute's monthly poll of 60 grain buyers found that 55 percent "
            "saw prices rising.", "60 grain buyers", "Orlo Institute", "organisation"),
        Row("A poll of 25 analysts by the Tarn Ledger had forecast a rise of 1.1 percent.",
            "25 analysts", "Tarn Ledger", "unknown"),
    ],
    # a name before a noun of a tie between people ("colleague", "ally") and another name
    # modifies it: the second name is the sentence's subject
    "names before relation nouns": [
        Row('Marsh continued: "It is bad."\n\nHe concluded: "It is over."\n\nHolt\'s Vell '
            'Radio colleague Tom Reyes faced criticism after he said 40 members had left.',
            "40 members", "Tom Reyes", "person"),
        Row('Marsh continued: "It is bad."\n\nHe concluded: "It is over."\n\nVell Radio '
            'anchor Tom Reyes faced criticism after he said 40 members had left.',
            "40 members", "Tom Reyes", "person"),
    ],
    # a quotation within a quotation, in single marks after a named speaker's cue, is that
    # speaker's; after an unnamed one's it stays the outer speaker's
    "quotations within quotations": [
        Row('Mayor Ana Ortiz spoke on Monday. "In May, Tom Reyes told us, \'We are 80 percent '
            'done,\' and then the money ran out," Ortiz said.', "80 percent", "Tom Reyes",
            "person"),
        Row('Mayor Ana Ortiz spoke on Monday. "Our planner, Tom Reyes, walked over and warned, '
            '\'The depot needs 900 more tyres,\' so we ordered them," Ortiz said.',
            "900 more tyres", "Tom Reyes", "person"),
        Row('Mayor Ana Ortiz spoke on Monday. "When Tom Reyes ran the board and said, \'Fees '
            'will stay at 3 percent,\' nobody checked," Ortiz said.', "3 percent",
            "Tom Reyes", "person"),
        Row('Mayor Ana Ortiz spoke on Monday. "My planner told me, \'We lost 40 homes,\' and '
            'I believed it," Ortiz said.', "40 homes", "Ana Ortiz", "person"),
        Row('Mayor Ana Ortiz spoke on Monday. "Tom Reyes told the board, \'frankly,\' that '
            'the plan would cost $40 million," Ortiz said.', "$40 million", "Tom Reyes",
            "person"),
        Row('Mayor Ana Ortiz spoke on Monday. "When I asked Tom Reyes how many, he said, \'40 '
            'percent,\' and walked out," Ortiz said.', "40 percent", "Tom Reyes", "person"),
    ],
    # a figure right after the verb is its object, not a date ending a closing frame
    "object figures": [
        Row("Police counted 600 marchers; the Pellham Group claimed 4,000.", "4,000",
            "Pellham Group", "organisation"),
        Row("Police counted 600 marchers; the Pellham Group claimed 4,000.", "600 marchers",
            None),
    ],
    # no claim: the article's own voice
    "no speaker": [
        Row("The storm destroyed 40 homes on Monday.", "40 homes", None),
        Row("Tomas Berg, who said little, owns 3 farms.", "3 farms", None),
        Row("The levy, which the mayor said was fair, cost farmers $3 million.", "$3 million",
            None),
    ],
    # a group a pollster asked speaks itself; people at a body speak for it
    "polled groups": [
        Row("Economists surveyed by the Tula Ledger had expected growth of 0.4 percent.",
            "0.4 percent", "Economists surveyed by the Tula Ledger", "group", resolved=False),
        Row("Most of the 30 forecasters polled by Corvin Wire expect a rate of 4.5 percent.",
            "4.5 percent", "Most of the 30 forecasters polled by Corvin Wire", "group",
            resolved=False),
        Row("Analysts at Brightwater Capital estimate that sales fell 3 percent.",
            "3 percent", "Brightwater Capital", "organisation"),
        Row("Sales fell 3 percent, analysts at Brightwater Capital said.", "3 percent",
            "Brightwater Capital", "organisation"),
    ],
    # of namesakes, a bare surname is the one the text already calls by it; two titled
    # names joined by "and" are two people
    "namesakes and pairs": [
        Row("Mara Voss won the primary in Tula. Voss said 40 counties backed her. Her husband, "
            "former Gov. Peter Voss, campaigned with her.\n\nVoss said 12 more counties would "
            "follow.", "12 more counties", "Mara Voss", "person"),
        Row("Sen. Dana Whitlock of Ohio and Sen. Jo Hart of Iowa met on Monday. Whitlock said "
            "40 farms had failed.", "40 farms", "Dana Whitlock", "person"),
        Row("Lena Marsh of Counter Point met the mayor. Marsh said 40 listeners had called.",
            "40 listeners", "Lena Marsh", "person"),
    ],
    # a party's members opening a sentence are a named group "they" refers to
    "named groups": [
        Row("Lawmakers met in Tula on Monday.\n\nRepublicans say the Democrats are stalling "
            "the budget. They say 40 bills are stuck.", "40 bills", "Republicans", "group"),
        Row("Voters queued in Lima.\n\nDemocrats argue the Republicans misread the polls. They "
            "say 12 seats are in play.", "12 seats", "Democrats", "group"),
    ],
    # a document noun stands for the issuer its phrase names, else stays a document
    "document issuers": [
        # a candidate's share is no poll taken
        Row("Sen. Ana Roe polled 12 percent in May. The poll found 40 percent of voters were "
            "undecided.", "40 percent", "poll", "document", resolved=False),
        Row("According to a new study from the Marlow Institute, 62 percent of adults cycle.",
            "62 percent", "Marlow Institute", "organisation"),
        Row("The study, carried out by Tarn Analytics for the port board, found "
            "that 58 percent of pilots were tired.", "58 percent", "Tarn Analytics",
            "organisation"),
        Row("The report, carried by the Orlo Herald, found that 40 percent of tenants pay too "
            "much.", "40 percent", "report", "document", resolved=False),
        Row("The report, released on Monday by the Hale Foundation, found that 40 percent of "
            "tenants pay too much.", "40 percent", "Hale Foundation", "organisation"),
        Row("Ana Roe's latest ad says Jo Lima raised taxes 9 percent.", "9 percent", "Ana Roe",
            "person"),
        Row("A memo from Jo Roe's chief of staff says 40 staff will go.", "40 staff",
            "memo from Jo Roe's chief of staff", "document", resolved=False),
        Row("Exit polls from the Ohio primary show 55 percent backed Roe.", "55 percent",
            "Exit polls from the Ohio primary", "document", resolved=False),
        Row("Polls show 55 percent of voters back the bridge.", "55 percent", "Polls",
            "document", resolved=False),
        Row("Jo Lima's campaign is airing a new spot in Vale County. The spot says rents rose "
            "9 percent. It also claims 400 homes were sold.", "400 homes", "spot", "document",
            resolved=False),
        Row("Tomas Berg owns 40 cows, according to Tula Farm Bureau filings. He says 12 calves "
            "were born in May.", "12 calves", "Tomas Berg", "person"),
    ],
    # a document noun whose issuer came in as the subject of the verb it nominalises
    # ("polled" ... "the poll"), not past another such document or a passive
    "issuer by the document's verb": [
        Row("The Kessler Group polled 1,400 voters in March. The poll found 52 percent backed "
            "the levy.", "52 percent", "Kessler Group", "organisation"),
        Row("The Orvane Court of Appeals ruled 3-0 on Friday. The ruling said the county owed "
            "$12 million.", "$12 million", "Orvane Court of Appeals", "organisation"),
        Row("The Tolbeck Water Co. was sued over the outage on Monday. The suit says 9,000 "
            "homes lost water.", "9,000 homes", "suit", "document", resolved=False),
        Row("The Kessler Group polled 1,400 voters in March. In April a new poll found 44 "
            "percent backed it. The poll found 52 percent backed the levy.", "52 percent",
            "new poll", "document", resolved=False),
    ],
    # a document after a role noun's possessive ("the company's statement") stands for
    # whom the role noun does; a document with no issuer named stays a document
    "possessive and unnamed documents": [
        Row("The Pell Commission met for six hours. The commission's final report said 40 "
            "bridges were unsafe.", "40 bridges", "Pell Commission", "organisation"),
        Row("The company's statement said 40 bridges were unsafe.", "40 bridges",
            "company's statement", "document", resolved=False),
        Row("A study published Tuesday found 30 percent of firms cut jobs.", "30 percent",
            "study published Tuesday", "document", resolved=False),
        Row("The report, released Friday, said the Harlan Mills Co. had lost $40 million.",
            "$40 million", "report", "document", resolved=False),
    ],
    # unresolved speakers keep their own words and kind
    # a question put to a named person: the answer's "he" or "she" is the one asked
    "questions and answers": [
        # an auxiliary opening a question is no part of the name after it
        Row("The mayor, Tomas Berg, wants a second term. Did Berg keep his pledges? "
            "\"We opened 40 more parks,\" he said.", "40 more parks", "Tomas Berg",
            "person"),
        Row("Sen. Tom Hale said he would publish his records.\n\nLast month, the Ledger's "
            "Scott Roe asked Hale whether questions about his age were fair.\n\n\"Sure. I "
            "walk 5 miles a day,\" he said.", "5 miles a day", "Tom Hale", "person"),
        Row("Radio host Hugh Vale asked Tom Hale about remarks he had made the night before, "
            "when he claimed 40 people had left.", "40 people", "Tom Hale", "person"),
        Row("Ben Ortiz asked her to call Mr. Hale at once. \"We need 40 votes,\" he wrote.",
            "40 votes", "Ben Ortiz", "person"),
        Row("Tom Ortiz asked Mark Hale to lead the effort. He said 40 people would help.",
            "40 people", "Tom Ortiz", "person"),
    ],
    # rules that must not reach too far: each sentence reads as no rule had fired
    "rules held back": [
        Row("Judge Ana Lima retired last year. The Vell Corp board met on Monday. The board's "
            "decision said 40 jobs would go.", "40 jobs", "board's decision", "document",
            resolved=False),
        Row("Voters are angry, and a lawsuit has the Vale Party worried. The suit says 40 "
            "ballots were lost.", "40 ballots", "suit", "document", resolved=False),
        Row("Tom Hale sued the city. A statement from the mayor said 40 homes must be rebuilt.",
            "40 homes", "statement from the mayor", "document", resolved=False),
        Row("John Paul Jones spoke first. Paul Roe, a farmer, spoke next. Paul said 40 cows "
            "died.", "40 cows", "Paul Roe", "person"),
        Row("Acme Freight said it moved 40 tons. Acme Shipping said 12 ships docked. Acme said "
            "5 more were due.", "5", "Acme", "unknown"),
        Row("Ana Lima, who heads to Ohio on Monday, met voters. The head of the panel said 40 "
            "bills stalled.", "40 bills", "head of the panel", "person", resolved=False),
        Row("Vale Bank's University Center lost $40 million, the bank said.", "$40 million",
            "Vale Bank", "organisation"),
        Row('He held up a placard: "Stop 40 evictions."', "40 evictions", None),
        Row("He first saw the city as a boy in 1970, when 40 farms ringed it.", "40 farms",
            None),
        Row("Justice Tom Hale retired in May. The court split 4 to 4 in June. The order said "
            "12 cases would be heard again.", "12 cases", "order", "document", resolved=False),
    ],
    # names that end where a second titled name begins, or go on past a capitalised word
    "name edges": [
        Row("Mayor Fenwick Okoro and Council President Ana Lima met on Monday. \"We have 40 "
            "days,\" the mayor told reporters.", "40 days", "Fenwick Okoro", "person"),
        Row("Wages rose 5 percent last year, reports Metro Today.", "5 percent",
            "Metro Today", "unknown"),
        Row("Wages rose 5 percent last year, Metro Today reported.", "5 percent",
            "Metro Today", "unknown"),
        Row("Ruth Day, a nurse at the clinic, said 40 beds were free. She added that 12 "
            "more would open.", "12", "Ruth Day", "person"),
        Row("In an editorial, Dr. Ana Lind of Vell Children's Hospital wrote that 40 beds "
            "were short.", "40 beds", "Ana Lind", "person"),
        Row("Doctors at Vell Children's Hospital treated 40 patients, Vell Children's Hospital "
            "said.", "40 patients", "Vell Children's Hospital", "organisation"),
        Row("The Harbor Fishermen's Union said 40 boats stayed in port.", "40 boats",
            "Harbor Fishermen's Union", "organisation"),
        Row("According to the Farm Workers' Confederation, pay fell 9 percent.", "9 percent",
            "Farm Workers' Confederation", "organisation"),
        Row("Carmaker Vell Motors said 40 jobs would go.", "40 jobs", "Vell Motors",
            "organisation"),
        Row("Confectioner Ardlow Foods said it would raise prices by 12 percent.",
            "12 percent", "Ardlow Foods", "organisation"),
        Row("Wheat closed at 310 dollars a tonne, according to data from the Port Rell Grain "
            "Exchange.", "310 dollars a tonne", "Port Rell Grain Exchange", "organisation"),
        Row("Port Rell said fishing fell 12 percent.", "12 percent", "Port Rell", "place"),
        Row("The Chief Inspectorate of Prisons said 40 cells held three men.", "40 cells",
            "Chief Inspectorate of Prisons", "organisation"),
        Row("Orlo Television is part of the network President Ana Lima set up. The network "
            "said 40 staff would move.", "40 staff", "Orlo Television", "organisation"),
        Row("The Times reported 40 deaths at the Vell Motors plant. Vell Motors denied it. The "
            "paper said 3 reporters were threatened.", "3 reporters", "Times", "organisation"),
        Row("The broadcaster Al Orlo said 12 reporters were held. The network said 3 were "
            "freed.", "3", "Al Orlo", "organisation"),
        Row("Shoemaker Construction said 12 more jobs may go.", "12 more jobs",
            "Shoemaker Construction", "organisation"),
        Row("Orlo Insurance Agency said rates would rise. The company said 12 agents quit.",
            "12 agents", "Orlo Insurance Agency", "organisation"),
        Row("The airline NordAir said 40 flights were late.", "40 flights", "NordAir",
            "organisation"),
        Row("Prices rose 9 percent, the Tula Statistics Bureau said. Central bank Governor Ana "
            "Lima said the bank expected inflation to ease to 5.5 percent.", "5.5 percent",
            "Ana Lima", "person"),
        Row("Speaking in the port city of Drevna, Ana Lima praised the deal. The company said "
            "40 ships would call.", "40 ships", "company", "organisation", resolved=False),
        Row("Orlo News Network fired its host. Viewers saw it on TV. The network said 40 staff "
            "would go.", "40 staff", "Orlo News Network", "organisation"),
        Row("TARNOW, May 4 (Wire) - Orlo Health, which runs 3 clinics in Tarnow, lost 27 "
            "million pounds, the company said.", "27 million pounds", "Orlo Health",
            "organisation"),
        Row("UN: AID CUT BY 40 PERCENT - The United Nations said on Friday.", "40 PERCENT",
            "United Nations", "organisation"),
        Row("Wholesaler Pellam Freight said 2 million packs were late.", "2 million packs",
            "Pellam Freight", "organisation"),
        Row("Giant Orlo said 40 stores would close.", "40 stores", "Giant Orlo", "unknown"),
        Row("Lawmaker Ana Lima said 40 bills were waiting.", "40 bills", "Ana Lima", "person"),
        Row("The Tula Women's League said 40 members had quit.", "40 members",
            "Tula Women's League", "organisation"),
        Row("The Tula Workers' Party said 6,000 members had joined.", "6,000 members",
            "Tula Workers' Party", "organisation"),
        Row("The Orlo Fishermen's Cooperative said 35 percent of boats stayed in port.",
            "35 percent", "Orlo Fishermen's Cooperative", "organisation"),
        Row("Sigvard Almqvist started Cinder Freight in 2004. Cinder now moves 14,000 crates "
            "a year.\n\nThe 58-year-old said 30 drivers had joined.", "30 drivers",
            "Sigvard Almqvist", "unknown"),
        Row("Tom Hale, director of the group, said 40 firms had closed.", "40 firms",
            "Tom Hale", "person"),
        Row("Rita Moss edits the Harlow Gazette. \"Ads fell 30 percent,\" said Harlow Gazette's "
            "owner, Leo Hart, \"and they will fall more.\"", "30 percent", "Leo Hart",
            "person"),
    ],
    "unresolved": [
        Row("He said 7 people were arrested.", "7 people", "He", "person", resolved=False),
        Row("Officials said 30 homes burned.", "30 homes", "Officials", "group",
            resolved=False),
        Row("The Ohio Republican said 40 members backed the bill.", "40 members",
            "Ohio Republican", "person", resolved=False),
        Row("They said 30 homes burned.", "30 homes", "They", "group", resolved=False),
        Row("A lawyer for the Vale Group said 30 jobs would go.", "30 jobs",
            "lawyer for the Vale Group", "person", resolved=False),
        Row("The report said 30 homes burned.", "30 homes", "report", "document",
            resolved=False),
        Row("A study released on Friday in three states by Vale Bank found 40 percent of "
            "wells were dry.", "40 percent", "Vale Bank", "organisation"),
        Row("A Lima staff memo was leaked on Monday. The memo said 40 staff would leave.",
            "40 staff", "memo", "document", resolved=False),
        Row("A new poll showed Ana Lima ahead on Monday. The poll found 52 percent backed her "
            "plan.", "52 percent", "new poll", "document", resolved=False),
        Row("Two aides familiar with the talks said a deal with Vale Holdings was close. They "
            "said 14 clauses were agreed.", "14 clauses", "Two aides familiar with the talks",
            "group", resolved=False),
        Row("Economists polled by Vell Weekly expect growth of 2 percent. Most of them said "
            "inflation, now 7 percent, was too high.", "7 percent",
            "Economists polled by Vell Weekly", "group", resolved=False),
        Row("Dock workers struck on Monday. The port reopened, but harbour pilots said they "
            "expect 40 ships a day.", "40 ships", "harbour pilots", "group", resolved=False),
        Row("The researchers, led by Dr. Ines Marr, tracked 2,100 adults. Walkers lived 3 "
            "years longer, they found.", "3 years", "researchers", "group",
            resolved=False),
        # "they" continues the chain of a common plural opening its sentence, which is
        # itself the (generic, resolved) name "Companies"; a plural of a noun for people
        # ("Regulators") is no name at all
        Row("Companies say costs rose 9 percent. What's more, they note, 4 plants closed.",
            "4 plants", "Companies", "group"),
        Row("Regulators said 300 barrels leaked. They said 12 birds died.", "12 birds",
            "Regulators", "group", resolved=False),
    ],
    # a name ending in a business word ("Capital", "Steel", "Polling") is an organisation's,
    # unless a given name opens it; a possessive glued to a lone word before such a name is
    # part of it; role nouns for bodies ("the utility", "the think tank", "the union")
    "business names": [
        Row("The Tula County Sheriff's Office said deputies found 3 hikers.", "3 hikers",
            "Tula County Sheriff's Office", "organisation"),
        Row("The Tula County Sheriff's Office opened a road. Deputies found 2 hikers, the "
            "sheriff's office said.", "2 hikers", "Tula County Sheriff's Office", "organisation"),
        # a title goes with the name, whatever business word ends it
        Row("Gen. Tunde Power said the vote was close. He said 3 towns were lost.", "3 towns",
            "Tunde Power", "person"),
        # "led" a rival is no charge of an organisation
        Row("Roe led Okafor by 300 votes. The firm that built the machines was blamed. The "
            "company said 12 machines failed.", "12 machines", "company", "organisation",
            resolved=False),
        Row("Tarrow Steel cut 600 jobs, the company said on Friday.", "600 jobs",
            "Tarrow Steel", "organisation"),
        Row("Ellery Power asked regulators for a rate rise. The utility said 9 substations "
            "had flooded.", "9 substations", "Ellery Power", "organisation"),
        Row("Pemberly's Restaurants reported a loss. The chain said 30 outlets would close.",
            "30 outlets", "Pemberly's Restaurants", "organisation"),
        Row("Ostby Polling surveyed voters in May. The pollster said 52 percent backed the "
            "levy.", "52 percent", "Ostby Polling", "organisation"),
        Row("The Corvane Policy Institute studied the tariff. The think tank said 400 jobs "
            "were at risk.", "400 jobs", "Corvane Policy Institute", "organisation"),
        Row("The Brotherhood of Dock Workers met on Monday. The union said 90 percent had "
            "voted to strike.", "90 percent", "Brotherhood of Dock Workers", "organisation"),
        Row("The Wendle School District set its budget. The district said 90 posts would go.",
            "90 posts", "Wendle School District", "organisation"),
        # near misses: a given name before the business word, a place's possessive, a
        # pollster introduced as a person
        Row("Mariana Steel, a nurse, said 40 beds were free.", "40 beds", "Mariana Steel",
            "person"),
        Row("Peru's Ostrava Mining said 12 shafts had shut.", "12 shafts", "Ostrava Mining",
            "organisation"),
        Row("Democratic pollster Ana Lima ran the survey. The pollster said 52 percent backed "
            "the levy.", "52 percent", "Ana Lima", "person"),
    ],
    # person role nouns and titles: council and assembly members, justices, prosecutors,
    # press secretaries, and chief executives written "CEO"
    "person roles": [
        Row("Vell Labs named Ada Lorne as chief executive. The new CEO said 300 jobs would go.",
            "300 jobs", "new CEO", "person", resolved=False),
        Row("An audit by State Comptroller Ray Ellis found 12 agencies had overspent.",
            "12 agencies", "Ray Ellis", "person"),
        Row('"This bill is a disgrace," said Senate Minority Leader Hal Reece. Senate '
            'Majority Whip Tom Corbin spoke next. "It saves 40 clinics," he said.',
            "40 clinics", "Tom Corbin", "person"),
        Row("Councilwoman Ifeoma Brandt said 300 homes would be built.", "300 homes",
            "Ifeoma Brandt", "person"),
        Row("Assemblyman Kofi Marr filed the bill. The assemblyman said 12 members backed it.",
            "12 members", "Kofi Marr", "person"),
        Row("Justice Ilse Marren wrote for the court. The justice said 4 statutes were void.",
            "4 statutes", "Ilse Marren", "person"),
        Row("District Attorney Femi Okafor charged the driver. The prosecutor said 3 "
            "witnesses saw the crash.", "3 witnesses", "Femi Okafor", "person"),
        Row("Ravi Tull, the city hall press secretary, spoke first. The press secretary said "
            "20 roads were shut.", "20 roads", "Ravi Tull", "person"),
        Row("The CEO of Dunmore Labs, Edda Vinter, spoke on Monday. The CEO said 70 staff "
            "would be hired.", "70 staff", "Edda Vinter", "person"),
        # near miss: a capitalised acronym that is no role stays a name
        Row("The NAACP met on Monday. The NAACP said 70 chapters had voted.", "70 chapters",
            "NAACP", "organisation"),
    ],
}


def _params() -> list[object]:
    out: list[object] = []
    for cls, rows in ROWS.items():
        for row in rows:
            marks = pytest.mark.xfail(strict=True, reason=row.bug) if row.bug else ()
            out.append(pytest.param(row, id=f"{cls}: {row.text[:40]}", marks=marks))
    return out


@pytest.mark.parametrize("row", _params())
def test_speaker_of_quantity(row: Row) -> None:
    doc = attribquant.extract(row.text)
    found = [q for q in doc.quantities if q.text == row.quantity]
    assert found, f"no quantity {row.quantity!r} in {[q.text for q in doc.quantities]}"
    sp = found[0].speaker
    if row.name is None:
        assert sp is None
        return
    assert sp is not None, "no speaker"
    assert (sp.name, sp.kind, sp.resolved) == (row.name, row.kind, row.resolved)


def test_the_table_is_large_and_grouped() -> None:
    assert sum(len(rows) for rows in ROWS.values()) >= 40
    assert all(len(rows) >= 2 for rows in ROWS.values())
