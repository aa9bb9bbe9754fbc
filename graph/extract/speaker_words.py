"""The nouns a news story names speakers by when it gives no name: offices and trades ("the senator"), family ("his
wife"), party ("the Republican"), people acting together ("critics", "the protesters") and bodies ("the campaign",
"the city"). :mod:`graph.extract.speakers` reads which earlier subject a later "he", "she", "they" or "it" stands for
with them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLE_NOUNS = frozenset(
    {"actor", "actress", "adviser", "advisor", "aide", "analyst", "anchor", "attorney", "author", "billionaire",
     "businessman", "businesswoman", "candidate", "chairman", "chairwoman", "challenger", "chancellor", "chief",
     "commissioner", "congressman", "congresswoman", "councillor", "donor", "executive", "founder", "front-runner",
     "frontrunner", "governor", "hopeful", "host", "incumbent", "journalist", "judge", "lawmaker", "lawyer", "leader",
     "mayor", "mep", "minister", "mogul", "mp", "msp", "nominee", "official", "president", "prosecutor", "reporter",
     "secretary", "senator", "sheriff", "speaker", "spokesman", "spokesperson", "spokeswoman", "star", "strategist"}
)  # fmt: skip
"""Nouns of the offices and trades a news story names people by: "the Ohio senator" is a person a later "he" or
"she" can stand for, as a named person is."""
KIN_NOUNS = frozenset(
    {"father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle", "aunt", "grandfather",
     "grandmother", "grandson", "granddaughter", "nephew", "niece", "cousin", "friend", "neighbor", "neighbour",
     "colleague", "boss", "partner", "fiancé", "fiancee", "boyfriend", "girlfriend", "widow", "widower"}
)  # fmt: skip
"""Nouns of family and friendship that name a person by whose they are ("my father", "his wife")."""
PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "gentleman", "lady"})
"""Nouns that name a person by sex alone: "the woman" is someone a later "she" can stand for."""
EVERYDAY_PEOPLE = frozenset(
    {"guy", "kid", "child", "baby", "teen", "youth", "adult", "person", "pilot", "guard", "coach", "chef", "cop",
     "crew", "staff", "victim", "suspect", "patient", "client", "customer", "tenant", "guest", "witness", "inmate",
     "detainee", "refugee", "migrant", "immigrant", "priest", "bishop", "pope", "nun", "monk", "rabbi", "imam",
     "pastor", "cleric", "nurse", "doctor", "surgeon", "agent", "envoy", "diplomat", "clerk", "captain", "sergeant",
     "colonel", "general", "admiral", "soldier", "marine", "veteran", "expert", "student", "pupil", "graduate",
     "resident", "citizen", "native", "local", "tourist", "fan", "athlete", "celebrity", "hero", "artist", "poet",
     "judge", "juror", "chief", "head", "boss", "heir", "candidate", "delegate", "rival", "ally", "critic", "aide",
     "landlord", "king", "queen", "prince", "princess", "duke", "duchess", "monarch", "deputy", "vicar", "mum", "dad",
     "mom", "bride", "groom", "referee", "principal", "dean", "pundit", "rookie", "tycoon", "burglar", "schoolgirl",
     "schoolboy", "couple", "pair", "team", "club", "convict", "millionaire", "billionaire", "thief", "spy", "gang",
     "mob", "lad", "bloke", "chap", "fellow", "orphan", "hostage", "captive", "sheikh", "cardinal", "lord", "saint",
     "detective", "cadet", "nanny", "maid", "butler", "twin", "sibling", "kin", "mate", "buddy", "pal", "folk"}
)  # fmt: skip
"""Nouns of people by what they are or do that no agent ending marks ("the pilot", "a guy", "the victim"), beside the
roles, kin and sexes of the other lists."""
PARTISANS = frozenset({"republican", "democrat", "conservative", "liberal", "independent", "progressive", "tory"})
"""Party words that, after "the", name one politician the story is about ("The Republican said …")."""
PARTIES = {"republican": "R", "gop": "R", "democrat": "D", "democratic": "D", "libertarian": "LBT", "tory": "C",
           "conservative": "C", "labour": "L", "liberal democrat": "LD", "lib dem": "LD", "snp": "SNP", "ukip": "UKIP",
           "plaid cymru": "PC"}  # fmt: skip
"""Party names, capitalised, of one word or two, with the party each names ("the Kentucky Republican", "the GOP
nominee", "the Lib Dem leader": the Liberal Democrats')."""
PARTY_WORDS = frozenset(word for name in PARTIES for word in name.split())
"""The words of the party names: "liberal" and "democrat" of "Liberal Democrat" tell a party, not a place."""
PHRASAL_CUES = frozenset(
    {("shoot", "back"), ("fire", "back"), ("hit", "back"), ("go", "on"), ("chime", "in"), ("cut", "in"),
     ("break", "in"), ("point", "out")}
)  # fmt: skip
"""Verbs of saying made of a verb and its particle ("she shot back, “…”", "he pointed out that …")."""
COLLECTIVE_NOUNS = frozenset(
    {"activist", "advocate", "ally", "campaign", "critic", "delegate", "economist", "expert", "group", "member",
     "observer", "opponent", "organisation", "organization", "organizer", "organiser", "proponent", "protester",
     "researcher", "resident", "supporter", "union", "voter", "worker"}
)  # fmt: skip
"""Plural nouns of people acting together: "the groups", "critics" is what a later "they" can stand for."""
BODY_NOUNS = frozenset(
    {"administration", "agency", "bank", "board", "campaign", "city", "commission", "committee", "company", "council",
     "county", "court", "department", "firm", "government", "group", "ministry", "network", "organisation",
     "organization", "party", "paper", "newspaper", "state", "union", "university"}
)  # fmt: skip
"""Singular nouns of bodies that speak as one ("the campaign", "the city", "Acme's board"): what a later speaking
"it" stands for ("The city sent a letter. It says …")."""
COMPANY_NOUNS = frozenset(
    ["company", "firm", "corporation", "business", "group", "conglomerate", "giant", "maker", "manufacturer",
     "automaker", "carmaker", "chipmaker", "airline", "carrier", "bank", "lender", "insurer", "retailer", "agency",
     "organisation", "organization", "charity", "network", "club", "team", "franchise", "union", "party"]
)  # fmt: skip
"""Nouns whose bare singular definite description stands for the organisation the article has named most ("the
company", "the airline"); unlike :data:`BODY_NOUNS`, not the bodies that speak for a place ("the city", "the state")."""
BUSINESS_NOUNS = frozenset(
    ["company", "firm", "corporation", "business", "conglomerate", "maker", "manufacturer", "automaker", "carmaker",
     "chipmaker", "drugmaker", "airline", "carrier", "bank", "lender", "insurer", "retailer", "chain", "supermarket",
     "studio"]
)  # fmt: skip
"""Nouns of businesses: "the company" is a business named before it, never the regulator, council or union that
dealt with it."""
TRADE_HEADS = frozenset(
    ["company", "firm", "corporation", "conglomerate", "maker", "manufacturer", "chain", "retailer", "lender",
     "insurer", "giant"]
)  # fmt: skip
"""Nouns of businesses that the nouns of a trade may qualify and still name the business named before ("the tech
giant", "the software maker", "the supermarket chain"); not "bank" nor "studio" ("the food bank", "the recording
studio" are others)."""


def trade_giant(noun: Token) -> bool:
    """Whether a noun is "giant" qualified by a trade ("the tech giant"): a business; "the giant" alone may be a
    person."""
    return noun.lower_ == "giant" and any(c.dep_ == "compound" for c in noun.lefts)


PUBLIC_BODY_WORDS = frozenset(
    ["authority", "department", "council", "agency", "police", "constabulary", "brigade", "service", "court",
     "tribunal", "commission", "office", "ministry", "executive", "union", "trust", "bureau", "administration",
     "board", "committee", "institute", "university", "college", "school", "hospital", "party", "government",
     "parliament", "congress", "senate", "assembly", "regulator", "watchdog", "inspectorate", "ombudsman", "army",
     "navy", "force", "forces", "federation", "association", "foundation", "coalition", "campaign", "charity",
     "society", "league", "nhs"]
)  # fmt: skip
"""Words that make a name a public body's, a union's or a society's ("the Competition and Markets Authority", "Essex
County Council", "the Usdaw union"): no business a later "the company" stands for."""
ROLE_GENDERS = {
    **dict.fromkeys(
        (
            "woman",
            "girl",
            "lady",
            "actress",
            "starlet",
            "heiress",
            "businesswoman",
            "chairwoman",
            "congresswoman",
            "spokeswoman",
            "mother",
            "daughter",
            "sister",
            "wife",
            "aunt",
            "grandmother",
            "granddaughter",
            "niece",
            "girlfriend",
            "widow",
            "fiancee",
        ),
        "she",
    ),
    **dict.fromkeys(
        (
            "man",
            "boy",
            "gentleman",
            "gunman",
            "businessman",
            "chairman",
            "congressman",
            "spokesman",
            "father",
            "son",
            "brother",
            "husband",
            "uncle",
            "grandfather",
            "grandson",
            "nephew",
            "boyfriend",
            "widower",
        ),
        "he",
    ),
}
"""The pronoun a role noun takes when the noun says it ("the spokeswoman": "she")."""


SUPPORTERS = frozenset(
    {"donor", "voter", "supporter", "backer", "fan", "volunteer", "strategist", "consultant", "operative",
     "pollster", "aide", "adviser", "advisor", "activist"}
)  # fmt: skip
"""Nouns of people who work for or back a party without standing for it: "a Republican donor", "Democratic
strategist Tom Hill" are no politicians of it."""
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
"""Endings of nouns of people by what they do ("manager", "director", "lobbyist", "chairwoman")."""
PEOPLE_BY_ROLE = ROLE_NOUNS | KIN_NOUNS | PERSON_NOUNS | EVERYDAY_PEOPLE | SUPPORTERS
"""Nouns of people by what they do or are to others, that :func:`of_people` looks words up in."""


def names_a_party(name: str) -> bool:
    """Whether a name is a party's, by its members' plural or with "Party" ("the Lib Dems", "Tories", "the Labour
    Party"): a body that speaks, never a person."""
    words = name.lower().removeprefix("the ").removesuffix(" party").split()
    if not words:
        return False
    last = words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    return " ".join([*words[:-1], singular]) in PARTIES


def of_people(noun: Token) -> bool:
    """Whether a noun names people by what they do or are to others ("spokesman", "manager", "wife"), not a thing
    the parser set a name beside ("her use of a server as secretary of state, Ann Lee")."""
    word = noun.lemma_.lower()
    return word in PEOPLE_BY_ROLE or word.endswith(AGENT_ENDINGS)
