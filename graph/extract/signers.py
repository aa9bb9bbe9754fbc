"""The writer of a first-person piece: an opinion column says "I" in its own narration and closes on a line that names
its writer in the third person ("Ann Lee is a professor of history at Tarn College."), so the "I" who "said" or
"wrote" something in the column is that person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from graph.model import ActorKind, Article, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

FIRST_PERSON = frozenset(["i", "me", "my", "myself"])
"""The writer's own words for themself."""


def signer(doc: Doc, article: Article, mentions: Sequence[Mention], in_quote: Callable[[Span], bool]) -> Mention | None:
    """The person the closing line of a first-person piece names: the last paragraph of the body opens with a
    sentence whose subject is one person's full name, whose verb is "is" and whose complement is a noun, a trade
    ("Ann Lee is a playwright …", "Ann Lee, a former judge, is the author of …"), a full name the piece has not
    written before (its surname it may have: "my parents, Tom and Ruth Lee"), and the narration before it says "I"
    outside quoted words; None for any other article (a news story's last line "Tom Hill is due in court" has no "I"
    before it; a feature's last line tells of someone it told of before, "Glen Ross is one of 30 farmers hit by the
    flood", or of how someone is, "Ana Ruiz is nineteen")."""
    body = article.body or Span(0, len(article.text))
    text = article.text
    end = body.start + len(text[body.start : body.end].rstrip())
    last = max(text.rfind("\n", body.start, end) + 1, body.start)
    sentence = next((s for s in doc.sents if last <= s.start_char < end and s.text.strip()), None)
    if sentence is None or sentence.root.lemma_ != "be" or sentence.root.tag_ != "VBZ":
        return None  # "Tom Hill was 84": a tribute's subject, no signature
    if not any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in sentence.root.children):
        return None  # "is a playwright", "is the author of …"; not "is nineteen", "is right"
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in subject.children):
        return None
    name = next((m for m in mentions if m.span.start <= subject.idx < m.span.end), None)
    if name is None or name.kind is not ActorKind.PERSON or name.refers is not None or len(name.text.split()) < 2:
        return None
    if re.search(rf"\b{re.escape(name.text)}\b", text[body.start : last]):
        return None  # a person the piece told of before its last line is its subject, not its writer
    narrated = (Span(t.idx, t.idx + 1) for t in doc if t.lower_ == "i" and t.idx < last)
    return name if any(article.in_body(i) and not in_quote(i) for i in narrated) else None
