"""The words of attribution, and the subject of a reporting verb that every reading of who said what starts from.

Reporting verbs, the documents that speak, personal pronouns and the words that never name a speaker are listed once
here. :mod:`graph.extract.quotes` and :mod:`graph.extract.reported` find statements with them,
:mod:`graph.extract.speakers` reads who said it, :mod:`graph.extract.documents` who wrote a document,
:mod:`graph.extract.circumstances` through whom, in what medium, to whom and when; the events read them too (a
reporting verb is an event of speaking).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.headlines import DATELINE_DASHES, dateline_end
from graph.extract.speaker_words import COLLECTIVE_NOUNS, ROLE_NOUNS, of_people
from graph.model import ActorKind
from graph.names import given_name_sex, sex_of
from graph.nlp.loader import FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

TAIL_VERBS = frozenset(["speak", "add"])
"""Verbs whose participle, set off after reported words, is the reporter's ("…, adding that …", "…, speaking on
condition of anonymity"); "…, insisting he would play" and "…, saying he had chest pains" may be more of the words,
or the words of someone in them."""
REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "write",
        "state",
        "add",
        "conclude",
        "warn",
        "claim",
        "declare",
        "insist",
        "note",
        "explain",
        "argue",
        "post",
        "tweet",
        "announce",
        "reply",
        "respond",
        "recall",
        "continue",
        "read",
        "call",
        "ask",
        "demand",
        "urge",
        "allege",
        "admit",
        "acknowledge",
        "deny",
        "complain",
        "comment",
        "confirm",
        "describe",
        "indicate",
        "stress",
        "emphasize",
        "emphasise",
        "remark",
        "observe",
        "suggest",
        "predict",
        "vow",
        "promise",
        "threaten",
        "report",
        "quote",
        "cite",
        "testify",
        "assert",
        "maintain",
        "lament",
        "exclaim",
        "interject",
        "agree",
        "joke",
        "quip",
        "reiterate",
        "assure",
        "boast",
        "brag",
        "concede",
        "retort",
        "counter",
        "shout",
        "yell",
        "scream",
        "muse",
        "plead",
        "recount",
        "caution",
        "pledge",
        "scoff",
        "whisper",
        "mutter",
        "proclaim",
        "contend",
        "apologise",
        "apologize",
        "chant",
        "confess",
        "answer",
        "press",
        "recommend",
        "wonder",
        "remind",
        "reason",
        "gloat",
        "jeer",
        "chide",
        "scold",
        "marvel",
        "sneer",
        "taunt",
        "bellow",
        "holler",
        "fume",
        "rage",
        "elaborate",
    ]
)
"""Verbs that attribute a quote: "X said", "said X", "the letter said", "X tweeted"."""
INDIRECT_VERBS = frozenset(
    [
        "say",
        "tell",
        "warn",
        "claim",
        "state",
        "announce",
        "insist",
        "argue",
        "allege",
        "admit",
        "acknowledge",
        "deny",
        "add",
        "write",
        "declare",
        "predict",
        "vow",
        "promise",
        "threaten",
        "confirm",
        "note",
        "recommend",
        "explain",
        "report",
        "stress",
        "emphasize",
        "emphasise",
        "conclude",
        "reveal",
        "disclose",
        "concede",
        "assert",
        "maintain",
        "complain",
        "caution",
        "forecast",
        "pledge",
        "reiterate",
        "remark",
        "comment",
        "elaborate",
    ]
)
"""Verbs whose clause reports what was said, without quotation marks: "X said (that) …", "X warned …"."""
OUTLET_VERBS = frozenset({"report", "cite", "quote"})
"""Verbs by which a news outlet passes on what others said: "the Times reported", "cited by Reuters"."""
DOCUMENT_NOUNS = frozenset(
    [
        "letter",
        "petition",
        "statement",
        "tweet",
        "message",
        "appeal",
        "declaration",
        "memo",
        "communique",
        "communiqué",
        "op-ed",
        "email",
        "affidavit",
        "indictment",
        "article",
        "interview",
        "video",
        "address",
        "speech",
        "resolution",
        "manifesto",
    ]
)
"""Documents that speak for their authors: "the letter said", "in a statement"."""
AUTHORING_VERBS = frozenset(
    [
        "write",
        "sign",
        "send",
        "publish",
        "post",
        "issue",
        "release",
        "pen",
        "draft",
        "adopt",
        "circulate",
        "launch",
        "deliver",
        "address",
        "submit",
        "tweet",
        "share",
        "record",
        "film",
        "pass",
    ]
)
"""Verbs whose subject is a document's author: "X wrote in a letter", "X signed a petition"."""
DOCUMENT_VERSIONS = frozenset({"translation", "copy", "version", "text", "excerpt", "draft"})
"""Nouns that stand for a document named in their "of" phrase: "a translation of the petition"."""
PERSONAL_PRONOUNS = {"he": ActorKind.PERSON, "she": ActorKind.PERSON, "him": ActorKind.PERSON,
                     "her": ActorKind.PERSON, "they": ActorKind.GROUP, "them": ActorKind.GROUP,
                     "his": ActorKind.PERSON, "their": ActorKind.GROUP}  # fmt: skip
"""Pronouns that stand for a speaker named earlier, and the kind of actor each stands for."""
CONTRACTED_NOTS = frozenset({"n't", "n’t"})
""""Not" written short, with either apostrophe: a parser may read the curly one as a stray word."""
NOBODY = frozenset({"nobody", "none", "nothing", "neither"})
"""Subjects that say no one did it: "none has said", "nobody was hurt" (and "no" before a noun: "no nation has")."""
NON_SPEAKERS = frozenset({"it", "this", "that", "which", "what", "there", "who"}) | NOBODY
"""Subjects that never name a speaker: an empty "it" or "there", a clause, a question or relative word, or a word
that says nobody spoke (:data:`NOBODY`)."""
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
"""Subjects of a relative clause, which stand for the noun the clause describes."""
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SUBJECTS = NOMINAL_SUBJECTS | {"csubj"}
"""The dependencies of a subject: a noun phrase, or a clause ("What he said was …")."""
FINITE = FINITE_TAGS
PARTICIPLES = frozenset({"VBN", "VBG"})
CLIMB = frozenset({"acomp", "advcl", "xcomp", "conj", "pcomp", "ccomp", "prep", "pobj", "acl", "relcl", "dobj"})
"""Clauses that take their head's subject when they have none of their own."""
MODIFYING_CLAUSES = frozenset({"acl", "relcl"})
"""Clauses that describe a noun: "a letter posted to Twitter", "Simonyan, who had urged …"."""
MOMENT_NOUNS = frozenset({"point", "time", "moment", "stage", "juncture"})
"""Nouns of a moment in a phrase of time ("at one point", "at the time"): a participle the parse hangs on one is
said by the clause's subject ("clashed with her landlord, at one point calling the lease “daylight robbery”"),
never by the moment."""
EFFORT_NOUNS = frozenset(
    {"way", "pains", "pain", "effort", "opportunity", "occasion", "chance", "time", "care", "trouble", "lengths",
     "length", "point"}
)  # fmt: skip
"""Nouns of an effort or a chance taken, whose infinitive is done by whoever takes it ("went out of his way to say",
"took pains to say", "used the occasion to warn"): never the noun's own doing."""
ADDRESSING_VERBS = frozenset({"email", "e-mail", "text", "message", "tell", "write", "send", "remind", "tweet"})
"""Verbs whose object is whom a message goes to: "emailed supporters saying …"."""
SHOWING_VERBS = frozenset(
    {"show", "feature", "depict", "hear", "see", "watch", "catch", "quote", "film", "record", "recall", "remember"}
)
"""Verbs whose object is shown, heard or recalled doing what a participle after it says: "the ad shows him saying …"."""
QUOTING_VERBS = frozenset({"quote", "cite"})
"""Verbs whose object says what a participle after "as" says: "quoted Tom Hill as saying …"."""
QUOTED_DEPS = frozenset({"dobj", "nsubjpass"})
"""Whom a verb of quoting quotes: its object, or the subject of its passive ("Tom Hill was quoted as saying …")."""
OBJECTS = frozenset({"dobj", "dative"})
"""The places of a verb's object: "telling her", "gave him"."""
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
SAID_OF = frozenset(
    {"say", "report", "rumor", "rumour", "describe", "call", "label", "brand", "dub", "term", "accuse", "criticize",
     "criticise", "praise", "hail", "condemn", "denounce", "characterize", "characterise", "mock", "deride"}
)  # fmt: skip
"""Reporting verbs whose passive subject is who or what is spoken of, not who speaks: "X was said to be “furious”",
"X was called a “liar”", "X is reported to have …"."""
SAID_TO = frozenset({"ask", "tell"})
"""Reporting verbs whose passive subject is the one spoken to, not the speaker: "she was asked whether …", "he was
told, “…”"."""
CAUSING_VERBS = frozenset(
    {"lead", "prompt", "force", "cause", "push", "drive", "spur", "compel", "move", "provoke", "allow", "enable",
     "persuade", "convince", "inspire"}
)  # fmt: skip
"""Verbs whose object does what the infinitive after them says, because of the subject: "the loss led her to
declare …", "the ruling prompted the mayor to call …"."""
GOING_ON_VERBS = frozenset({"add", "continue", "conclude", "reiterate"})
"""Reporting verbs that go on with what their subject said before: joined by "and" to the clause another reporting
verb reports, their subject is that verb's, whatever the clause tells ("said the deal failed and added, “…”")."""
MAX_TITLE_LEAD = 3
"""The most words a title inverted after a verb of saying may set before its participle ("said Finance Committee
ranking member …")."""
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
"""The dependencies of a clause below a verb, which a title's participle never has."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""The recogniser's labels on places, which no title names ("said visiting Paris")."""
TIME_OPENERS = frozenset({"when", "as", "after", "while", "before"})
"""Words that open a clause of time."""
CLIMB_STEPS = 6
"""How many clauses up :func:`subject_of` looks for a subject."""


def _reporter_of_tail(verb: Token) -> Token | None:
    """The verb of reported speech whose words a participle of speaking, set off after them, goes on with ("Varga said
    Kessel would stand firm, adding that …": Varga adds, though the parser hung "adding" on "stand")."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in TAIL_VERBS - {"speak"}:
        return None
    if verb.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    below = verb.head
    for above in verb.ancestors:
        if above.lemma_.lower() in REPORTING_VERBS and below.dep_ == "ccomp" and below.i > above.i:
            return above
        below = above
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing to governing verbs and nouns when it has none of its own; of several, the
    one after the verb (an inverted "said X"), else the nearest before it."""
    shown = _shown_speaker(verb) or _named_after_as(verb) or _titled_after(verb)
    if shown is not None:
        return shown
    reporter = _reporter_of_tail(verb)
    if reporter is not None:
        return subject_of(reporter)
    current, joined, set_off, visited = verb, False, False, verb
    for _ in range(CLIMB_STEPS):
        below, visited = visited, current  # the clause the climb came up from
        narration = _narration_below_quote(current) if joined and verb.tag_ == "VBG" else None
        if narration is not None:
            current, joined = narration, False
            continue
        if _names_subject(current) and not (joined and verb.tag_ == "VBG" and _quoted_clause(current)):
            adjunct = _adjunct_subject(below, current)
            return adjunct or _own_subject(current, climbed=current.i != verb.i, joined=joined)
        if current.dep_ in MODIFYING_CLAUSES and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            if not (_free_adjunct(current) or _addressed(current.head) or _moment(current.head) or _effort(current)):
                return current.head
            current = _clause_of(current.head)
            continue
        if current.dep_ == "conj" and current.head.dep_ == "oprd" and current.tag_ in FINITE:
            current = current.head.head  # "called it “cruel” and called on …", the second hung on "cruel"
            continue
        if current.dep_ == "conj" and current.tag_ == "VBG" and current.head.pos_ in {"NOUN", "PROPN"}:
            parallel = next((a for a in current.head.ancestors if a.tag_ == "VBG"), None)
            if parallel is not None:  # "pointing to the need for a wall and adding, “…”", the second hung on "wall"
                current = parallel
                continue
        if not _takes_head_subject(current):
            return _previous_subject(current) or _apposed_in_opening(current) or _subject_of_participle(current)
        caused = None if set_off else _caused_to(current)
        if caused is not None:
            return caused
        set_off = set_off or (current.dep_ == "advcl" and current.tag_ == "VBG")
        if _adds_to_report(current):
            current, joined = current.head.head, True
            continue
        joined = current.dep_ == "conj"
        relative = current.head.dep_ == "relcl" and current.head.head.pos_ in {"NOUN", "PROPN"}
        aside = (relative and _free_adjunct(current)) or _after_aside(current)
        current = _clause_of(current.head.head) if aside else current.head
    return None


def _adjunct_subject(below: Token, verb: Token) -> Token | None:
    """The subject of a passive with a "by" agent that says a participle set after a preposition on it, ``below``
    ("after saying …", "for calling …"), rather than the agent ("Ann Lee was praised by her rivals after saying …",
    "Tom Hill was criticised by the council for calling …": the one praised or criticised), where that subject may
    speak; else None. Not a participle set off by a comma with no preposition, which the agent may well say ("The
    mayor was attacked by councillors, saying …"), nor one that speaks to or of someone as its object who may be that
    subject ("was introduced by the host after describing her as …": the host)."""
    if below.i == verb.i or below.head.i != verb.i or below.dep_ != "prep":
        return None
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    participle = next((c for c in below.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    holder = first_conjunct(verb) if not any(_is_subject(c) for c in verb.children) else verb
    subject = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
    if participle is None or subject is None or not (_may_speak(subject) or of_people(subject)):
        return None
    if any(c.dep_ in OBJECTS and _may_stand_for(c, subject) for c in participle.children):
        return None
    return _unclosed_apposition(subject, holder) or subject


def _may_stand_for(pronoun: Token, noun: Token) -> bool:
    """Whether an object pronoun may stand for ``noun``: "them" for a plural, "him" or "her" for one whose given name
    or honorific tells no other sex."""
    if pronoun.lower_ not in OBJECT_PRONOUNS:
        return False
    plural = noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)
    if plural or pronoun.lower_ == "them":
        return plural and pronoun.lower_ == "them"
    name = " ".join(t.text for t in noun.lefts if t.dep_ == "compound") + f" {noun.text}"
    sex = sex_of(name.strip()) or given_name_sex(name.strip())
    return not sex or sex == ("f" if pronoun.lower_ == "her" else "m")


def _named_after_as(verb: Token) -> Token | None:
    """The speaker of "As Ann Lee, the author of “…”, put it," that the parse took for the object of "as" as a
    preposition, leaving the verb of saying with no subject of its own; and of a verb of saying right after "as" or
    "while" and its object, hung on the verb before ("Ann Lee said as a man at the back shouted: “…”": the man)."""
    if verb.lemma_.lower() not in REPORTING_VERBS | {"put"} or any(_is_subject(c) for c in verb.children):
        return None
    beside = _object_of_as_before(verb)
    if beside is not None:
        return beside
    opener = next((c for c in verb.children if c.lower_ == "as" and c.i < verb.i), None)
    named = object_of(opener) if opener is not None else None
    if named is None or sum(t.text == "," for t in verb.doc[named.i + 1 : verb.i]) == 1:
        return None  # "As Chair of the panel, said …": a capacity set off by one comma, no one who says
    if not (named.pos_ == "PROPN" or named.lemma_.lower() in ROLE_NOUNS):
        return None  # "As a part of his plea, …" names no one
    return named


def _titled_after(verb: Token) -> Token | None:
    """The speaker of a verb of saying inverted after a quote with a title that opens with a participle
    (:func:`inverted_title`): the name the parse took for the participle's object."""
    title = inverted_title(verb)
    return _title_name(title) if title is not None else None


def inverted_title(verb: Token) -> Token | None:
    """The participle that opens the title of a speaker inverted after a verb of saying ("“…,” said ranking
    Republican Ann Lee.", "… said Finance Committee ranking member Tom Hill on Monday."), which the parse took for a
    verb with the name as its object and the verb of saying left with no subject: a title, never what was said; none
    where a clause follows the name ("said ending Tom Hill's contract was wrong")."""
    if verb.lemma_.lower() not in REPORTING_VERBS or any(_is_subject(c) for c in verb.children):
        return None
    if verb.i == 0 or not verb.doc[verb.i - 1].is_punct:
        return None  # inverted only right after the quote or its comma ("recommend indicting Ann Lee" names no one)
    title = next((c for c in verb.rights if c.tag_ == "VBG" and c.left_edge.i == verb.i + 1), None)
    if title is None or title.i - verb.i > MAX_TITLE_LEAD or any(c.dep_ in CLAUSE_DEPS for c in title.children):
        return None
    name = _title_name(title)
    if name is None or name.left_edge.i != title.i + 1 or name.ent_type_ in PLACE_LABELS:
        return None
    after = name.right_edge.i + 1
    ends = after >= len(verb.doc) or verb.doc[after].is_punct or verb.doc[after].dep_ in {"prep", "npadvmod"}
    return title if ends else None


def _title_name(title: Token) -> Token | None:
    """The name the parse took for the object of a title's participle ("ranking Republican Ann Lee": Lee)."""
    return next((c for c in title.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)


def opens_time(verb: Token) -> bool:
    """Whether a clause opens with a word of time ("when students blocked the gate", "as the mayor arrived"), however
    the parse hung it."""
    return verb.dep_ in {"advcl", "relcl"} and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in TIME_OPENERS for c in verb.children
    )


def _object_of_as_before(verb: Token) -> Token | None:
    """The person or body named by "as" or "while" that the parse took for a preposition of the verb above ``verb``,
    when that phrase ends right before ``verb``: the subject of a clause of time it misread ("said as a man shouted",
    "smiled while protesters chanted")."""
    if verb.dep_ not in {"ccomp", "conj", "advcl"} or verb.tag_ not in FINITE:
        return None
    opener = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in {"as", "while"}), None)
    named = object_of(opener) if opener is not None and opener.right_edge.i == verb.i - 1 else None
    if named is None or not (named.pos_ == "PROPN" or of_people(named) or named.lemma_.lower() in COLLECTIVE_NOUNS):
        return None
    determined = named.pos_ == "PROPN" or named.tag_ == "NNS" or any(c.dep_ in {"det", "poss"} for c in named.children)
    return named if determined else None  # "quit as manager, saying": a role held, no one who says


def _caused_to(clause: Token) -> Token | None:
    """The object of a verb of causing whose infinitive ``clause`` is, who does what it says ("a win that led her to
    declare …": she declares; "the defeat forced the senator to admit …": the senator admits), never the verb's own
    subject. :func:`subject_of` never asks it for a participle set off below the infinitive, which goes on with the
    cause ("The lawyer persuaded his client to plead guilty, telling him, “…”": the lawyer)."""
    if clause.dep_ != "xcomp" or clause.head.lemma_.lower() not in CAUSING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)


def _adds_to_report(verb: Token) -> bool:
    """Whether a reporting verb with no subject of its own, joined by "and" to the clause that an earlier reporting verb
    reports, speaks with that verb's subject: "Tom Hill said the bridge was safe and added, “…”" (Tom Hill, not the
    bridge). Only a verb of going on (:data:`GOING_ON_VERBS`), in the reporting verb's own tense, where the reported
    clause lends it no auxiliary ("Tom Hill said the pilot had landed and told passengers …": the pilot told them);
    any other verb goes on with the one who acted ("Ann Lee said her son called and asked, “…”": the son)."""
    reported = verb.head
    if verb.dep_ != "conj" or reported.dep_ != "ccomp" or verb.lemma_.lower() not in GOING_ON_VERBS:
        return False
    reporting = reported.head
    if reporting.lemma_.lower() not in REPORTING_VERBS or reporting.i > reported.i:
        return False
    lent = any(c.dep_ in {"aux", "auxpass"} for c in reported.children)
    return not lent and verb.tag_ == reporting.tag_ and verb.tag_ in FINITE


def _previous_subject(verb: Token) -> Token | None:
    """For a speaking participle that opens a sentence of its own with no subject ("Adding, “…”", "Noting that …"),
    the subject of the sentence before it in the same paragraph, who goes on speaking; else none."""
    sent = verb.sent
    opening = next((t.i for t in sent if not (t.is_punct or t.is_space)), None)
    if verb.tag_ != "VBG" or verb.dep_ != "ROOT" or opening != verb.i or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    before = sent.start - 1
    while before >= 0 and verb.doc[before].is_space:
        if "\n" in verb.doc[before].text:
            return None
        before -= 1
    if before < 0:
        return None
    spoken = verb.doc[before].sent
    subject = subject_of(spoken.root)
    speaking = spoken.root.lemma_.lower() in REPORTING_VERBS or any(t.is_quote for t in spoken)
    return subject if subject is not None and speaking and _may_speak(subject) else None


def _apposed_in_opening(verb: Token) -> Token | None:
    """For a main verb with no subject, the name or description of someone right before it that the parse hung as an
    apposition on the last noun of an opening phrase or clause, or on the last of nouns joined there, set off from it
    by a comma ("In an interview with Ann Lee, Tom Hill said …": Tom Hill; "At a dinner with council members Tom
    Hill and Ann Lee, the mayor stated …": the mayor; "Though the club has no deal with the league, a club official
    who asked not to be named said …": the official)."""
    if verb.dep_ != "ROOT" or verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    if last.is_punct:
        return None  # "…, Jay Orr, its president, said": a name closed by commas, which lost_subject reads
    noun = next((t for t in (last, *last.ancestors) if t.dep_ == "appos"), None)
    if noun is None or noun.i > verb.i or noun.right_edge.i != last.i or noun.left_edge.i == 0:
        return None
    if not (noun.pos_ == "PROPN" or (noun.pos_ == "NOUN" and _may_speak(noun))):
        return None
    opened = verb.doc[noun.left_edge.i - 1].text == ","
    head = noun.head
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head  # "with hosts Tom Hill and Ann Lee": the names joined to the object, or set beside it
    return noun if opened and head.dep_ == "pobj" else None


def _subject_of_participle(verb: Token) -> Token | None:
    """For a main verb with no subject, the subject the parse hung instead on a participle set off by commas between
    them ("Tom Hill, writing in the Courier, said …": Tom Hill), a noun or a name before the participle; or on a verb
    before it, set off by a comma, that the parse took for the words said, though a verb with no subject cannot
    report them ("A third delegate, who like others asked not to be named, said …", "Mayor Rosa Pike backs “…,”
    rejects “…” and described …": the delegate, Rosa Pike)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE:
        return None
    for clause in verb.lefts:
        participle = clause.dep_ == "advcl" and clause.tag_ in PARTICIPLES and verb.doc[clause.i - 1].text == ","
        if not (participle or clause.dep_ == "ccomp"):
            continue
        subjects = NOMINAL_SUBJECTS if participle else {"nsubj"}  # "Two emails have been placed …, X wrote": X's
        subject = next((c for c in clause.lefts if c.dep_ in subjects and c.pos_ in {"NOUN", "PROPN"}), None)
        if subject is not None and clause.right_edge.i + 1 < verb.i and verb.doc[clause.right_edge.i + 1].text == ",":
            return subject
    return None


def _may_speak(subject: Token) -> bool:
    """Whether a subject may go on speaking: a name, a pronoun or a person's role, never a thing ("The bridge
    collapsed. Adding, …")."""
    return bool(subject.ent_type_ in {"PERSON", "ORG", "NORP"} or subject.pos_ in {"PRON", "PROPN"}) or (
        subject.lemma_.lower() in ROLE_NOUNS
    )


def _shown_speaker(participle: Token) -> Token | None:
    """The person a speaking participle with no subject of its own follows, with no comma between, as the object of a
    verb of showing or hearing or of "of" or "with": who is shown saying it ("a clip of Ann Lee asking …", "the ad
    shows him saying …", "the film ends with the senator telling a crowd …"), not the film or whoever shows it; a
    participle joined by "and" to such a one is said by the same person ("the ad ends with Ann Lee looking at the
    camera and saying …")."""
    if participle.tag_ != "VBG" or _names_subject(participle):
        return None
    if participle.dep_ == "conj":
        participle = first_conjunct(participle)
        if participle.tag_ != "VBG" or _names_subject(participle):
            return None
    if participle.i == 0:
        return None
    quoted = _quoted_as(participle)
    if quoted is not None:
        return quoted
    before = participle.doc[participle.i - 1]
    if before.dep_ == "pobj":
        shown = before.head.lower_ in {"of", "with"}
    else:
        shown = before.dep_ == "dobj" and before.head.lemma_.lower() in SHOWING_VERBS
    person = before.ent_type_ == "PERSON" or before.lower_ in OBJECT_PRONOUNS or before.lemma_.lower() in ROLE_NOUNS
    return before if shown and person else None


def _quoted_as(participle: Token) -> Token | None:
    """The object of a verb of quoting that a participle after "as" says, or its subject when the verb is passive
    ("The Gazette quoted Tom Hill as saying …", "Tom Hill was quoted by the Gazette as saying …": Tom Hill, not the
    Gazette)."""
    if participle.dep_ != "pcomp" or participle.head.lower_ != "as":
        return None
    verb = participle.head.head
    quoted = next((c for c in verb.children if c.dep_ in QUOTED_DEPS), None)
    return quoted if verb.lemma_.lower() in QUOTING_VERBS else None


def _free_adjunct(clause: Token) -> bool:
    """Whether a participle the parse hangs on a noun, or on the verb of a relative clause, is set off from it by a
    comma: a clause of the whole sentence, whose subject is the sentence's ("Ann Lee dismissed the lawsuit filed by
    her rival, calling it “…”": Ann Lee calls it, not the lawsuit; "Ann Lee would not pay a builder who said he was
    owed money, saying, “…”": Ann Lee, not the builder)."""
    return clause.tag_ == "VBG" and clause.i > 0 and clause.doc[clause.i - 1].text == ","


def _quoted_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that opens with a quotation mark: words someone is quoted as saying, whose
    subject ("That" in "-- “That is simply absurd” -- and, when pressed, insisting, “…”") is no subject of the narration
    that a participle joined to it shares; the participle goes on with the clause above the quote."""
    first = verb.left_edge
    if first.is_quote and first.head.i == verb.i:
        return True  # the opening mark hangs on the verb
    opened = first.i > 0 and verb.doc[first.i - 1].is_quote  # it hangs higher up, right before the clause
    return opened and any(c.is_quote and c.i > verb.i for c in verb.children)


def _narration_below_quote(root: Token) -> Token | None:
    """The narration's clause that the parse hung as a complement on the root of quoted words set into it, when the
    quote's own subject opens it ("Tom Hill hardly answered, calling it a gift -- “That makes me smart” -- and, when
    pressed, insisting, “…”": "answered", whose subject the participle joined to the quote shares)."""
    if root.dep_ != "ROOT":
        return None
    subject = next((c for c in root.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i == 0 or root.doc[subject.left_edge.i - 1].tag_ != "``":
        return None  # no opening mark right before the subject (a closing one: "“…,” one ad declared")
    opening = subject.left_edge.i - 1
    return next(
        (c for c in root.lefts if c.dep_ == "ccomp" and c.right_edge.i < opening and c.pos_ in {"VERB", "AUX"}), None
    )


def _after_aside(clause: Token) -> bool:
    """Whether a participle comes right after an aside set off by dashes that the parse hangs it on ("Farmers
    circled the arena - where the Hawks played - while chanting “…”": the farmers chant, not the Hawks): it goes on
    with the clause the aside interrupts."""
    head, opening = clause.head, clause.head.left_edge.i
    if clause.tag_ != "VBG" or head.i > clause.i or opening == 0 or clause.left_edge.i == 0:
        return False
    dashes = DATELINE_DASHES  # the marks of an aside are those of a dateline
    return clause.doc[clause.left_edge.i - 1].text in dashes and clause.doc[opening - 1].text in dashes


def _addressed(noun: Token) -> bool:
    """Whether ``noun`` is whom a message goes to ("emailed supporters", "a text message to voters"): a participle
    after it says what the sender says ("The senator emailed supporters saying “…”"), not what they say."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in ADDRESSING_VERBS
    sent = noun.head.head.lemma_.lower()  # "sent a message to voters", not "in response to critics"
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and (sent in ADDRESSING_VERBS or sent in DOCUMENT_NOUNS)


def _effort(clause: Token) -> bool:
    """Whether an infinitive hangs on a noun of an effort or a chance taken (:data:`EFFORT_NOUNS`): "Ann Lee took
    pains to say …" is said by Ann Lee, not by the pains."""
    infinitive = clause.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return infinitive and clause.head.lemma_.lower() in EFFORT_NOUNS


def _moment(noun: Token) -> bool:
    """Whether ``noun`` is a moment named after a preposition (:data:`MOMENT_NOUNS`): "at one point calling …"."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in MOMENT_NOUNS


def first_conjunct(verb: Token) -> Token:
    """The first of the verbs ``verb`` is joined to by "and" or "but", whose clause holds them all ("whether she
    would run and win": "run")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def hypothetical(verb: Token) -> bool:
    """Whether a verb tells of what was not done: under a modal ("would describe") or in an "if" or "whether"
    clause ("asked whether Ann Lee would describe …", "If Ann Lee describes the bill as …")."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    return modal or any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in first_conjunct(verb).children)


def negated(verb: Token) -> bool:
    """Whether a verb is negated ("did not describe"), also where the parser read "didn’t" written with a curly
    apostrophe as "did" with a stray "n’t" hung on the verb or its auxiliary ("Ann Lee didn’t return to the bank"). A
    contracted "not" counts only right after the verb or one of its own auxiliaries: "The rebels withdrew from
    Harwick, while the army hasn’t." keeps the withdrawal."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    own = {verb.i} | {c.i for c in auxiliaries}
    for word in (*verb.children, *(g for c in auxiliaries for g in c.children)):
        if word.lower_ in CONTRACTED_NOTS:
            if word.i - 1 in own:
                return True
        elif word.dep_ == "neg" and word.head.i == verb.i:
            return True
    return False


def _clause_of(noun: Token) -> Token:
    """The verb whose clause holds ``noun`` (the noun itself when none is above it)."""
    current = noun
    while current.head.i != current.i and current.pos_ not in {"VERB", "AUX"}:
        current = current.head
    return current


def entity_start(last: Token) -> Token:
    """The first word of the named entity that ``last`` is part of."""
    token = last
    while token.i > 0 and token.ent_iob_ == "I":
        token = token.doc[token.i - 1]
    return token


def entity_end(first: Token) -> Token:
    """The last word of the named entity that ``first`` is part of."""
    token = first
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        token = token.doc[token.i + 1]
    return token


def _names_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject or a "by" agent of its own."""
    return any(_is_subject(c) or c.dep_ == "agent" for c in verb.children)


def _is_subject(child: Token) -> bool:
    """Whether a verb's child is its subject: not a space nor a preposition with an object of its own that the parser
    took for one ("Of the plan, Ann Lee, who …, said": Ann Lee, lost in the commas, is the subject; "From said", with
    no object, names Al From)."""
    if child.dep_ not in SUBJECTS or child.pos_ == "SPACE":
        return False
    return child.pos_ != "ADP" or not any(c.dep_ == "pobj" for c in child.children)


def _own_subject(verb: Token, climbed: bool = False, joined: bool = False) -> Token | None:
    """``verb``'s own subject: inverted first ("The tone, said Mr Milburn, …"), else the nearest ("X, Y said"); for a
    passive with a "by" agent, the agent's object, unless the subject was sought for a verb joined to it by "and",
    ``joined``, which the passive's subject does ("Ann Lee was joined by Tom Hill and joked, “…”": Ann Lee); none for
    a passive of :data:`SAID_OF` without one, unless the subject was sought for a verb of speaking below it,
    ``climbed`` ("Ann Lee is said to have told friends …")."""
    inside = set_inside(verb)
    if inside is not None:
        return inside[1]
    subjects = [c for c in verb.children if _is_subject(c)]
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    passive = not any(s.dep_ != "nsubjpass" for s in subjects)
    if agent is not None and passive and not (joined and subjects):
        return object_of(agent)  # "… was called “X” by Y": Y speaks, not what was called
    if passive and not climbed and verb.lemma_.lower() in SAID_OF and _said_of(verb):
        return None  # "Ann Lee was said to be “furious”": nobody named says it
    subject = min(subjects, key=lambda t: (t.i < verb.i, abs(t.i - verb.i)))
    if is_dateline(subject):
        return past_dateline(subject)
    return _unclosed_apposition(subject, verb) or subject


def _said_of(verb: Token) -> bool:
    """Whether a verb of :data:`SAID_OF` is a passive that speaks of its subject ("was said", "is called")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not misread_perfect(verb)


def misread_perfect(verb: Token) -> bool:
    """Whether a passive "said" after a "'s" is "has said" misread as "is said" ("She's said one thing at each town
    hall: …", "He's said for years that …"): "is said" only goes on with "to" ("He's said to be furious") or says
    nobody spoke ("It's said the river once ran red")."""
    helpers = [c for c in verb.children if c.dep_ == "auxpass"]
    contracted = bool(helpers) and all(h.lower_ in {"'s", "’s"} for h in helpers)
    infinitive = any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)
    if not contracted or verb.lemma_.lower() != "say" or infinitive:
        return False
    return not any(c.dep_ == "nsubjpass" and c.lower_ in NON_SPEAKERS for c in verb.children)  # "It's said …"


def set_inside(verb: Token) -> tuple[Token, Token] | None:
    """Where a cue set inside the words it reports ("The tone, said Alan Milburn, the former health secretary, would
    be …") was parsed as the cue of a clause opened by the speaker ("Alan Milburn … would be"), with the words' own
    subject as its subject ("The tone"), or as an aside to the clause ("The real danger, said Tom Hill, who chairs the
    panel, is that …"): that subject and the speaker. Only for a cue of :data:`REPORTING_VERBS` with
    a comma right before it, whose subject has no comma of its own (an apposition or an age make it the speaker: "The
    mayor, a Democrat, said Tom Hill, the treasurer, would resign"), and a name or an office right after it, closed
    by a comma before the rest of the clause."""
    doc = verb.doc
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    end = subject.right_edge.i - (subject.right_edge.i == verb.i - 1)  # the comma may be the subject's
    if end != verb.i - 2 or any(t.text == "," for t in doc[subject.left_edge.i : end + 1]):
        return None
    clauses = [c for c in verb.rights if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        clauses.append(verb.head)  # "The real danger, said Tom Hill, who chairs the panel, is that …"
    for clause in clauses:
        own = [c for c in clause.lefts if c.dep_ in NOMINAL_SUBJECTS]
        speaker = own[0] if own else None
        if speaker is None or speaker.left_edge.i != verb.i + 1 or any(c.dep_ == "mark" for c in clause.children):
            continue
        end = speaker.right_edge.i if doc[speaker.right_edge.i].text == "," else speaker.right_edge.i + 1
        closed = end < clause.i and doc[end].text == ","
        named = speaker.pos_ == "PROPN" or speaker.lemma_.lower() in ROLE_NOUNS or apposed(speaker)
        if closed and named:
            return subject, speaker
    return None


def apposed(noun: Token) -> bool:
    """Whether a noun has a name in apposition ("the Fed chair, Janet Yellen")."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.rights)


def _unclosed_apposition(subject: Token, verb: Token) -> Token | None:
    """A name or noun the parse hung on a subject before ``verb`` as its apposition that, opened by a comma, runs
    right up to the verb with no comma closing it: the verb's own subject ("To meet Tom Hill, Ann Lee said, is …":
    Ann Lee says it, not Tom Hill; "His aide, Ann Lee said …"). An apposition closed by a comma ("Ann Lee, the mayor,
    said") only describes the subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if subject.i > verb.i or before is None or before.is_punct:
        return None
    for appos in subject.rights:
        opened = appos.left_edge.i > subject.i and verb.doc[appos.left_edge.i - 1].text == ","
        named = appos.pos_ in {"PROPN", "NOUN"}
        if appos.dep_ == "appos" and named and opened and appos.right_edge.i == before.i:
            return appos
    return None


def is_dateline(token: Token) -> bool:
    """Whether ``token`` lies in a dateline that opens its sentence (:func:`graph.extract.headlines.dateline_end`):
    the parse often takes the place for the subject ("OAKDALE -- Mayor Ann Lee said …")."""
    first = token.sent.start
    dash = dateline_end(token.doc, first)
    return dash is not None and first <= token.i < dash


def past_dateline(place: Token) -> Token | None:
    """The subject the parse hung on a dateline as its apposition after the dash ("OAKDALE -- Mayor Ann Lee said …"),
    never the dateline's own state ("PORT HALE, Wisc. — Gov. Tom Hill said …": Tom Hill), else none."""
    return next((c for c in place.rights if c.dep_ == "appos" and not is_dateline(c)), None)


def _takes_head_subject(clause: Token) -> bool:
    """Whether a clause with no subject of its own shares its head's; a finite adverbial clause never does ("after X
    called …, Y joined")."""
    if clause.dep_ not in CLIMB or clause.head.i == clause.i:
        return False
    return not (clause.dep_ == "advcl" and clause.tag_ in FINITE)


def introduces_what_follows(verb: Token) -> bool:
    """Whether a reporting verb's clause ends in a colon before any other mark ("Tom Hill said: “…”", "Ann Lee told
    reporters on Monday: “…”"): it gives the words after the colon, never a quote that ends right before its sentence
    (““We are farmers,” Ann Lee said. “We are not thieves.” Tom Hill said: “…”": the second is still Ann Lee's)."""
    mark = next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.is_punct), None)
    return mark is not None and mark.text == ":"


def object_of(preposition: Token) -> Token | None:
    """The object of a preposition: "officials" in "according to officials"."""
    return next((obj for obj in preposition.children if obj.dep_ == "pobj"), None)


def agent_of(verb: Token) -> Token | None:
    """Who a passive verb names after "by": "reporters" in "was asked by reporters"."""
    return next((object_of(c) for c in verb.children if c.dep_ == "agent"), None)


def set_off_appositions(noun: Token) -> list[Token]:
    """The appositions a comma sets off after a common noun, which say again who or what it is ("His spokesman, Tom
    Hill, …", "the bank, Pellworth Savings, …"); none for a name, whose apposition describes it ("Ann Lee, the
    mayor"); an office written in capitals is a common noun ("The local MP, Tom Hill, …")."""
    if noun.pos_ != "NOUN" and not (noun.text.isupper() and noun.lower_ in ROLE_NOUNS):
        return []
    doc = noun.doc
    return [c for c in noun.rights if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]


def closing_apposition(noun: Token) -> Token | None:
    """A person's name set off by commas that closes a description's phrase right before the verb the description is
    the subject of ("One pastor backing Mr. Dunn, Dara Whitt of Grace Church, said …"): the description's name,
    where the parser hangs it on another name (here on "Mr. Dunn"), which a name set after it cannot name again. Not
    a name the parser gives a common noun inside the phrase ("A spokesman for the senator's wife, Ellen Granger,
    said": the wife's), not after a plural ("Lawyers for the mayor, Tom Hill, said"), not a list of names, and not a
    name whose closing comma leaves more words before the verb."""
    verb = noun.head
    if noun.tag_ != "NN" or noun.dep_ not in NOMINAL_SUBJECTS or verb.i < noun.i:
        return None
    doc, comma = noun.doc, noun.right_edge
    if comma.text != "," or comma.i + 1 != verb.i:
        return None
    for appos in noun.subtree:
        if appos.dep_ != "appos" or appos.ent_type_ != "PERSON" or appos.pos_ != "PROPN":
            continue
        if appos.head.pos_ != "PROPN" or not appos.head.ent_type_:
            continue  # "A spokesman for the senator's wife, Ellen Granger, said": the wife's name
        opened = appos.left_edge.i > 0 and doc[appos.left_edge.i - 1].text == ","
        if opened and appos.right_edge.i == comma.i - 1 and not any(c.dep_ == "conj" for c in appos.children):
            return appos
    return None


def named_head(token: Token) -> Token:
    """From an apposition ("the editor-in-chief of RT") back to the name it describes."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token


def opens_according_to(token: Token) -> bool:
    """Whether ``token`` is the "according" of "according to"."""
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
