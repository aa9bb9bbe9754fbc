import itertools
import random
from collections import Counter

import pytest
from rapidfuzz import fuzz

from graph.merge.statements import FUNCTION_WORDS, STATEMENT_COHESION, STATEMENT_SIMILARITY, statements
from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, Mention, Quote, Span
from graph.names import STOPWORDS, normalise
from graph.story import Report, Statement, Story

SENTENCES = (
    "We will never give up our land to the invaders",
    "The invaders will never take our land from us",
    "Our soldiers are holding the line near the river",
    "The new budget cuts taxes for working families this year",
    "Taxes for working families fall under the new budget",
    "Nobody expected the storm to flood the whole valley",
)
SPEAKERS = (
    ("Anna Petrova", ActorKind.PERSON),
    ("Boris Ivanov", ActorKind.PERSON),
    ("City Council", ActorKind.ORGANIZATION),
    ("Defense Ministry", ActorKind.ORGANIZATION),
    ("a witness", ActorKind.PERSON),
)
"""Who says the quotes: four named actors, and one the articles do not name as an actor."""


def wordings(rng: random.Random) -> list[str]:
    """The sentences, some cut or added to, and some quotes of two sentences: what outlets print of a few quotes."""
    found = list(SENTENCES)
    for sentence in SENTENCES:
        words = sentence.split()
        found.append(" ".join(words[: rng.randint(5, len(words) - 1)]))
        found.append(sentence + " " + rng.choice(("again", "today", "said the statement")))
    found += [f"{a}. {b}" for a, b in itertools.pairwise(SENTENCES)]
    return found


def random_articles(seed: int) -> list[ArticleFacts]:
    """Articles quoting a few wordings, most of them again and again, by named, unnamed and unknown speakers."""
    rng = random.Random(seed)
    pool = rng.sample(wordings(rng), 8)
    articles = []
    for n in range(rng.randint(5, 40)):
        text, mentions, quotes = "", [], []
        for _ in range(rng.randint(1, 3)):
            said = None
            if rng.random() < 0.7:
                name, kind = rng.choice(SPEAKERS)
                said = Mention(Span(len(text), len(text) + len(name)), name, kind)
                mentions += [said] if name[0].isupper() else []
                text += name + " said: "
            words = rng.choice(pool)
            quotes.append(Quote(Span(len(text), len(text) + len(words)), words, Span(0, len(text) + len(words)), said))
            text += words + ". "
        articles.append(ArticleFacts(Article(f"a{n:02d}", text), mentions, quotes))
    return articles


def common_words(a: str, b: str) -> int:
    return len(set(a.split()) & set(b.split()) - STOPWORDS)


def paraphrase_or_cut(a: str, b: str) -> bool:
    """Whether the shorter wording may retell the longer (a quarter of its words at least) or be cut from it."""
    short, long = sorted((a.replace(".", " ").split(), b.replace(".", " ").split()), key=len)
    windows = (long[i : i + width] for width in range(len(short), len(short) + 3) for i in range(len(long)))
    cut = any(in_order(short, window) for window in windows)
    telling = set(short) & set(long) - FUNCTION_WORDS
    return len(short) >= 5 and len(telling) >= 2 and (4 * len(short) >= len(long) or cut)


def in_order(words: list[str], window: list[str]) -> bool:
    rest = iter(window)
    return all(word in rest for word in words)


def statements_by_brute_force(story: Story) -> list[Statement]:
    """The statements the merge promises, found without its indexes or its order of work: of every pair of reports
    that may be one statement, the closest pair that may still join two statements joins them, until none may.

    A pair may be one statement when the wordings are close as word sets (with two content words in common), and the
    speakers agree: the same actor, or an unknown speaker beside a known one, or two unknown ones in one article; only
    the same actor when one wording only holds the other, and then only when they share two words that are not function
    words, and the shorter has five words or more and a quarter of the longer's words, or runs through it in order with
    two others at most between its words. Two statements may join when the result has one known speaker at most, one
    wording per article at most, no two wordings that are not alike, and no wording of fewer than five words said by
    nobody known unless all its reports are in one article."""
    reports = [Report(f.article.id, q) for f in story.facts for q in f.quotes]
    who = [story.actor_of.get((r.article_id, r.quote.speaker.span)) if r.quote.speaker else None for r in reports]
    words = [normalise(r.quote.text) for r in reports]

    def candidate(i: int, j: int) -> bool:
        if fuzz.token_set_ratio(words[i], words[j]) < STATEMENT_SIMILARITY or common_words(words[i], words[j]) < 2:
            return False
        if fuzz.token_sort_ratio(words[i], words[j]) < 80:
            return who[i] is not None and who[i] == who[j] and paraphrase_or_cut(words[i], words[j])
        if who[i] is None and who[j] is None:
            return reports[i].article_id == reports[j].article_id
        return who[i] is None or who[j] is None or who[i] == who[j]

    def may_join(first: frozenset[int], second: frozenset[int]) -> bool:
        together = first | second
        if len({who[k] for k in together if who[k] is not None}) > 1:
            return False
        loose = any(who[k] is None and len(words[k].replace(".", " ").split()) < 5 for k in together)
        if loose and len({reports[k].article_id for k in together}) > 1:
            return False
        if any(reports[a].article_id == reports[b].article_id and words[a] != words[b] for a in first for b in second):
            return False
        return all(fuzz.token_set_ratio(words[a], words[b]) >= STATEMENT_COHESION for a in first for b in second)

    pairs = [(i, j) for i in range(len(reports)) for j in range(i + 1, len(reports)) if candidate(i, j)]
    score = {(i, j): fuzz.token_set_ratio(words[i], words[j]) for i, j in pairs}
    statement_of = {k: frozenset([k]) for k in range(len(reports))}
    joined_at = [100.0] * len(reports)
    while True:
        open_pairs = [p for p in pairs if statement_of[p[0]] is not statement_of[p[1]]]
        joinable = [(-score[i, j], i, j) for i, j in open_pairs if may_join(statement_of[i], statement_of[j])]
        if not joinable:
            break
        weight, i, j = min(joinable)
        together = statement_of[i] | statement_of[j]
        for k in together:
            statement_of[k] = together
        joined_at[j] = -weight
    found = []
    for members in set(statement_of.values()):
        ordered = sorted(members, key=lambda k: (reports[k].article_id, reports[k].quote.span.start))
        first = reports[ordered[0]]
        known = {who[k] for k in members} - {None}
        found.append(
            Statement(
                f"{first.article_id}/{first.quote.span.start}-{first.quote.span.end}",
                known.pop() if known else None,
                [Report(reports[k].article_id, reports[k].quote, joined_at[k]) for k in ordered],
            )
        )
    return sorted(found, key=lambda s: s.key)


@pytest.mark.parametrize("seed", range(40))
def test_statements_are_those_of_the_closest_pairs_that_may_join(seed: int) -> None:
    story = merge(random_articles(seed))
    speakers = {story.actor_of[(f.article.id, m.span)]: m.text for f in story.facts for m in f.mentions}
    assert len(speakers) == len(set(speakers.values())), "each named speaker is one actor"

    def who_said_what(statements: list[Statement]) -> list[tuple[str, str | None, list[Report]]]:
        return [(s.key, s.speaker, s.reports) for s in statements]

    assert who_said_what(story.statements) == who_said_what(statements_by_brute_force(story))


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


def test_a_few_words_held_in_a_long_quote_are_another_statement_even_by_the_same_speaker() -> None:
    long = (
        "I think it is a very sad day for the whole country. Every family that lost someone in the floods this spring "
        "will remember it for years, and every town along the river will have to rebuild its roads, its bridges and "
        "its schools before the next winter comes"
    )
    apart = merged(quoting("a1", long, "person/anna"), quoting("a2", "a very sad day", "person/anna"))
    assert sorted(len(s.reports) for s in apart) == [1, 1], "four words said again are not this quote"
    cut = "a very sad day for the whole country"
    (together,) = merged(quoting("a1", long, "person/anna"), quoting("a2", cut, "person/anna"))
    assert [r.article_id for r in together.reports] == ["a1", "a2"], (
        "a cut of eight words is the quote, full stop or not"
    )


def test_a_short_sentence_whose_words_are_scattered_through_a_long_quote_is_another_statement() -> None:
    long = (
        "We are not going to let them take the river crossing, and when they come back we will be ready for them, "
        "because every family in this town knows what it means to lose a home to people who never cared about it"
    )
    scattered = "they never take what we cared about"
    apart = merged(quoting("a1", long, "person/anna"), quoting("a2", scattered, "person/anna"))
    assert sorted(len(s.reports) for s in apart) == [1, 1]
    retold = "We will not let them take the river crossing, and we will be ready when they come back"
    (together,) = merged(quoting("a1", long[:84], "person/anna"), quoting("a2", retold, "person/anna"))
    assert together.speaker == "person/anna" and len(together.reports) == 2, "a retelling of about its length joins"


def test_wordings_that_share_only_function_words_and_one_other_are_two_statements() -> None:
    long = "We will never sell the farm to them again, and they know it"
    apart = merged(quoting("a1", long, "person/anna"), quoting("a2", "They know what we will do", "person/anna"))
    assert sorted(len(s.reports) for s in apart) == [1, 1], "'know' is all they share beside words like 'we' and 'will'"
    (together,) = merged(
        quoting("a1", long, "person/anna"), quoting("a2", "we will never sell the farm", "person/anna")
    )
    assert len(together.reports) == 2


def test_a_short_wording_said_by_nobody_known_joins_no_other_article() -> None:
    phrase = "painful reforms ahead"
    apart = merged(quoting("a1", phrase, "person/anna"), quoting("a2", phrase), quoting("a3", phrase))
    assert sorted((s.speaker, len(s.reports)) for s in apart if s.speaker) == [("person/anna", 1)]
    assert len(apart) == 3, "three words anyone may write are no evidence that the others quote Anna"
    (kept,) = merged(quoting("a1", phrase, "person/anna"), quoting("a2", phrase, "person/anna"))
    assert len(kept.reports) == 2, "the same speaker's words in two outlets stay one statement"


def test_a_quote_found_twice_at_one_span_is_one_report_of_the_best_read_speaker() -> None:
    text = "The new bridge will open to traffic before the end of the summer"
    name = Mention(Span(0, 4), "Anna", ActorKind.PERSON)
    study = Mention(Span(20, 34), "a city study", ActorKind.PERSON)
    quotes = [
        Quote(Span(40, 40 + len(text)), text, Span(0, 120), study, resolution="description"),
        Quote(Span(40, 40 + len(text)), text, Span(0, 120), name, resolution="name"),
    ]
    other = quoting("a2", text, "person/anna")
    actor_of = {("a1", name.span): "person/anna", ("a1", study.span): "person/city study"}
    actor_of |= {("a2", q.speaker.span): "person/anna" for q in other.quotes if q.speaker}
    (statement,) = statements([ArticleFacts(Article("a1", ""), quotes=quotes), other], actor_of)
    assert [r.article_id for r in statement.reports] == ["a1", "a2"], "one report for the span, in one statement"
    assert statement.reports[0].quote.speaker == name
    assert statement.speaker == "person/anna", "a description found at the same span never replaces the name"
