import itertools
import random
from collections import Counter
from dataclasses import replace

import pytest
from rapidfuzz import fuzz

from graph.merge_statements import (
    SENTENCE_BREAK,
    STATEMENT_COHESION,
    STATEMENT_SIMILARITY,
    statements,
)
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


def pair_by_pair(facts: list[ArticleFacts], actor_of: dict[tuple[str, Span], str]) -> list[Statement]:
    """The statements the module describes, done the slow way: every pair of reports whose wordings share a word
    scored, the pairs taken best first, every wording of a group checked against every other one; then the long
    quotes shared out, every sentence against every statement."""
    reports = [Report(f.article.id, q) for f in facts for q in f.quotes]
    speaker = [actor_of.get((r.article_id, r.quote.speaker.span)) if r.quote.speaker else None for r in reports]
    texts = [normalise(r.quote.text) for r in reports]

    def rare(text: str, among: list[str]) -> set[str]:
        """The four rarest words of ``text`` (by how many of ``among`` hold them)."""
        rarity = Counter(w for t in among for w in set(t.split()) - STOPWORDS if len(w) > 3)
        return set(sorted((w for w in set(text.split()) if w in rarity), key=lambda w: (rarity[w], w))[:4])

    rarest = {t: rare(t, texts) for t in texts}

    def fit(a: str | None, b: str | None) -> bool:
        persons = a is not None and b is not None and ActorKind.PERSON in (ACTORS[a].kind, ACTORS[b].kind)
        return a is None or b is None or a == b or not persons

    pairs = []
    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if not (rarest[texts[i]] & set(texts[j].split()) or rarest[texts[j]] & set(texts[i].split())):
                continue
            score = fuzz.token_set_ratio(texts[i], texts[j])
            shared = (set(texts[i].split()) & set(texts[j].split())) - STOPWORDS
            if fit(speaker[i], speaker[j]) and score >= STATEMENT_SIMILARITY and len(shared) >= 2:
                pairs.append((-score, i, j))
    groups = {i: {i} for i in range(len(reports))}
    similarity = [100.0] * len(reports)
    for weight, i, j in sorted(pairs):
        merged = groups[i] | groups[j]
        articles = {(reports[k].article_id, texts[k]) for k in merged}
        if groups[i] is groups[j] or len(articles) > len({a for a, _ in articles}):
            continue
        if any(fuzz.token_set_ratio(texts[a], texts[b]) < STATEMENT_COHESION for a in groups[i] for b in groups[j]):
            continue
        for k in merged:
            groups[k] = merged
        similarity[j] = min(similarity[j], -weight)
    found = []
    for group in {id(g): g for g in groups.values()}.values():
        members = sorted(group, key=lambda k: (reports[k].article_id, reports[k].quote.span.start))
        first, speakers = reports[members[0]], Counter(speaker[k] for k in members if speaker[k])
        found.append(
            Statement(
                f"{first.article_id}/{first.quote.span.start}-{first.quote.span.end}",
                speakers.most_common(1)[0][0] if speakers else None,
                [Report(reports[k].article_id, reports[k].quote, similarity[k]) for k in members],
            )
        )
    found.sort(key=lambda s: s.key)
    said = [normalise(s.text) for s in found]
    additions = []
    for owner, statement in enumerate(found):
        for report in statement.reports:
            sentences = [normalise(s) for s in SENTENCE_BREAK.split(report.quote.text)]
            for sentence in sentences if len(sentences) > 1 else []:
                rarest_here = rare(sentence, said)
                best = None
                for j, other in enumerate(found):
                    if j == owner or any(r.article_id == report.article_id for r in other.reports):
                        continue
                    if not fit(statement.speaker, other.speaker) or not rarest_here & set(said[j].split()):
                        continue
                    score = fuzz.token_set_ratio(sentence, said[j])
                    if (
                        score >= STATEMENT_SIMILARITY
                        and len((set(sentence.split()) - STOPWORDS) & set(said[j].split())) >= 2
                    ):
                        best = max(best or (score, j), (score, j), key=lambda b: (b[0], -b[1]))
                if best is not None:
                    additions.append((best[1], Report(report.article_id, report.quote, best[0], shared=True)))
    split = {(r.article_id, r.quote.span) for _, r in additions}
    for statement in found:
        statement.reports = [
            replace(r, shared=True) if (r.article_id, r.quote.span) in split else r for r in statement.reports
        ]
    for j, report in additions:
        found[j].reports.append(report)
    return found


@pytest.mark.parametrize("seed", range(40))
def test_statements_join_as_taking_every_pair_of_reports_in_order_would(seed: int) -> None:
    facts, actor_of = random_facts(seed)
    assert statements(facts, actor_of, ACTORS) == pair_by_pair(facts, actor_of)


def test_a_quote_printed_by_many_outlets_is_one_statement() -> None:
    text = "We will never give up our land to the invaders, the minister said"
    facts = [
        ArticleFacts(Article(f"a{n:03d}", ""), quotes=[Quote(Span(0, len(text)), text, Span(0, 99), None)])
        for n in range(300)
    ]
    (statement,) = statements(facts, {}, ACTORS)
    assert [r.article_id for r in statement.reports] == [f.article.id for f in facts]


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
    (statement,) = statements(facts, actor_of, ACTORS)
    assert len(statement.reports) == len(facts)
    assert calls["score"] < 150 * len(facts), "every pair of 1,000 wordings would be half a million comparisons"
