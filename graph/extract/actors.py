"""Actor mentions: named entities typed as people, organisations, outlets and places, with the roles the text gives.

Unnamed groups that speak ("more than 30 Russian municipal deputies") are found by the quote attribution, which
uses :func:`mention_at` to turn a speaker token into a mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import ActorKind, Article, Mention, Span
from graph.names import TITLES, normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

ENTITY_KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.PLACE,
    "LOC": ActorKind.PLACE,
    "FAC": ActorKind.PLACE,
}
OUTLET_WORDS = frozenset(
    [
        "Times",
        "Journal",
        "News",
        "Post",
        "Beast",
        "Herald",
        "Tribune",
        "Guardian",
        "Telegraph",
        "Express",
        "Mail",
        "Reuters",
        "Press",
        "AFP",
        "BBC",
        "CNN",
        "Gazette",
        "Daily",
        "Wire",
        "Agency",
        "Bloomberg",
        "Politico",
        "Axios",
        "Interfax",
        "TASS",
        "RIA",
        "Novosti",
        "Kommersant",
        "Vedomosti",
        "Izvestia",
        "Meduza",
        "Nation",
        "Observer",
        "Economist",
        "Independent",
        "Standard",
        "Chronicle",
        "Insider",
        "Newsweek",
        "Monitor",
        "Sun",
        "Star",
        "Radio",
        "TV",
        "Television",
        "Broadcasting",
        "Network",
        "NPR",
        "PBS",
        "ABC",
        "NBC",
        "CBS",
        "Fox",
        "MSNBC",
        "Al-Jazeera",
        "Jazeera",
    ]
)
PLATFORMS = frozenset(
    [
        "telegram",
        "twitter",
        "x",
        "facebook",
        "youtube",
        "instagram",
        "tiktok",
        "vkontakte",
        "vk",
        "whatsapp",
        "truth",
        "social",
        "weibo",
        "wechat",
        "linkedin",
        "threads",
        "bluesky",
        "substack",
        "reddit",
    ]
)
GROUP_HEADS = frozenset(
    [
        "deputies",
        "mps",
        "legislators",
        "lawmakers",
        "officials",
        "members",
        "councillors",
        "councilors",
        "residents",
        "protesters",
        "activists",
        "bloggers",
        "critics",
        "analysts",
        "experts",
        "soldiers",
        "troops",
        "propagandists",
        "leaders",
        "ministers",
        "authorities",
        "citizens",
        "people",
        "workers",
        "voters",
        "supporters",
        "opponents",
        "representatives",
        "delegates",
        "politicians",
        "generals",
        "commanders",
    ]
)
POSSESSIVE = re.compile(r"\s*['’]s?$")
PERSON_NOUNS = frozenset(
    [
        "blogger",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "deputy",
        "minister",
        "president",
        "analyst",
        "expert",
        "correspondent",
        "commander",
        "source",
        "lawmaker",
        "legislator",
        "diplomat",
        "senator",
        "governor",
        "mayor",
        "lawyer",
        "journalist",
        "reporter",
        "editor",
        "activist",
        "author",
        "witness",
        "resident",
        "soldier",
        "general",
        "adviser",
        "advisor",
        "aide",
        "chief",
        "head",
        "leader",
    ]
)
ROLE_STOP = re.compile(r"\s*(?:,|\bwho\b|\bwhich\b|\bthat\b).*$", re.S)


def extract_mentions(doc: Doc, article: Article) -> Iterator[Mention]:
    """Every named actor in the article's body."""
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        span = Span(ent.start_char, ent.end_char)
        if kind is None or not article.in_body(span) or is_platform(ent.text):
            continue
        yield entity_mention(ent, article)


def entity_mention(ent: DocSpan, article: Article) -> Mention:
    """The mention for a named entity, typed, with the role its context gives."""
    ent = with_given_names(ent)
    kind = ENTITY_KINDS.get(ent.label_, ActorKind.ORGANIZATION)
    if kind in {ActorKind.ORGANIZATION, ActorKind.PERSON} and is_outlet(ent.text, article):
        kind = ActorKind.OUTLET
    span = Span(ent.start_char, ent.start_char + len(POSSESSIVE.sub("", ent.text)))
    # the article's own characters: the analysed text has plain spaces where the article has odd ones
    return Mention(span, span.slice(article.text), kind, role_of(ent))


def with_given_names(ent: DocSpan) -> DocSpan:
    """A person's name with the given names the recogniser left out of it ("Even Ramzan Kadyrov" tagged "Kadyrov"):
    the capitalised proper nouns right before it that the parser attaches to it as compounds and that are no title
    ("President", "Mr", "blogger": :data:`graph.names.TITLES`)."""
    if ent.label_ != "PERSON":
        return ent
    doc, start = ent.doc, ent.start
    while start > 0:
        word = doc[start - 1]
        given = word.pos_ == "PROPN" and word.dep_ == "compound" and ent.start <= word.head.i < ent.end
        if not (given and word.is_title and word.is_alpha and not word.ent_type_ and word.whitespace_):
            break
        if normalise(word.text) in TITLES:
            break
        start -= 1
    if start == ent.start:
        return ent
    named = doc[start : ent.end]
    named.label_ = ent.label_
    return named


def mention_at(token: Token, article: Article) -> Mention:
    """The mention naming ``token``: its entity if it is in one, else its noun phrase (an unnamed group)."""
    doc = token.doc
    if token.ent_type_ in ENTITY_KINDS:
        ent = _entity_of(token)
        if ent is not None:
            return entity_mention(ent, article)
    left = token
    for child in token.lefts:
        if child.dep_ in {"det", "amod", "compound", "nummod", "quantmod", "advmod", "poss", "nmod", "case"}:
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "in", "with"}:
            right = max(right, child.right_edge.i)
    span = doc[left.i : right + 1]
    plural = token.tag_ in {"NNS", "NNPS"} or token.lower_ in GROUP_HEADS
    kind = ActorKind.GROUP if plural else ActorKind.PERSON if token.pos_ in {"NOUN", "PROPN"} else ActorKind.GROUP
    if token.text[:1].isupper() and is_outlet(span.text, article):
        kind = ActorKind.OUTLET
    found = Span(span.start_char, span.end_char)
    return Mention(found, found.slice(article.text), kind)


def _entity_of(token: Token) -> DocSpan | None:
    """The entity of ``doc.ents`` that holds ``token``, read from the tokens around it (``doc.ents`` lists them all)."""
    from spacy.tokens import Span as DocSpan

    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    if first.ent_iob_ != "B" or not first.ent_type_:
        return None
    return DocSpan(doc, start, end, label=first.ent_type_, kb_id=first.ent_kb_id, span_id=first.ent_id)


def role_of(ent: DocSpan) -> str | None:
    """The role an article gives a named actor: an apposition ("X, a deputy with …") or a title before the name."""
    root = ent.root
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= ent.end:
            phrase = child.doc[child.left_edge.i : child.right_edge.i + 1].text
            phrase = ROLE_STOP.sub("", phrase).strip()
            phrase = re.sub(r"^(?:a|an|the)\s+", "", phrase)
            return phrase if phrase and child.pos_ != "PRON" else None
    titles = [t for t in root.lefts if t.i < ent.start and t.dep_ in {"compound", "amod"} and not t.ent_type_]
    titles = [t for t in titles if t.pos_ != "PRON"]
    if titles:
        start = min(t.left_edge.i for t in titles)
        return ent.doc[start : ent.start].text.strip() or None
    return None


def is_outlet(name: str, article: Article) -> bool:
    """Whether an organisation's name looks like a news outlet's (or is the article's own publisher)."""
    words = set(re.findall(r"[\w-]+", name))
    if article.publisher and name.removeprefix("the ").removeprefix("The ") in article.publisher:
        return True
    return bool(words & OUTLET_WORDS)


def is_platform(name: str) -> bool:
    """Telegram, Twitter and the like are media, not actors."""
    return name.lower().strip() in PLATFORMS
