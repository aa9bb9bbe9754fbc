"""Actor kinds from the text around a name, not only the recogniser's label (hand-built parses, invented sentences)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from graph.extract.actor_cues import names_an_actor
from graph.extract.actors import extract_mentions, mention_at, product_names
from graph.model import ActorKind, Article

VOCAB = English().vocab


def _kinds(words: str, heads: list[int], deps: str, pos: str, ents: str) -> list[tuple[str, ActorKind]]:
    split = words.split()
    doc = Doc(VOCAB, words=split, heads=heads, deps=deps.split(), pos=pos.split(), ents=ents.split(),
              lemmas=[w.lower() for w in split])  # fmt: skip
    return [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))]


def test_a_one_word_entity_that_is_no_name_is_dropped() -> None:
    # "Midway through the year, Brandt resigned": the recogniser tags the adverb as an organisation
    found = _kinds("Midway through the year Brandt resigned .", [5, 0, 3, 1, 5, 5, 5],
                   "advmod prep det pobj nsubj ROOT punct", "ADV ADP DET NOUN PROPN VERB PUNCT",
                   "B-ORG O O O B-PERSON O O")  # fmt: skip
    assert found == [("Brandt", ActorKind.PERSON)]


def test_a_one_word_entity_that_modifies_its_clause_as_an_adverb_is_dropped() -> None:
    found = _kinds("Midway through the year Brandt resigned .", [5, 0, 3, 1, 5, 5, 5],
                   "advmod prep det pobj nsubj ROOT punct", "PROPN ADP DET NOUN PROPN VERB PUNCT",
                   "B-ORG O O O B-PERSON O O")  # fmt: skip
    assert found == [("Brandt", ActorKind.PERSON)]


@pytest.mark.parametrize("preposition", ["around", "near", "in"])
def test_a_person_after_a_place_preposition_is_a_place(preposition: str) -> None:
    found = _kinds(f"Troops fought {preposition} Vorbeck .", [1, 1, 1, 2, 1], "nsubj ROOT prep pobj punct",
                   "NOUN VERB ADP PROPN PUNCT", "O O O B-PERSON O")  # fmt: skip
    assert found == [("Vorbeck", ActorKind.PLACE)]


def test_a_place_based_firm_names_a_place() -> None:
    found = _kinds("A Dunmore - based firm closed .", [4, 3, 3, 4, 5, 5, 5],
                   "det npadvmod punct amod nsubj ROOT punct", "DET PROPN PUNCT VERB NOUN VERB PUNCT",
                   "O B-ORG O O O O O")  # fmt: skip
    assert found == [("Dunmore", ActorKind.PLACE)]


def test_an_honorific_makes_a_person() -> None:
    found = _kinds("Mrs Ashcombe spoke .", [1, 2, 2, 2], "compound nsubj ROOT punct", "PROPN PROPN VERB PUNCT",
                   "O B-ORG O O")  # fmt: skip
    assert found == [("Ashcombe", ActorKind.PERSON)]


def test_a_person_is_never_an_outlet_by_the_words_of_the_name() -> None:
    found = _kinds("Tom Post spoke .", [1, 2, 2, 2], "compound nsubj ROOT punct", "PROPN PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [("Tom Post", ActorKind.PERSON)]


def test_an_outlet_known_by_name_is_an_outlet_whatever_its_label() -> None:
    found = _kinds("The editor of RT spoke .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                   "DET NOUN ADP PROPN VERB PUNCT", "O O O B-GPE O O")  # fmt: skip
    assert found == [("RT", ActorKind.OUTLET)]


def test_an_outlet_noun_beside_a_name_makes_an_outlet() -> None:
    found = _kinds("the news outlet Zvezdochka said so .", [3, 2, 3, 4, 4, 4, 4],
                   "det compound compound nsubj ROOT advmod punct", "DET NOUN NOUN PROPN VERB ADV PUNCT",
                   "O O O B-ORG O O O")  # fmt: skip
    assert found == [("Zvezdochka", ActorKind.OUTLET)]


def test_a_place_that_speaks_stays_a_place() -> None:
    found = _kinds("Ostrava said no .", [1, 1, 1, 1], "nsubj ROOT intj punct", "PROPN VERB INTJ PUNCT",
                   "B-GPE O O O")  # fmt: skip
    assert found == [("Ostrava", ActorKind.PLACE)]


def test_a_name_that_modifies_an_outlet_noun_is_no_outlet() -> None:
    found = _kinds("the Orvane website crashed .", [2, 2, 3, 3, 3], "det compound nsubj ROOT punct",
                   "DET PROPN NOUN VERB PUNCT", "O B-ORG O O O")  # fmt: skip
    assert found == [("Orvane", ActorKind.ORGANIZATION)]


def _names_and_actors(body: str) -> tuple[list[str], list[str]]:
    """The organisations the recogniser names in ``body``, and the actor mentions the extractors keep."""
    from graph.articles import parse_layout
    from graph.extract import extract
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    doc = load_pipeline()(article.analysable_text())
    organisations = [e.text for e in doc.ents if e.label_ == "ORG"]
    return organisations, [m.text for m in extract(doc, article).mentions]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # taken one at a time
        "Acme Corp said on Monday that an Orbix would cost 300 dollars. The Orbix sold well.",
        # naming the kind of thing
        "The company Acme Corp unveiled the Orbix music player on Monday.",
        "The company Acme Corp unveiled its Orbix computers on Monday.",
    ],
)
def test_a_product_written_as_a_thing_is_no_actor_but_its_maker_is(body: str) -> None:
    organisations, actors = _names_and_actors(body)
    assert "Orbix" in organisations  # the recogniser calls it an organisation
    assert "Acme Corp" in actors
    assert not any("Orbix" in name for name in actors)


def _products(words: str, heads: list[int], deps: str, tags: str, lemmas: str, ents: str) -> frozenset[str]:
    doc = Doc(VOCAB, words=words.split(), heads=heads, deps=deps.split(), tags=tags.split(), lemmas=lemmas.split(),
              ents=ents.split())  # fmt: skip
    return product_names(doc)


def test_a_name_counted_in_units_is_a_product() -> None:
    found = _products("Acme sold two million Orbixs .", [1, 1, 3, 4, 1, 1], "nsubj ROOT compound nummod dobj punct",
                      "NNP VBD CD CD NNPS .", "Acme sell two million Orbixs .",
                      "B-ORG O B-CARDINAL I-CARDINAL B-ORG O")  # fmt: skip
    assert found == {"orbix"}


def test_a_name_that_acts_as_a_maker_is_no_product() -> None:
    # "an Acme" once (one of its cars), but Acme sells things: it acts as a company does
    found = _products("Acme sold an Acme .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct", "NNP VBD DT NNP .",
                      "Acme sell a Acme .", "B-ORG O O B-ORG O")  # fmt: skip
    assert found == frozenset()


def test_the_agent_of_a_passive_is_a_maker() -> None:
    found = _products("an Acme was recalled by Acme .", [1, 3, 3, 3, 3, 4, 3],
                      "det nsubjpass auxpass ROOT agent pobj punct", "DT NNP VBD VBN IN NNP .",
                      "a Acme be recall by Acme .", "O B-ORG O O O B-ORG O")  # fmt: skip
    assert found == frozenset()


@pytest.mark.parametrize(
    ("words", "ents", "names"),
    [
        # a name run on in a title-case headline is cut back to the name the article gives
        (
            "Ann Lee Checks Into Rehab Clinic \n Ann Lee spoke on Monday .",
            "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O B-PERSON I-PERSON O O O O",
            ["Ann Lee", "Ann Lee"],
        ),
        # a headline that leaves its short words in lower case is in title case too
        (
            "Offer to Vell Reportedly Bumped as High as Ever \n Tom Vell weighed offers .",
            "O O B-ORG I-ORG I-ORG O O O O O B-PERSON I-PERSON O O O",
            ["Vell", "Tom Vell"],
        ),
    ],
)
def test_a_name_run_on_in_a_title_case_headline_is_cut_back(words: str, ents: str, names: list[str]) -> None:
    doc = Doc(VOCAB, words=words.split(" "), ents=ents.split())
    found = [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))]
    assert found == [(name, ActorKind.PERSON) for name in names]


@pytest.mark.model
@pytest.mark.parametrize(
    "line",
    [
        "Ann Varley of Oxford, Tom Hedd of Harvard and Bo Dent of the Max Planck Institute",
        "Speakers: Ann Varley of Oxford and Tom Hedd of Harvard",
        "- Ann Varley, Deputy Head of the Oakdale School for Girls",
        "With Ann Varley and Tom Hedd at the Ceremony in Oslo.",
        "Photo by Ann Varley for the Courier",
        "Jazz Night with Ann Varley and the Harwick Trio",
    ],
)
def test_a_line_of_names_in_title_case_keeps_its_names(line: str) -> None:
    _, actors = _names_and_actors(f"The prize was given on Monday, Bo Dent said.\n\n{line}")
    assert "Ann Varley" in actors


def test_a_name_in_a_sentence_is_never_cut_back() -> None:
    words = "Ann Lee Clinic said on Monday that Ann Lee had left ."
    ents = "B-ORG I-ORG I-ORG O O O O B-PERSON I-PERSON O O O"
    doc = Doc(VOCAB, words=words.split(), ents=ents.split())
    found = [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))]
    assert found == [("Ann Lee Clinic", ActorKind.ORGANIZATION), ("Ann Lee", ActorKind.PERSON)]


def test_a_name_cut_after_a_surname_particle_takes_the_word_after_it() -> None:
    # the recogniser stops at "der" and tags "Brecken" apart: one person, "Greta von der Brecken"
    found = _kinds("Greta von der Brecken spoke .", [3, 3, 3, 4, 4, 4], "compound compound compound nsubj ROOT punct",
                   "PROPN PROPN PROPN PROPN VERB PUNCT", "B-PERSON I-PERSON I-PERSON B-GPE O O")  # fmt: skip
    assert found == [("Greta von der Brecken", ActorKind.PERSON)]


@pytest.mark.parametrize(("noun", "kind"), [("administration", ActorKind.ORGANIZATION), ("mayor", ActorKind.PERSON)])
def test_a_body_noun_names_an_organisation_not_a_person(noun: str, kind: ActorKind) -> None:
    words, deps, pos = ["The", "Hale", noun, "spoke", "."], "det compound nsubj ROOT punct", "DET PROPN NOUN VERB PUNCT"
    doc = Doc(VOCAB, words=words, heads=[2, 2, 3, 3, 3], deps=deps.split(" "), pos=pos.split(" "))
    mention = mention_at(doc[2], Article("a", doc.text))
    assert (mention.text, mention.kind) == (f"The Hale {noun}", kind)


def test_a_name_the_recogniser_missed_is_its_words_without_the_epithets_before_it() -> None:
    words, deps, pos = (
        ["The", "32-year-old", "Kel", "Varo", "said"],
        "det amod compound nsubj ROOT",
        "DET ADJ PROPN PROPN VERB",
    )
    doc = Doc(VOCAB, words=words, heads=[3, 3, 3, 4, 4], deps=deps.split(" "), pos=pos.split(" "),
              tags=["DT", "JJ", "NNP", "NNP", "VBD"])  # fmt: skip
    mention = mention_at(doc[3], Article("a", doc.text))
    assert (mention.text, mention.kind) == ("Kel Varo", ActorKind.PERSON)


@pytest.mark.parametrize(
    ("words", "tag", "dep", "ent"),
    [
        ("80,000 Varnians", "NNPS", "nummod", "O"),
        ("specifically Rule", "NNP", "advmod", "B-LAW"),
        ("a Varo", "NNP", "det", "O"),
        ("the Republican", "NNP", "det", "B-NORP"),
        ("the Iraqi", "NNP", "det", "B-NORP"),
    ],
)
def test_a_phrase_that_names_no_one_person_keeps_its_words(words: str, tag: str, dep: str, ent: str) -> None:
    split = [*words.split(), "signed"]
    doc = Doc(VOCAB, words=split, heads=[1, 2, 2], deps=[dep, "nsubj", "ROOT"], pos=["ADV", "PROPN", "VERB"],
              tags=["RB", tag, "VBD"], ents=["O", ent, "O"])  # fmt: skip
    assert mention_at(doc[1], Article("a", doc.text)).text == words


@pytest.mark.parametrize("words", ["the Prime Minister", "the first Tarvel T300"])
def test_a_title_or_a_model_written_as_a_name_keeps_its_determiner(words: str) -> None:
    split = [*words.split(), "spoke"]
    heads = [len(split) - 2] * (len(split) - 2) + [len(split) - 1, len(split) - 1]
    deps = ["det", *["amod"] * (len(split) - 4), "compound", "nsubj", "ROOT"]
    pos = ["DET", *["ADJ"] * (len(split) - 4), "PROPN", "PROPN", "VERB"]
    doc = Doc(VOCAB, words=split, heads=heads, deps=deps, pos=pos)
    assert mention_at(doc[len(split) - 2], Article("a", doc.text)).text == words


@pytest.mark.parametrize("share", ["percent", "%", "majority"])
def test_a_share_of_people_is_a_group(share: str) -> None:
    # "46 percent of voters said ...", "a majority of members said ...": a share of people, never one person
    words, deps, pos = ["46", share, "of", "voters", "said"], "nummod nsubj prep pobj ROOT", "NUM NOUN ADP NOUN VERB"
    doc = Doc(VOCAB, words=words, heads=[1, 4, 1, 2, 4], deps=deps.split(" "), pos=pos.split(" "))
    mention = mention_at(doc[1], Article("a", doc.text))
    assert (mention.text, mention.kind) == (f"46 {share} of voters", ActorKind.GROUP)


def _headline(words: str, pos: str, ents: str) -> list[tuple[str, ActorKind]]:
    doc = Doc(VOCAB, words=words.split(" "), pos=pos.split(), ents=ents.split())
    return [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))]


def test_a_name_run_on_in_a_headline_the_article_never_names_alone_ends_before_a_verb_or_preposition() -> None:
    found = _headline("Nora Vell Checks Into Rehab Clinic \n The singer left .",
                      "PROPN PROPN NOUN ADP PROPN PROPN SPACE DET NOUN VERB PUNCT",
                      "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O O O O")  # fmt: skip
    assert found == [("Nora Vell", ActorKind.ORGANIZATION)]


def test_a_name_run_on_in_a_headline_ends_at_a_spaced_dash_and_loses_a_verb_it_opens_with() -> None:
    found = _headline("Lions - Hale Trade Rumor Grows \n Judge Overturns Hale Fishing Rules Today \n They met .",
                      "PROPN PUNCT PROPN PROPN PROPN VERB SPACE PROPN VERB PROPN PROPN PROPN NOUN SPACE "
                      "PRON VERB PUNCT",
                      "B-ORG I-ORG I-ORG I-ORG I-ORG O O O B-PERSON I-PERSON O O O O O O O")  # fmt: skip
    assert found == [("Lions", ActorKind.ORGANIZATION), ("Hale", ActorKind.PERSON)]


def test_a_name_of_bodies_keeps_its_linking_words_in_a_headline() -> None:
    found = _headline("Bank of Leeds Cuts Rates Again \n The bank spoke .",
                      "PROPN ADP PROPN VERB NOUN ADV SPACE DET NOUN VERB PUNCT",
                      "B-ORG I-ORG I-ORG O O O O O O O O")  # fmt: skip
    assert found == [("Bank of Leeds", ActorKind.ORGANIZATION)]


def test_a_name_run_on_past_a_possessive_is_its_owner_where_the_article_names_it_alone() -> None:
    words = "Fans cheered the Lions ' Cup Final win . The Lions won ."
    tags = "NNS VBD DT NNPS POS NNP NNP NN . DT NNPS VBD ."
    ents = "O O B-ORG I-ORG I-ORG I-ORG I-ORG O O B-ORG I-ORG O O"
    doc = Doc(VOCAB, words=words.split(), tags=tags.split(), ents=ents.split())
    found = [m.text for m in extract_mentions(doc, Article("a", doc.text))]
    assert found == ["the Lions", "The Lions"]


def test_a_name_holding_a_possessive_stays_whole_where_the_owner_is_never_named_alone() -> None:
    words = "The Workers ' Relief Fund paid out in the end ."
    tags = "DT NNPS POS NNP NNP VBD RP IN DT NN ."
    ents = "O B-ORG I-ORG I-ORG I-ORG O O O O O O"
    doc = Doc(VOCAB, words=words.split(), tags=tags.split(), ents=ents.split())
    assert [m.text for m in extract_mentions(doc, Article("a", doc.text))] == ["Workers ' Relief Fund"]


def test_a_name_ending_in_an_organisation_word_is_an_organisation_whatever_its_label() -> None:
    # "Ann Lee, a lawmaker from the Farmers Party, spoke .": the recogniser calls the party a place
    found = _kinds("Ann Lee , a lawmaker from the Farmers Party , spoke .", [1, 11, 1, 4, 1, 4, 8, 8, 5, 1, 11, 11],
                   "compound nsubj punct det appos prep det compound pobj punct ROOT punct",
                   "PROPN PROPN PUNCT DET NOUN ADP DET PROPN PROPN PUNCT VERB PUNCT",
                   "B-PERSON I-PERSON O O O O O B-GPE I-GPE O O O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON), ("Farmers Party", ActorKind.ORGANIZATION)]


@pytest.mark.parametrize("trade", ["Dairy", "Hardware", "Motors"])
def test_a_name_ending_in_a_firm_s_trade_is_an_organisation_not_a_person(trade: str) -> None:
    # "Acme will buy Kestrel Dairy .": the recogniser calls the firm a person
    found = _kinds(f"Acme will buy Kestrel {trade} .", [2, 2, 2, 4, 2, 2], "nsubj aux ROOT compound dobj punct",
                   "PROPN AUX VERB PROPN PROPN PUNCT", "B-ORG O O B-PERSON I-PERSON O")  # fmt: skip
    assert found == [("Acme", ActorKind.ORGANIZATION), (f"Kestrel {trade}", ActorKind.ORGANIZATION)]


def test_a_name_listed_among_people_is_a_person() -> None:
    # "Ann Lee , Tom Hill and Carla Diaz spoke .": the recogniser calls the last of them an organisation
    found = _kinds("Ann Lee , Tom Hill and Carla Diaz spoke .", [1, 9, 1, 4, 1, 4, 7, 4, 9, 9],
                   "compound nsubj punct compound conj cc compound conj ROOT punct",
                   "PROPN PROPN PUNCT PROPN PROPN CCONJ PROPN PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O B-PERSON I-PERSON O B-ORG I-ORG O O")  # fmt: skip
    assert ("Carla Diaz", ActorKind.PERSON) in found


def test_an_organisation_listed_among_people_stays_an_organisation() -> None:
    found = _kinds("Ann Lee and Acme Holdings Party spoke .", [1, 6, 1, 5, 5, 1, 6, 6],
                   "compound nsubj cc compound compound conj ROOT punct",
                   "PROPN PROPN CCONJ PROPN PROPN PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O B-ORG I-ORG I-ORG O O")  # fmt: skip
    assert ("Acme Holdings Party", ActorKind.ORGANIZATION) in found


def test_a_name_set_beside_a_person_s_office_is_a_person() -> None:
    # "Vella Orrin , the former Acme chief executive , spoke .": the recogniser calls her an organisation
    found = _kinds("Vella Orrin , the former Acme chief executive , spoke .", [1, 10, 1, 7, 7, 7, 7, 1, 1, 10, 10],
                   "compound nsubj punct det amod compound compound appos punct ROOT punct",
                   "PROPN PROPN PUNCT DET ADJ PROPN NOUN NOUN PUNCT VERB PUNCT",
                   "B-ORG I-ORG O O O B-ORG O O O O O")  # fmt: skip
    assert ("Vella Orrin", ActorKind.PERSON) in found


@pytest.mark.parametrize(("noun", "tag"), [("CEO", "PROPN"), ("economist", "NOUN"), ("nurse", "NOUN")])
def test_a_name_set_beside_an_abbreviated_or_a_trade_noun_is_a_person(noun: str, tag: str) -> None:
    # "Marwick , the former Tarn CEO , spoke .": the recogniser calls her an organisation
    found = _kinds(f"Marwick , the former Tarn {noun} , spoke .", [8, 0, 5, 5, 5, 0, 0, 8, 8],
                   "nsubj punct det amod compound appos punct ROOT punct",
                   f"PROPN PUNCT DET ADJ PROPN {tag} PUNCT VERB PUNCT", "B-ORG O O O B-ORG O O O O")  # fmt: skip
    assert ("Marwick", ActorKind.PERSON) in found


@pytest.mark.parametrize("noun", ["leader", "partner", "donor", "adviser", "daughter"])
def test_a_name_beside_a_noun_a_body_is_called_too_stays_an_organisation(noun: str) -> None:
    # "Varnco , the market leader , spoke .": a body may lead a market, be a partner or give money
    found = _kinds(f"Varnco , the market {noun} , spoke .", [7, 0, 4, 4, 0, 0, 7, 7],
                   "nsubj punct det compound appos punct ROOT punct",
                   "PROPN PUNCT DET NOUN NOUN PUNCT VERB PUNCT", "B-ORG O O O O O O O")  # fmt: skip
    assert found == [("Varnco", ActorKind.ORGANIZATION)]


def test_a_body_opened_by_the_stays_an_organisation_beside_a_person_s_office() -> None:
    # "the Brinkley , its president , spoke .": a misreading of two things, the body kept
    found = _kinds("the Brinkley , its president , spoke .", [1, 6, 1, 4, 1, 1, 6, 6],
                   "det nsubj punct poss appos punct ROOT punct",
                   "DET PROPN PUNCT PRON NOUN PUNCT VERB PUNCT", "B-ORG I-ORG O O O O O O")  # fmt: skip
    assert found == [("the Brinkley", ActorKind.ORGANIZATION)]


def _phrase(words: str, heads: list[int], deps: str, pos: str, tags: str, start: int, end: int) -> bool:
    doc = Doc(VOCAB, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split(), tags=tags.split())
    return names_an_actor(doc[start:end])


def test_words_that_only_count_name_no_actor() -> None:
    # "few are calling for a truce ."
    assert not _phrase("few are calling for a truce .", [2, 2, 2, 2, 5, 3, 2],
                       "nsubj aux ROOT prep det pobj punct", "ADJ AUX VERB ADP DET NOUN PUNCT",
                       "JJ VBP VBG IN DT NN .", 0, 1)  # fmt: skip


@pytest.mark.parametrize(("noun", "actor"), [("ad", False), ("tally", False), ("agreement", False),
                                             ("spokesman", True), ("economist", True), ("victim", True),
                                             ("company", True), ("resident", True), ("magazine", True),
                                             ("rep", True)])  # fmt: skip
def test_a_singular_description_names_an_actor_only_when_it_names_people(noun: str, actor: bool) -> None:
    # "a new <noun> called it dangerous ."
    assert _phrase(f"a new {noun} called it dangerous .", [2, 2, 3, 3, 3, 3, 3],
                   "det amod nsubj ROOT dobj oprd punct", "DET ADJ NOUN VERB PRON ADJ PUNCT",
                   "DT JJ NN VBD PRP JJ .", 0, 3) is actor  # fmt: skip


def test_plurals_and_pronouns_name_actors() -> None:
    assert _phrase("critics said so .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "NOUN VERB ADV PUNCT",
                   "NNS VBD RB .", 0, 1)  # fmt: skip
    assert _phrase("she said so .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "PRON VERB ADV PUNCT",
                   "PRP VBD RB .", 0, 1)  # fmt: skip


def test_a_description_a_name_opens_names_an_actor() -> None:
    # "Zenith Weekly blog said so ."
    assert _phrase("Zenith Weekly blog said so .", [2, 2, 3, 3, 3, 3], "compound compound nsubj ROOT advmod punct",
                   "PROPN PROPN NOUN VERB ADV PUNCT", "NNP NNP NN VBD RB .", 0, 3)  # fmt: skip


def test_a_group_or_an_outlet_stays_an_actor_whatever_the_tagger_made_of_its_head() -> None:
    # "several city MPs said so .", the plural tagged singular
    words = ("several city MPs said so .", [2, 2, 3, 3, 3, 3], "amod compound nsubj ROOT advmod punct",
             "ADJ NOUN NOUN VERB ADV PUNCT", "JJ NN NN VBD RB .", 0, 3)  # fmt: skip
    assert not _phrase(*words)
    doc = Doc(VOCAB, words=words[0].split(), heads=words[1], deps=words[2].split(), pos=words[3].split(),
              tags=words[4].split())  # fmt: skip
    assert names_an_actor(doc[0:3], ActorKind.GROUP)
    assert names_an_actor(doc[0:3], ActorKind.OUTLET)


def test_a_headline_name_is_cut_to_the_words_the_article_names() -> None:
    # the recogniser runs "Lost Old" onto the surname; the body names "Mara Quill"
    found = _headline("Council Lost Old Quill Ledger In Flood \n Mara Quill spoke .",
                      "PROPN PROPN PROPN PROPN PROPN ADP NOUN SPACE PROPN PROPN VERB PUNCT",
                      "B-ORG B-PERSON I-PERSON I-PERSON O O O O B-PERSON I-PERSON O O")  # fmt: skip
    assert ("Quill", ActorKind.PERSON) in found
    assert all("Lost" not in text for text, _ in found)


def test_a_headline_name_no_word_of_which_the_body_names_is_no_actor() -> None:
    found = _headline("There Was Her Kite Flying High \n Mara Quill spoke .",
                      "ADV AUX PRON PROPN VERB ADV SPACE PROPN PROPN VERB PUNCT",
                      "O O O B-ORG O O O B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [("Mara Quill", ActorKind.PERSON)]


def test_a_dateline_in_capitals_names_a_place() -> None:
    found = _headline("WEST FALLS , Ore. - Mara Quill spoke .", "PROPN PROPN PUNCT PROPN PUNCT PROPN PROPN VERB PUNCT",
                      "B-PERSON I-PERSON O B-GPE O B-PERSON I-PERSON O O")  # fmt: skip
    assert found[0] == ("WEST FALLS", ActorKind.PLACE)
    assert ("Mara Quill", ActorKind.PERSON) in found


def test_a_name_in_capitals_set_off_by_a_description_is_no_dateline() -> None:
    found = _headline("VARCO , the steel maker , said so .", "PROPN PUNCT DET NOUN NOUN PUNCT VERB ADV PUNCT",
                      "B-ORG O O O O O O O O")  # fmt: skip
    assert found[0] == ("VARCO", ActorKind.ORGANIZATION)


def test_a_name_ending_in_a_work_or_event_word_is_no_actor() -> None:
    # "Rook 's Rules of Order bind Ann Lee ." and "the Valley Pillow Fight drew Ann Lee"
    found = _kinds("Rook 's Rules of Order bound Ann Lee .", [2, 0, 5, 2, 3, 5, 7, 5, 5],
                   "poss case nsubj prep pobj ROOT compound dobj punct",
                   "PROPN PART PROPN ADP PROPN VERB PROPN PROPN PUNCT",
                   "B-PERSON I-PERSON I-PERSON I-PERSON I-PERSON O B-PERSON I-PERSON O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]
    found = _kinds("the Valley Pillow Fight drew Ann Lee .", [3, 3, 3, 4, 4, 6, 4, 4],
                   "det compound compound nsubj ROOT compound dobj punct",
                   "DET PROPN PROPN PROPN VERB PROPN PROPN PUNCT",
                   "O B-ORG I-ORG I-ORG O B-PERSON I-PERSON O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]


def test_an_organisation_cited_as_publishing_is_an_outlet() -> None:
    # "as reported by Valley Dispatch" (the mayor resigned)
    words, deps, pos, tags, lemmas, ents = (
        "as reported by Valley Dispatch", "mark ROOT agent compound pobj", "SCONJ VERB ADP PROPN PROPN",
        "IN VBN IN NNP NNP", "as report by Valley Dispatch", "O O O B-ORG I-ORG"
    )  # fmt: skip
    doc = Doc(VOCAB, words=words.split(" "), heads=[1, 1, 1, 4, 2], deps=deps.split(" "), pos=pos.split(" "),
              tags=tags.split(" "), lemmas=lemmas.split(" "), ents=ents.split(" "))  # fmt: skip
    assert [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))] == [
        ("Valley Dispatch", ActorKind.OUTLET)
    ]


def test_an_organisation_naming_an_article_is_an_outlet() -> None:
    found = _kinds("a Marlow Review article said so .", [3, 2, 3, 4, 4, 4, 4],
                   "det compound compound nsubj ROOT advmod punct", "DET PROPN PROPN NOUN VERB ADV PUNCT",
                   "O B-ORG I-ORG O O O O")  # fmt: skip
    assert found == [("Marlow Review", ActorKind.OUTLET)]


@pytest.mark.parametrize(("preposition", "kind"), [("at", ActorKind.PLACE), ("with", ActorKind.ORGANIZATION)])
def test_a_building_something_happens_at_is_a_place(preposition: str, kind: ActorKind) -> None:
    found = _kinds(f"Lee spoke {preposition} the Dunmore Center .", [1, 1, 1, 5, 5, 2, 1],
                   "nsubj ROOT prep det compound pobj punct", "PROPN VERB ADP DET PROPN PROPN PUNCT",
                   "B-PERSON O O O B-ORG I-ORG O")  # fmt: skip
    assert ("Dunmore Center", kind) in found


def test_a_building_someone_works_at_is_a_body() -> None:
    found = _kinds("Lee , an analyst at the Dunmore Center , spoke .", [9, 0, 3, 0, 3, 7, 7, 4, 0, 9, 9],
                   "nsubj punct det appos prep det compound pobj punct ROOT punct",
                   "PROPN PUNCT DET NOUN ADP DET PROPN PROPN PUNCT VERB PUNCT",
                   "B-PERSON O O O O O B-ORG I-ORG O O O")  # fmt: skip
    assert ("Dunmore Center", ActorKind.ORGANIZATION) in found


def test_a_known_outlet_in_capitals_is_an_outlet() -> None:
    found = _kinds("Lee told REUTERS so .", [1, 1, 1, 1, 1], "nsubj ROOT dobj advmod punct",
                   "PROPN VERB PROPN ADV PUNCT", "B-PERSON O B-PERSON O O")  # fmt: skip
    assert ("REUTERS", ActorKind.OUTLET) in found


@pytest.mark.parametrize("label", ["PERSON", "GPE"])
def test_a_name_a_noun_of_places_takes_with_of_is_a_place(label: str) -> None:
    found = _kinds("Unrest came to the northern city of Varnold .", [1, 1, 1, 5, 5, 2, 5, 6, 1],
                        "nsubj ROOT prep det amod pobj prep pobj punct", "NOUN VERB ADP DET ADJ NOUN ADP PROPN PUNCT",
                        f"O O O O O O O B-{label} O")  # fmt: skip
    assert found == [("Varnold", ActorKind.PLACE)]


def test_a_name_beside_a_noun_of_places_is_a_place() -> None:
    found = _kinds("Varnold , a port town , voted .", [6, 0, 4, 4, 0, 0, 6, 6],
                        "nsubj punct det compound appos punct ROOT punct",
                        "PROPN PUNCT DET NOUN NOUN PUNCT VERB PUNCT", "B-PERSON O O O O O O O")  # fmt: skip
    assert found == [("Varnold", ActorKind.PLACE)]


def test_a_body_a_noun_of_places_qualifies_stays_a_body() -> None:
    found = _kinds("The state Senate voted .", [2, 2, 3, 3, 3], "det compound nsubj ROOT punct",
                        "DET NOUN PROPN VERB PUNCT", "O O B-ORG O O")  # fmt: skip
    assert found == [("Senate", ActorKind.ORGANIZATION)]


@pytest.mark.parametrize("noun", ["group", "militia", "airline"])
def test_a_person_a_noun_of_bodies_stands_beside_is_an_organisation(noun: str) -> None:
    found = _kinds(f"The militant {noun} Kalvar claimed the raid .", [2, 2, 4, 2, 4, 6, 4, 4],
                        "det amod nsubj appos ROOT det dobj punct", "DET ADJ NOUN PROPN VERB DET NOUN PUNCT",
                        "O O O B-PERSON O O O O")  # fmt: skip
    assert found == [("Kalvar", ActorKind.ORGANIZATION)]


def test_a_religion_is_no_actor() -> None:
    found = _kinds("Converts to Sikhism met Ann Lee .", [3, 0, 1, 3, 5, 3, 3],
                        "nsubj prep pobj ROOT compound dobj punct", "NOUN ADP PROPN VERB PROPN PROPN PUNCT",
                        "O O B-ORG O B-PERSON I-PERSON O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]


def test_a_name_ending_in_a_noun_of_outlets_is_an_outlet() -> None:
    found = _kinds("Word came from Dorvan magazine .", [1, 1, 1, 4, 2, 1], "nsubj ROOT prep compound pobj punct",
                        "NOUN VERB ADP PROPN NOUN PUNCT", "O O O B-ORG I-ORG O")  # fmt: skip
    assert found == [("Dorvan magazine", ActorKind.OUTLET)]


def test_only_the_first_apposition_tells_what_a_name_is() -> None:
    # the parser hangs a body's apposition on the person: "Ann Lee, a spokeswoman for Acme, the group that …"
    found = _kinds("Ann Lee , a spokeswoman , the group , agreed .", [1, 8, 1, 4, 1, 1, 7, 1, 8, 8, 8],
                        "compound nsubj punct det appos punct det appos punct ROOT punct",
                        "PROPN PROPN PUNCT DET NOUN PUNCT DET NOUN PUNCT VERB PUNCT",
                        "B-PERSON I-PERSON O O O O O O O O O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]


def test_a_person_beside_a_noun_that_may_name_a_person_or_beside_a_bodys_name_stays_a_person() -> None:
    found = _kinds("Ann Lee , a shoe manufacturer , agreed .", [1, 7, 1, 5, 5, 1, 1, 7, 7],
                        "compound nsubj punct det compound appos punct ROOT punct",
                        "PROPN PROPN PUNCT DET NOUN NOUN PUNCT VERB PUNCT",
                        "B-PERSON I-PERSON O O O O O O O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]
    found = _kinds("The Dorvan Group , Tom Hill , agreed .", [2, 2, 7, 2, 5, 2, 2, 7, 7],
                        "det compound nsubj punct compound appos punct ROOT punct",
                        "DET PROPN PROPN PUNCT PROPN PROPN PUNCT VERB PUNCT",
                        "O B-ORG I-ORG O B-PERSON I-PERSON O O O")  # fmt: skip
    assert ("Tom Hill", ActorKind.PERSON) in found


@pytest.mark.parametrize("noun", ["people", "residents", "mayor"])
def test_a_name_after_a_noun_of_what_places_have_and_of_is_a_place(noun: str) -> None:
    found = _kinds(f"The {noun} of Torwick voted .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                   "DET NOUN ADP PROPN VERB PUNCT", "O O O B-PERSON O O")  # fmt: skip
    assert found == [("Torwick", ActorKind.PLACE)]


def test_a_person_owning_people_or_leading_a_government_stays_a_person() -> None:
    found = _kinds("Ann Lee 's people agreed .", [1, 3, 1, 4, 4, 4], "compound poss case nsubj ROOT punct",
                   "PROPN PROPN PART NOUN VERB PUNCT", "B-PERSON I-PERSON O O O O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]
    found = _kinds("The government of Ann Lee fell .", [1, 5, 1, 4, 2, 5, 5], "det nsubj prep compound pobj ROOT punct",
                   "DET NOUN ADP PROPN PROPN VERB PUNCT", "O O O B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [("Ann Lee", ActorKind.PERSON)]


def test_the_right_before_a_persons_name_leaves_it_a_persons() -> None:
    found = _kinds("The Tom Hill of old smiled .", [2, 2, 5, 2, 3, 5, 5], "det compound nsubj prep pobj ROOT punct",
                   "DET PROPN PROPN ADP ADJ VERB PUNCT", "O B-PERSON I-PERSON O O O O")  # fmt: skip
    assert found == [("Tom Hill", ActorKind.PERSON)]


@pytest.mark.parametrize("name", ["Tom Daily", "Jake Weekly", "Jo Magazine"])
def test_a_persons_name_ending_in_a_noun_of_outlets_stays_a_persons(name: str) -> None:
    found = _kinds(f"{name} spoke .", [1, 2, 2, 2], "compound nsubj ROOT punct", "PROPN PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [(name, ActorKind.PERSON)]


def test_a_persons_name_ending_in_a_noun_of_outlets_that_takes_the_is_an_outlet() -> None:
    found = _kinds("The Dorvan Magazine said so .", [2, 2, 3, 3, 3, 3], "det compound nsubj ROOT advmod punct",
                   "DET PROPN PROPN VERB ADV PUNCT", "O B-PERSON I-PERSON O O O")  # fmt: skip
    assert found == [("Dorvan Magazine", ActorKind.OUTLET)]


def test_a_place_or_a_body_ending_in_channel_or_paper_is_no_outlet() -> None:
    found = _kinds("Ships crossed the Varnold Channel .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det compound dobj punct",
                   "NOUN VERB DET PROPN PROPN PUNCT", "O O O B-LOC I-LOC O")  # fmt: skip
    assert found == [("Varnold Channel", ActorKind.PLACE)]
    found = _kinds("Dorvan Paper , the mill owner , agreed .", [1, 7, 1, 5, 5, 1, 1, 7, 7],
                   "compound nsubj punct det compound appos punct ROOT punct",
                   "PROPN PROPN PUNCT DET NOUN NOUN PUNCT VERB PUNCT", "B-ORG I-ORG O O O O O O O")  # fmt: skip
    assert found == [("Dorvan Paper", ActorKind.ORGANIZATION)]


@pytest.mark.parametrize("words", ["Dorvan County Medical Examiner Office", "Acme Courier Services"])
def test_examiner_or_courier_in_a_bodys_name_makes_no_outlet(words: str) -> None:
    n = len(words.split())
    heads = [n - 1] * (n - 1) + [n, n, n]
    ents = " ".join(["B-ORG"] + ["I-ORG"] * (n - 1) + ["O", "O"])
    found = _kinds(f"{words} said .", heads, " ".join(["compound"] * (n - 1) + ["nsubj", "ROOT", "punct"]),
                   " ".join(["PROPN"] * n + ["VERB", "PUNCT"]), ents)  # fmt: skip
    assert found == [(words, ActorKind.ORGANIZATION)]


@pytest.mark.parametrize(("noun", "name"), [("capital", "Dorvan Corporation"), ("state", "Dorvan Holdings"),
                                            ("people", "Acme Industries")])  # fmt: skip
def test_a_body_after_a_noun_of_places_and_of_stays_a_body(noun: str, name: str) -> None:
    found = _kinds(f"The {noun} of {name} grew .", [1, 5, 1, 4, 2, 5, 5], "det nsubj prep compound pobj ROOT punct",
                   "DET NOUN ADP PROPN PROPN VERB PUNCT", "O O O B-ORG I-ORG O O")  # fmt: skip
    assert found == [(name, ActorKind.ORGANIZATION)]


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_surname_that_is_also_a_faith_stays_an_actor(label: str) -> None:
    found = _kinds("Dalin Islam runs a shop . Islam agreed .", [1, 2, 2, 4, 2, 2, 7, 7, 7],
                   "compound nsubj ROOT det dobj punct nsubj ROOT punct",
                   "PROPN PROPN VERB DET NOUN PUNCT PROPN VERB PUNCT",
                   f"B-PERSON I-PERSON O O O O B-{label} O O")  # fmt: skip
    assert [name for name, _ in found] == ["Dalin Islam", "Islam"]


def test_a_faith_the_recogniser_called_a_person_stays_a_name() -> None:
    found = _kinds("Islam agreed .", [1, 1, 1], "nsubj ROOT punct", "PROPN VERB PUNCT", "B-PERSON O O")  # fmt: skip
    assert [name for name, _ in found] == ["Islam"]


def test_a_person_called_a_one_man_band_stays_a_person() -> None:
    found = _kinds("Tom Hill , a one-man band , runs the shop .", [1, 7, 1, 5, 5, 1, 1, 7, 9, 7, 7],
                   "compound nsubj punct det amod appos punct ROOT det dobj punct",
                   "PROPN PROPN PUNCT DET ADJ NOUN PUNCT VERB DET NOUN PUNCT",
                   "B-PERSON I-PERSON O O O O O O O O O")  # fmt: skip
    assert found == [("Tom Hill", ActorKind.PERSON)]


@pytest.mark.parametrize(("noun", "name"), [("town", "Dorvan"), ("people", "Dorvan")])
def test_a_name_labelled_an_organisation_after_a_noun_of_places_and_of_is_a_place(noun: str, name: str) -> None:
    found = _kinds(f"The {noun} of {name} voted .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                   "DET NOUN ADP PROPN VERB PUNCT", "O O O B-ORG O O")  # fmt: skip
    assert found == [(name, ActorKind.PLACE)]


def test_a_name_labelled_a_person_after_the_ending_in_an_outlet_word_is_an_outlet() -> None:
    found = _kinds("Ann Lee told the Dorvan Gazette she would run .", [1, 2, 2, 5, 5, 2, 8, 8, 2, 2],
                   "compound nsubj ROOT det compound dobj nsubj aux ccomp punct",
                   "PROPN PROPN VERB DET PROPN PROPN PRON AUX VERB PUNCT",
                   "B-PERSON I-PERSON O O B-PERSON I-PERSON O O O O")  # fmt: skip
    assert ("Dorvan Gazette", ActorKind.OUTLET) in found


@pytest.mark.parametrize("words", ["Jo Magazine", "Tom Daily"])
def test_a_person_named_with_an_outlet_word_and_no_the_stays_a_person(words: str) -> None:
    found = _kinds(f"{words} spoke .", [1, 2, 2, 2], "compound nsubj ROOT punct", "PROPN PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [(words, ActorKind.PERSON)]


@pytest.mark.parametrize(("noun", "kind"), [("poll", ActorKind.ORGANIZATION), ("survey", ActorKind.ORGANIZATION),
                                            ("pastor", ActorKind.PERSON)])  # fmt: skip
def test_a_poll_or_a_survey_is_no_person(noun: str, kind: ActorKind) -> None:
    # "…, according to a spring Hale poll": what a body found, not someone speaking
    words = ["according", "to", "a", "spring", "Hale", noun]
    deps, pos = "prep pcomp det amod compound pobj", "VERB ADP DET ADJ PROPN NOUN"
    doc = Doc(VOCAB, words=words, heads=[0, 0, 5, 5, 5, 1], deps=deps.split(" "), pos=pos.split(" "))
    mention = mention_at(doc[5], Article("a", doc.text))
    assert (mention.text, mention.kind) == (f"a spring Hale {noun}", kind)


@pytest.mark.parametrize(("words", "kind"), [(["Dorvan", "magazine"], ActorKind.OUTLET),
                                             (["the", "newspaper"], ActorKind.OUTLET),
                                             (["Dorvan", "reporter"], ActorKind.PERSON)])  # fmt: skip
def test_a_noun_of_outlets_names_an_outlet(words: list[str], kind: ActorKind) -> None:
    # "Dorvan magazine said …", "the newspaper said …": an outlet speaks; "Dorvan reporter said …" is a person
    pos = "DET NOUN" if words[0] == "the" else "PROPN NOUN"
    doc = Doc(VOCAB, words=[*words, "said"], heads=[1, 2, 2], deps=["compound", "nsubj", "ROOT"],
              pos=[*pos.split(), "VERB"])  # fmt: skip
    mention = mention_at(doc[1], Article("a", doc.text))
    assert mention.kind is kind


@pytest.mark.parametrize(
    ("noun", "pos", "kind"),
    [("County", "PROPN", ActorKind.PLACE), ("magazine", "NOUN", ActorKind.OUTLET), ("aides", "NOUN", ActorKind.PERSON)],
)
def test_a_noun_of_places_or_outlets_right_after_a_name_tells_its_kind(noun: str, pos: str, kind: ActorKind) -> None:
    # "Varn County voted", "Varn magazine reported": the recogniser took "Varn" for a person; "Varn aides" stays one
    found = _kinds(f"Varn {noun} voted .", [1, 2, 2, 2], "compound nsubj ROOT punct", f"PROPN {pos} VERB PUNCT",
                   "B-PERSON O O O")  # fmt: skip
    assert found == [("Varn", kind)]


def test_a_noun_of_places_in_lower_case_after_a_name_tells_no_place() -> None:
    # "the Dorvan Party state convention": "state" names no place of the party
    found = _kinds("the Dorvan Party state convention opened .", [2, 2, 3, 4, 5, 5, 5],
                   "det compound compound compound nsubj ROOT punct", "DET PROPN PROPN NOUN NOUN VERB PUNCT",
                   "O B-ORG I-ORG O O O O")  # fmt: skip
    assert found == [("Dorvan Party", ActorKind.ORGANIZATION)]


@pytest.mark.parametrize(
    ("first", "name", "label", "kind"),
    [
        ("The", "Marrowby", "ORG", ActorKind.ORGANIZATION),
        ("The", "Brandt", "PERSON", ActorKind.PERSON),
        ("Her", "Brandt", "PERSON", ActorKind.PERSON),
        ("Yesterday", "Varnholt", "PERSON", ActorKind.OUTLET),
        ("Yesterday", "Marrowby", "GPE", ActorKind.PLACE),
    ],
)
def test_a_noun_of_publications_after_a_determiner_makes_no_outlet_of_the_name(
    first: str, name: str, label: str, kind: ActorKind
) -> None:
    # "The Marrowby newspaper said 30 homes were lost": the town is no outlet, nor the owner of "the Brandt tabloid";
    # "Yesterday Varnholt magazine said …" names the magazine
    pos = "ADV" if first == "Yesterday" else "DET"
    dep = "npadvmod" if first == "Yesterday" else "det"
    head = 3 if first == "Yesterday" else 2
    found = _kinds(f"{first} {name} newspaper said it .", [head, 2, 3, 3, 3, 3],
                   f"{dep} compound nsubj ROOT dobj punct", f"{pos} PROPN NOUN VERB PRON PUNCT",
                   f"O B-{label} O O O O")  # fmt: skip
    assert (name, kind) in found


def test_a_letter_alone_is_no_name() -> None:
    # "Q : Will you run ? Dana Ruiz : No ." an interview's question marker tagged a person
    found = _kinds("Q : Will you run ? Dana Ruiz : No .", [4, 0, 4, 4, 4, 4, 7, 7, 7, 7, 7],
                   "nsubj punct aux nsubj ROOT punct compound ROOT punct intj punct",
                   "PROPN PUNCT AUX PRON VERB PUNCT PROPN PROPN PUNCT INTJ PUNCT",
                   "B-PERSON O O O O O B-PERSON I-PERSON O O O")  # fmt: skip
    assert found == [("Dana Ruiz", ActorKind.PERSON)]


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("Ann Street", "PERSON", ActorKind.PERSON),
        ("Tom Hill", "PERSON", ActorKind.PERSON),
        ("Tom Hill", "ORG", ActorKind.ORGANIZATION),
        ("Downing Street", "ORG", ActorKind.ORGANIZATION),
    ],
)
def test_a_name_ending_in_a_noun_of_streets_that_speaks_keeps_its_kind(name: str, label: str, kind: ActorKind) -> None:
    # "Ann Street said she would vote against the bill .": a senator named Street, or a body that speaks
    first, last = name.split()
    found = _kinds(f"{first} {last} said she would vote .", [1, 2, 2, 5, 5, 2, 2],
                   "compound nsubj ROOT nsubj aux ccomp punct",
                   "PROPN PROPN VERB PRON AUX VERB PUNCT", f"B-{label} I-{label} O O O O O")  # fmt: skip
    assert found == [(name, kind)]


def test_a_photographer_run_on_into_the_agency_of_a_credit_ends_before_the_slash() -> None:
    found = _headline("the photo was taken by Kel Varo / Reuters", "DET NOUN AUX VERB ADP PROPN PROPN SYM PROPN",
                      "O O O O O B-PERSON I-PERSON I-PERSON I-PERSON")  # fmt: skip
    assert found[0] == ("Kel Varo", ActorKind.PERSON)


def test_a_person_run_on_into_a_phrase_after_the_name_ends_before_its_preposition() -> None:
    found = _headline("They put Kel Varo on Injured Reserve .", "PRON VERB PROPN PROPN ADP PROPN PROPN PUNCT",
                      "O O B-PERSON I-PERSON I-PERSON I-PERSON I-PERSON O")  # fmt: skip
    assert found == [("Kel Varo", ActorKind.PERSON)]


def test_words_with_no_capital_letter_are_no_name() -> None:
    # "Denials, followed by tacit admissions, ...": the recogniser tags the two words a person
    found = _kinds("Denials followed by tacit admissions .", [0, 0, 1, 4, 2, 0],
                   "ROOT acl agent amod pobj punct", "NOUN VERB ADP ADJ NOUN PUNCT",
                   "O O O B-PERSON I-PERSON O")  # fmt: skip
    assert found == []


def test_a_handle_in_lower_case_is_a_name() -> None:
    found = _kinds("@acmecorp posted a statement .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                   "PROPN VERB DET NOUN PUNCT", "B-ORG O O O O")  # fmt: skip
    assert [name for name, _ in found] == ["@acmecorp"]


def test_the_verb_of_a_readers_note_is_no_part_of_the_name_after_it() -> None:
    found = _headline("Follow Dana Wexler on Twitter for news of the trial .",
                      "VERB PROPN PROPN ADP PROPN ADP NOUN ADP DET NOUN PUNCT",
                      "B-PERSON I-PERSON I-PERSON O B-ORG O O O O O O")  # fmt: skip
    assert found[0] == ("Dana Wexler", ActorKind.PERSON)


def test_a_web_address_names_no_one() -> None:
    found = _headline("Dana Wexler : https://twitter.com/DanaWexler", "PROPN PROPN PUNCT PROPN",
                      "B-PERSON I-PERSON O B-PERSON")  # fmt: skip
    assert found == [("Dana Wexler", ActorKind.PERSON)]


def test_a_consultancy_is_a_firm_whatever_name_opens_it() -> None:
    found = _headline("Tom Burns Real Estate Consulting said prices fell .",
                      "PROPN PROPN PROPN PROPN PROPN VERB NOUN VERB PUNCT",
                      "B-PERSON I-PERSON I-PERSON I-PERSON I-PERSON O O O O")  # fmt: skip
    assert found == [("Tom Burns Real Estate Consulting", ActorKind.ORGANIZATION)]


def test_a_web_address_run_on_after_a_name_is_cut_off() -> None:
    found = _headline("Photo : Dana Wexler https://twitter.com/DanaWexler", "NOUN PUNCT PROPN PROPN PROPN",
                      "O O B-PERSON I-PERSON I-PERSON")  # fmt: skip
    assert found == [("Dana Wexler", ActorKind.PERSON)]


def test_a_firms_name_cut_before_its_trade_keeps_it() -> None:
    found = _headline("The server was run by Varn River Networks , a Denver firm .",
                      "DET NOUN AUX VERB ADP PROPN PROPN PROPN PUNCT DET PROPN NOUN PUNCT",
                      "O O O O O B-LOC I-LOC O O O B-GPE O O")  # fmt: skip
    assert found[0] == ("Varn River Networks", ActorKind.ORGANIZATION)


@pytest.mark.parametrize("name", ["Breitbart", "Business Insider", "BuzzFeed", "Vox", "Fox Business", "CNBC"])
def test_outlets_known_by_name_are_outlets(name: str) -> None:
    words = f"{name} reported the story first ."
    n = len(name.split())
    found = _headline(words, " ".join(["PROPN"] * n) + " VERB DET NOUN ADV PUNCT",
                      " ".join(["B-PERSON"] + ["I-PERSON"] * (n - 1)) + " O O O O O")  # fmt: skip
    assert found == [(name, ActorKind.OUTLET)]


def test_a_stance_for_or_against_someone_names_no_one() -> None:
    # "The pro-Clinton group Priorities USA Action spent": the recogniser tags "pro-Clinton" a person
    words = ["The", "pro", "-", "Clinton", "group", "Priorities", "USA", "Action", "spent", "."]
    spaces = [True, False, False, True, True, True, True, True, False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=[4, 3, 3, 4, 8, 7, 7, 4, 8, 8],
              deps=["det", "amod", "punct", "amod", "nsubj", "compound", "compound", "appos", "ROOT", "punct"],
              pos=["DET", "ADJ", "PUNCT", "ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
              lemmas=[w.lower() for w in words])  # fmt: skip
    found = [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))]
    assert found == [("Priorities USA Action", ActorKind.ORGANIZATION)]
