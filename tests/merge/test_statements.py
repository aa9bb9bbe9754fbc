import itertools
import random
from collections import Counter

import pytest
from rapidfuzz import fuzz

from graph.merge.statements import STATEMENT_COHESION, STATEMENT_SIMILARITY, statements
from graph.model import Actor, ActorKind, Article, ArticleFacts, Mention, Quote, Report, Span, Statement
from graph.names import STOPWORDS, normalise

SENTENCES = (
    "We will never give up our land to the invaders",
    "The invaders will never take our land from us",
    "Our soldiers are holding the line near the river",
    "The new budget cuts taxes for working families this year",
    "Taxes for working families fall under the new budget",
    "Nobody expected the storm to flood the whole valley",
)
ACTORS = {
    "person/anna": Actor("person/anna", "Anna", ActorKind.PERSON),
    "person/boris": Actor("person/boris", "Boris", ActorKind.PERSON),
    "org/council": Actor("org/council", "Council", ActorKind.ORGANIZATION),
    "org/ministry": Actor("org/ministry", "Ministry", ActorKind.ORGANIZATION),
}


def wordings(rng: random.Random) -> list[str]:
    """The sentences, some cut or added to, and some quotes of two sentences: what outlets print of a few quotes."""
    found = list(SENTENCES)
    for sentence in SENTENCES:
        words = sentence.split()
        found.append(" ".join(words[: rng.randint(5, len(words) - 1)]))
        found.append(sentence + " " + rng.choice(("again", "today", "said the statement")))
    found += [f"{a}. {b}" for a, b in itertools.pairwise(SENTENCES)]
    return found


def random_facts(seed: int) -> tuple[list[ArticleFacts], dict[tuple[str, Span], str]]:
    """Articles quoting a few wordings, most of them again and again, by known and unknown speakers."""
    rng = random.Random(seed)
    pool = rng.sample(wordings(rng), 8)
    facts, actor_of = [], {}
    for n in range(rng.randint(5, 40)):
        article = Article(f"a{n:02d}", "")
        quotes = []
        for k in range(rng.randint(1, 3)):
            text = rng.choice(pool)
            speaker = Mention(Span(1000 + k, 1001 + k), "someone", ActorKind.PERSON) if rng.random() < 0.7 else None
            key = rng.choice((*ACTORS, None))
            if speaker is not None and key is not None:
                actor_of[(article.id, speaker.span)] = key
            quotes.append(Quote(Span(100 * k, 100 * k + len(text)), text, Span(100 * k, 100 * k + 99), speaker))
        facts.append(ArticleFacts(article, quotes=quotes))
    return facts, actor_of


def best_first_over_every_pair(facts: list[ArticleFacts], actor_of: dict[tuple[str, Span], str]) -> list[Statement]:
    """The statements the merge promises, found by brute force: every pair of reports that may be one statement (close
    wordings, two shared content words, speakers that agree), joined best pair first unless the joined statement would
    have two known speakers, two wordings from one article, or two wordings that are not alike."""
    reports = [Report(f.article.id, q) for f in facts for q in f.quotes]
    speaker = [actor_of.get((r.article_id, r.quote.speaker.span)) if r.quote.speaker else None for r in reports]
    texts = [normalise(r.quote.text) for r in reports]

    def agree(i: int, j: int) -> bool:
        a, b = speaker[i], speaker[j]
        if fuzz.token_sort_ratio(texts[i], texts[j]) < 80:  # one wording held in the other
            return a is not None and a == b
        if a is None and b is None:
            return reports[i].article_id == reports[j].article_id
        return a is None or b is None or a == b

    edges = []
    for i, j in itertools.combinations(range(len(reports)), 2):
        score = fuzz.token_set_ratio(texts[i], texts[j])
        shared = set(texts[i].split()) & set(texts[j].split()) - STOPWORDS
        if score >= STATEMENT_SIMILARITY and len(shared) >= 2 and agree(i, j):
            edges.append((-score, i, j))
    groups = {i: {i} for i in range(len(reports))}
    similarity = [100.0] * len(reports)
    for weight, i, j in sorted(edges):
        if groups[i] is groups[j]:
            continue
        merged = groups[i] | groups[j]
        speakers = {speaker[k] for k in merged} - {None}
        wordings = {(reports[k].article_id, texts[k]) for k in merged}
        alike = all(
            fuzz.token_set_ratio(texts[a], texts[b]) >= STATEMENT_COHESION for a in groups[i] for b in groups[j]
        )
        if len(speakers) > 1 or len(wordings) > len({a for a, _ in wordings}) or not alike:
            continue
        for k in merged:
            groups[k] = merged
        similarity[j] = -weight
    found = []
    for group in {id(g): g for g in groups.values()}.values():
        members = sorted(group, key=lambda k: (reports[k].article_id, reports[k].quote.span.start))
        first = reports[members[0]]
        known = {speaker[k] for k in members} - {None}
        found.append(
            Statement(
                f"{first.article_id}/{first.quote.span.start}-{first.quote.span.end}",
                known.pop() if known else None,
                [Report(reports[k].article_id, reports[k].quote, similarity[k]) for k in members],
            )
        )
    return sorted(found, key=lambda s: s.key)


@pytest.mark.parametrize("seed", range(40))
def test_statements_join_as_taking_every_pair_of_reports_in_order_would(seed: int) -> None:
    facts, actor_of = random_facts(seed)
    assert statements(facts, actor_of) == best_first_over_every_pair(facts, actor_of)


def quoting(article: str, text: str, speaker: str | None = None, at: int = 0) -> ArticleFacts:
    """An article that quotes ``text``, said by the actor ``speaker`` (None: nobody named)."""
    said = Mention(Span(900 + at, 904 + at), speaker or "", ActorKind.PERSON) if speaker else None
    quote = Quote(Span(at, at + len(text)), text, Span(at, at + 99), said)
    return ArticleFacts(Article(article, ""), quotes=[quote])


def merged(*facts: ArticleFacts) -> list[Statement]:
    actor_of = {
        (f.article.id, q.speaker.span): q.speaker.text for f in facts for q in f.quotes if q.speaker is not None
    }
    return statements(list(facts), actor_of)


def test_a_quote_printed_by_many_outlets_is_one_statement() -> None:
    text = "We will never give up our land to the invaders, the minister said"
    facts = [quoting(f"a{n:03d}", text, "person/anna") for n in range(300)]
    (statement,) = merged(*facts)
    assert [r.article_id for r in statement.reports] == [f.article.id for f in facts]
    assert statement.speaker == "person/anna"


def test_reports_without_a_speaker_never_join_across_articles() -> None:
    text = "We will never give up our land to the invaders"
    found = merged(quoting("a1", text), quoting("a2", text), quoting("a3", text))
    assert sorted(len(s.reports) for s in found) == [1, 1, 1]
    assert all(s.speaker is None for s in found)


def test_reports_without_a_speaker_join_a_known_speaker() -> None:
    text = "We will never give up our land to the invaders"
    found = merged(quoting("a1", text), quoting("a2", text, "person/anna"), quoting("a3", text))
    assert [(s.speaker, len(s.reports)) for s in found] == [("person/anna", 3)]


def test_a_short_quote_held_in_a_long_one_joins_it_only_when_the_speaker_agrees() -> None:
    long = "We will never give up our land to the invaders, and every village will be defended to the last man"
    short = "every village will be defended"
    apart = merged(quoting("a1", long, "person/anna"), quoting("a2", short, "person/boris"))
    assert sorted(len(s.reports) for s in apart) == [1, 1], "another speaker's words, not a cut of this quote"
    unknown = merged(quoting("a1", long, "person/anna"), quoting("a2", short))
    assert sorted(len(s.reports) for s in unknown) == [1, 1], "a few common words are no evidence of one statement"
    (cut,) = merged(quoting("a1", long, "person/anna"), quoting("a2", short, "person/anna"))
    assert cut.speaker == "person/anna"


@pytest.mark.parametrize("middle", [None, "org/ministry"])
def test_a_merge_never_gives_a_report_another_speaker(middle: str | None) -> None:
    text = "We will never give up our land to the invaders"
    facts = [quoting("a1", text, "person/anna"), quoting("a2", text, middle), quoting("a3", text, "person/boris")]
    found = merged(*facts)
    own = {f.article.id: f.quotes[0].speaker for f in facts}
    for statement in found:
        for report in statement.reports:
            speaker = own[report.article_id]
            assert speaker is None or speaker.text == statement.speaker, (report.article_id, statement.speaker)
    assert {s.speaker for s in found} == {"person/anna", "person/boris", middle} - {None}


def test_every_report_belongs_to_one_statement() -> None:
    first = "The rhetoric you use has long been riddled with intolerance and aggression."
    second = "Russia is feared and hated again, we threaten the whole world with nuclear weapons."
    found = merged(
        quoting("apart", first, "org/council"),
        quoting("apart-2", second, "org/council"),
        quoting("together", first + " " + second, "org/council"),
    )
    reports = Counter((r.article_id, r.quote.span) for s in found for r in s.reports)
    assert set(reports.values()) == {1}
    assert len(reports) == 3


def test_near_duplicate_wordings_are_compared_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand lightly edited reprints of one quote: each wording is scored against a bounded number of others
    (not every other one), and they still make one statement."""
    rng = random.Random(16)
    words = [*SENTENCES[0].lower().split(" "), "and", "we", "will", "defend", "every", "village"]
    extra = ("again", "today", "indeed", "still", "now", "surely", "always", "truly", "firmly", "gladly")
    facts = []
    for n in range(1000):
        edited = list(words)
        for _ in range(3):
            edited.insert(rng.randrange(1, len(edited)), rng.choice(extra))
        text = " ".join(edited)
        speaker = Mention(Span(500, 504), "Anna", ActorKind.PERSON)
        facts.append(
            ArticleFacts(Article(f"a{n:04d}", ""), quotes=[Quote(Span(0, len(text)), text, Span(0, 99), speaker)])
        )
    actor_of = {(f.article.id, Span(500, 504)): "person/anna" for f in facts}
    calls = Counter[str]()
    scorer = fuzz.token_set_ratio

    def counting(a: str, b: str) -> float:
        calls["score"] += 1
        return scorer(a, b)

    monkeypatch.setattr(fuzz, "token_set_ratio", counting)
    (statement,) = statements(facts, actor_of)
    assert len(statement.reports) == len(facts)
    assert calls["score"] < 150 * len(facts), "every pair of 1,000 wordings would be half a million comparisons"
