"""A small hand-built graph of the shape ``graph/rdf/mapping.py`` writes, carrying what the exports read: timeline dates
at every granularity and basis, counts, events with roles, reports with via and about, and hostile strings (HTML,
spreadsheet formulas, CSV delimiters, a character XML cannot hold)."""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from ontology.namespace import NG, NGD, bind_prefixes

HOSTILE_HTML = "<script>alert(1)</script> & <b>bold</b><img src=x onerror=alert(2)>"
FORMULA = '=HYPERLINK("http://evil.example","click")'
DELIMITERS = 'He said, "no"\nand left'
FORM_FEED = "page\x0cbreak"
QUOTED_TITLE = "'He has flung our country back': officials ask Putin to resign"


def iri(kind: str, slug: str) -> URIRef:
    return NGD[f"{kind}/{slug}"]


class Builder:
    def __init__(self) -> None:
        self.g = Graph()
        bind_prefixes(self.g)

    def add(self, subject: URIRef, predicate: URIRef, value: object) -> None:
        self.g.add((subject, predicate, value if isinstance(value, (URIRef, Literal)) else Literal(value)))

    def actor(self, slug: str, cls: URIRef, name: str) -> URIRef:
        node = iri("actor", slug)
        self.add(node, RDF.type, cls)
        self.add(node, RDFS.label, name)
        return node

    def article(self, slug: str, title: str, published: str | None, outlet: URIRef) -> URIRef:
        node = iri("article", slug)
        self.add(node, RDF.type, NG.Article)
        self.add(node, NG.title, title)
        self.add(node, NG.publisher, outlet)
        if published:
            self.add(node, NG.published, Literal(published, datatype=XSD.date))
        return node

    def dated(self, node: URIRef, date: str | None, granularity: str, basis: str, counts: tuple[int, ...]) -> None:
        if date:
            self.add(node, NG.timelineDate, Literal(date, datatype=XSD.date))
        self.add(node, NG.timelineGranularity, granularity)
        self.add(node, NG.timelineBasis, basis)
        for predicate, count in zip((NG.reportCount, NG.articleCount, NG.outletCount), counts, strict=False):
            self.add(node, predicate, Literal(count))

    def report(self, of: URIRef, article: URIRef, wording: str, **links: URIRef) -> URIRef:
        node = iri("report", f"{of.rsplit('/', 1)[-1]}-{article.rsplit('/', 1)[-1]}")
        self.add(node, RDF.type, NG.Report)
        self.add(node, NG.reportOf, of)
        self.add(node, NG.reportedIn, article)
        self.add(node, NG.text, wording)
        self.add(node, NG.sentence, f"{wording}, the article said.")
        for name, target in links.items():
            self.add(node, NG[name], target)
        return node

    def statement(self, slug: str, text: str, speaker: URIRef | None, date: str | None, granularity: str,
                  basis: str = "stated") -> URIRef:  # fmt: skip
        node = iri("statement", slug)
        self.add(node, RDF.type, NG.Statement)
        self.add(node, RDFS.label, text[:30])
        self.add(node, NG.text, text)
        if speaker is not None:
            self.add(node, NG.speaker, speaker)
        self.dated(node, date, granularity, basis, (1, 1, 1))
        self.add(node, NG.independentSourceCount, Literal(1))
        return node

    def event(self, slug: str, label: str, date: str | None, granularity: str, kind: str = "political",
              **roles: URIRef) -> URIRef:  # fmt: skip
        node = iri("event", slug)
        self.add(node, RDF.type, NG.Event)
        self.add(node, RDFS.label, label)
        self.add(node, NG.eventType, kind)
        for role, actor in roles.items():
            self.add(node, NG[role], actor)
        self.dated(node, date, granularity, "stated" if date else "undated", (1, 1, 1))
        return node


def story_graph() -> Graph:
    """Two outlets, two articles, seven actors (one the graph gives no class), six statements, three events (one
    a speech event that a statement was made in)."""
    b = Builder()
    times = b.actor("nyt", NG.Outlet, "The New York Times")
    post = b.actor("post", NG.Outlet, "New York Post")
    putin = b.actor("putin", NG.Person, "Vladimir Putin")
    council = b.actor("council", NG.Organization, "Lomonosovsky District Council")
    hostile = b.actor("hostile", NG.Person, HOSTILE_HTML)
    ukraine = b.actor("ukraine", NG.Place, "Ukraine")
    untyped = iri("actor", "unnamed-official")  # spoken through, never typed

    first = b.article("a1", QUOTED_TITLE, "2022-09-12", post)
    second = b.article("a2", f"{FORMULA} {HOSTILE_HTML}", None, times)
    b.add(first, NG.author, b.actor("reporter", NG.Person, "Jane Reporter"))
    b.add(first, NG.mentions, putin)
    b.add(second, NG.mentions, ukraine)

    statements = [
        b.statement("day", "We demand the resignation of Vladimir Putin", council, "2022-09-11", "day"),
        b.statement("month", "Mistakes were made in September", putin, "2022-09-01", "month"),
        b.statement("year", "This year changed everything", putin, "2022-01-01", "year"),
        b.statement("week", "This week was decisive", council, "2022-09-05", "week"),
        b.statement("formula", FORMULA, hostile, "2022-09-12", "day", basis="published"),
        b.statement("hostile", f"{HOSTILE_HTML} {DELIMITERS} {FORM_FEED}", hostile, None, "unknown", "undated"),
    ]
    for statement in statements:
        b.report(statement, first, str(b.g.value(statement, NG.text)), via=untyped, names=putin)
    b.report(statements[0], second, "demand the resignation", addressee=putin)
    invasion = b.event("invasion", "Russia invades Ukraine", "2022-02-24", "day", agent=putin, place=ukraine)
    b.event("talks", "Talks were held", None, "unknown", agent=council, patient=putin)
    b.report(invasion, first, "the invasion")
    b.add(statements[0], NG.madeIn, invasion)
    letter = b.event("letter", "a letter from the council", "2022-09-11", "day", "speech", agent=council)
    b.add(statements[3], NG.madeIn, letter)  # a speech event quotes were made in: there as its statements
    b.add(letter, NG.shownAsStatements, True)
    b.report(letter, first, "a letter")
    return b.g


def write(graph: Graph, path: str) -> None:
    graph.serialize(path, format="turtle", encoding="utf-8")
