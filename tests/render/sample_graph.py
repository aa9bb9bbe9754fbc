"""Small merged graphs of the shape ``graph/rdf/mapping.py`` writes, built by hand for the render tests.

``story_graph()`` follows the seed articles (Russian deputies asking Putin to resign, September 2022) and carries
hostile strings in a quote, a name, an alias and a title. ``wide_graph(n)`` is a larger graph for the focused view.
"""

from __future__ import annotations

import datetime as dt

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from ontology.namespace import NG, NGD, bind_prefixes

HOSTILE_QUOTE = "<script>alert(1)</script> and <img src=x onerror=alert(1)> & \u2028 end"
HOSTILE_NAME = "javascript:alert(1)"
HOSTILE_ALIAS = '"><svg onload=alert(1)>'
HOSTILE_TITLE = "</script><script>alert('title')</script>"
CLAIM = "The army hid its losses"


class Builder:
    def __init__(self) -> None:
        self.g = Graph()
        bind_prefixes(self.g)
        self.counter = 0

    def iri(self, kind: str, slug: str) -> URIRef:
        return NGD[f"{kind}/{slug}"]

    def outlet(self, slug: str, name: str) -> URIRef:
        node = self.iri("outlet", slug)
        self.g.add((node, RDF.type, NG.Outlet))
        self.g.add((node, RDFS.label, Literal(name)))
        return node

    def actor(self, slug: str, kind: URIRef, name: str, *, aliases: tuple[str, ...] = (), roles: tuple[str, ...] = ()):
        node = self.iri("actor", slug)
        self.g.add((node, RDF.type, kind))
        self.g.add((node, RDFS.label, Literal(name)))
        for alias in (name, *aliases):
            self.g.add((node, NG.alias, Literal(alias)))
        for role in roles:
            self.g.add((node, NG.role, Literal(role)))
        return node

    def article(self, slug: str, title: str, published: dt.date | None, outlet: URIRef | None) -> URIRef:
        node = self.iri("article", slug)
        self.g.add((node, RDF.type, NG.Article))
        self.g.add((node, NG.title, Literal(title)))
        self.g.add((node, NG.sourceFile, Literal(f"seeds/{slug}.txt")))
        if published:
            self.g.add((node, NG.published, Literal(published, datatype=XSD.date)))
        if outlet is not None:
            self.g.add((node, NG.publisher, outlet))
        return node

    def time(self, article: URIRef, text: str, value: str, granularity: str, start: dt.date | None = None) -> URIRef:
        self.counter += 1
        node = self.iri("time", f"t{self.counter}")
        self.g.add((node, RDF.type, NG.TimeExpression))
        self.g.add((node, NG.text, Literal(text)))
        self.g.add((node, NG.value, Literal(value)))
        self.g.add((node, NG.granularity, Literal(granularity)))
        self.g.add((node, NG.inArticle, article))
        if start:
            self.g.add((node, NG.start, Literal(start, datatype=XSD.date)))
        return node

    def mention(self, article: URIRef, actor: URIRef, text: str) -> None:
        self.counter += 1
        node = self.iri("mention", f"m{self.counter}")
        self.g.add((node, RDF.type, NG.Mention))
        self.g.add((node, NG.refersTo, actor))
        self.g.add((node, NG.inArticle, article))
        self.g.add((node, NG.text, Literal(text)))
        self.g.add((node, NG.startOffset, Literal(0)))
        self.g.add((node, NG.endOffset, Literal(len(text))))
        self.g.add((article, NG.mentions, actor))

    def statement(
        self,
        slug: str,
        short: str,
        text: str,
        speaker: URIRef | None,
        reports: list[tuple[URIRef, str, URIRef | None]],
        time: URIRef | None = None,
        medium: str | None = None,
    ) -> URIRef:
        node = self.iri("statement", slug)
        self.g.add((node, RDF.type, NG.Statement))
        self.g.add((node, RDFS.label, Literal(short)))
        self.g.add((node, NG.text, Literal(text)))
        if speaker is not None:
            self.g.add((node, NG.speaker, speaker))
        if time is not None:
            self.g.add((node, NG.statedOn, time))
        outlets = set()
        for i, (article, wording, via) in enumerate(reports):
            report = self.iri("report", f"{slug}-{i}")
            self.g.add((report, RDF.type, NG.Report))
            self.g.add((report, NG.reportOf, node))
            self.g.add((report, NG.reportedIn, article))
            self.g.add((report, NG.text, Literal(wording)))
            self.g.add((report, NG.sentence, Literal(f"{wording}, the article said.")))
            self.g.add((report, NG.startOffset, Literal(10)))
            self.g.add((report, NG.endOffset, Literal(10 + len(wording))))
            if via is not None:
                self.g.add((report, NG.via, via))
            if medium:
                self.g.add((report, NG.medium, Literal(medium)))
            outlets.update(self.g.objects(article, NG.publisher))
        self.g.add((node, NG.reportCount, Literal(len(reports))))
        self.g.add((node, NG.outletCount, Literal(len(outlets))))
        return node

    def event(self, slug: str, label: str, time: URIRef) -> URIRef:
        node = self.iri("event", slug)
        self.g.add((node, RDF.type, NG.Event))
        self.g.add((node, RDFS.label, Literal(label)))
        self.g.add((node, NG.occurredOn, time))
        return node


def story_graph(*, claim: bool = False) -> Graph:
    """Three outlets, four articles, eight actors, seven statements (one hostile), two events; with ``claim``, also
    an event only a source claims happened (CLAIM)."""
    b = Builder()
    nyt = b.outlet("nyt", "The New York Times")
    jtn = b.outlet("just-the-news", "Just the News")
    nyp = b.outlet("ny-post", "New York Post")
    newsweek = b.outlet("newsweek", "Newsweek")

    putin = b.actor("putin", NG.Person, "Vladimir Putin", aliases=("Putin",), roles=("Russian President",))
    gallyamov = b.actor("gallyamov", NG.Person, "Abbas Gallyamov", roles=("former speechwriter for Putin",))
    council = b.actor("lomonosovsky", NG.Organization, "Lomonosovsky District Council")
    deputies = b.actor("deputies", NG.Group, "more than 30 Russian municipal deputies")
    kadyrov = b.actor("kadyrov", NG.Person, "Ramzan Kadyrov", aliases=("Kadyrov",), roles=("Chechen leader",))
    simonyan = b.actor("simonyan", NG.Person, "Margarita Simonyan", roles=("editor-in-chief of RT",))
    ukraine = b.actor("ukraine", NG.Place, "Ukraine")
    hostile = b.actor("hostile", NG.Person, HOSTILE_NAME, aliases=(HOSTILE_ALIAS,), roles=("<b>bold</b> role",))

    a0 = b.article("000", "Disastrous Turn in Ukraine Followed by Calls for Putin to Hand Over Power", None, newsweek)
    a3 = b.article("003", "Kremlin officials ask Putin to resign", dt.date(2022, 9, 12), nyp)
    a4 = b.article("004", "Moscow officials are urging Vladimir Putin to step down", dt.date(2022, 9, 13), newsweek)
    b.g.add((a3, NG.url, Literal("https://example.org/kremlin-officials")))
    b.g.add((a4, NG.url, Literal("javascript:alert(1)")))  # shown as text, never a link
    a9 = b.article("009", HOSTILE_TITLE, dt.date(2022, 9, 14), jtn)

    for article in (a0, a3, a4):
        b.mention(article, putin, "Putin")
        b.mention(article, ukraine, "Ukraine")
    b.mention(a3, kadyrov, "Kadyrov")
    b.mention(a9, hostile, HOSTILE_NAME)

    sept11 = b.time(a4, "on Sunday", "2022-09-11", "day", dt.date(2022, 9, 11))
    sept = b.time(a0, "in September", "2022-09", "month", dt.date(2022, 9, 1))
    week = b.time(a3, "this week", "2022-W36", "week", dt.date(2022, 9, 5))
    year = b.time(a3, "this year", "2022", "year", dt.date(2022, 1, 1))
    sept10 = b.time(a3, "on Saturday", "2022-09-10", "day", dt.date(2022, 9, 10))
    invasion = b.time(a3, "February 24th", "2022-02-24", "day", dt.date(2022, 2, 24))
    months = b.time(a0, "almost seven months ago", "P7M", "duration")

    b.statement(
        "strength",
        "Strength is the only source of Putin's legitimacy",
        "Strength is the only source of Putin's legitimacy. And in a situation in which it turns out that he has "
        "no strength, his legitimacy will start dropping toward zero.",
        gallyamov,
        [(a0, "Strength is the only source of Putin's legitimacy", nyt)],
        sept,
    )
    b.statement(
        "cold-war",
        "threw our country back into the Cold War era",
        "The rhetoric that you and your subordinates are using has been riddled with intolerance and aggression "
        "for a long time, which in the end effectively threw our country back into the Cold War era.",
        council,
        [
            (a0, "effectively threw our country back into the Cold War era", jtn),
            (a3, "He has flung our country back into the Cold War era", None),
            (a4, "threw our country back into the Cold War era", None),
        ],
        sept11,
        medium="letter",
    )
    b.statement(
        "resign",
        "We demand the resignation of Vladimir Putin",
        "We demand the resignation of Vladimir Putin from the post of President of the Russian Federation!",
        deputies,
        [(a3, "We demand the resignation of Vladimir Putin", None), (a4, "demand the resignation of Putin", None)],
        week,
        medium="petition",
    )
    b.statement(
        "mistakes",
        "Mistakes were made",
        "Mistakes were made. And if today or tomorrow changes are not made to the strategy of the special military "
        "operation, I will be forced to turn to the leadership of the Ministry of Defense.",
        kadyrov,
        [(a3, "Mistakes were made", None)],
        sept10,
        medium="Telegram",
    )
    b.statement(
        "common-past",
        "the best picture of the future is the overall picture of the past",
        "In this situation, the best picture of the future is the overall picture of the past.",
        simonyan,
        [(a4, "the best picture of the future is the overall picture of the past", None)],
        None,
    )
    b.statement(
        "regroup",
        "Russia has made a decision to regroup",
        "Russia has made a decision to regroup.",
        None,
        [(a3, "regroup", None)],
        year,
    )
    b.statement("hostile", HOSTILE_QUOTE[:40], HOSTILE_QUOTE, hostile, [(a9, HOSTILE_QUOTE, hostile)], None)

    b.event("invasion", "Russia invades Ukraine", invasion)
    b.event("counteroffensive", "Ukrainian counteroffensive begins", months)
    if claim:
        claimed = b.event("losses", CLAIM, sept10)
        b.g.add((claimed, NG.claimed, Literal(True)))
        report = b.iri("report", "losses-0")
        for p, o in [(RDF.type, NG.Report), (NG.reportOf, claimed), (NG.reportedIn, a4), (NG.claimedBy, gallyamov)]:
            b.g.add((report, p, o))
        b.g.add((report, NG.text, Literal("the army hid its losses, Gallyamov says")))
        b.g.add((report, NG.attributionCue, Literal("says")))
    return b.g


def wide_graph(actors: int, statements_each: int = 3) -> Graph:
    """``actors`` people, each with ``statements_each`` statements reported in one of ten articles."""
    b = Builder()
    outlets = [b.outlet(f"o{i}", f"Outlet {i}") for i in range(3)]
    articles = [b.article(f"a{i}", f"Article {i}", dt.date(2022, 9, 1 + i), outlets[i % 3]) for i in range(10)]
    for i in range(actors):
        person = b.actor(f"p{i}", NG.Person, f"Person {i:03d}")
        for j in range(statements_each if i % 4 else statements_each + 2):
            article = articles[(i + j) % 10]
            day = b.time(
                article, "on a day", f"2022-09-{1 + (i + j) % 28:02d}", "day", dt.date(2022, 9, 1 + (i + j) % 28)
            )
            b.statement(
                f"s{i}-{j}",
                f"Statement {j} of person {i}",
                f"Full text {j} of {i}",
                person,
                [(article, f"wording {j} of {i}", None)],
                day,
            )
            b.mention(article, person, f"Person {i}")
    return b.g
