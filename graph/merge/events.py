"""Merge event mentions across articles: clusters the mentions of one happening, however each article words it.

The mentions become nodes with the keys of their participants (merged actors, proper names, nationalities) and their
time; :mod:`graph.merge.event_clusters` clusters them; each cluster is an event, with the relations the articles
state between events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from graph.merge.event_clusters import NEWS_SYNONYMS, NOT_NAMES, SAME_LEMMA, SAME_STATEMENT, STEM, cluster_mentions
from graph.merge.event_incidental import attach
from graph.merge.event_nodes import DATE_SLACK, NAME_STEM, Keys, Node
from graph.merge.naming import PRONOUNS as PERSONAL_PRONOUNS
from graph.merge.naming import is_pronoun
from graph.model import ArticleFacts, EventMention, EventType, Granularity, Mention, Span
from graph.story import Event, EventRelation, EventReport, Story

__all__ = [
    "DATE_SLACK",
    "NEWS_SYNONYMS",
    "NOT_NAMES",
    "SAME_LEMMA",
    "SAME_STATEMENT",
    "STEM",
    "claimed",
    "made_in",
    "merge_events",
    "shown_as_statements",
]

KEYS_KEPT = 1 << 14
"""How many participants' keys are kept for reuse: outlets name the same participants again and again."""
ANOTHER = frozenset(
    ["another", "separate", "second", "third", "fourth", "fifth", "further", "different", "earlier", "previous",
     "prior", "subsequent", "next", "other"]
)  # fmt: skip
"""Words right before an event noun that make it one more of its kind ("another attack", "a separate interview"); not
"latest", "new" or "renewed": "the latest attack" is most often the one the article reports."""
DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that"])
"""Words that open a noun phrase, before "second" or "separate" in "a second attack", "their separate letters"."""
PRONOUNS = PERSONAL_PRONOUNS | frozenset(
    ["this", "that", "these", "those", "which", "what", "someone", "somebody", "everyone", "nobody"]
)
"""Words that stand for someone named elsewhere, the personal pronouns and these: capitalised at the start of a
sentence ("He gave a speech"), they are still no name, and two articles' "He" are no shared participant; written in
capitals ("US", "WHO", "IT") they may be one (:func:`_no_name`)."""
DEMONYM = re.compile(r"(?:ian|an|ese|ish|i)$")
"""How a nationality adjective ends: Ukrainian, Russian, Chinese, British, Israeli."""


def merge_events(story: Story) -> tuple[list[Event], list[EventRelation], list[Event]]:
    """The events of ``story``'s articles, merged, the relations the articles state between them, and the incidental
    events, decided here once: the mentions that no article tells in salient words (``EventMention.salient`` False)
    are clustered among themselves, so that they never join, split or relabel an event told in salient words; those
    that are further wordings of one are its ``incidental_reports`` (:mod:`graph.merge.event_incidental`)."""
    mentions = [(f.article.id, m) for f in sorted(story.facts, key=lambda f: f.article.id) for m in f.events]
    settings = {f.article.id: (f.article.published, _places_named(story, f), f.article.text) for f in story.facts}
    clusters: dict[bool, list[list[Node]]] = {}
    for salient in (True, False):
        chosen = enumerate(x for x in mentions if x[1].salient is salient)
        nodes = _turns([_node(i, story, a, m, *settings[a]) for i, (a, m) in chosen])
        clusters[salient] = [[nodes[i] for i in c] for c in cluster_mentions(nodes, _statement_links(story, nodes))]
    events = [_event(story, members) for members in clusters[True]]
    key_of = {(r.article_id, r.mention.trigger): e.key for e in events for r in e.reports}
    joined = attach(clusters[True], clusters[False])
    incidental = []
    for q, members in enumerate(clusters[False]):
        if q in joined:
            reports = events[joined[q]].incidental_reports
            reports += [EventReport(n.article_id, n.mention) for n in sorted(members, key=lambda n: n.index)]
        else:
            incidental.append(_event(story, members))
    return sorted(events, key=lambda e: e.key), _relations(story, key_of), sorted(incidental, key=lambda e: e.key)


def _places_named(story: Story, facts: ArticleFacts) -> frozenset[str]:
    """The keys of the places an article names, its actors' and their names'."""
    found: set[str] = set()
    for m in facts.mentions:
        actor = story.actor_of.get((facts.article.id, m.span))
        if actor is not None and actor.startswith("place/"):
            found.add("actor:" + actor)
            found.update(k for k in _name_keys(m.text) if k.startswith("name:"))
    return frozenset(found)


def _node(
    index: int,
    story: Story,
    article_id: str,
    mention: EventMention,
    published: dt.date | None,
    around: frozenset[str],
    text: str,
) -> Node:
    def keys(mentions: Iterable[Mention]) -> Keys:
        found: set[str] = set()
        for m in mentions:
            actor = story.actor_of.get((article_id, m.span))
            if actor is not None:
                found.add("actor:" + actor)
                found.update(_person_key(story, actor))
            found.update(_name_keys(m.text))
        return _keys_of(frozenset(found))

    time = story.time(article_id, mention.time) if mention.time is not None else None
    if time is not None and (time.start is None or time.granularity is Granularity.DURATION):
        time = None
    agents = keys(mention.agents)
    families = {k.removeprefix("actor:").split("/", 1)[0] for k in agents.plain if k.startswith("actor:")}
    return Node(
        index,
        article_id,
        mention,
        agents,
        keys(mention.patients),
        keys(mention.places),
        time,
        frozenset("person" if f == "person" else "body" for f in families),  # actor keys begin with their family
        published,
        around,
        _another(text, mention),
    )


@functools.lru_cache(maxsize=KEYS_KEPT)
def _keys_of(found: frozenset[str]) -> Keys:
    """One :class:`Keys` for each set of keys, however many mentions name the same participants."""
    return Keys.of(set(found))


def _person_key(story: Story, actor: str) -> set[str]:
    """The key of a person's name, from the actor's label ("person:vincent l. gigante"): names of one person meet."""
    found = story.actors.get(actor)
    if found is None or not actor.startswith("person/"):
        return set()
    words = [w.casefold() for w in found.label.split() if w[:1].isupper() and not _no_name(w)]
    return {"person:" + " ".join(words)} if words else set()


def _no_name(word: str) -> bool:
    """Whether a capitalised word is no part of a participant's name: a word of :data:`NOT_NAMES`, or a pronoun not
    written in capitals ("He gave a speech"; "US officials" is a name)."""
    return word.casefold() in NOT_NAMES or is_pronoun(word, PRONOUNS)


@functools.lru_cache(maxsize=KEYS_KEPT)
def _name_keys(text: str) -> frozenset[str]:
    """Keys of the proper name in a participant's words: the whole name ("name:david frost"), which only the same
    name meets (a nationality alone is none), and the stems of its words and of its nationalities, which meet each
    other ("Ukraine" and "the Ukrainian military") but never another name sharing a word ("David Davis")."""
    words = [w for w in re.findall(r"[A-Z][\w'’.-]+", text) if not _no_name(w)]
    named = any(not DEMONYM.search(w) for w in words)  # a nationality alone names no one
    found = {"name:" + " ".join(w.casefold() for w in words)} if named else set()
    long = [w for w in words if len(w) >= 4]
    return frozenset(found | {("demonym:" if DEMONYM.search(w) else "stem:") + w[:NAME_STEM].casefold() for w in long})


def _another(text: str, mention: EventMention) -> bool:
    """Whether the word right before a noun trigger marks it as one more happening of its kind: "another", or one of
    :data:`ANOTHER` after a determiner ("another attack", "a separate interview", "the second shooting", "her other
    bids"). Only the word right before it: "the Second World War", "its third quarter loss" and "the second round
    vote" are no second war, loss or vote. Only a noun's: "another could attack" and "the other senators vote" mark no
    attack or vote. The facts keep no part of speech, so a noun is known by its form: the trigger is its lemma or the
    lemma's plural, and the word before it is a determiner or an adjective after one, which a verb never follows
    ("another attack", not "one fled and another fled")."""
    trigger = text[mention.trigger.start : mention.trigger.end].casefold()
    if not _noun_form(trigger, mention.lemma):
        return False
    before = re.findall(r"[\w'’-]+|[^\w\s]", text[max(0, mention.trigger.start - 40) : mention.trigger.start])
    words = [w.casefold() for w in itertools.takewhile(lambda w: w[:1].isalnum(), reversed(before))]
    if not words:
        return False
    return words[0] == "another" or (words[0] in ANOTHER and words[1:2] != [] and words[1] in DETERMINERS)


def _noun_form(word: str, lemma: str) -> bool:
    """Whether ``word`` is ``lemma`` or its plural ("attack", "attacks"; "rally", "rallies"): not "attacked"."""
    return word in {lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies"}


def _turns(nodes: list[Node]) -> list[Node]:
    """The nodes with their :attr:`~graph.merge.event_nodes.Node.turn`: per article and word, in the article's order,
    how many of its mentions so far are marked as another."""
    by_word: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for n in nodes:
        by_word[(n.article_id, n.mention.lemma)].append(n)
    turned = list(nodes)
    for told in by_word.values():
        if not any(n.another for n in told):
            continue
        turn = 0
        for n in sorted(told, key=lambda n: n.mention.trigger.start):
            turn += n.another
            turned[n.index] = dataclasses.replace(n, turn=turn)
    return turned


def _statement_links(story: Story, nodes: list[Node]) -> list[tuple[int, int]]:
    """Pairs of speech events that introduce reports of one statement."""
    by_quote = {(n.article_id, q): n.index for n in nodes for q in n.mention.quotes}
    links = []
    for statement in story.statements:
        speech = sorted({by_quote[k] for r in statement.reports if (k := (r.article_id, r.quote.span)) in by_quote})
        links += [(speech[0], other) for other in speech[1:]]
    return links


def _event(story: Story, members: list[Node]) -> Event:
    lemmas = Counter(n.mention.lemma for n in members)
    best = max(
        members,
        key=lambda n: (
            not n.bare,
            bool(n.agents),
            not n.mention.quotes,
            bool(n.patients) + bool(n.places),
            lemmas[n.mention.lemma],
            -abs(len(n.mention.label) - 40),
            -n.index,
        ),
    )
    first = min(members, key=lambda n: (n.article_id, n.mention.trigger.start))
    types = Counter(n.mention.type for n in members)

    def actors(role: str) -> set[str]:
        return {
            key
            for n in members
            for m in getattr(n.mention, role)
            if (key := story.actor_of.get((n.article_id, m.span))) is not None
        }

    return Event(
        key=f"{first.article_id}/{first.mention.trigger.start}-{first.mention.trigger.end}",
        label=best.mention.label,
        type=types.most_common(1)[0][0],
        reports=[EventReport(n.article_id, n.mention) for n in sorted(members, key=lambda n: n.index)],
        agents=actors("agents"),
        patients=actors("patients"),
        places=actors("places"),
    )


def _relations(story: Story, key_of: dict[tuple[str, Span], str]) -> list[EventRelation]:
    found: dict[tuple[str, str, str], EventRelation] = {}
    for facts in sorted(story.facts, key=lambda f: f.article.id):
        for relation in facts.relations:
            source = key_of.get((facts.article.id, relation.source))
            target = key_of.get((facts.article.id, relation.target))
            if source is None or target is None or source == target:
                continue
            found.setdefault(
                (source, target, relation.type.value),
                EventRelation(source, target, relation.type, relation.words, facts.article.id),
            )
    return list(found.values())


def made_in(story: Story) -> dict[tuple[str, Span], str]:
    """The speech event each quote was made in: (article id, quote span) -> event key."""
    return {(r.article_id, q): e.key for e in story.events for r in e.reports for q in r.mention.quotes}


def shown_as_statements(event: Event, made: set[str]) -> bool:
    """Whether ``event`` is shown as the statements made in it (``made``: the keys of the events statements were made
    in, :func:`made_in`): a speech event ("X said", "a letter from X") is, because its statements carry its medium and
    time; an act in which something was said ("signed a petition") stays an event."""
    return event.type is EventType.SPEECH and event.key in made


def claimed(event: Event) -> bool:
    """Whether ``event`` is only what its sources claim: every article that reports it attributes it to a source
    ("X lied, say the Tories", "allegedly"). One article telling it as a fact makes it an event that article vouches
    for; its attributed reports still name their sources."""
    return all(r.mention.claim is not None for r in event.reports)
