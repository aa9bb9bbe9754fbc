"""How the merge normalises names and wordings before it compares them."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from graph.given_names import CENSUS_FEMALE, CENSUS_MALE

DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")
"""Endings of words that qualify rather than name ("Russian", "European", "Chinese", "British")."""
STOPWORDS = frozenset(["the", "of", "and", "for", "in", "on", "at", "a", "an", "'s"])
TITLES = frozenset(
    [
        *("insp", "inspector", "supt", "superintendent", "cpl", "corporal", "pvt", "pfc", "spc", "cmdr", "commander"),
        *("brig", "ofc", "atty", "asst", "cllr", "councillor", "constable", "msgr", "pres", "amb"),
        "ch",
        "president",
        "prime",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "general",
        "gen",
        "col",
        "colonel",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "former",
        "late",
        "russian",
        "ukrainian",
        "us",
        "u.s.",
        "american",
        "british",
        "chinese",
        "french",
        "german",
        "leader",
        "blogger",
        "deputy",
        "secretary",
        "spokesman",
        "spokeswoman",
        "minister",
        "ceo",
        "chairman",
        "chairwoman",
        "chief",
        "executive",
        "judge",
        "justice",
        "officer",
        "sgt",
        "sergeant",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "det",
        "detective",
        "rev",
        "reverend",
        "attorney",
        "prosecutor",
        "sheriff",
        "commissioner",
        "ambassador",
        "premier",
        "actor",
        "actress",
        "singer",
        "coach",
        "director",
        "analyst",
    ]
)
"""Words before a name that are titles or descriptions, not part of it ("President", "Mr", "blogger")."""
RANK_INITIALS = frozenset(["DCI", "DS", "DC", "DSI", "DCS", "PC", "PCSO"])
"""British police ranks by their initials, which copy writes before a name with no full stop ("DCI Karen Holt", "PC
Tom Lee"). They spell other things too ("Washington DC", "PC World"), so they make a person only before a given name;
"DI" is left out, for it opens surnames ("Di Stefano")."""
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "bin", "ibn", "al"}
)
"""Lower-case words inside a name ("Ana de la Cruz", "Ursula von der Leyen")."""
FEMALE_HONORIFICS = frozenset(["mrs", "ms", "miss", "lady", "dame", "madam", "mme"])
MALE_HONORIFICS = frozenset(["mr", "sir", "lord", "m"])
"""Honorifics that tell a person's sex: "Mrs Howard" is not Michael Howard where he is "Mr Howard"."""
HONORIFICS = FEMALE_HONORIFICS | MALE_HONORIFICS
FEMALE_GIVEN_NAMES = frozenset(
    ["mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
     "nancy", "lisa", "betty", "margaret", "sandra", "donna", "michelle", "emily", "dorothy", "amanda",
     "melissa", "deborah", "stephanie", "rebecca", "sharon", "cynthia", "kathleen", "amy", "angela", "anna",
     "helen", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel",
     "catherine", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
     "christina", "lauren", "joan", "judith", "megan", "cheryl", "martha", "hannah", "jacqueline", "gloria",
     "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia",
     "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "diana", "natalie",
     "brittany", "charlotte", "marie", "kayla", "lori", "katie", "kate", "jane", "susannah", "harriet", "sophie",
     "chloe", "lucy", "ellie", "caroline", "fiona", "claire", "clare", "louise", "theresa", "hillary",
     "condoleezza", "angelina", "britney", "oprah", "beyonce", "rihanna", "madonna", "ella", "irene",
     "rosa", "yvonne", "michaela", "gabrielle", "veronica", "monica", "sylvia", "wendy", "vanessa", "jill",
     "joanna", "joanne", "alicia", "alison", "allison", "anne", "annie", "april", "audrey", "beth", "bonnie",
     "brooke", "carla", "carol", "carole", "carolyn", "cathy", "cindy", "colleen", "connie",
     "courtney", "debbie", "deb", "eileen", "elaine", "eleanor", "ellen", "erica", "erin", "esther", "eva",
     "gail", "gina", "holly", "ingrid", "isabel", "jenny", "josephine", "julia", "juliet", "june",
     "kristen", "laura", "leah", "lillian", "lily", "lorraine", "marcia", "maureen", "melanie",
     "miriam", "molly", "naomi", "nina", "nora", "norma", "paula", "peggy", "penny", "phyllis", "rita", "rose",
     "rosemary", "sally", "sheila", "shirley", "sonia", "sue", "suzanne", "tammy", "tina", "tracy", "valerie",
     "vera", "vivian", "zoe", "nadia", "fatima", "olga", "natalia", "svetlana", "irina", "elena", "marina",
     "ursula", "greta", "marianne", "brigitte", "simone", "agnes", "edith", "ethel"]
)  # fmt: skip
MALE_GIVEN_NAMES = frozenset(
    ["james", "robert", "john", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
     "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
     "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
     "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
     "samuel", "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron",
     "jose", "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold", "jeremy",
     "ethan", "carl", "keith", "roger", "gerald", "christian", "sean", "arthur", "austin", "noah", "lawrence",
     "joe", "bryan", "billy", "bruce", "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "ralph",
     "roy", "eugene", "louis", "philip", "russell", "bobby", "vincent", "fred", "frederick", "tony", "barack",
     "bill", "bob", "tom", "jim", "mike", "steve", "dave", "dan", "ben", "nick", "tim", "ted", "vladimir", "boris",
     "luis", "carlos", "pedro", "miguel", "ahmed", "mohammed", "muhammad", "hassan", "omar", "ivan", "dmitry",
     "sergei", "igor", "hugh", "ian", "neil", "colin", "graham", "nigel", "simon", "martin", "gordon", "alistair",
     "alastair", "rupert", "oliver", "harry", "adrian", "alfred", "allen", "andy", "antonio", "barry", "bernard",
     "bradley", "brett", "calvin", "chad", "chuck", "clarence", "craig", "curtis", "darren", "derek",
     "dominic", "don", "doug", "duncan", "dylan", "earl", "eddie", "edwin", "elijah", "ernest", "evan", "gareth",
     "gavin", "geoffrey", "grant", "greg", "hank", "harvey", "herbert", "howard", "isaac", "jake", "jared",
     "javier", "jeff", "joel", "johnny", "jon", "jorge", "ken", "kenny", "kurt", "lance", "leo", "leon",
     "leonard", "lewis", "lloyd", "lucas", "luke", "malcolm", "manuel", "marcus", "mario", "marvin", "matt",
     "maurice", "max", "melvin", "mitchell", "nelson", "norman", "oscar", "owen", "pete", "phil", "randy", "ray",
     "reginald", "ricardo", "rick", "ricky", "rob", "rod", "rodney", "ron", "ross", "rudy", "seth", "shane",
     "stanley", "stuart", "todd", "travis", "trevor", "troy", "victor", "wade", "warren", "wesley", "zach",
     "alexei", "andrei", "yuri", "mikhail", "nikolai", "abdul", "ibrahim", "yusuf", "giuseppe", "luca",
     "francesco", "hans", "klaus", "pierre", "jacques", "emmanuel", "angelo", "herman", "vernon", "wilbur"]
)  # fmt: skip
"""Given names that, in English-language news, nearly always name a woman or a man: what a pronoun may stand for
("Mark Hale ... she" is someone else). Names given to both (Jordan, Kelly, Terry, Shawn, Alex) are in neither."""
BOTH_SEXES_NAMES = frozenset(
    ["alex", "sam", "drew", "jordan", "taylor", "casey", "jamie", "morgan", "riley", "charlie", "frankie", "jesse",
     "jessie", "jackie", "kim", "lee", "robin", "andrea", "michele", "sasha", "nikita", "jean", "evelyn", "glenn",
     "leslie", "lindsay", "shannon", "kelly", "stacy", "dana", "pat", "chris", "terry", "shawn", "toni", "billie",
     "kerry", "avery", "quinn", "rene", "ashley", "carey", "marion", "lynn", "sydney", "dale", "gale", "kai", "eli",
     "noa", "ali", "nicola", "gabriele", "daniele", "emanuele"]
)  # fmt: skip
"""Given names news copy gives to both sexes, here or in the countries it reports on ("Andrea" and "Michele" are men
in Italy, "Sasha" and "Nikita" in Russia, "Jean" in France), which the census may give one: the census tells no sex
by them (the lists above, which never hold them, are news names' own)."""
CENSUS_WOMEN = CENSUS_FEMALE - MALE_GIVEN_NAMES - TITLES - BOTH_SEXES_NAMES
CENSUS_MEN = CENSUS_MALE - FEMALE_GIVEN_NAMES - TITLES - BOTH_SEXES_NAMES
"""The names the US census of 1990 found borne by one sex (:mod:`graph.given_names`), where the lists above, which
add the names of other countries, do not give them to the other sex: a likelihood, which the article's own words
outweigh ("Glenn Harker, the actress")."""
GIVEN_NAMES = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES | CENSUS_WOMEN | CENSUS_MEN
"""The given names whose sex is known."""
EVERY_GIVEN_NAME = GIVEN_NAMES | BOTH_SEXES_NAMES
"""The given names the lists and the census know, of one sex or of both ("Chris", "Sam")."""
PRONOUN_SEXES = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}
"""The personal pronouns that tell the sex of the person they stand for: "f" or "m"."""
NAMES_KEPT = 1 << 16
"""How many normalised names are kept for reuse: a story names its actors again and again."""


POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")
"""The possessive ending of a name's last word ("Hill's", "Ross'")."""
NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
"""A generation's suffix after a person's name ("Jr.", "III"), lower-cased without its dot: no surname."""
POST_NOMINALS = frozenset(
    ["qc", "kc", "mp", "mep", "msp", "am", "mla", "td", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "phd"]
)  # fmt: skip
"""Letters after a person's name for an office, a rank at the bar, an honour or a degree ("Nigel Hale QC", "Ann Lee
MP", "Tom Ward OBE"), lower-cased: no part of the name, unlike a generation's suffix ("Tom Hale Sr." is not his son)."""


def without_post_nominals(words: list[str]) -> list[str]:
    """The words of a person's name without the letters after it (:data:`POST_NOMINALS`: "Nigel Hale QC" is Nigel
    Hale); a name of two words keeps its last ("Hale QC" may be a surname)."""
    while len(words) > 2 and words[-1].strip(".,").lower() in POST_NOMINALS:
        words = words[:-1]
    return words


def surname(name: str) -> str:
    """The last word of a name, lower-cased and without a possessive ending or the letters after it ("Tom Hill's" →
    "hill", "Nigel Hale QC" → "hale"); "" for no words."""
    words = without_post_nominals(name.split())
    return POSSESSIVE_END.sub("", words[-1].lower()) if words else ""


def sex_of(name: str) -> str:
    """The sex a person's name tells by the honorific it opens with (:data:`FEMALE_HONORIFICS`): "f", "m" or ""."""
    first = normalise(name).split(" ", 1)[0].rstrip(".")
    return "f" if first in FEMALE_HONORIFICS else "m" if first in MALE_HONORIFICS - {"m"} else ""


@functools.lru_cache(maxsize=NAMES_KEPT)
def normalise(name: str) -> str:
    """Casefolded, accent-free, possessive-free, determiner-free name."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"['’]s\b", "", name.casefold())
    name = re.sub(r"[^\w\s.-]", " ", name)
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip())
    return re.sub(r"\s+", " ", name).strip(" .")


_SAFE_PART = re.compile(r"[a-z0-9_][a-z0-9_.-]{0,78}[a-z0-9_]|[a-z0-9_]")


@functools.lru_cache(maxsize=NAMES_KEPT)
def slug(part: str) -> str:
    """What a name, id or key part becomes in an IRI: lower-case ASCII letters, digits and ``_.-``; names that lose
    characters on the way ("Łódź", a part over 80 characters) keep a hash of what they were. Two parts with one slug
    ("Acme Corp", "acme-corp") make one IRI, so whoever mints keys compares them by their slugs."""
    if _SAFE_PART.fullmatch(part) and part.strip("x"):  # most parts: ids, offsets, slugs already minted
        return part
    ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode("ascii")
    made = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_part).strip("-.").lower()[:80] or "x"
    if ascii_part != part or len(part) > 80 or not made.strip("x"):
        made += "-" + hashlib.sha1(part.encode("utf-8")).hexdigest()[:8]
    return made


def opens_with_rank(words: list[str]) -> bool:
    """Whether a name's words open with a police rank's initials before a given name (:data:`RANK_INITIALS`: "DCI
    Karen Holt"; not "DC Thomson", a publisher)."""
    return len(words) > 2 and words[0].upper() in RANK_INITIALS and is_given_name(words[1])


def is_given_name(word: str) -> bool:
    """Whether a word is a given name of either sex, or of both ("Chris", "Sam"), by the lists and the census."""
    return normalise(word) in EVERY_GIVEN_NAME


def given_name_sex(name: str, census: bool = True) -> str:
    """The sex a person's given name tells (:data:`FEMALE_GIVEN_NAMES`, :data:`MALE_GIVEN_NAMES`, and with
    ``census`` :data:`CENSUS_WOMEN`, :data:`CENSUS_MEN`): "f", "m" or "" for a name of one word, an unknown given name
    or one given to both. The given name is the first word before the surname that is a known one: a title the list
    of titles lacks may stand before it ("Ranger Carlos Ortiz", "Coach Ann Lee")."""
    words = [w for w in normalise(name).split() if w.rstrip(".") not in TITLES]
    for word in words[:-1]:
        if word in FEMALE_GIVEN_NAMES or (census and word in CENSUS_WOMEN):
            return "f"
        if word in MALE_GIVEN_NAMES or (census and word in CENSUS_MEN):
            return "m"
    return ""
