"""The curated words that type an actor: news outlets by name, words that only outlets' names hold, and the cues of
places and people in the text around a name."""

from __future__ import annotations

from graph.names import DEMONYM_ENDINGS

OUTLET_NAMES = frozenset(
    ["Reuters", "AFP", "AP", "Associated Press", "Press Association", "BBC", "CNN", "Bloomberg", "Politico", "Axios",
     "Interfax", "TASS", "RIA Novosti", "Kommersant", "Vedomosti", "Izvestia", "Meduza", "RT", "Guardian",
     "Observer", "Economist", "Independent", "Express", "Mail", "Mirror", "Sun", "NPR", "PBS", "ABC", "NBC", "CBS",
     "Fox News", "MSNBC", "Al Jazeera", "Al-Jazeera", "Sky News", "ITV", "Channel 4", "France 24", "Deutsche Welle",
     "Xinhua", "Kyodo", "Yonhap", "Haaretz", "Le Monde", "Der Spiegel", "Spiegel", "TMZ", "Daily Beast", "Newsweek",
     "Euronews", "Ukrinform", "Ukrainska Pravda", "Novaya Gazeta", "Interreviewed", "Breitbart", "Business Insider",
     "HuffPost", "Huffington Post", "BuzzFeed", "Vox", "Slate", "Salon", "National Review", "ProPublica", "Mashable",
     "TechCrunch", "Gawker", "Mediaite", "Talking Points Memo", "RealClearPolitics", "FiveThirtyEight", "Rolling Stone",
     "Vanity Fair", "USA Today", "Fox Business", "CNBC", "C-SPAN", "Univision", "Telemundo"]
)  # fmt: skip
"""Outlets known by a name no other word of theirs gives away ("RT", "Meduza"); whatever the recogniser says."""
OUTLET_WORDS = frozenset(
    ["Times", "Journal", "News", "Post", "Herald", "Tribune", "Telegraph", "Gazette", "Chronicle", "Daily", "Wire",
     "Press", "Radio", "TV", "Television", "Broadcasting", "Newsweek", "Jazeera", "Reporter", "Inquirer", "Enquirer",
     "Bulletin", "Dispatch", "Magazine"]
)  # fmt: skip
"""Words that, in an organisation's name, make it a news outlet ("The Western Journal"); a person's name never is.
"Examiner" and "Courier" are left out: bodies' names hold them too ("the County Medical Examiner's Office", "Acme
Courier Services")."""
OUTLET_NOUNS = frozenset(
    ["newspaper", "paper", "tabloid", "broadcaster", "outlet", "channel", "magazine", "website", "daily", "weekly"]
)  # fmt: skip
"""Nouns that say the name beside them is an outlet's ("the news outlet Meduza", "Kommersant, a daily")."""
OUTLET_ENDINGS = OUTLET_NOUNS - {"paper", "channel", "daily", "weekly"}
"""Nouns of outlets that, as a name's last word, make it an outlet's: "paper", "channel", "daily" and "weekly" end
names of people, places and firms too ("Tom Daily", "the Varnold Channel", "Dorvan Paper, the mill owner")."""
PUBLICATION_NOUNS = frozenset(["newspaper", "tabloid", "magazine"])
"""Nouns of outlets that make the name right before them an outlet's ("Dorvan magazine", "the Varn newspaper"); a
firm has a website or a channel of its own ("the Orvane website")."""
PLACE_PREPOSITIONS = frozenset(["in", "near", "around", "outside", "across", "throughout", "inside"])
"""Prepositions whose object the recogniser called a person is a place ("fighting around Kherson")."""
NOT_NAMES = frozenset(["ADV", "ADP", "SCONJ", "CCONJ", "DET", "PRON", "VERB", "AUX", "INTJ", "PART"])
"""Parts of speech of one-word entities that name nothing ("Halfway through the month, ...")."""
TIME_ZONES = frozenset(
    ["GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
     "PDT", "AKST", "AKDT", "HST", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT"]
)  # fmt: skip
"""Time zones written after a clock time ("06:00 BST", "9 a.m. EDT"): there they are part of the time, no actor."""
PRODUCT_NOUNS = frozenset(
    ["computer", "player", "phone", "smartphone", "handset", "tablet", "device", "laptop", "console", "camera",
     "software", "browser", "app", "car", "vehicle", "truck", "sedan", "suv", "jet", "airliner", "aircraft", "plane",
     "model", "line", "family", "version", "edition"]
)  # fmt: skip
"""Nouns of things made and sold that a product's name modifies ("the iPod music player", "its Mac computers")."""
THING_VERBS = frozenset(
    ["cost", "weigh", "hold", "include", "feature", "replace", "measure", "contain", "store", "play", "run", "support"]
)  # fmt: skip
"""Verbs whose subject may be a thing ("the gadget costs 300 dollars"): their subject is no evidence of a maker."""
ORGANISATION_HEADS = frozenset(
    ["party", "committee", "council", "ministry", "department", "agency", "commission", "corporation", "association",
     "institute", "foundation", "bureau", "university", "college", "inc", "corp", "ltd", "llc", "plc"]
)  # fmt: skip
"""Last words that make a name an organisation's whatever the recogniser says ("Germany's Green Party" is no place;
"Union", "Federation", "Bank" and "Office" end places too: "the Soviet Union", "the Russian Federation",
"the West Bank", "the Oval Office")."""
LEGAL_FORMS = frozenset(
    ["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "plc", "n.v", "nv",
     "ag", "sa", "s.a", "gmbh", "ab", "asa", "oyj"]
)  # fmt: skip
"""Words that do not tell organisations apart ("Apple Inc." is Apple)."""
FIRM_TRADES = frozenset(
    ["group", "holdings", "industries", "enterprises", "foods", "dairy", "dairies", "farms", "hardware", "motors",
     "airlines", "airways", "pharmaceuticals", "technologies", "systems", "logistics", "insurance", "construction",
     "bakery", "brewery", "creamery", "distillery", "winery", "laboratories", "ventures", "entertainment",
     "productions", "publishing", "communications", "electronics", "solutions", "supermarkets", "restaurants",
     "labs", "pictures", "studios", "films", "rail", "railways", "media", "energy", "chemicals", "petroleum", "mining",
     "capital", "resources", "securities", "investments", "properties", "therapeutics",
     "biosciences", "semiconductors", "software", "shipping", "networks"]
)  # fmt: skip
"""Trades a firm's name ends with, and no person's or place's: "Kestrel Dairy" and "Grange Hardware" are no people,
whatever the recogniser says ("Mills", "Steel" and "Church" end people's names too: "Tom Steel"). Unlike
:data:`ORGANISATION_HEADS`, they tell no two bodies apart: "Kestrel" is short for "Kestrel Dairy"."""
SHORT_FORM_ENDINGS = LEGAL_FORMS | FIRM_TRADES
"""Last words a firm's name drops after it is named in full: "Valdra" for "Valdra AB", "Corvane" for "Corvane
Systems"."""
SERVICE_TRADES = frozenset(["consulting", "consultancy", "consultants", "associates", "realty", "services"])
"""Trades a firm's name ends with that its founder's name opens as often as not ("Lorna Ashby Associates", "Dorsey
Services"): they make the name a firm's, but "Ashby" alone is as likely the founder as the firm."""
ORGANISATION_ENDINGS = (
    ORGANISATION_HEADS | FIRM_TRADES | SERVICE_TRADES | {"company", "co", "incorporated", "limited", "pac"}
)
"""Last words that make a name an organisation's, whatever the recogniser says ("Q. R. Kell & Company", "Vale & Co.";
of :data:`LEGAL_FORMS`, those that end no person's name; "Conservative Solutions PAC", a political action
committee)."""
QUANTIFIERS = frozenset(
    ["few", "many", "most", "some", "several", "all", "both", "none", "any", "more", "fewer", "others", "each",
     "either", "neither", "half", "much", "lot", "plenty", "a", "an", "the", "only", "very", "too", "so", "quite"]
)  # fmt: skip
"""Words of a phrase that counts without naming whom ("few are calling for …", "many say"): no actor by themselves."""
PEOPLE_NOUNS = frozenset(
    ["man", "woman", "boy", "girl", "child", "kid", "baby", "teen", "person", "individual", "mother", "father", "mom",
     "dad", "parent", "son", "daughter", "brother", "sister", "wife", "husband", "widow", "widower", "friend",
     "neighbour", "neighbor", "family", "couple", "victim", "suspect", "colleague", "partner", "candidate",
     "nominee", "delegate", "advocate", "pilot", "cop", "police", "guard", "host", "star", "fan", "boss", "judge",
     "jury", "panel", "crew", "staff", "relative", "someone", "somebody", "anyone", "everyone", "nobody", "chief",
     "head", "aide", "staffer", "player", "official", "deputy", "expert", "analyst", "diplomat", "witness",
     "source", "general", "spokesperson", "envoy", "pope", "king", "queen", "prince", "princess", "chef", "team",
     "side", "camp", "regime", "military", "army", "navy", "leadership", "rep", "attorney", "principal", "plaintiff",
     "defendant", "pair", "adversary", "girlfriend", "boyfriend", "fiancee", "nephew", "niece", "uncle", "aunt",
     "cousin", "grandmother", "grandfather", "spouse", "prosecution", "defence", "defense", "opposition", "public",
     "press", "media", "crowd", "community", "office", "parliament", "television", "tv", "radio", "wire", "blog",
     "site", "station", "secretary", "brigade", "studio", "coach", "captain", "quarterback", "athlete", "champion",
     "actress", "heiress", "waitress", "hostess", "nurse", "surgeon", "medic", "paramedic", "priest", "bishop",
     "vicar", "nun", "monk", "imam", "rabbi", "cleric", "pundit", "sheriff", "chair", "tycoon", "mogul",
     "billionaire", "millionaire", "veteran"]
)  # fmt: skip
"""Singular nouns that name people or a body of them without an agent's ending (:data:`AGENT_ENDINGS`)."""
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "ent", "ant", "crat")
"""Endings of nouns that name who does something ("writer", "governor", "economist", "spokesman", "resident",
"resident"); a noun ending so in "-ment" names a thing ("the agreement"). "-ess", "-ive" and "-ee" are left out:
"business", "initiative" and "fee" name things as often as "actress", "representative" and "employee" name people."""
WORK_HEADS = frozenset(
    ["Act", "Rules", "Agreement", "Accord", "Treaty", "Show", "Series", "Fight", "Championship", "Championships",
     "Cup", "Games", "Olympics", "Festival", "Marathon", "Tour", "Derby", "Awards", "Prize", "Bowl", "Tournament"]
)  # fmt: skip
"""Capitalised words that make a name of two words or more a work's, a document's or an event's when they end it or
come before "of" or "de" ("the Clean Rivers Act", "Rook's Rules of Order", "the Valley Pillow Fight", "the Tour de
Marne"): no actor, whatever the recogniser says."""
VENUE_HEADS = frozenset(
    ["Center", "Centre", "Arena", "Stadium", "Hotel", "Theater", "Theatre", "Coliseum", "Auditorium", "Ballpark",
     "Pavilion", "Plaza", "Mall", "Airport"]
)  # fmt: skip
"""Last words of the names of buildings where things happen ("the Dunmore Arena"): such a name is a place where the
text puts something in or at it ("spoke at the Dunmore Center"), and may be a body elsewhere ("the Media Center
found")."""
VENUE_PREPOSITIONS = frozenset(["at", "in", "inside", "outside", "near"])
"""Prepositions that put something in or at a building (:data:`VENUE_HEADS`)."""
PUBLISHING_VERBS = frozenset(["report", "publish", "break", "air", "broadcast", "write", "print"])
"""Verbs of publishing: their "by" agent is an outlet ("as reported by the Valley Ledger"), and so is the
organisation they put words "in" ("wrote in the Valley Review")."""
WRITING_NOUNS = frozenset(["article", "column", "editorial", "op-ed", "headline", "podcast", "broadcast", "columnist"])
"""Nouns of what outlets publish: an organisation's name modifying one is an outlet's ("a Valley Review article")."""
PLACE_NOUNS = frozenset(
    ["city", "town", "village", "hamlet", "country", "nation", "state", "province", "region", "county", "district",
     "capital", "island", "suburb", "port", "borough", "neighbourhood", "neighborhood", "municipality", "territory",
     "enclave", "republic", "kingdom", "emirate", "oblast", "prefecture", "canton", "township", "parish"]
)  # fmt: skip
"""Nouns of places: a name they take with "of" or stand beside is a place's ("the northern city of Varnold",
"Varnold, a port town", "the region's capital, Varnold"), whatever the recogniser says."""
STREET_WORDS = frozenset(
    ["road", "street", "avenue", "lane", "drive", "boulevard", "crescent", "terrace", "highway", "parkway", "rd", "st",
     "ave", "blvd"]
)  # fmt: skip
"""Last words of streets' names ("Harding Road", "Mill Lane"); not "close", "way", "row" nor "square", which end
people's names as often ("Glenn Close")."""
STREET_PREPOSITIONS = frozenset(["on", "in", "along", "off", "near", "at", "down", "up", "across", "outside"])
"""Prepositions that put something on a street ("on Harding Road", "off Mill Lane")."""
OF_PLACES = frozenset(
    ["people", "citizens", "residents", "inhabitants", "population", "mayor"]
)  # fmt: skip
"""Nouns whose "of" phrase names a place ("the people of Varnold", "the mayor of Varnold"); never their possessive,
which a person's name takes too ("Ann Lee's people"). "government" is left out: a government is a leader's too ("the
government of Prime Minister Ann Lee"), and so is "capital" (a firm's: "the capital of Dorvan Corporation")."""
FAITHS = frozenset(
    ["islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "jainism", "taoism", "shinto",
     "catholicism", "protestantism", "mormonism", "zoroastrianism", "bahaism", "sufism", "shiism", "sunnism",
     "evangelicalism", "atheism"]
)  # fmt: skip
"""Names of religions, which the recogniser may label organisations: a faith is believed, it is no actor (its
bodies are: "the Catholic Church")."""
BODY_APPOSITIVES = frozenset(
    ["company", "firm", "corporation", "conglomerate", "airline", "bank", "agency", "organisation", "organization",
     "charity", "club", "team", "union", "party", "group", "militia", "movement", "faction", "coalition", "alliance",
     "label", "studio", "network", "startup", "chain", "brand"]
)  # fmt: skip
"""Nouns of bodies that, beside a name the recogniser called a person's, make it a body's ("the militant group
Kalvar", "Dorvan, the budget airline"); never a noun that may name a person too ("Ann Lee, a shoe manufacturer",
"a retailer", "a publisher"), nor "band" ("Tom Hill, a one-man band")."""
PERSON_APPOSITIVES = frozenset(
    ["actress", "aide", "analyst", "attorney", "businessman", "businesswoman", "chairman", "chairwoman",
     "commissioner", "congressman", "congresswoman", "executive", "governor", "journalist", "judge", "lawmaker",
     "lawyer", "mayor", "minister", "nominee", "president", "prosecutor", "reporter", "senator", "sheriff", "spokesman",
     "spokeswoman", "spokesperson", "strategist", "wife", "husband", "widow", "widower", "man", "woman", "ceo",
     "professor", "economist", "singer", "novelist", "diplomat", "doctor", "nurse", "teacher", "soldier"]
)  # fmt: skip
"""Nouns of offices, trades and family that, set after a name the recogniser called an organisation's, make it a
person's ("Ann Vell, the former Acme chief executive", "Hale, a senator from Ohio"); never a noun a body may be
called too ("Acme, the market leader", "a partner", "a donor", "the host", "the government's adviser", "a daughter
of the Varn group", "a takeover candidate", "an activist investor", "a state actor")."""
STUDY_NOUNS = frozenset(
    {"analysis", "assessment", "audit", "census", "evaluation", "inquiry", "investigation", "poll", "probe", "report",
     "research", "review", "study", "survey",
     "accord", "act", "agreement", "amendment", "bill", "charter", "constitution", "decree", "directive", "law",
     "motion", "regulation", "resolution", "ruling", "treaty", "verdict"}
)  # fmt: skip
"""Studies and legal texts, which state what they found, estimate or call for ("the audit found that …", "a study
estimated that …", "the treaty calls for a ceasefire"); not a plan, a proposal, a measure or a budget, whose "calls
for" says what it needs. A source they head is no person ("according to a spring Acme poll")."""
USING_VERBS = frozenset(["prescribe", "swallow", "inject", "smoke", "ingest", "snort"])
"""Verbs of taking a drug, whose object is a thing, never an actor acted on ("patients swallow Zelorax"); a name that
is only ever their object names no actor. "Take" and "use" are left out: they take people too ("took Acme to
court", "used Ruiz as a pinch hitter")."""
TIME_PREPOSITIONS = frozenset(["on", "during", "before", "after", "since", "until", "till", "through", "over"])
"""Prepositions of time: a name ending in a word of days after one is a day ("shops close on Harvest Day")."""
DAY_WORDS = frozenset(["Day", "Eve", "Week", "Weekend"])
"""Last words of the names of days and holidays ("Harvest Day", "Founders' Eve"): a time where the text uses it so."""
THING_HEADS = frozenset(
    ["weekend", "holiday", "celebration", "festivity", "pill", "tablet", "capsule", "dose", "drug", "medication",
     "medicine", "prescription", "injection", "vaccine", "brand", "product"]
)  # fmt: skip
"""Nouns of times and of things taken or sold that a name modifies as their kind ("the Harvest Day weekend", "Zelorax
pills"); "the Varn administration", "Acme shares" or "the Hale campaign" stay an actor's."""
PEOPLE_ENDINGS = (*DEMONYM_ENDINGS, "ist")
"""Endings of the words for a people or a creed's followers ("Varnian", "Tarnist"): such an adjective before a noun
qualifies it ("a Tarnist cell"), and its plural names people, a group ("Varnians voted")."""
PEOPLE_WORDS = frozenset(["latino", "latina", "latinx", "filipino", "filipina", "chicano", "chicana"])
"""Words for peoples that no ending tells ("Latino voters", "Filipinos voted"), in lower case."""
PLURAL_PEOPLE_ENDINGS = (*PEOPLE_ENDINGS, "ican", "ic")
"""Endings of the singular of plurals that name a people ("Americans", "Hispanics"); a singular so ending often names
a firm ("Atlantic"), so these two count only in a plural. "-an" alone is left out: surnames end so ("Tom Evans …
Evans said")."""
