"""The cue of a direct quote: the reporting verb that governs it or stands beside it, or a source named without one.

:mod:`graph.extract.quotes` asks, for each quoted span, for the verb above it in the parse, the reporting verb
elsewhere in its sentence, a lead-in that ends with a colon, the sentence right after the closing mark or the one
right before the opening mark, and the source of "according to X" or "X, in a statement: “…”".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from graph.extract.attribution import (
    FINITE,
    NOMINAL_SUBJECTS,
    OUTLET_VERBS,
    PLACE_LABELS,
    REPORTING_VERBS,
    entity_end,
    entity_start,
    first_conjunct,
    hypothetical,
    introduces_what_follows,
    negated,
    object_of,
    opens_according_to,
    opens_time,
    subject_of,
)
from graph.extract.documents import document_of
from graph.extract.lost_subjects import THING_NOUNS
from graph.extract.quote_layouts import DASHES
from graph.extract.reported import demand_of
from graph.extract.reported_words import SOURCE_NOUNS, can_speak, finds
from graph.extract.speaker_subjects import is_phrasal_cue, singular
from graph.extract.speaker_words import of_people
from graph.extract.titles import title_case
from graph.model import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

MAX_CUE_TOKENS = 6
"""A sentence right after a quote attributes it when a reporting verb is among its first words ("Mr. X said")."""

GOVERNING_ONLY = frozenset({"call", "describe", "indicate", "suggest"})
"""Verbs that report a quote only when it sits in their own phrase ("called it a “catastrophe”")."""
CHARACTERISING_VERBS = frozenset(
    {"accuse", "refer", "label", "dub", "brand", "criticize", "criticise", "blast", "slam", "deride", "mock",
     "dismiss", "denounce", "praise", "hail", "characterize", "characterise", "term", "attack", "condemn",
     "assail", "laud", "hammer", "lambaste", "lambast", "rebuke", "berate", "decry", "ridicule", "disparage",
     "belittle", "commend", "applaud", "castigate", "excoriate", "bash", "blame"}
)  # fmt: skip
"""Verbs whose quoted complement is the subject's own words ("accused X of being “…”", "referred to her as “…”",
"criticized the act as a “crazy system”", "praised his deputy's “steady hand”"); like "call", they report only a
quote in their own phrase."""
JUDGED_PREPOSITIONS = frozenset({"for", "as", "over", "on"})
"""Prepositions of what a verb of judging aloud praises or attacks someone for ("assailed the judge for his “…”")."""
JUDGING_TAGS = frozenset({"JJ", "JJR", "JJS"})
"""Tags of the words that judge in quoted words: an adjective ("steady", "reckless")."""
REFUSING_VERBS = frozenset({"refuse", "decline", "fail"})
"""Verbs whose infinitive is not done: "refused to blame …" blames no one."""
CASTING_VERBS = frozenset(
    {"rate", "brand", "tout", "hail", "dismiss", "denounce", "portray", "paint", "cast", "describe", "characterize",
     "characterise", "label", "deride", "slam", "blast", "praise", "mock", "attack"}
)  # fmt: skip
"""Verbs of judging aloud that cast their object as the quoted words ("Coach Vokes rated the pitch as “unplayable”");
never verbs of seeing or thinking ("see", "regard", "consider"), which say nothing aloud."""
WORDING_NOUNS = frozenset({"word", "phrase", "term", "expression", "line"})
"""Nouns for a wording whose quoted words follow them ("the phrase “back to basics”")."""
JUDGING_ALOUD_VERBS = frozenset(
    {"praise", "criticize", "criticise", "slam", "deride", "mock", "denounce", "condemn", "laud", "rebuke", "decry",
     "ridicule", "disparage", "belittle", "commend", "castigate", "excoriate", "lambaste", "lambast", "tout",
     "welcome", "applaud"}
)  # fmt: skip
"""Verbs of judging aloud that say someone spoke but not what ("Mayor Park praised the plan."): a quote alone in the
next sentence gives the words; "welcome" and "applaud" only a thing ("welcomed the ruling"), never people at a door.
Not verbs that may be done without words ("attack", "blast", "dismiss") nor those only people receive ("thank")."""
GESTURE_VERBS = frozenset({"smile", "laugh", "shrug", "nod", "sigh", "grin", "chuckle", "pause", "wince"})
"""Gestures a speaker makes before speaking ("Mr. Hendriks smiled. “Ask me next week.”"): made by one person named,
alone, with no object, to no one ("nodded to her spokesman, who read a statement"), with no clause of what else went
on ("winced as the finance officer read out the figures") and after no one's quoted words in its paragraph, they say
the quote alone in the next sentence is the subject's."""
QUOTED_TEXTS = WORDING_NOUNS | frozenset(
    {"slogan", "motto", "book", "novel", "poem", "song", "sign", "leaflet", "ad", "advert", "headline", "post",
     "caption", "banner", "placard", "chant", "lyric", "verse"}
)  # fmt: skip
"""Words that one may judge aloud and a quote after may give ("mocked his rival's slogan. “…”")."""
ISSUING_VERBS = frozenset({"issue", "release", "post", "send", "publish", "give", "deliver"})
ISSUED_NOUNS = frozenset({"statement", "letter", "message", "memo", "email", "tweet", "speech"})
"""What a speaker issues, whose words a quote alone in the next sentence gives ("The firm issued a statement.")."""
WORDING_VERBS = frozenset({"use", "add", "say", "utter", "repeat", "write", "coin", "choose", "employ"})
"""Verbs of uttering or using a wording: their subject says the words ("Trustee Fenn used the phrase “back to
basics”"); any other verb only mentions them ("heard the words “…”", "rejected the term “…”")."""
NAMING_VERBS = frozenset({"call", "dub", "label", "name", "term", "title", "entitle", "nickname"})
"""Verbs that name a thing ("a film called “…”"): a name, not a statement, unless someone is said to use it."""

OWN_WORDS_VERBS = (GOVERNING_ONLY - {"indicate", "suggest"}) | CHARACTERISING_VERBS | CASTING_VERBS
"""Verbs whose quoted complement is their subject's own words: unsaid under a negation, a modal or "whether"."""

PASSIVE = frozenset({"nsubjpass", "auxpass"})
"""Dependencies that make a verb passive: its subject is spoken of, not speaking."""

OPENING_MARKS = " \t“\"'‘"
"""What may stand between a quote's first word and the end of the sentence before it: spaces and opening marks."""
QUOTATIVE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
"""Tags of a verb inverted after a quote with its subject after it ("“…!” beamed Ann Lee"), VBN where the tagger
takes the past tense for a participle."""
SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})
"""Pronouns that, as the subject of a lead-in that ends with a colon, give the word to someone named before."""
MAX_SIGNATURE = 8
"""The most words a name set after a dash before a lead-in's colon may have ("- Ann Lee and Tom Hill:")."""
UNSPEAKING_ENTITIES = PLACE_LABELS | frozenset({"DATE", "TIME", "EVENT", "WORK_OF_ART", "NORP"})
"""The recogniser's labels on names that never sign a quote: places, times, works, nationalities."""
UNNAMED_THINGS = frozenset({"nothing", "everything", "anything", "something", "all", "little", "much"})
"""Words a relative clause may follow that names what someone said ("nothing she said", "all he wrote")."""
REACTING_VERBS = frozenset(
    {"surprise", "stun", "shock", "startle", "astonish", "amaze", "anger", "infuriate", "upset", "dismay", "delight",
     "please", "thrill", "disappoint", "worry", "alarm", "frustrate", "baffle", "puzzle", "bother", "trouble",
     "encourage", "hearten", "sadden", "move"}
)  # fmt: skip
"""Verbs of stirring a feeling, whose object, named last in a lead-in whose subject cannot speak, says what the
quote after the colon says ("The result did not surprise the pollster Ann Lee: “…”"); never a verb of judging or
honouring, whose object the quote is about ("The jury convicted Tom Hill: “Guilty.”")."""
VOICING_VERBS = frozenset(
    {"boom", "roar", "thunder", "bellow", "bark", "growl", "snap", "smile", "grin", "beam", "shrug", "laugh",
     "chuckle", "sigh", "gush", "rage", "fume", "scoff", "sneer", "resist", "demur", "balk", "object", "relent"}
)  # fmt: skip
"""Verbs of a way of speaking, or of taking a side, that are no verbs of saying but, ending a lead-in before a colon,
give the word to their subject ("The senator boomed: “…”", "The governor demurred: “…”"); a verb of hearing, waiting
or learning never does ("The crowd waited: “…”")."""
UTTERED = re.compile(r"(?:[“\"]|'')[A-Z][^“”\"\n]*?[,.?!](?:[”\"]|'')")
"""Words quoted whole in a paragraph: opened by a capital, closed after their own comma, full stop, question or
exclamation mark ("“We will appeal,” …"); no term, name or title ("the so-called “bathroom bill”", "known as “the
Colonel,”")."""
AWAITING_VERBS = frozenset({"expect", "want", "await", "wait", "hope", "wish", "need"})
"""Verbs of waiting for someone to do something, whose infinitive tells of what has not been done ("expects the board
to announce …")."""


def is_naming(verb: Token, start: int, end: int) -> bool:
    """A naming participle that describes a noun and names it with the quoted words (tokens ``start`` to ``end``)
    alone: no "by" agent, no object of its own ("a film called “…”", "the hacker known as “…”"; not "a blogger
    called the war a “…”")."""
    lemma = verb.lemma_.lower()
    known_as = lemma == "know" and any(c.lower_ == "as" for c in verb.children)  # "the hacker known as “…”"
    if (lemma not in NAMING_VERBS and not known_as) or verb.dep_ != "acl":
        return False
    outside = [c for c in verb.children if not start <= c.i < end]
    return not any(c.dep_ in {"agent", "dobj", "oprd"} for c in outside)


def wording_verb(inside: DocSpan) -> Token | None:
    """The verb whose object is a noun for a wording right before the quoted words (tokens ``inside``), with only a
    comma or a colon between, or is the quoted words that noun stands before ("Trustee Fenn used the phrase, “back to
    basics”"); None for a noun that ends the sentence before ("served a second term.⏎⏎“…”") or that is no verb's
    object ("the words “No Entry” were painted over")."""
    doc = inside.doc
    before = inside.start - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    noun = doc[before] if before >= 0 else None
    if noun is None or noun.lemma_.lower() not in WORDING_NOUNS:
        return None
    if doc.text[noun.idx + len(noun) : inside.start_char].strip(OPENING_MARKS + ",:"):
        return None
    if not inside.start <= noun.head.i < inside.end:
        return noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    phrase = noun.head  # the quote parsed as the object, the noun hung on it ("avoided the word “rebuild”")
    return phrase.head if phrase.dep_ in {"dobj", "ccomp"} and phrase.head.pos_ == "VERB" else None


def cast_as_verb(roots: Sequence[Token], start: int, end: int) -> Token | None:
    """The verb of judging aloud (:data:`CASTING_VERBS`) that casts its direct object as the quoted words (tokens
    ``start`` to ``end``, ``roots`` those whose head is outside): "as “…”" hangs on the verb or on its object ("Coach
    Vokes rated the new pitch as “unplayable”"). None for any other verb ("Residents regard the tower as “…”"), one
    with no object ("campaigned as a “…”") or a relative clause's verb ("voters who identify as “…”")."""
    for root in roots:
        prep = root.head
        if prep.lower_ != "as" or prep.dep_ != "prep" or start <= prep.i < end:
            continue
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
        if verb.lemma_.lower() not in CASTING_VERBS or verb.pos_ != "VERB" or verb.dep_ == "relcl":
            continue
        if any(c.dep_ == "dobj" and not start <= c.i < end for c in verb.children):
            return verb
    return None


def calls_it(verb: Token, roots: Sequence[Token], start: int, end: int) -> bool:
    """Whether quoted words are what ``verb`` calls or casts something as, possessed or not ("what they call the
    council's “parking grab”", "what she described as the mayor's “reckless plan”"): the subject's own words, said
    unless the verb is denied or hedged (:func:`unsaid`)."""
    if unsaid(verb):
        return False
    for root in roots:
        if root.dep_ == "oprd" and root.head.i == verb.i and verb.lemma_.lower() in NAMING_VERBS:
            return True
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ == "as" and not start <= prep.i < end:
            cast = prep.head.head if prep.head.dep_ == "dobj" else prep.head
            if cast.i == verb.i and verb.lemma_.lower() in CASTING_VERBS | CHARACTERISING_VERBS:
                return True
    return False


def judged_object(verb: Token, inside: DocSpan, roots: Sequence[Token]) -> bool:
    """Whether quoted words that judge (an adjective among them, no title in capitals) are the object a verb of
    judging aloud (:data:`CHARACTERISING_VERBS`) praises or attacks, or what it does so for, a possessive before them
    or not ("praised his deputy's “steady hand”", "assailed the judge for his “reckless rulings”"): the subject's own
    words, no scare quote, unless the verb is denied, hedged or refused ("refused to blame his keeper's “careless
    lapse”"). A possessed term with no judging word is the possessor's ("mocked the prime minister's “reset”"), and
    words inside a clause of the object are not the subject's ("knocked a claim by his rival that the town was
    “dying”")."""
    if verb.lemma_.lower() not in CHARACTERISING_VERBS or unsaid(verb) or _refused(verb):
        return False
    words = [t for t in inside if not (t.is_punct or t.is_space)]
    if not any(t.tag_ in JUDGING_TAGS for t in words) or title_case(words):
        return False
    for root in roots:
        node = root
        while node.i != verb.i and node.dep_ in {"dobj", "pobj", "prep"}:
            if node.dep_ == "prep" and node.lower_ not in JUDGED_PREPOSITIONS:
                break
            node = node.head
        if node.i == verb.i and root.i != verb.i:
            return True
    return False


def judged_name(verb: Token, inside: DocSpan, roots: Sequence[Token]) -> bool:
    """Whether quoted words set in capitals as a name or a title are the object a verb of judging aloud praises or
    attacks ("ridiculed “Summer Nights”, the new musical", "slammed “Obamacare”"): a name, not words said; a name
    the subject gives something stays theirs ("referred to the plan as “Project Fear”")."""
    words = [t for t in inside if not (t.is_punct or t.is_space)]
    if verb.lemma_.lower() not in CHARACTERISING_VERBS or not words or not title_case(words):
        return False
    judged = any(root.dep_ == "dobj" and root.head.i == verb.i for root in roots)
    return judged and (len(words) > 1 or words[0].pos_ == "PROPN")


def _refused(verb: Token) -> bool:
    """Whether a verb is what someone refused, declined or failed to do ("refused to blame …")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive: its subject is spoken of, not speaking ("Ann Lee is widely seen as a “…”")."""
    return any(c.dep_ in PASSIVE for c in verb.children)


def unsaid(verb: Token) -> bool:
    """Whether words that ``verb`` uses or casts something as (see :func:`wording_verb`, :func:`cast_as_verb`) go
    unsaid: under a negation ("did not rate the bridge as “…”"), a modal ("would never use the word “…”") or a
    "whether" or "if" clause ("asked whether the club would use the word “…”")."""
    return negated(verb) or hypothetical(verb) or _said_by_thing(verb)


def casting_cue(verb: Token) -> Token:
    """The cue of quoted words that the subject of ``verb`` casts something as (:func:`cast_as_verb`): the verb, or
    the reporting verb whose clause it is, as for "described … as" (:func:`_reporter`). A verb of uttering
    (:data:`WORDING_VERBS`) is its own cue: its subject said those very words wherever its clause stands ("Tom Hill
    said Ann Lee used the word “…”": hers)."""
    return _reporter(verb, words=True)


def unsaid_words(roots: Sequence[Token], start: int, end: int) -> bool:
    """Whether the nearest reporting verb above the quote (tokens ``start`` to ``end``) calls, casts or
    characterises something as the quoted words under a negation, a modal or "whether" or "if" ("did not describe
    the budget as “…”", "asked whether Ann Lee would describe it as “…”"): no one said them (see :func:`unsaid`)."""
    for root in roots:
        for ancestor in root.ancestors:
            if start <= ancestor.i < end or not (is_reporting(ancestor) or _characterises(ancestor)):
                continue
            if _passes_on(ancestor):
                continue
            if ancestor.lemma_.lower() not in OWN_WORDS_VERBS:
                return False
            return negated(ancestor) or hypothetical(ancestor)
    return False


def named_source(doc: Doc, outside: Sequence[Token], span: Span, text: str) -> tuple[Token, str] | None:
    """The source of a quote with no reporting verb, and how it was named: the object of "according to" in its
    sentence, or the last person or organisation named in a lead-in with no verb that ends with a colon ("Jane Roe,
    in a statement: “…”", "More from Tom Hill: “…”")."""
    according = next((t for t in outside if opens_according_to(t)), None)
    if according is not None:
        source = object_of(according.nbor(1))
        return (source, "according to") if source is not None and _may_speak(source) else None
    lead = _lead_in(doc, span, text)
    source = _named_in_lead([t for t in lead if t.idx < span.start]) if lead is not None else None
    return (source, "colon") if source is not None else None


def _named_in_lead(lead: Sequence[Token]) -> Token | None:
    """Who a lead-in that ends with a colon gives the word to: the last person or organisation named in one with no
    verb ("Jane Roe, in a statement:"; never the channel it was said on: "Then, on CNN:"), else the named or pronoun
    subject of its main verb ("Jane Roe released the following statement:", "He then listed his demands:"); never an
    empty "it" ("Wait, it gets better:")."""
    if not lead:
        return None
    signed = _signed_after_dash(lead)
    if signed is not None:
        return signed
    if not any(t.pos_ == "VERB" for t in lead):
        named = [entity_end(t) for t in lead if t.ent_type_ in {"PERSON", "ORG"} and t.ent_iob_ == "B"]
        named = [t for t in named if not (t.dep_ == "pobj" and t.head.lower_ == "on")]  # "later that month on CNN:"
        return named[-1] if named else None
    root = lead[-1].sent.root
    subject = subject_of(root) if root.pos_ in {"VERB", "AUX"} and root in lead else None
    if subject is None or subject not in lead:
        return _person_last(lead)
    speaks = subject.ent_type_ in {"PERSON", "ORG"} or subject.lower_ in SPEAKING_PRONOUNS
    voiced = subject.pos_ != "PRON" and can_speak(subject) and _ends_on_its_verb(lead, subject)
    if speaks or voiced or document_of(subject) is not None:
        return subject
    return None if can_speak(subject) else _person_last(lead)


def _signed_after_dash(lead: Sequence[Token]) -> Token | None:
    """The name a lead-in sets after a dash right before its colon, with no verb of its own, as a digest signs each
    excerpt under a line of its own ("TURNOUT IS UP IN THE SUBURBS - Ann Lee and Tom Hill: “…”", "A late swing —
    more from Ann Lee: “…”"): the last word of the name; never a place or a date ("Early returns — Ohio: “…”"), a tag
    ("#AnnLee"), a name in a title ("Tonight with Tom Hill"), one after a score ("2 - 1 Everton") or one the
    recogniser ran across the dash."""
    dashes = [k for k, t in enumerate(lead[:-1]) if set(t.text) <= DASHES and (t.text != "-" or _spaced(t))]
    if not dashes:
        return None
    dash = lead[dashes[-1]]
    words = lead[dashes[-1] + 1 : -1]
    name = words[-1] if words else None
    if name is None or len(words) > MAX_SIGNATURE or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    if name.pos_ != "PROPN" or name.ent_type_ in UNSPEAKING_ENTITIES or any(t.text.startswith("#") for t in words):
        return None
    if any(t.pos_ == "ADP" and t.lower_ != "from" for t in words) or (dash.i > 0 and dash.nbor(-1).like_num):
        return None
    return name if not name.ent_type_ or entity_start(name).i > dash.i else None


def _spaced(token: Token) -> bool:
    """Whether a hyphen stands apart from the words on both sides, as a typed dash does ("up - Ann"), unlike the
    hyphen inside a word ("Ann-Marie")."""
    return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _person_last(lead: Sequence[Token]) -> Token | None:
    """The person a lead-in ends on, right before its colon, when its subject cannot speak: the object of a verb of
    stirring a feeling (:data:`REACTING_VERBS`: "The result did not surprise the pollster Ann Lee:") or of "from"
    ("The plan drew a sharp reply from Tom Hill:"); never one the words are about, put to or asked of ("The jury
    convicted Tom Hill:", "a question for Ann Lee:", "wrote to Tom Hill:")."""
    name = lead[-2] if len(lead) > 1 else None
    if name is None or name.ent_type_ != "PERSON":
        return None
    head = name if name.dep_ != "compound" else name.head
    if head.dep_ == "appos":
        head = head.head
    stirred = head.dep_ == "dobj" and head.head.lemma_.lower() in REACTING_VERBS
    return name if stirred or (head.dep_ == "pobj" and head.head.lower_ == "from") else None


def _ends_on_its_verb(lead: Sequence[Token], subject: Token) -> bool:
    """Whether a lead-in ends on a verb of saying or of a way of speaking (:data:`VOICING_VERBS`) whose subject is
    ``subject``, with nothing but the colon after it: whoever the subject, it gives the word ("The senator boomed:",
    "The coach leaned in and added:")."""
    verb = lead[-2] if len(lead) > 1 else None
    if verb is not None and verb.dep_ == "prt":
        verb = verb.head
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in FINITE:
        return False
    return verb.lemma_.lower() in REPORTING_VERBS | VOICING_VERBS and subject_of(verb) == subject


def _may_speak(token: Token) -> bool:
    """Whether the object of "according to" can be a source: a name, a plural ("officials"), a person or a body
    described by office, trade or kind ("a senior administration official", "the campaign"), or a document."""
    named = bool(token.ent_type_) or token.pos_ == "PROPN" or token.tag_ == "NNS"
    return named or token.lemma_.lower() in SOURCE_NOUNS or document_of(token) is not None


def governing_verb(roots: Sequence[Token], start: int, end: int) -> Token | None:
    """The nearest reporting verb above the quote in the parse tree."""
    for root in roots:
        for ancestor in root.ancestors:
            if start <= ancestor.i < end:
                continue
            if is_reporting(ancestor) or _characterises(ancestor):
                if _passes_on(ancestor) or (ancestor.i < start and _object_as_subject(ancestor, start)):
                    continue
                cue = _reporter(ancestor)
                return (speaking_between(cue, start) or cue) if cue.i == ancestor.i else cue
    return None


def speaking_between(verb: Token, start: int) -> Token | None:
    """A participle of saying, with a subject of its own, shown or heard "of" someone, between a verb the parser hangs
    a quote on and the quote, which says it: "The spot concludes with footage of Tom Hill saying during the debate,
    “…”" (the parser takes the quote for what the spot concludes). Only a participle with no words said of its own
    ("saying nothing", "saying that …") and only adjuncts after it before the quote; never a participle in an aside
    with a subject of its own ("The mayor said, with protesters chanting outside, “…”": the mayor's words)."""
    for token in verb.doc[verb.i + 1 : start]:
        if token.tag_ != "VBG" or token.head.lower_ != "of" or not is_reporting(token):
            continue
        if verb not in token.ancestors or not any(c.dep_ == "nsubj" for c in token.children):
            continue
        if any(c.dep_ in {"ccomp", "xcomp", "dobj", "attr", "oprd"} for c in token.children):
            continue
        between = verb.doc[token.i + 1 : start]
        if all(t.is_punct or t.pos_ not in {"VERB", "AUX"} for t in between):
            return token
    return None


def _characterises(verb: Token) -> bool:
    return verb.lemma_.lower() in CHARACTERISING_VERBS and verb.pos_ == "VERB"


def _reporter(verb: Token, *, words: bool = False) -> Token:
    """The cue of a quote whose nearest verb characterises (called, described, suggests) inside the reported clause
    of another reporting verb: that outer verb, whose subject is the one the story quotes ("Tom Hill said that Ann Lee
    once described the pact as “the best deal”": Tom Hill's words about her, as he puts them), or whose nearest verb
    tells of speech not made ("Ann Lee said critics would be “screaming”") or by no one who speaks ("Ann Lee said the
    deal would demand “absolute secrecy”"): the words the outer speaker puts in it. With ``words``, ``verb``
    casts the quoted words (:func:`casting_cue`) and passes them on like "described … as"."""
    if not words and verb.lemma_.lower() not in GOVERNING_ONLY | CHARACTERISING_VERBS and not _unspoken(verb):
        return verb
    clause = first_conjunct(verb)
    if _awaited(clause) or (clause.dep_ == "ccomp" and _awaits(clause.head)):
        clause = first_conjunct(clause.head)  # "says she expects the board to announce “…”", "… that fans will say"
    outer = clause.head
    if clause.dep_ == "ccomp" and is_reporting(outer) and outer.lemma_.lower() not in GOVERNING_ONLY:
        return outer if subject_of(outer) is not None and not _passes_on(outer) else verb
    return verb


def _unspoken(verb: Token) -> bool:
    """Whether a reporting verb tells of speech that was not made, under a modal ("would demand", "could say") or a
    verb of waiting for it (:func:`_awaited`), or of speech by a thing (:func:`_said_by_thing`)."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return modal or _awaited(first_conjunct(verb)) or _said_by_thing(verb)


def _awaited(verb: Token) -> bool:
    """Whether a verb is an infinitive that says what someone waits for another to do, not what was done ("expects
    the board to announce …", "wants the club to declare …")."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return infinitive and verb.dep_ in {"xcomp", "ccomp"} and _awaits(verb.head)


def _awaits(verb: Token) -> bool:
    """Whether a verb is one of waiting for what others do (:data:`AWAITING_VERBS`); not what someone "is expected
    to" say, often words given out before a speech ("The prime minister is expected to tell MPs that …")."""
    return verb.lemma_.lower() in AWAITING_VERBS and not is_passive(verb)


def _said_by_thing(verb: Token) -> bool:
    """Whether a verb has for subject a thing that cannot speak ("the deal would demand"): neither a name, a pronoun,
    nor a noun of people, bodies or documents."""
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS), None)
    return subject is not None and not can_speak(subject)


def sentence_verb(outside: Sequence[Token], near: int) -> Token | None:
    """The reporting verb nearest the quote elsewhere in its sentence(s) ("“…,” the letter said.")."""
    verbs = [t for t in outside if is_reporting(t) and not _passes_on(t)]
    speaking = [v for v in verbs if v.lemma_.lower() not in GOVERNING_ONLY or demand_of(v) is not None]
    return min(speaking, key=lambda v: abs(v.i - near), default=None)


def adjacent_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """A reporting verb just across a sentence break: in a lead-in that ends with a colon ("X told reporters:
    “…”"), the last one there; with no lead-in, one at the start of the sentence right after the closing mark ("“Why
    …?” Mr. X asked.")."""
    lead = _lead_in(doc, span, text)
    if lead is not None:
        return _first_reporting(reversed(list(lead)))
    return _following_verb(doc, span, text)


def colon_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """The reporting verb a lead-in ends on right before its colon, with a subject of its own, in a clause of time or
    one joined by "and": it introduces the quote, whatever verb the parse hangs the quote on ("Ann Lee said as a man
    at the back shouted: “…”": shouted); never a verb in a clause of what is said ("replied when asked what her
    rivals say:")."""
    lead = _lead_in(doc, span, text)
    verb = lead[-2] if lead is not None and len(lead) > 1 else None
    if verb is not None and verb.dep_ == "prt":
        verb = verb.head
    if verb is None or verb.tag_ not in FINITE or not any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
        return None
    return verb if is_reporting(verb) and (opens_time(verb) or verb.dep_ == "conj") else None


def _lead_in(doc: Doc, span: Span, text: str) -> DocSpan | None:
    """The sentence that ends with a colon right before the quote, up to the colon (the parse may run the sentence on
    into the quote: "Acme Research: “… than surveys suggest …”" has no cue of its own), from the colon before it if
    the sentence has one ("The exchange follows: Special Asst. Bill Bodie: “…”")."""
    colon = span.start - 1  # walked back over spaces and marks, never copying the text before the quote
    while colon >= 0 and text[colon] in OPENING_MARKS + "\n":
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    lead = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if lead is None or not len(lead):
        return None
    end = lead[0].i
    start = next((t.i + 1 for t in reversed(doc[lead[0].sent.start : end]) if t.text == ":"), lead[0].sent.start)
    return doc[start : end + 1]


def _following_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """A reporting verb among the first words of the sentence that starts right after the closing mark, or its main
    verb when the sentence opens with that verb's subject ("“…?” Ann Lee, a retired nurse from Ohio, asked.")."""
    after = span.end
    while after < len(text) and text[after] in " \t”\"'’,.?!":  # never into the next paragraph
        after += 1
    if after >= len(text):
        return None
    first = doc.char_span(after, after + 1, alignment_mode="expand")
    if first is None or not len(first) or not first[0].is_sent_start:
        return None
    sentence = first[0].sent
    verb = _first_reporting(t for t in sentence[:MAX_CUE_TOKENS] if t.dep_ != "ccomp")
    if verb is None and is_reporting(sentence.root):
        subject = subject_of(sentence.root)
        verb = sentence.root if subject is not None and subject.left_edge.i == first[0].i else None
    if verb is None and sentence.root.left_edge.i == first[0].i:
        verb = _verb_of_speaker(sentence.root)
    if verb is not None and _reports_own_clause(verb) and _goes_on_quoting(span, text):
        return None
    return None if verb is not None and introduces_what_follows(verb) else verb


def _reports_own_clause(verb: Token) -> bool:
    """Whether a reporting verb after a quote gives a clause of its own, which it reports instead of the quote."""
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _goes_on_quoting(span: Span, text: str) -> bool:
    """Whether a quote follows another in its paragraph, words said whole (:data:`UTTERED`), whose speaker it may go
    on quoting: then a reporting verb after it that reports a clause of its own is someone else's ("“…,” Ann Lee told
    the Courier. “…” Tom Hill said he would ask for a vote.": Ann Lee's words); a quote alone before such a verb is
    its subject's, the paraphrase following the words ("“I'm done.” Tom Hill said he was leaving.")."""
    start = span.start
    while start > 0 and text[start - 1] in OPENING_MARKS:
        start -= 1
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return UTTERED.search(before) is not None


def _verb_of_speaker(root: Token) -> Token | None:
    """The reporting verb of a frame the parse took for a noun phrase, the verb hung on its subject as a modifier
    ("“…!” Ann Lee, the head of the group, tweeted on Friday."): a speaker's own verb, never one of a passive
    ("“…” Words spoken by Lincoln")."""
    if root.pos_ not in {"PROPN", "NOUN", "PRON"} or not can_speak(root):
        return None
    verbs = (c for c in root.rights if c.dep_ == "acl" and is_reporting(c))
    return next((v for v in verbs if not any(c.dep_ in {"agent", "auxpass"} for c in v.children)), None)


def preceding_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """For a quote that is a sentence of its own, the reporting verb of the main clause of the sentence just before
    it, in the same paragraph or ending the paragraph before ("Ann Lee agreed. “…”", "Tom Hill, an analyst, says
    the plan will fail.⏎⏎“…”": news copy gives the paraphrase first and the speaker's own words next), else a
    speaking participle there ("Ann Lee ended the meeting by saying she would run. “…”"), else a reporting verb set
    inside that sentence ("Rather, Dunn said, the delays will help his rivals. “…”"), else a main verb that says its
    subject spoke without saying what (:func:`_speaks_before`: "Mayor Park praised the plan. “…”")."""
    end = span.start - 1
    while end >= 0 and text[end] in OPENING_MARKS + "\n":
        end -= 1
    if end < 0 or text[end] not in ".?!":
        return None
    last = doc.char_span(end, end + 1, alignment_mode="expand")
    if last is None or not len(last):
        return None
    sentence = last[0].sent
    verbs = [*_main_verbs(sentence), *_asides(sentence)]
    cue = next((v for v in verbs if is_reporting(v) and not _passes_on(v) and subject_of(v) is not None), None)
    return cue or next((v for v in [sentence.root, *_conjuncts(sentence.root)] if _speaks_before(v)), None)


def _main_verbs(sentence: DocSpan) -> list[Token]:
    """The verbs of a sentence's main clause (:func:`_joined_first`), then its participles ("… by saying she would
    run")."""
    verbs = _joined_first(sentence.root)
    return verbs + [t for t in sentence if t.tag_ == "VBG" and t.dep_ in {"advcl", "pcomp", "xcomp"}]


def _joined_first(verb: Token) -> list[Token]:
    """``verb`` and the verbs joined to it, a later one with a subject of its own first: who speaks last before a
    quote says it ("Tom Hill said the plan would fail, and Ann Lee agreed.", "“…,” Ann Lee said, and her brother broke
    in.")."""
    joined = _conjuncts(verb)
    own = [v for v in reversed(joined) if any(c.dep_ in NOMINAL_SUBJECTS for c in v.children) and said_alone(v)]
    return [*own, verb, *(v for v in joined if v not in own)]


def said_alone(verb: Token) -> bool:
    """Whether a verb of saying joined to another speaker's cue says, by itself, that its subject spoke next ("and Ann
    Lee agreed", "and her brother broke in"): never a verb that does something else with its words ("agreed to a
    recount", "called the police", "asked for the bill", "did not reply"), nor a question put, which the next quote
    answers ("reporters asked why")."""
    if not is_reporting(verb) or negated(verb) or verb.lemma_.lower() in GOVERNING_ONLY | {"ask", "press"}:
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "xcomp", "ccomp", "advcl"} and child.lower_ not in {"it", "so", "this", "that"}:
            return False
        if child.dep_ == "prep" and child.lower_ in {"to", "for", "about", "on"}:
            return False
        if child.dep_ == "prt" and not is_phrasal_cue(verb):
            return False
    return True


def _conjuncts(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "conj"]


def _asides(sentence: DocSpan) -> list[Token]:
    """Verbs set off by commas before the main verb of a sentence ("Rather, Dunn said, the delays will …", "If
    anything, the coach wrote, the defeat proves …"): the cue of the words around them; never a clause of its own
    ("When she announced it, the crowd cheered"); and the frame after a quote that opens the sentence ("“…,” Ann Lee
    said, and her brother broke in.")."""
    root = sentence.root
    frames = [v for c in root.rights if c.dep_ == "parataxis" for v in _joined_first(c)]
    return frames + [c for c in root.lefts if _aside(c) and _closed_by_comma(c)]


def _aside(clause: Token) -> bool:
    """A clause with a subject of its own ("Dunn said"), not subordinate ("When she …", "As she …")."""
    subordinate = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)
    subject = any(c.dep_ in NOMINAL_SUBJECTS for c in clause.children)
    return clause.dep_ in {"parataxis", "ccomp", "advcl"} and subject and not subordinate


def _closed_by_comma(clause: Token) -> bool:
    edge = clause.right_edge
    return edge.text == "," or (edge.i + 1 < len(edge.doc) and edge.nbor().text == ",")


def _speaks_before(verb: Token) -> bool:
    """Whether the main verb of the sentence before a quote says its subject spoke, though not what: judging a thing
    aloud ("Mayor Park praised the plan."), issuing a statement of its own ("The firm issued a statement on
    Friday."), or a gesture before speaking ("Mr. Hendriks smiled."); the quote that follows alone is what was said.
    Never where the quote may be another's: one judged who may answer ("praised the nurse who …"), words judged
    ("mocked his rival's slogan"), a statement from or by someone else, nor after a question ("Did the senator
    condemn it?"); nor a sentence passed ("condemned him to death")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_speak(subject) or negated(verb) or hypothetical(verb):
        return False
    if any(t.text == "?" for t in verb.sent) or any(c.dep_ == "prep" and c.lower_ == "through" for c in verb.children):
        return False  # "sent a message through his lawyer"
    lemma = verb.lemma_.lower()
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in GESTURE_VERBS:  # "Mr. Hendriks smiled. “Ask me next week.”"
        meanwhile = any(c.dep_ == "advcl" and c.i > verb.i for c in verb.children)  # "winced as Tom Hill read out"
        turned = any(c.dep_ == "prep" and any(can_speak(o) for o in c.children) for c in verb.children)
        return judged is None and _one_named_person(subject) and not meanwhile and not turned and not _after_words(verb)
    if lemma in JUDGING_ALOUD_VERBS:
        sentenced = lemma == "condemn" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        return judged is not None and not sentenced and _judged_thing(judged)
    if lemma not in ISSUING_VERBS or judged is None or judged.lemma_.lower() not in ISSUED_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"from", "by", "of"} for c in judged.children)


def _after_words(verb: Token) -> bool:
    """Whether the paragraph of a gesture quoted someone before it ("“This bill is a disgrace,” said Sen. Ann Lee.
    Sen. Tom Hill winced."): the quote after the gesture may go on with those words; not a question put to the one
    who makes it, whose answer follows."""
    text = verb.doc.text
    start = verb.sent.start_char
    before = text[text.rfind("\n", 0, start) + 1 : start]
    asked = "?”" in before or '?"' in before  # "“Do you regret it?” Tom Hill paused.": the answer is his
    return any(mark in before for mark in '"“”') and not asked


def _one_named_person(subject: Token) -> bool:
    """Whether a subject is one person by name ("Mr. Hendriks", "Ann Lee"), not a crowd that reacts to another's
    words ("Reporters laughed", "The audience laughed") nor a description ("The defendant's mother sighed")."""
    return subject.pos_ == "PROPN" and subject.tag_ == "NNP" and subject.ent_type_ == "PERSON"


def _judged_thing(judged: Token) -> bool:
    """Whether what a verb of judging aloud judges is a thing, neither someone who may answer ("praised the medalist,
    Hana Sato") nor words a quote may give ("mocked his rival's slogan")."""
    named = [judged, *(c for c in judged.children if c.dep_ == "appos")]
    return not any(can_speak(n) for n in named) and judged.lemma_.lower() not in QUOTED_TEXTS


def speaking_verb(verb: Token) -> Token:
    """The verb whose subject says a quote: ``verb`` itself, or, for a speaking participle that the parse hangs on a
    verb inside someone's reported words ("Ann Lee said the talks could be “long,” adding, “…”"), the reporting verb
    of those words, whose subject goes on speaking; never a reporting verb after the participle, which the parse
    took from the quote that follows it ("Tom Hill seemed unmoved, telling reporters, “People said …”")."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ in {"nsubj", "csubj"} and head.i > verb.i > head.head.i:
        # "Kip shared the news, writing “Feels great …”": the parse took the participle for the subject of the
        # quote's first verb, which it hung on the clause before; that clause's subject writes, if it can
        clause = head.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        return clause if clause.pos_ in {"VERB", "AUX"} and subject is not None and can_speak(subject) else verb
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or head.i == verb.i or is_reporting(head):
        return verb
    if head.dep_ == "ccomp" and is_reporting(head.head) and head.head.i < verb.i:
        return head.head
    return verb


def _first_reporting(tokens: Iterable[Token]) -> Token | None:
    return next((t for t in tokens if is_reporting(t)), None)


def is_reporting(token: Token) -> bool:
    """A reporting verb, "put it" ("as one official put it, “…”"), a verb of saying with its particle ("shot
    back", "went on") or what a study found ("the audit found “…”")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma == "continue" and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "continues to be “a place for all”": going on doing, not going on speaking
    if lemma in REPORTING_VERBS or (lemma == "put" and any(c.lower_ == "it" for c in token.children)):
        return True
    if lemma == "go" and not _may_go_on(token):
        return False  # "talks have been going on for months": lasting, not going on speaking
    return is_phrasal_cue(token) or finds(token)


def _may_go_on(verb: Token) -> bool:
    """Whether "go on" may be going on speaking: never with a subject that is a happening ("The talks went on",
    :data:`graph.extract.lost_subjects.THING_NOUNS`), nor, for some length of time ("went on for months"), with one
    that is no person, people or body ("The strike went on for weeks"; "The minister went on for twenty minutes"
    speaks)."""
    subject = subject_of(verb)
    if subject is None:
        return True
    if singular(subject.lower_) in THING_NOUNS or subject.lemma_.lower() in THING_NOUNS:
        return False
    lasting = any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return not lasting or can_speak(subject) or of_people(subject)  # a name, a pronoun, a body or a person


def inverted_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """The verb of a quotative inversion right after a quote that closes with its own punctuation: the verb comes
    first and its subject right after it ("“This is it!” beamed Ann Lee", "“Gone!” blared the front page"). English
    inverts subject and verb after a quote only for a verb that says it, so any verb will do (a manner of speaking
    the lexicon lacks); a subject before the verb proves nothing ("“…,” the crowd left") and is left to the
    lexicon."""
    first = _framed_start(doc, span, text)
    if first is None:
        return None
    verb = first
    if verb.pos_ != "VERB" or verb.tag_ not in QUOTATIVE_TAGS:
        return None
    return verb if inverted_subject(verb) is not None else None


MANNER_VERBS = frozenset(
    {"bark", "charge", "crow", "gasp", "gripe", "groan", "growl", "grumble", "gush", "hiss", "laugh", "murmur",
     "rage", "rail", "rave", "repeat", "roar", "sigh", "snap", "snarl", "stammer", "tease", "thunder", "vent"}
)  # fmt: skip
"""Verbs of a manner of speaking that the lexicon of reporting verbs leaves out, since elsewhere they tell of a mood or
a noise ("the crowd laughed"): they say a quote only in the frame right after it ("“…,” Ann Lee growled"). Those the
lexicon holds (:data:`graph.extract.attribution.REPORTING_VERBS`: "fumed", "scolded") are cues anywhere."""


def framing_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """A verb of a manner of speaking whose subject opens the words right after a quote that closes with its own
    comma, question or exclamation mark: the frame of a quote in news copy ("“We were robbed,” Tom Hill fumed on
    Tuesday", "“Enough!” the coach snapped")."""
    first = _framed_start(doc, span, text)
    if first is None:
        return None
    verb = next((t for t in doc[first.i : first.i + MAX_CUE_TOKENS] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in MANNER_VERBS or verb.tag_ not in QUOTATIVE_TAGS:
        return None
    subject = subject_of(verb)
    return verb if subject is not None and subject.left_edge.i == first.i else None


FRAME_READS = frozenset({"read", "reads"})
"""The verb of a text's wording in the frame after a quote ("“…,” the letter read"), which a tagger may take for a
noun closing a noun phrase ("the editorial read", "one read")."""
FRAME_SUBJECT_DEPS = frozenset({"nsubj", "compound", "amod", "nummod"})
"""How a parser may hang the subject of a frame's "read" that it took for a noun ("the email read")."""


def read_frame(doc: Doc, span: Span, text: str) -> Token | None:
    """The verb "read" ending the frame right after a quote that closes with its own comma, question or exclamation
    mark, after a subject of at most three words and before the sentence's end ("“…,” the editorial read.", "“…,”
    one read."): in that place it is the verb of the quoted text's wording, whatever the tagger made of it."""
    first = _framed_start(doc, span, text)
    if first is None:
        return None
    verb = next((t for t in doc[first.i : first.i + 4] if t.lower_ in FRAME_READS), None)
    if verb is None or verb.i == first.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text not in {".", "!"}:
        return None
    return verb if frame_subject(verb) is not None else None


def frame_subject(verb: Token) -> Token | None:
    """The subject right before a frame's "read" (:func:`read_frame`), however the parser hung it on the verb: its
    subject, or the word it took for a modifier of a noun "read" ("the email read", "one read"); an adjective only
    after "the" ("the editorial read"), never in a noun phrase of its own ("a quick read")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.head.i != verb.i or before.dep_ not in FRAME_SUBJECT_DEPS:
        return None
    if before.pos_ == "ADJ":  # "the editorial read", never "a quick read", a noun phrase
        return before if before.i > 0 and before.doc[before.i - 1].lower_ == "the" else None
    return before if before.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} else None


def _framed_start(doc: Doc, span: Span, text: str) -> Token | None:
    """The first word after a quote that closes with its own comma, question or exclamation mark, in the same
    paragraph: where the frame that attributes it starts."""
    mark_after = text[span.end : span.end + 2].lstrip("”\"'’")[:1]
    closes = text[span.end - 1 : span.end] in {",", "?", "!"} or mark_after == ","
    after = span.end
    while after < len(text) and text[after] in " \t”\"'’,.?!":
        after += 1
    first = doc.char_span(after, after + 1, alignment_mode="expand") if closes and after < len(text) else None
    if first is None or not len(first) or text[span.end : after].count("\n"):
        return None
    return first[0]


def inverted_subject(verb: Token, quoted: Token | None = None) -> Token | None:
    """The noun phrase right after ``verb`` that is its inverted subject, when it has none before it but a ``quoted``
    word the parse took for one: the parser's subject, or the object it takes for one ("“Gone!” blared the front
    page": "page"); a name or a noun."""
    if any(c.dep_ in NOMINAL_SUBJECTS and c.i < verb.i and (quoted is None or c.i != quoted.i) for c in verb.children):
        return None
    after = (c for c in verb.rights if c.dep_ in NOMINAL_SUBJECTS | {"dobj"} and c.left_edge.i == verb.i + 1)
    noun = next(after, None) or _hung_elsewhere(verb)
    return noun if noun is not None and (noun.ent_type_ or noun.pos_ in {"NOUN", "PROPN"}) else None


def _hung_elsewhere(verb: Token) -> Token | None:
    """The subject of a later verb whose phrase opens right after ``verb``, the parse having hung it there past a
    relative clause it misread ("“…,” said the driver, who like most did not want to be named": "driver")."""
    doc = verb.doc
    for token in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
        if token.is_punct:
            return None
        if token.left_edge.i == verb.i + 1 and token.dep_ in NOMINAL_SUBJECTS and token.head.i > token.i:
            return token
    return None


def _object_as_subject(verb: Token, start: int) -> bool:
    """Whether a verb of saying before a quote (its words from token ``start``) stands in a relative clause on a word
    like "nothing" or "everything", however the parse hung it, and the quote is a clause with no subject of its own
    that the parse gave the verb ("Nothing the mayor said “will calm …”, the councillor said"): the quote is what is
    said of that word, by the cue after it; never words quoted inside the clause ("Nothing he said about “a new era”
    convinced them": his)."""
    if verb.dep_ == "relcl":
        on_unnamed = verb.head.lower_ in UNNAMED_THINGS
    else:
        subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS and c.i < verb.i]
        on_unnamed = len(subjects) > 1 and subjects[0].lower_ in UNNAMED_THINGS
    said = next((c for c in verb.rights if c.left_edge.i <= start <= c.right_edge.i), None)
    if not on_unnamed or said is None or said.dep_ != "ccomp":
        return False
    return not any(c.dep_ in NOMINAL_SUBJECTS for c in said.children)


def _passes_on(verb: Token) -> bool:
    """Whether ``verb`` is an organisation passing on what others said ("Reuters reported"): the channel, not the
    cue of the speaker."""
    outlet = any(c.dep_ in NOMINAL_SUBJECTS and c.ent_type_ == "ORG" for c in verb.children)
    return verb.lemma_.lower() in OUTLET_VERBS and outlet
