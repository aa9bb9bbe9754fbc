"""What one event mention is to the clustering, and whether two groups of mentions can be one event.

A :class:`Node` is a mention with what names its participants (:class:`Keys`: actors, whole names, nationalities,
names of people), its time, the kinds of its agents, and its article's publication date and places. A
:class:`Cluster` is a growing event, summarised so that :func:`apart`, the test that refuses a join, costs the distinct
agents and articles, not every pair of members.
:mod:`graph.merge.event_clusters` grows the clusters; :mod:`graph.merge.event_incidental` uses the same test.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from graph.merge.event_lemmas import CONTESTS, OUTCOMES
from graph.model import EventMention, EventType, Granularity, TimeExpr

DATE_SLACK = dt.timedelta(days=1)
"""Dates this far apart may still be one event (an evening in one time zone is the next morning in another)."""
NEWS_CYCLE = dt.timedelta(days=2)
"""Articles published this far apart may name one event by its word alone ("the meeting", "the interview"): a bare
mention names the news of its own days; what is told weeks apart is one event only on shared evidence."""

RECALLED = dt.timedelta(days=7)
"""How long before its article's publication a mention's own date makes it history the article recalls rather than
its news. A week because news names the days of its own week by weekday ("on Monday", "last Tuesday") and older days
by date: a week back is where the news an article reports ends and what it recalls begins."""
RETOLD = dt.timedelta(days=7)
"""How far apart two articles' publications make their undated mentions two happenings, unless one place names it or
one participant had it done to them (:func:`_same_scene`). A week because outlets follow one happening for some days
(reactions, follow-ups) and then name it by more than its word; chosen, not measured (ECB+, the merging bench, has no
publication dates). The same length as :data:`RECALLED`, but another rule: each may change alone."""

NAME_STEM = 5
"""Proper names share a participant when their first letters agree: "Ukraine" / "Ukrainian", "Russia" / "Russian"."""
GENERIC_NAME_WORDS = frozenset(
    w[:NAME_STEM]
    for w in ["bank", "savings", "trust", "council", "ministry", "department", "company", "corporation", "group",
              "holdings", "agency", "authority", "bureau", "committee", "commission", "court", "office", "party",
              "union", "association", "institute", "foundation", "university", "college", "school", "hospital",
              "church", "club", "police", "national", "federal", "general", "international", "united", "limited"]
)  # fmt: skip
"""Stems of the words many bodies' names share ("Dorval Savings Bank", "Pellam Savings Bank"): they do not tell that
two names are one body."""

SAYING = frozenset(["say", "tell", "add", "state", "write", "report", "explain", "note", "reply", "comment"])
"""Verbs that only carry the words they introduce: such a speech event is what was said, nothing more."""


@dataclass(frozen=True, slots=True)
class Keys:
    """What names one participant (:func:`share`): actors, whole names; name stems, which meet only nationalities';
    and the names of people (``person:`` keys, their words), which meet names of one person (:func:`one_person`)."""

    plain: frozenset[str]
    names: frozenset[str]
    demonyms: frozenset[str]
    people: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def of(cls, keys: set[str]) -> Keys:
        stems: dict[str, set[str]] = {"actor": set(), "name": set(), "stem": set(), "demonym": set(), "person": set()}
        for key in keys:
            kind, stem = key.split(":", 1)
            stems[kind].add(stem)
        plain = frozenset(k for k in keys if k.startswith(("actor:", "name:")))
        people = frozenset(tuple(name.split()) for name in stems["person"])
        return cls(plain, frozenset(stems["stem"]), frozenset(stems["demonym"]), people)

    @property
    def named(self) -> bool:
        """Whether a proper name is among them: "the actress" may be anyone, "Reid" is not "Lohan"."""
        return bool(self.names or self.demonyms)

    def __bool__(self) -> bool:
        return bool(self.plain or self.demonyms)


NOWHERE = Keys(frozenset(), frozenset(), frozenset())


@dataclass(frozen=True, slots=True)
class Node:
    index: int
    article_id: str
    mention: EventMention
    agents: Keys
    patients: Keys
    places: Keys
    time: TimeExpr | None
    families: frozenset[str]
    """Whether the agents are people or bodies; a country acts as its state, so places are bodies."""
    published: dt.date | None = None
    """When its article was published, if known."""
    around: frozenset[str] = frozenset()
    """The keys of the places its article names: a place one of them holds may hold this mention's place, in another
    article ("Berlin" in an article that names Germany)."""
    another: bool = False
    """Whether its words set it apart from other happenings of its kind ("another attack", "a separate interview", "a
    second shooting"): such a mention is never one with an earlier mention of its word in its own article (the one it
    is another to), though a later one ("the attack") tells of it; a bare one joins no other article's event."""
    turn: int | None = None
    """How many mentions of its word up to it, itself included, its article marks as :attr:`another`; None when the
    article marks none. Mentions of one word in one article on different turns are different happenings: in "an attack
    on the depot …", "another attack on Dunmore …", "the attack killed nine guards", the third is the second's."""

    @property
    def bare(self) -> bool:
        return not (self.agents or self.patients or self.places or self.time or self.mention.quotes)

    @property
    def plural(self) -> bool:
        """Whether its trigger is an -s form of its lemma: a plural ("rallies", "the votes") names several happenings
        or a kind of them, a present tense ("the county votes in May") a habit or a schedule; such a mention is one
        with another only on shared evidence, never on its word alone."""
        mention = self.mention
        start = mention.trigger.start - mention.span.start
        word = mention.text[start : start + mention.trigger.end - mention.trigger.start].casefold()
        one_word = word.replace("-", "").isalpha()
        return one_word and word != mention.lemma and word.endswith("s") and not mention.lemma.endswith("s")


def recalled(node: Node) -> bool:
    """Whether a mention is dated no finer than a year ("in 1983", "the 1930s"), or ends more than :data:`RECALLED`
    before its article was published ("arsonists burned 40 barns on 3 October" in June): history the article recalls,
    which a mention it shares nothing with, told undated or in the article's days, does not name. A time only placed
    in an article's estimated window ("seven months ago" in an undated article) is no such history."""
    time = node.time
    if time is None or time.estimated:
        return False
    if time.granularity in {Granularity.YEAR, Granularity.UNKNOWN}:
        return True
    end = time.end or time.start
    return node.published is not None and end is not None and node.published - end > RECALLED


def share(a: Keys, b: Keys) -> bool:
    """One actor, one proper name, or names of one person; "Ukrainian" meets "Ukraine", but two nationalities alone
    are not one actor."""
    if a.plain & b.plain or a.names & b.demonyms or a.demonyms & b.names:
        return True
    return any(one_person(p, q) for p in a.people for q in b.people)


def one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names of people can name one person: the same surname, and the shorter name's first word (a given
    name, an initial) among the longer's words, or a surname alone: "Gigante", "Vincent Gigante" and "Vincent L.
    Gigante" can; "David Frost" and "David Davis" cannot, nor "Mrs Howard" and "Michael Howard"."""
    if not a or not b or a[-1] != b[-1]:
        return False
    short, long = sorted((a, b), key=len)
    return len(short) == 1 or short[0] in long


class Cluster:
    """A growing event: its members, and what tells whether any of them cannot be one event with any member of another
    (:func:`apart`), kept as a summary so that the test costs the distinct agents and articles, not every pair."""

    __slots__ = (
        "around",
        "bodies_only",
        "by_article",
        "contest",
        "dates",
        "done",
        "history",
        "members",
        "named",
        "outcome",
        "patients",
        "people_only",
        "places",
        "published",
        "quoted",
        "things",
        "told_by",
        "turns",
        "type",
        "undated",
        "undated_span",
    )

    def __init__(self, node: Node) -> None:
        self.members = [node.index]
        self.type = node.mention.type
        self.outcome = node.mention.lemma in OUTCOMES and self.type is EventType.OTHER  # its type may give way
        self.named = {node.agents} if node.agents.named else set()
        # whom or what it was done to, by name: "Dorval Bakery" is not "Pim Butchery" (but "the clerk" may be "the
        # 60-year-old clerk", and "the Bravanian" may be "Tom Hale": a nationality is no name); a place is where it was
        named = bool(node.patients.people) or bool(node.patients.names and not _acting_places(node.patients))
        self.patients = {node.patients} if named else set()
        self.things = set(node.mention.things)  # what it was done to that is no one: "offered condolences"
        self.contest = node.mention.lemma in CONTESTS  # a place is the contest won: never told finer and coarser
        self.history = recalled(node)  # history its article recalls ("in 2009"), not its news
        where = node.places if node.places.named else _acting_places(node.patients)  # "won Ohio": won in Ohio
        if not where.named and node.agents.named:
            where = _acting_places(node.agents)
        self.places = {where: {node.article_id}} if where.named else {}  # named places it happened in, and where told
        self.around = node.around
        self.published = {node.published} if node.published is not None else set()
        self.people_only = node.families == {"person"}
        self.bodies_only = node.families == {"body"}
        self.by_article = {node.article_id: {node.agents}} if node.families else {}
        self.quoted = bool(node.mention.quotes) and node.mention.lemma in SAYING  # what was said tells it apart
        self.dates: tuple[dt.date, dt.date] | None = None  # the latest start and the earliest end of the members' times
        if node.time is not None and node.time.start is not None:
            self.dates = (node.time.start, node.time.end or node.time.start)
        # the earliest publication of an article that tells an undated member in the past ("Lee met Tom Hill"): a
        # happening dated after it cannot be that member's
        self.told_by = node.published if node.time is None and node.mention.past else None
        self.undated: dict[dt.date, set[frozenset[Keys]]] = {}  # the scenes of its undated members, by publication
        # the first and last of those days, so that :func:`_weeks_apart` need not look at every day to find none apart
        self.undated_span: tuple[dt.date, dt.date] | None = None
        if self.dates is None and node.published is not None:
            acting = _acting_places(node.agents)
            self.undated[node.published] = {frozenset({*self.patients, *([acting] if acting else [])})}
            self.undated_span = (node.published, node.published)
        # the turn of its mentions of a word in an article that marks one as another: "another attack" is not the
        # attack told before it
        self.turns = {(node.article_id, node.mention.lemma): node.turn} if node.turn is not None else {}
        self.done: set[str] = set()

    def absorb(self, other: Cluster) -> None:
        if self.outcome and not other.outcome:
            self.type = other.type
        self.outcome &= other.outcome
        self.members += other.members
        self.named |= other.named
        self.patients |= other.patients
        self.things |= other.things
        self.contest &= other.contest
        self.history &= other.history
        for place, article_ids in other.places.items():
            self.places.setdefault(place, set()).update(article_ids)
        if not other.around <= self.around:  # most members' articles name the places it already holds
            self.around = self.around | other.around
        self.published |= other.published
        self.people_only |= other.people_only
        self.bodies_only |= other.bodies_only
        self.quoted &= other.quoted  # joined by one statement to an act ("a letter"), it is that act
        for article_id, agents in other.by_article.items():
            self.by_article.setdefault(article_id, set()).update(agents)
        if self.dates is None or other.dates is None:
            self.dates = self.dates or other.dates
        else:
            self.dates = (max(self.dates[0], other.dates[0]), min(self.dates[1], other.dates[1]))
        if self.told_by is None or other.told_by is None:
            self.told_by = self.told_by or other.told_by
        else:
            self.told_by = min(self.told_by, other.told_by)
        for day, scenes in other.undated.items():
            self.undated.setdefault(day, set()).update(scenes)
        if self.undated_span is None or other.undated_span is None:
            self.undated_span = self.undated_span or other.undated_span
        else:
            first, last = self.undated_span
            self.undated_span = (min(first, other.undated_span[0]), max(last, other.undated_span[1]))
        for told, turn in other.turns.items():
            self.turns.setdefault(told, turn)
        self.done |= other.done


def apart(a: Cluster, b: Cluster, statement: bool = False) -> bool:
    """Whether a member of ``a`` and one of ``b`` cannot be one event: another kind, other agents, others it happened
    to by name ("endorsed Tom Hill", "endorsed Bo Chan"; "fined Dorval Bakery", "fined Pim Butchery",
    :func:`_other_patients`), other places, or dates apart (undated ones: their articles published weeks apart,
    :func:`_weeks_apart`; one told undated in the past before the other's date, :func:`_told_before`), or, unless
    their quotes are reports of one ``statement``, a verb of saying that introduces quotes ("X said: …"): only the
    words said make two articles' "said" one; or things done to that differ where one is history its article recalls
    and the other not (:func:`recalled`: "in 2009, Obama offered states billions", "Obama offered his condolences";
    :attr:`~graph.model.EventMention.things`), as news names a thing by many words but not one act by two. Agents
    clash when both are named and differ ("the actress" may be anyone; "Reid" is not "Lohan"), when one is people and
    the other bodies ("another blogger" is no council), or when one article names two ("one blogger …", "another
    blogger …" are two)."""
    if _types_apart(a, b) or (not statement and (a.quoted or b.quoted)):
        return True
    if a.dates and b.dates and (a.dates[0] - b.dates[1] > DATE_SLACK or b.dates[0] - a.dates[1] > DATE_SLACK):
        return True
    if _told_before(a, b) or _told_before(b, a):
        return True
    if _weeks_apart(a, b) or _other_turns(a, b):  # "the interview", then "a separate interview"
        return True
    if a.history != b.history and a.things and b.things and not a.things & b.things:
        return True  # "in 2009, Obama offered states billions" is no news of "Obama offered his condolences"
    return _participants_apart(a, b)


def _types_apart(a: Cluster, b: Cluster) -> bool:
    """Whether two events are of other types, but for what came to someone by name (:data:`OUTCOMES`: "Tomas Vane
    died") beside the killing or wounding that did it to them ("Tomas Vane was killed"); a death of no one named, or
    of someone else, is no killing told beside it ("Sarah Brady died last year", "a first-grader killed")."""
    if a.type is b.type:
        return False
    outcome = any(x.outcome and y.type is EventType.CONFLICT for x, y in ((a, b), (b, a)))
    return not (outcome and any(share(x, y) for x in a.patients for y in b.patients))


def _told_before(a: Cluster, b: Cluster) -> bool:
    """Whether a member of ``a`` is dated more than :data:`DATE_SLACK` after an article that tells an undated member
    of ``b`` in the past was published: "Lee met the senators", told on 3 May, is not "Lee met the premier on 30
    August"."""
    return a.dates is not None and b.told_by is not None and a.dates[0] - b.told_by > DATE_SLACK


def _other_turns(a: Cluster, b: Cluster) -> bool:
    """Whether each holds a mention of one word in one article, on different turns (:attr:`Node.turn`)."""
    if not a.turns or not b.turns:
        return False
    few, many = sorted((a.turns, b.turns), key=len)
    return any(many.get(told, turn) != turn for told, turn in few.items())


def _weeks_apart(a: Cluster, b: Cluster) -> bool:
    """Whether an undated member of one and an undated member of the other were told in articles published more than
    :data:`RETOLD` apart, with no place that names it and no one it was done to in common (:func:`_same_scene`):
    "Ann Lee attacked the plan" told in March and in May is two attacks, and so is "an attack in Norland" told in March
    and in May; "the Dunmore bombing" recalled weeks later is the one bombing."""
    if a.undated_span is None or b.undated_span is None:
        return False
    if b.undated_span[1] - a.undated_span[0] <= RETOLD and a.undated_span[1] - b.undated_span[0] <= RETOLD:
        return False  # no two of their days are that far apart
    return any(
        abs(day - other) > RETOLD and not _same_scene(x, y)
        for day, scenes in a.undated.items()
        for other, elsewhere in b.undated.items()
        for x in scenes
        for y in elsewhere
    )


def _same_scene(a: frozenset[Keys], b: frozenset[Keys]) -> bool:
    """Whether two scenes (the named patients and the places that name the event, "the Dunmore bombing") meet."""
    return any(share(x, y) for x in a for y in b)


def same_news(node: Node, cluster: Cluster) -> bool:
    """Whether ``node``'s article and one of ``cluster``'s were published within :data:`NEWS_CYCLE` of each other (or
    either date is unknown): only then may a mention with nothing but its word join it."""
    day = node.published
    return day is None or not cluster.published or any(abs(day - d) <= NEWS_CYCLE for d in cluster.published)


@functools.lru_cache(maxsize=1 << 14)
def _acting_places(agents: Keys) -> Keys:
    """The agents when all of them are places ("Iowa voted", "the Dunmore rally"): where it happened."""
    actors = [k for k in agents.plain if k.startswith("actor:")]
    return agents if actors and all(k.startswith("actor:place/") for k in actors) else NOWHERE


def _participants_apart(a: Cluster, b: Cluster) -> bool:
    """Agents of other kinds (people and bodies), named people it happened to who differ, places that differ, or
    agents that differ."""
    if (a.people_only and b.bodies_only) or (a.bodies_only and b.people_only):
        return True
    if any(_other_patients(x, y) for x in a.patients for y in b.patients):
        return True
    finer = _same_people_same_day(a, b) and not (a.contest and b.contest)  # "won Ohio", "won Iowa": two contests
    return (_places_apart(a, b) and not finer) or _agents_apart(a, b)


def _other_patients(a: Keys, b: Keys) -> bool:
    """Whether two named patients differ: people by :func:`one_person`; a body or thing only when no word of its name
    is in the other's ("Dorval Bakery", "Pim Butchery"), words many names share aside ("Dorval Savings Bank", "Pellam
    Savings Bank", :data:`GENERIC_NAME_WORDS`), since a name the recogniser typed apart from its person
    ("Tomas (Tito)", "Tomas Vane") or a nationality before it ("Bravanian Tomas Vane") may still be them."""
    if share(a, b):
        return False
    if a.people and b.people:
        return True
    own, other = a.names - GENERIC_NAME_WORDS, b.names - GENERIC_NAME_WORDS
    if own and other:  # "Dorval Savings Bank", "Pellam Savings Bank": only their own words tell
        return not own & other
    return not a.names & b.names  # "the Bank" may be "Dorval Savings Bank"; "the Council" is not "the Ministry"


def _same_people_same_day(a: Cluster, b: Cluster) -> bool:
    """Whether both name one person or body it was done by or to, on days both know and that agree: then two places
    are one place told finer and coarser ("arrested in Lisbon on Monday", "arrested in Portugal on Monday"), which
    the merge cannot tell from two places without a gazetteer, so it lets the people and the day decide."""
    if a.dates is None or b.dates is None:
        return False
    agents = any(share(x, y) for x in a.named for y in b.named)
    return agents or any(share(x, y) for x in a.patients for y in b.patients)


def _places_apart(a: Cluster, b: Cluster) -> bool:
    """Named places that differ: "a rally in Dunmore" and "a rally in Carrow" are two. Across articles, "in Berlin"
    and "in Germany" may be one where an article of either names the other's place; one article naming both tells
    two happenings ("arrested in Lisbon", "arrested in Oslo")."""
    return any(
        not share(x, y) and (bool(told & elsewhere) or (not x.plain & b.around and not y.plain & a.around))
        for x, told in a.places.items()
        for y, elsewhere in b.places.items()
    )


def _agents_apart(a: Cluster, b: Cluster) -> bool:
    """Two named agents that differ, or two agents of one article that differ."""
    if any(not share(x, y) for x in a.named for y in b.named):
        return True
    few, many = sorted((a.by_article, b.by_article), key=len)
    return any(
        not share(x, y) for article_id in few.keys() & many.keys() for x in few[article_id] for y in many[article_id]
    )
